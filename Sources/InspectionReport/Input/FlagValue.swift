/// A yes/no cell; missing reads as `unknown`.
enum FlagValue: Int, CaseIterable, Sendable, Hashable {
    case yes = 0, no, unknown

    /// The spelling in outputs.
    var csvName: String {
        switch self {
        case .yes: "yes"
        case .no: "no"
        case .unknown: "unknown"
        }
    }

    /// Parses a non-empty trimmed cell: `yes`/`no`, `y`/`n`, `true`/`false`, `1`/`0` or
    /// `unknown`, in any case.
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> FlagValue? {
        @inline(__always) func lower(_ i: Int) -> UInt8 { b[i] >= 0x41 && b[i] <= 0x5A ? b[i] | 0x20 : b[i] }
        switch b.count {
        case 1:
            switch lower(0) {
            case UInt8(ascii: "y"), UInt8(ascii: "1"): return .yes
            case UInt8(ascii: "n"), UInt8(ascii: "0"): return .no
            default: return nil
            }
        case 2:
            return lower(0) == UInt8(ascii: "n") && lower(1) == UInt8(ascii: "o") ? .no : nil
        case 3:
            return lower(0) == UInt8(ascii: "y") && lower(1) == UInt8(ascii: "e") && lower(2) == UInt8(ascii: "s") ? .yes : nil
        default:
            let word = String(decoding: b, as: UTF8.self).lowercased()
            switch word {
            case "true": return .yes
            case "false": return .no
            case "unknown": return .unknown
            default: return nil
            }
        }
    }

    /// Parses a trimmed string cell.
    static func parse(_ text: String) -> FlagValue? {
        var copy = text
        return copy.withUTF8 { parse($0) }
    }
}
