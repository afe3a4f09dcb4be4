/// Why a row of `cases.csv`, `progress.csv` or `national-progress.csv` was rejected
/// (`docs/data-contract.md`, "Errors, rejected rows and warnings"), in the order that `quality.csv`
/// lists them.
enum RowErrorCode: Int, CaseIterable, Sendable, Hashable {
    case missingValue = 0, invalidDate, invalidValue, unknownForce, unknownRecommendation,
        duplicateCaseID, dateBeforeReceived, reviewWithoutGrade, wrongFieldCount

    /// The code as written in outputs.
    var code: String {
        switch self {
        case .missingValue: "missing_value"
        case .invalidDate: "invalid_date"
        case .invalidValue: "invalid_value"
        case .unknownForce: "unknown_force"
        case .unknownRecommendation: "unknown_recommendation"
        case .duplicateCaseID: "duplicate_case_id"
        case .dateBeforeReceived: "date_before_received"
        case .reviewWithoutGrade: "review_without_grade"
        case .wrongFieldCount: "wrong_field_count"
        }
    }

    /// What to do about it.
    var advice: String {
        switch self {
        case .missingValue: "a required value is empty; fill it in"
        case .invalidDate: "not a valid date; write it as YYYY-MM-DD (a time may follow)"
        case .invalidValue: "not one of the allowed values; see the dataset contract in the README"
        case .unknownForce: "names no force in forces.csv; add the force or correct the id (ids are case-sensitive)"
        case .unknownRecommendation: "names no recommendation that forces act on; use an id from recommendations.csv whose force_action is yes"
        case .duplicateCaseID: "repeats the case_id of an earlier row, which is kept; give each case one row"
        case .dateBeforeReceived: "is earlier than the case's received date; correct either date"
        case .reviewWithoutGrade: "a review grade is given but the force's risk grade is empty; add the risk grade or remove the review"
        case .wrongFieldCount: "the row has a different number of fields from the header; check for an unquoted comma"
        }
    }

    /// What to do about it in a row of `file`: a national body's row names a recommendation
    /// addressed to the national bodies (`docs/data-contract.md`, "The columns"), a force's row one
    /// that forces act on.
    func advice(in file: InputFile) -> String {
        switch (self, file) {
        case (.unknownRecommendation, .nationalProgress):
            "names no recommendation addressed to a national body; use an id from recommendations.csv whose force_action is no"
        default:
            advice
        }
    }
}
