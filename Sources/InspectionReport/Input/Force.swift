/// A police force from `forces.csv`.
public struct Force: Sendable, Hashable {
    /// The id, which also names the scorecard's files.
    public var id: String
    public var name: String
    public var region: String
    /// Residents under 18, when known.
    public var childPopulation: Int?

    public init(id: String, name: String, region: String, childPopulation: Int?) {
        self.id = id
        self.name = name
        self.region = region
        self.childPopulation = childPopulation
    }
}
