/// The publication's metadata (`publication.*`: `docs/data-contract.md`, "Settings"), stated on
/// every page; the workbook's cover states it from the same settings.
extension Publication {
    /// The publication's metadata (`publication.*` of report.yml) for every page.
    func metadataContext() -> [String: Any] {
        let meta = settings.publication
        return [
            "publication_status": Escaping.markdown(meta.status),
            "publication_producer": meta.producer.map(Escaping.markdown) ?? "",
            "publication_has_producer": meta.producer != nil,
            "publication_contact": meta.contact.map(Escaping.markdown) ?? "",
            "publication_has_contact": meta.contact != nil,
            "publication_next_release": meta.nextRelease.map { Self.longDate($0) } ?? "not yet announced",
            "publication_revisions": meta.revisions.map { Escaping.prose($0) } ?? "",
            "publication_has_revisions": meta.revisions != nil,
        ]
    }
}
