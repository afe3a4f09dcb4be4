import Foundation

/// The `audit` command's work: read a published site's `data/metrics.csv` (and a restricted
/// build's, and the dataset's forces and threshold), run ``DisclosureAudit`` and word the result.
public struct SiteAudit: Sendable {
    /// A problem that stops the audit before it runs (unreadable or malformed files).
    public struct Failure: Error, Sendable {
        public let message: String
    }

    /// The result, worded for the terminal.
    public struct Outcome: Sendable {
        /// One line per exposed count (`metrics.csv:LINE: exposed: …`) and per contradiction.
        public let problems: [String]
        /// What was checked, how, and how long it took.
        public let summary: String
        /// True when no count is exposed.
        public let passes: Bool
    }

    /// The threshold when neither `--threshold` nor a dataset names one.
    public static let defaultThreshold = SensitivityRule.defaultThreshold

    let site: String
    let restrictedSite: String?
    let data: String?
    let threshold: Int?

    /// - Parameters:
    ///   - site: the public output directory.
    ///   - restrictedSite: the restricted output of the same dataset, for the sensitive counts
    ///     and the one-force readers.
    ///   - data: the dataset directory: `forces.csv` gives each force's region, `report.yml`
    ///     the threshold.
    ///   - threshold: overrides the dataset's threshold.
    public init(site: String, restrictedSite: String?, data: String?, threshold: Int?) {
        self.site = site
        self.restrictedSite = restrictedSite
        self.data = data
        self.threshold = threshold
    }

    static func metricsPath(_ site: String) -> String {
        (site.hasSuffix("/") ? site : site + "/") + "data/metrics.csv"
    }

    static func readCounts(_ site: String) throws(Failure) -> PublishedCounts {
        let path = metricsPath(site)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(message: "\(path): cannot be read; is \(site) a built output directory?")
        }
        do {
            return try PublishedCounts.parse(String(decoding: data, as: UTF8.self), file: path)
        } catch {
            throw Failure(message: error.description)
        }
    }

    /// Each force's region and the threshold, from a dataset directory's settings and forces.
    static func readDataset(_ directory: String) throws(Failure) -> (regions: [String: String], threshold: Int) {
        let reader = DatasetReader(directory: directory)
        do throws(InputError) {
            let snapshot = try reader.snapshot()
            var warnings: [Diagnostic] = []
            let settings = try ReportSettings.parse(
                yaml: String(decoding: snapshot.contents[0].buffer, as: UTF8.self),
                file: snapshot.settingsName, warnings: &warnings)
            let forces = try reader.readForces(snapshot.bytes(.forces), warnings: &warnings)
            var regions: [String: String] = [:]
            for force in forces { regions[force.id] = force.region }
            return (regions, settings.disclosureThreshold)
        } catch {
            throw Failure(message: error.errorDescription ?? "\(directory): invalid dataset")
        }
    }

    public func run() throws(Failure) -> Outcome {
        let published = try Self.readCounts(site)
        let restricted = try restrictedSite.map { (s) throws(Failure) in try Self.readCounts(s) }
        let dataset = try data.map { (d) throws(Failure) in try Self.readDataset(d) }
        let threshold = threshold ?? dataset?.threshold ?? Self.defaultThreshold
        let audit = DisclosureAudit(published: published, restricted: restricted, regionOfForce: dataset?.regions, threshold: threshold)
        let report = audit.run()
        let file = Self.metricsPath(site)
        let problems = report.exposures.map { $0.message(file: file) } + report.contradictions
        return Outcome(problems: problems, summary: Self.summary(report, threshold: threshold, regionsKnown: dataset != nil), passes: report.passes)
    }

    static func summary(_ r: DisclosureAudit.Report, threshold: Int, regionsKnown: Bool) -> String {
        let publicCount = r.exposures.filter { $0.reader == .public }.count
        let forceCount = r.exposures.count - publicCount
        let forceReaders = Set(
            r.exposures.compactMap { e -> String? in
                if case .force(let f) = e.reader { return f }
                return nil
            }
        ).count
        var lines: [String] = []
        lines.append(
            "disclosure audit (threshold \(threshold), Clp \(LinearProgram.solverVersion)): "
                + (r.passes ? "passed" : "FAILED"))
        lines.append(
            "  suppressed counts: \(r.suppressed)"
                + (r.restricted
                    ? "; sensitive counts: \(r.sensitive)"
                    : " (no restricted figures: every suppressed count checked, exposures are possible exposures)"))
        lines.append(
            "  exposed to the public: \(publicCount)"
                + (r.restricted ? "; exposed to one force only: \(forceCount) (to \(forceReaders) force readers)" : ""))
        lines.append(
            "  identities: \(r.identities) (\(r.identitiesSkipped) left out for counts the file lacks)"
                + (regionsKnown ? "" : "; regions unknown without --data: the nation tied to its forces, no region to its forces"))
        lines.append(
            "  counts checked: \(r.countsChecked) in \(r.components) groups, "
                + "\(r.linearPrograms) linear programs, \(String(format: "%.2f", r.seconds)) s"
        )
        if !r.contradictions.isEmpty { lines.append("  contradictions: \(r.contradictions.count)") }
        return lines.joined(separator: "\n")
    }
}
