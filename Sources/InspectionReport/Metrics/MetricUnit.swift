/// What a metric's `value` measures, and how `metrics.csv` writes it (`docs/data-contract.md`, "The
/// output files").
enum MetricUnit: Sendable, Hashable, CaseIterable {
    /// A count of cases (referrals).
    case cases
    /// A count of force and recommendation pairs.
    case pairs
    /// A number of days.
    case days
    /// A ratio of two counts, from 0 to 1.
    case proportion
    /// Referrals per 10,000 children.
    case perTenThousandChildren
    /// Cohen's kappa with linear weights.
    case kappa
    /// A funnel position: `above`, `within` or `below`.
    case position
    /// A recommendation's status.
    case status

    /// The unit in words, for tables and the data dictionary.
    var label: String {
        switch self {
        case .cases: "count of cases"
        case .pairs: "count of force and recommendation pairs"
        case .days: "days"
        case .proportion: "proportion (0 to 1)"
        case .perTenThousandChildren: "referrals per 10,000 children"
        case .kappa: "kappa coefficient"
        case .position: "text: above, within or below"
        case .status: "text: a status"
        }
    }

    /// How `metrics.csv` writes a value of this unit.
    var format: String {
        switch self {
        case .cases, .pairs, .days: "a whole number"
        case .proportion, .perTenThousandChildren, .kappa: "a decimal with exactly six decimal places, rounded half away from zero"
        case .position: "above, within or below"
        case .status: RecommendationStatus.allCases.map(\.csvName).joined(separator: ", ")
        }
    }

    /// The XML Schema datatype of a published value (before `[c]`): `integer`, `decimal` or `string`.
    var datatype: String {
        switch self {
        case .cases, .pairs, .days: "integer"
        case .proportion, .perTenThousandChildren, .kappa: "decimal"
        case .position, .status: "string"
        }
    }
}
