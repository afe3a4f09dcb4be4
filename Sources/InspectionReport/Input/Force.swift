/// A police force from `forces.csv`.
struct Force: Sendable, Hashable {
    /// The id, which also names the scorecard's files.
    var id: String
    var name: String
    var region: String
    /// Residents under 18, when known.
    var childPopulation: Int?

    init(id: String, name: String, region: String, childPopulation: Int?) {
        self.id = id
        self.name = name
        self.region = region
        self.childPopulation = childPopulation
    }
}
