/// One of the inspection's recommendations, from `recommendations.csv`.
public struct Recommendation: Sendable, Hashable {
    public var id: Int
    public var title: String
    /// To whom it is addressed.
    public var owner: String
    public var deadline: Day?
    /// Whether every force must act on it.
    public var forceAction: Bool
    /// Markdown.
    public var text: String

    public init(id: Int, title: String, owner: String, deadline: Day?, forceAction: Bool, text: String) {
        self.id = id
        self.title = title
        self.owner = owner
        self.deadline = deadline
        self.forceAction = forceAction
        self.text = text
    }
}
