/// A column that an input file uses.
public struct ColumnSpec: Sendable, Hashable {
    public var name: String
    public var required: Bool

    public init(_ name: String, required: Bool) {
        self.name = name
        self.required = required
    }
}
