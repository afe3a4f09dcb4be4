/// Who investigated a case.
public enum Allocation: Int, ByteEnum {
    case specialist = 0, nonSpecialist, unknown

    public var csvName: String {
        switch self {
        case .specialist: "specialist"
        case .nonSpecialist: "non_specialist"
        case .unknown: "unknown"
        }
    }
}
