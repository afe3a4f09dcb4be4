import Foundation

/// The one entry point of `build`: validate, compute, control disclosure, render, publish.
public struct Builder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// Runs the build. On any error the previous output is left exactly as it was.
    public func run() throws(BuildError) -> BuildSummary {
        let started = DispatchTime.now()
        let reader = DatasetReader(directory: options.dataDirectory, configPath: options.configPath, parallel: options.parallel)
        let dataset: Dataset
        do {
            dataset = try reader.read()
        } catch {
            throw .invalidInput(error)
        }
        if dataset.rejectedShareExceeded(strict: options.strict) {
            let tally = dataset.tally(.cases)
            throw .rejectedOverThreshold(rejected: tally.rowsRejected, read: tally.rowsRead,
                                         allowed: options.strict ? "0, --strict" : dataset.settings.maxRejectedShare.description)
        }
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
        return BuildSummary(areas: table.areas.count, pages: 0, rowsAccepted: tally.rowsAccepted, rowsRejected: tally.rowsRejected,
                            seconds: elapsed, outputDirectory: options.outputDirectory, upToDate: false)
    }
}
