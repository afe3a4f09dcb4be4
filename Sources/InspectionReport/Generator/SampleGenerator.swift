import Foundation

/// Writes a deterministic, realistic synthetic dataset directory.
///
/// Forces differ the way the inspection describes: some act on referrals quickly and some
/// slowly, some grade risk well and some badly, some share information with children's
/// social care late or rarely, and directly reported cases often go to non-specialists.
/// Most forces keep their pace and grading through the period; some get better at both
/// quarter by quarter, some worse. The national bodies report progress on some of their
/// recommendations (`national-progress.csv`), some of it long ago. A small share of rows
/// carry the kinds of mistakes real extracts hold.
public struct SampleGenerator: Sendable {
    var caseCount: Int
    var seed: UInt64
    /// First day of the reporting period.
    var periodStart = Day(year: 2024, month: 4, day: 1)!
    /// Last day of the reporting period.
    var periodEnd = Day(year: 2026, month: 3, day: 31)!
    /// Census date.
    var asOf = Day(year: 2026, month: 4, day: 30)!
    /// Share of case rows with a deliberate mistake.
    var flawedShare = 0.0005

    public init(caseCount: Int, seed: UInt64) {
        self.caseCount = caseCount
        self.seed = seed
    }

    /// Per-force behaviour drawn from the seed.
    struct Profile {
        var speed: Double  // multiplies delays; 1 is typical
        var accuracy: Double  // chance a grade matches the reviewer's
        var partnerSharing: Double  // chance information is shared when a child is at risk
        var pndChecking: Double
        var specialistShare: Double
        /// How action timeliness and grading accuracy change over the period: 0 for a force
        /// that stays as it is, up to 1 for one that improves most, down to -1 for one that
        /// worsens most (see ``drift(at:)``).
        var trend = 0.0

        /// The change at a share `t` of the way through the period (0 at its start, 1 at its
        /// end): from `-trend / 2` to `+trend / 2`, so that the force's figures over the whole
        /// period stay near its profile.
        @inline(__always)
        func drift(at t: Double) -> Double { trend * (t - 0.5) }
    }

