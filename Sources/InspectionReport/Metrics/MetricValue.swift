/// A figure as computed, or its suppression.
enum MetricValue: Sendable, Hashable {
    /// A count of cases or pairs.
    case count(Int)
    /// A number of days.
    case days(Int)
    /// An exact ratio, written with six decimal places.
    case ratio(Int128, Int128)
    /// Text, such as a status.
    case text(String)
    /// Hidden by disclosure control: written `[c]`.
    case suppressed

    /// The symbol for a suppressed figure.
    static let suppressionSymbol = "[c]"

    /// The value as `metrics.csv` writes it.
    var csvText: String {
        switch self {
        case .count(let n), .days(let n): String(n)
        case .ratio(let n, let d): FixedDecimal.format(numerator: n, denominator: d)
        case .text(let s): s
        case .suppressed: MetricValue.suppressionSymbol
        }
    }

    /// The count, when the value is a count or days.
    var integer: Int? {
        switch self {
        case .count(let n), .days(let n): n
        default: nil
        }
    }

    /// The ratio as a Double (for charts and comparisons, never for published text).
    var doubleValue: Double? {
        switch self {
        case .count(let n), .days(let n): Double(n)
        case .ratio(let n, let d): Double(n) / Double(d)
        default: nil
        }
    }
}
