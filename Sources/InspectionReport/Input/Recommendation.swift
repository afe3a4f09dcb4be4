/// One of the inspection's recommendations, from `recommendations.csv`.
struct Recommendation: Sendable, Hashable {
    var id: Int
    var title: String
    /// To whom it is addressed.
    var owner: String
    var deadline: Day?
    /// Whether every force must act on it.
    var forceAction: Bool
    /// Markdown.
    var text: String

    init(id: Int, title: String, owner: String, deadline: Day?, forceAction: Bool, text: String) {
        self.id = id
        self.title = title
        self.owner = owner
        self.deadline = deadline
        self.forceAction = forceAction
        self.text = text
    }
}
