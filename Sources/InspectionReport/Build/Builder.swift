import Foundation

/// The one entry point of `build`: validate, compute, control disclosure, render, publish.
public struct Builder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// Runs the build. On any error the previous output is left exactly as it was.
    public func run() throws(BuildError) -> BuildSummary {
        let started = DispatchTime.now()
        let reader = DatasetReader(directory: options.dataDirectory, configPath: options.configPath, parallel: options.parallel)
        let snapshot: InputSnapshot
        let dataset: Dataset
        do {
            snapshot = try reader.snapshot()
            dataset = try reader.read(snapshot)
        } catch {
            throw .invalidInput(error)
        }
        if dataset.rejectedShareExceeded(strict: options.strict) {
            let tally = dataset.tally(.cases)
            throw .rejectedOverThreshold(rejected: tally.rowsRejected, read: tally.rowsRead,
                                         allowed: options.strict ? "0, --strict" : dataset.settings.maxRejectedShare.description)
        }
        let templates = try TemplateSet(directory: options.templatesDirectory)
        let files = try render(dataset: dataset, snapshot: snapshot, templates: templates)
        let stage = try StagedOutput(target: options.outputDirectory)
        do {
            for (path, bytes) in files { try stage.write(path, bytes) }
            try stage.commit()
        } catch {
            stage.discard()
            throw error
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        let tally = dataset.tally(.cases)
        return BuildSummary(areas: 1 + Set(dataset.forces.map(\.region)).count + dataset.forces.count,
                            pages: files.filter { $0.0.hasSuffix(".html") }.count,
                            rowsAccepted: tally.rowsAccepted, rowsRejected: tally.rowsRejected,
                            seconds: elapsed, outputDirectory: options.outputDirectory, upToDate: false)
    }

    /// Every output file, in a fixed order.
    func render(dataset: Dataset, snapshot: InputSnapshot, templates: TemplateSet) throws(BuildError) -> [(String, [UInt8])] {
        let computed = MetricsTable(dataset: dataset, parallel: options.parallel)
        let table = options.audience == .public ? computed.disclosed(threshold: dataset.settings.disclosureThreshold) : computed
        var files: [(String, [UInt8])] = [
            ("data/metrics.csv", DataFiles.metrics(table)),
            ("data/quality.csv", DataFiles.quality(dataset)),
            ("data/rejections.csv", DataFiles.rejections(dataset)),
        ]
        if options.audience == .restricted {
            files.append(("data/open-overdue-cases.csv", OpenOverdueList.csv(dataset, forceOrder: table.forceOrder)))
        }
        let provenance = Provenance(inputs: snapshot.digests(),
                                    templates: templates.contents.map { Provenance.Input(name: "Templates: " + $0.name, sha256: Digest.sha256($0.text), bytes: $0.text.utf8.count) },
                                    toolVersion: ToolInfo.version, cmarkVersion: CommonMark.version, audience: options.audience)
        let publication = Publication(dataset: dataset, table: table, audience: options.audience, provenance: provenance,
                                      generatedOn: options.generatedOn ?? dataset.settings.asOf)
        files += try SiteRenderer(publication: publication, templates: templates).render(parallel: options.parallel)
        return files
    }
}
