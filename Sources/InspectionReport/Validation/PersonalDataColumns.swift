/// The header names that name personal data, which an anonymised dataset must not carry
/// (`docs/data-contract.md`, "CSV files"): a column so named is a fatal error in every input but
/// `forces.csv`.
enum PersonalDataColumns {
    /// Header names, after reading spaces and hyphens as underscores, in any case.
    static let names: Set<String> = [
        "name", "first_name", "last_name", "surname", "full_name", "forename", "dob", "date_of_birth",
        "birth_date", "address", "postcode", "phone", "telephone", "mobile", "email", "username",
        "user_name", "ip_address", "nhs_number", "ni_number",
    ]

    /// Whether a header name names personal data.
    static func matches(_ name: String) -> Bool { names.contains(normalized(name)) }

    /// Lower case, with spaces and hyphens read as underscores.
    static func normalized(_ name: String) -> String {
        String(name.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
