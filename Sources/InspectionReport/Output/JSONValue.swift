/// A JSON document whose objects keep their keys in the order given, so that it is written
/// the same way, byte for byte, every time (Foundation's serialiser orders keys only by sorting).
indirect enum JSONValue: Sendable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([JSONValue])
    /// Members in the order they are written.
    case object([(String, JSONValue)])

    /// The document, indented by two spaces, with a final line end.
    var text: String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .string(let s):
            JSONText.quote(s, into: &out)
        case .integer(let n):
            out += String(n)
        case .bool(let b):
            out += b ? "true" : "false"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            let inner = indent + "  "
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: inner)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            let inner = indent + "  "
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += inner
                JSONText.quote(key, into: &out)
                out += ": "
                value.write(into: &out, indent: inner)
                out += i + 1 < members.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }
}
