/// Which scorecards a build renders.
enum ScorecardSelection: Sendable, Equatable {
    /// A full build: every page and data file.
    case all
    /// `--only`: these forces' scorecards (force indexes), re-rendered into a copy of the
    /// published output.
    case only(Set<Int>)
}

/// The rules of `--only`: re-rendering some scorecards into the published output is refused
/// when a force id is unknown, when nothing is published yet, or when the published output
/// was built from other inputs, settings or audience (its figures would mix two builds), or
/// when the published site differs from its manifest (a file edited, missing or a link
/// planted: a full build repairs it). Templates may differ: that is what `--only` is for.
struct OnlyPolicy: Sendable {
    /// The force ids given to `--only`; empty for a full build.
    var requested: [String]
    /// The output directory, for messages.
    var outputDirectory: String
    /// The manifest of the published output, nil when there is none.
    var published: BuildManifest?
    /// The manifest this build would publish.
    var manifest: BuildManifest
    /// How the published site differs from its manifest (nil when not checked).
    var site: SiteCheck? = nil

    /// The scorecards to render, given the validated forces (checked in this order: unknown
    /// ids, no published output, changed inputs, a site that differs from its manifest).
    func selection(forces: [Force]) throws(BuildError) -> ScorecardSelection {
        guard !requested.isEmpty else { return .all }
        let index = Dictionary(uniqueKeysWithValues: forces.enumerated().map { ($0.element.id, $0.offset) })
        let unknown = requested.filter { index[$0] == nil }
        if !unknown.isEmpty {
            throw .invalidInput(
                InputError(
                    Diagnostic(
                        file: "--only", code: "unknown_force",
                        message: "\(unknown.joined(separator: ", ")) is not a force_id in forces.csv")))
        }
        guard let published else {
            throw .invalidInput(
                InputError(
                    Diagnostic(
                        file: outputDirectory, code: "no_output",
                        message: "--only re-renders scorecards of a published output, and there is none yet; run a full build first")))
        }
        guard published.sameFigures(as: manifest) else {
            throw .invalidInput(
                InputError(
                    Diagnostic(
                        file: outputDirectory, code: "inputs_changed",
                        message:
                            """
                            the inputs, settings or audience differ from the published output's, so re-rendering only some scorecards would mix \
                            two builds; run a full build
                            """
                    )))
        }
        if let site, !site.matches {
            throw .invalidInput(
                InputError(
                    Diagnostic(
                        file: outputDirectory, code: "site_differs",
                        message:
                            """
                            the published site differs from its manifest (\(site.description) missing, edited, extra or linked), so \
                            re-rendering only some scorecards would keep a damaged site; run a full build, which repairs it, then --only
                            """
                    )))
        }
        return .only(Set(requested.compactMap { index[$0] }))
    }
}
