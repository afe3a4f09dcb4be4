/// The figures a public build or a force pack publishes, and the audit that proves them
/// (`docs/methodology.md`, "Disclosure audit").
extension DisclosureControl {
    /// The public figures of `table`, proved by the audit for the public and every one-force
    /// reader; with `revealing`, that force's own figures as computed (a force pack: the
    /// one-force reader is what makes it safe).
    /// - Throws: ``BuildError/disclosureControlTooCostly(sensitive:protectedBeforeStop:)`` when
    ///   secondary suppression ran out of its work budget;
    ///   ``BuildError/disclosureAuditFailed(_:)`` when a sensitive count could be narrowed.
    func publicFigures(of table: MetricsTable, revealing force: Int? = nil) throws(BuildError) -> MetricsTable {
        var disclosed = table.disclosed(threshold: threshold, regionOfForce: regionOfForce, parallelism: parallelism)
        if let summary = disclosed.suppression, summary.exhausted {
            throw .disclosureControlTooCostly(sensitive: summary.sensitive, protectedBeforeStop: summary.sensitive - summary.unprotected)
        }
        let audit = try Self.prove(disclosed, from: table, regionOfForce: regionOfForce ?? [:], threshold: threshold)
        disclosed.suppression?.audit = audit
        if let force {
            for (i, row) in table.rows.enumerated() where row.area == .force(force) { disclosed.rows[i] = row }
        }
        return disclosed
    }

    /// The audit of disclosed figures against the computed ones, for the public and each one
    /// force reader.
    ///
    /// The audit owes the suppression nothing: it reads the counts back from the bytes of the
    /// public `data/metrics.csv` and of the restricted one, builds its identities from them and
    /// from each force's region, as the `audit` command does, and takes the deviations that
    /// secondary suppression found only as candidate certificates, each checked exactly
    /// against its own identities before it proves anything.
    /// - Throws: ``BuildError/disclosureAuditFailed(_:)`` naming each exposed count by its
    ///   line in the public `data/metrics.csv`, or each contradiction.
    static func prove(
        _ disclosed: MetricsTable, from computed: MetricsTable, regionOfForce: [String: String],
        threshold: Int
    ) throws(BuildError) -> DisclosureAudit.Report {
        let file = "data/metrics.csv"
        let published: PublishedCounts
        let truth: PublishedCounts
        do {
            published = try PublishedCounts.parse(String(decoding: DataFiles.metrics(disclosed), as: UTF8.self), file: file)
            truth = try PublishedCounts.parse(String(decoding: DataFiles.metrics(computed), as: UTF8.self), file: file)
        } catch {
            throw .disclosureAuditFailed([error.description])
        }
        var check = DisclosureAudit(published: published, restricted: truth, regionOfForce: regionOfForce, threshold: threshold)
        check.certificates = disclosed.suppression?.deviations ?? []
        let audit = check.run()
        guard audit.passes else {
            throw .disclosureAuditFailed(audit.contradictions + audit.exposures.map { $0.message(file: file) })
        }
        return audit
    }
}