    func profiles() -> [Profile] {
        var random = SampleRandom(seed: seed ^ 0x5EED_F0CE)
        var profiles = SampleForces.all.map { _ in
            Profile(
                speed: 0.5 + random.unit() * 1.6,
                accuracy: 0.55 + random.unit() * 0.4,
                partnerSharing: 0.45 + random.unit() * 0.5,
                pndChecking: 0.5 + random.unit() * 0.45,
                specialistShare: 0.55 + random.unit() * 0.4)
        }
        // Trends come from a generator of their own, so that the other traits of each force
        // are those that the seed gave before trends were added. A fifth of the forces, drawn
        // by the seed, improve, another fifth worsen, and the rest stay as they are.
        var trends = SampleRandom(seed: seed ^ 0x7E4D_0F0C)
        var order = Array(profiles.indices)
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, trends.below(i + 1)) }
        let changing = profiles.count / 5
        for (rank, f) in order.prefix(2 * changing).enumerated() {
            let size = 0.5 + trends.unit() * 0.5
            profiles[f].trend = rank < changing ? size : -size
        }
        return profiles
    }

    /// The files ``write(to:)`` writes, README first: a directory that holds nothing else, with
    /// this README, is an earlier sample that may be overwritten.
    static let fileNames = [
        "README.md", "report.yml", "forces.csv", "recommendations.csv", "progress.csv", "national-progress.csv",
        "cases.csv",
    ]

    /// The first line of the sample's README, the mark of an earlier sample.
    static let readmeHeading = "# Sample data: synthetic\n"

    /// Writes `report.yml`, the five CSV files (the optional `national-progress.csv` included)
    /// and a README into `directory`.
    ///
    /// `directory` is resolved to a canonical path first (links and `..` as the kernel
    /// follows them). It must be new, empty, or an earlier sample (only the files written
    /// here, with the sample's README); anything else is refused with
    /// ``BuildError/unsafeOutput(_:)`` (exit 65). Each file is written new beside its final
    /// name and renamed over it, so no symbolic link is ever written through.
    public func write(to directory: String) throws {
        let path = try OutputPath.canonical(directory, option: "--out")
        let folder: DirectoryHandle
        do {
            folder = try DirectoryHandle.open(path, create: true)
        } catch {
            throw error.buildError
        }
        let entries = folder.entries() ?? []
        let isSample =
            entries.allSatisfy { Self.fileNames.contains($0) && folder.kind($0) == .file }
            && folder.contents("README.md").map { $0.starts(with: Array(Self.readmeHeading.utf8)) } == true
        guard entries.isEmpty || isSample else {
            throw BuildError.unsafeOutput(
                """
                refusing to write a sample into \(path): it is not empty and not an earlier sample (it holds files other than \
                \(Self.fileNames.joined(separator: ", ")), or no sample README); choose a new or empty directory for --out
                """
            )
        }
        func put(_ name: String, _ bytes: [UInt8]) throws {
            let temporary = "." + name + ".tmp-" + String(getpid())
            folder.remove(temporary)
            do {
                try folder.write(temporary, bytes)
            } catch {
                throw error.buildError
            }
            guard folder.rename(temporary, to: name) else {
                let reason = String(cString: strerror(errno))
                folder.remove(temporary)
                throw BuildError.output("cannot write \(folder.child(name)): \(reason)")
            }
        }
        try put("README.md", Array(readme.utf8))
        try put("report.yml", Array(reportYAML.utf8))
        try put("forces.csv", Array(forcesCSV.utf8))
        try put("recommendations.csv", Array(recommendationsCSV.utf8))
        try put("progress.csv", Array(progressCSV().utf8))
        try put("national-progress.csv", Array(nationalProgressCSV().utf8))
        try put("cases.csv", casesCSV())
    }

    var reportYAML: String {
        """
        # Settings of the publication (see the README's dataset contract).
        title: "Online child sexual abuse and exploitation: police response scorecards"
        period:
          start: \(periodStart)
          end: \(periodEnd)
        as_of: \(asOf)
        timescales:
          very_high: 1
          high: 7
          medium: 14
          low: 30
        disclosure:
          threshold: 5
        quality:
          max_rejected_share: 0.01
        rag:
          green: 0.90
          amber: 0.75
        publication:
          status: Official statistics in development
          producer: The inspectorate's statistics team (synthetic sample data)
          contact: statistics@example.org
          next_release: \(asOf.adding(91))
          revisions: |
            Figures are revised in the next edition when forces correct their data; each
            edition states what changed. A figure already published is never changed silently.
        progress:
          stale_after_months: 6

        """
    }

    var forcesCSV: String {
        var lines = ["force_id,name,region,child_population"]
        for f in SampleForces.all {
            lines.append("\(f.id),\(CSVText.quote(f.name)),\(CSVText.quote(f.region)),\(f.children)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var recommendationsCSV: String {
        var lines = ["id,title,owner,deadline,force_action,text"]
        for (i, r) in SampleRecommendations.all.enumerated() {
            lines.append(
                "\(i + 1),\(CSVText.quote(r.title)),\(CSVText.quote(r.owner)),\(r.deadline),\(r.forceAction ? "yes" : "no"),\(CSVText.quote(r.text))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func progressCSV() -> String {
        var random = SampleRandom(seed: seed ^ 0x9A06_7E55)
        let profiles = profiles()
        var lines = ["force_id,recommendation_id,status,updated,evidence"]
        let first = Day(year: 2023, month: 6, day: 1)!
        let statuses: [RecommendationStatus] = [.beingProgressed, .awaitingReview, .complete]
        let evidence = [
            "Action plan agreed by the chief officer group.",
            "New *daily management meeting* reviews every open referral against its timescale.",
            "Policy updated; training delivered to **all** investigators.",
            "Audit of 50 cases shows the change is embedded.",
        ]
        for (f, force) in SampleForces.all.enumerated() {
            let diligence = (profiles[f].accuracy + profiles[f].partnerSharing) / 2
            for (r, rec) in SampleRecommendations.all.enumerated() where rec.forceAction {
                var day = first.adding(random.below(120))
                lines.append("\(force.id),\(r + 1),not_started,\(day),")
                var step = 0
                while step < statuses.count, random.chance(diligence) {
                    day = day.adding(60 + random.below(300))
                    if day > asOf.adding(60) { break }
                    lines.append("\(force.id),\(r + 1),\(statuses[step].csvName),\(day),\(CSVText.quote(evidence[step + 1]))")
                    step += 1
                }
                if step == 0, random.chance(0.3) {
                    lines.append("\(force.id),\(r + 1),being_progressed,\(day.adding(30)),\(CSVText.quote(evidence[0]))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var readme: String {
        """
        # Sample data: synthetic

        Every row in this directory is **synthetic**. It was made by
        `inspection-report sample --out SampleData --cases \(caseCount) --seed \(seed)` and describes no real
        person, case or force performance. The forces, regions and approximate child populations
        are those of England and Wales; the recommendations paraphrase the themes of the
        inspectorate's 2023 inspection of online child sexual abuse. Case timelines, grades,
        reviews and flags are drawn at random, with each force given its own speed, grading
        accuracy and practice (most forces keep them through the period; some improve quarter
        by quarter, some worsen). The national bodies' progress reports (`national-progress.csv`)
        leave some of their recommendations unreported and some not updated for months. A few rows \
        (about \(FixedDecimal.format(Int(flawedShare * 100_000), 1000, places: 2))%) carry deliberate mistakes so that
        the data-quality report has something to show.

        """
    }
}

/// Quoting for CSV text cells.
enum CSVText {
    /// `text` quoted when it holds a comma, quote or line break.
    static func quote(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
