import Foundation

/// The one entry point of `build`: validate, compute, control disclosure, render, publish.
public struct Builder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// Runs the build under the output's lock. On any error the previous output is left
    /// exactly as it was.
    public func run() throws(BuildError) -> BuildSummary {
        let started = DispatchTime.now()
        options.progress?(.reading)
        try Self.checkReplaceable(options.outputDirectory)
        let lock = try BuildLock(output: options.outputDirectory, wait: options.lockWait)
        defer { lock.release() }
        let reader = DatasetReader(directory: options.dataDirectory, configPath: options.configPath, parallelism: options.parallelism)
        let snapshot: InputSnapshot
        do {
            snapshot = try reader.snapshot()
        } catch {
            throw .invalidInput(error)
        }
        let templates = try TemplateSet(directory: options.templatesDirectory)
        let templateDigests = templates.digests()
        let manifest = BuildManifest(inputs: snapshot.signatures, templates: templateDigests, options: options)
        let manifestPath = options.outputDirectory + "/" + BuildManifest.fileName
        if options.onlyForces.isEmpty, !options.rebuild,
           let data = FileManager.default.contents(atPath: manifestPath),
           BuildManifest.parse(String(decoding: data, as: UTF8.self)) == manifest {
            return BuildSummary(areas: 0, pages: 0, rowsAccepted: 0, rowsRejected: 0, seconds: Self.seconds(since: started),
                                outputDirectory: options.outputDirectory, upToDate: true)
        }
        // The inputs' SHA-256 (for provenance) are computed while the data is validated.
        options.progress?(.validating)
        let (digests, validated) = options.parallelism.both(
            { snapshot.digests() },
            { Result { () throws(InputError) in try reader.read(snapshot) } })
        let dataset: Dataset
        do {
            dataset = try validated.get()
        } catch {
            throw .invalidInput(error)
        }
        if dataset.rejectedShareExceeded(strict: options.strict) {
            let tally = dataset.tally(.cases)
            throw .rejectedOverThreshold(rejected: tally.rowsRejected, read: tally.rowsRead,
                                         allowed: options.strict ? "0, --strict" : dataset.settings.maxRejectedShare.description)
        }
        var selected: Set<Int>?
        if !options.onlyForces.isEmpty {
            let index = Dictionary(uniqueKeysWithValues: dataset.forces.enumerated().map { ($0.element.id, $0.offset) })
            let unknown = options.onlyForces.filter { index[$0] == nil }
            if !unknown.isEmpty {
                throw .invalidInput(InputError(Diagnostic(file: "--only", code: "unknown_force",
                                                          message: "\(unknown.joined(separator: ", ")) is not a force_id in forces.csv")))
            }
            guard let data = FileManager.default.contents(atPath: manifestPath) else {
                throw .invalidInput(InputError(Diagnostic(file: options.outputDirectory, code: "no_output",
                                                          message: "--only re-renders scorecards of a published output, and there is none yet; run a full build first")))
            }
            guard BuildManifest.parse(String(decoding: data, as: UTF8.self)).sameFigures(as: manifest) else {
                throw .invalidInput(InputError(Diagnostic(file: options.outputDirectory, code: "inputs_changed",
                                                          message: "the inputs, settings or audience differ from the published output's, so re-rendering only some scorecards would mix two builds; run a full build")))
            }
            selected = Set(options.onlyForces.compactMap { index[$0] })
        }
        var files = try render(dataset: dataset, digests: digests, templates: templates, templateDigests: templateDigests, only: selected)
        if selected == nil { files.append((BuildManifest.fileName, Array(manifest.recording(digests).text.utf8))) }
        options.progress?(.writing)
        let stage = try StagedOutput(target: options.outputDirectory)
        do {
            if selected != nil { try stage.copyExisting() }
            for (i, (path, bytes)) in files.enumerated() {
                try stage.write(path, bytes)
                options.afterFileWritten?(i)
            }
            options.progress?(.publishing)
            try stage.commit()
        } catch {
            stage.discard()
            throw error
        }
        let tally = dataset.tally(.cases)
        return BuildSummary(areas: 1 + Set(dataset.forces.map(\.region)).count + dataset.forces.count,
                            pages: files.filter { $0.0.hasSuffix(".html") }.count,
                            rowsAccepted: tally.rowsAccepted, rowsRejected: tally.rowsRejected,
                            seconds: Self.seconds(since: started), outputDirectory: options.outputDirectory, upToDate: false)
    }

    /// The output is replaced whole, so it must be new, empty, or a previous output.
    static func checkReplaceable(_ path: String) throws(BuildError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .unsafeOutput(path) }
        if FileManager.default.fileExists(atPath: path + "/" + BuildManifest.fileName) { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if !entries.isEmpty { throw .unsafeOutput(path) }
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Every output file in a fixed order (or only the selected scorecards).
    func render(dataset: Dataset, digests: [Provenance.Input], templates: TemplateSet, templateDigests: [Provenance.Input],
                only: Set<Int>?) throws(BuildError) -> [(String, [UInt8])] {
        options.progress?(.computing)
        let computed = MetricsTable(dataset: dataset, parallel: options.parallelism.enabled)
        let table = options.audience == .public ? computed.disclosed(threshold: dataset.settings.disclosureThreshold) : computed
        let provenance = Provenance(inputs: digests,
                                    templates: templateDigests,
                                    toolVersion: ToolInfo.version, cmarkVersion: CommonMark.version, audience: options.audience)
        let overdue = options.audience == .restricted ? OpenOverdueList.byForce(dataset) : []
        let publication = Publication(dataset: dataset, table: table, audience: options.audience, provenance: provenance,
                                      generatedOn: options.generatedOn ?? dataset.settings.asOf, openOverdue: overdue)
        options.progress?(.rendering)
        let renderer = SiteRenderer(publication: publication, templates: templates)
        if let only { return try renderer.renderForces(only, parallelism: options.parallelism) }
        var files: [(String, [UInt8])] = [
            ("data/metrics.csv", DataFiles.metrics(table)),
            ("data/quality.csv", DataFiles.quality(dataset)),
            ("data/rejections.csv", DataFiles.rejections(dataset)),
        ]
        if options.audience == .restricted {
            files.append(("data/open-overdue-cases.csv", OpenOverdueList.csv(overdue, forces: dataset.forces, forceOrder: table.forceOrder)))
        }
        files += try renderer.render(parallelism: options.parallelism)
        return files
    }
}
