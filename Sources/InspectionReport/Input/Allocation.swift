/// Who investigated a case.
enum Allocation: Int, ByteEnum {
    case specialist = 0, nonSpecialist, unknown

    var csvName: String {
        switch self {
        case .specialist: "specialist"
        case .nonSpecialist: "non_specialist"
        case .unknown: "unknown"
        }
    }
}
