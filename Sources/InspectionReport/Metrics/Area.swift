/// A geography that every metric is computed for.
enum Area: Sendable, Hashable {
    case national
    case region(String)
    /// A force, by its index in the dataset.
    case force(Int)

    /// `national`, `region` or `force`, as `metrics.csv` writes it.
    var typeName: String {
        switch self {
        case .national: "national"
        case .region: "region"
        case .force: "force"
        }
    }
}
