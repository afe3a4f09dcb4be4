import ArgumentParser
import Foundation
import InspectionReport

/// The value of `--published`: a date (`YYYY-MM-DD`), or `today`, the clock's day, which the
/// build manifest records as such so that a nightly build with unchanged inputs is up to date.
enum PublishedDate: ExpressibleByArgument {
    case today
    case day(Day)

    init?(argument: String) {
        if argument == "today" {
            self = .today
        } else if let day = DayParser.parse(argument) {
            self = .day(day)
        } else {
            return nil
        }
    }

    /// The day it names: the clock's (UTC) for `today`.
    var day: Day {
        switch self {
        case .today: Day(number: Int32(Int64(Date().timeIntervalSince1970) / 86_400))
        case .day(let day): day
        }
    }

    var isToday: Bool {
        if case .today = self { true } else { false }
    }
}
