/// Who referred a case to the force.
enum ReferralSource: Int, ByteEnum {
    case nca = 0, `public`, partner, otherForce, other

    var csvName: String {
        switch self {
        case .nca: "nca"
        case .public: "public"
        case .partner: "partner"
        case .otherForce: "other_force"
        case .other: "other"
        }
    }

    /// Words for people.
    var label: String {
        switch self {
        case .nca: "NCA"
        case .public: "Public"
        case .partner: "Partner agency"
        case .otherForce: "Another force"
        case .other: "Other"
        }
    }
}
