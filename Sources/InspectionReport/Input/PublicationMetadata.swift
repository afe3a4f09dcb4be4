/// The `publication` settings of `report.yml` (`docs/data-contract.md`, "Settings"): how the
/// statistics describe themselves. They are read and validated here; the workbook's cover states
/// them (but the revisions policy); the pages that state them are still to come.
struct PublicationMetadata: Sendable, Hashable {
    /// The statistics' status as the pages state it.
    var status = "Management information"
    /// Who publishes the statistics (text).
    var producer: String?
    /// How to reach the producer (text).
    var contact: String?
    /// The date of the next edition.
    var nextRelease: Day?
    /// The revisions policy (Markdown).
    var revisions: String?
}
