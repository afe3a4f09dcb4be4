import Foundation

/// The one entry point of `build`. ``run()`` reads as the list of its steps; each step is a
/// small function in `Builder+Steps.swift`.
public struct Builder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// Runs the build under the output's lock. On any error the previous output is left
    /// exactly as it was.
    public func run() throws(BuildError) -> BuildSummary {
        let started = DispatchTime.now()
        return try resolvingOutput().build(since: started)
    }

    /// The build, once `--out` is a canonical path that is safe to replace.
    private func build(since started: DispatchTime) throws(BuildError) -> BuildSummary {
        let lock = try lockOutput()
        defer { lock.release() }
        let inputs = try takeSnapshot()
        let plan = decide(inputs)
        if plan.upToDate { return upToDate(since: started) }
        let (dataset, digests) = try read(inputs)
        let selection = try plan.only.selection(forces: dataset.forces)
        let table = try disclose(compute(dataset), dataset)
        let files = try render(dataset, table, digests: digests, inputs: inputs, selection: selection)
        let stage = try self.stage(files, manifest: plan.manifest.recording(digests), published: plan.published, selection: selection)
        try publish(stage)
        var summary = summary(dataset, files: files, since: started)
        summary.disclosureLines = table.suppression?.logLines ?? []
        if plan.repairs {
            summary.repaired = true
            summary.filesDiffering = plan.site?.differences.count ?? 0
        }
        return summary
    }

    /// The summary of a build that had nothing to do.
    func upToDate(since started: DispatchTime) -> BuildSummary {
        BuildSummary(
            areas: 0, pages: 0, rowsAccepted: 0, rowsRejected: 0, seconds: Self.seconds(since: started),
            outputDirectory: options.outputDirectory, upToDate: true)
    }

    /// The summary of a published build.
    func summary(_ dataset: Dataset, files: [(String, [UInt8])], since started: DispatchTime) -> BuildSummary {
        let tally = dataset.tally(.cases)
        return BuildSummary(
            areas: 1 + Set(dataset.forces.map(\.region)).count + dataset.forces.count,
            pages: files.filter { $0.0.hasSuffix(".html") }.count,
            rowsAccepted: tally.rowsAccepted, rowsRejected: tally.rowsRejected,
            seconds: Self.seconds(since: started), outputDirectory: options.outputDirectory, upToDate: false,
            warningLines: dataset.buildWarnings.map(\.description))
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
