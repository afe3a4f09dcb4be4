/// A column that an input file uses.
struct ColumnSpec: Sendable, Hashable {
    var name: String
    var required: Bool

    init(_ name: String, required: Bool) {
        self.name = name
        self.required = required
    }
}
