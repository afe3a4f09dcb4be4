import Foundation

/// The steps of ``Builder/run()``, in order.
extension Builder {
    /// Resolve: `--out` as one canonical absolute path (links and `..` as the kernel follows
    /// them), refused when replacing it whole could destroy anything but an earlier output.
    func resolvingOutput() throws(BuildError) -> Builder {
        var resolved = self
        resolved.options.outputDirectory = try OutputPath.canonical(options.outputDirectory, option: "--out")
        try OutputPath.checkBuildOutput(resolved.options.outputDirectory, options: options)
        return resolved
    }

    /// Lock: no other build may be writing the output, which is checked again under the lock
    /// (it must be new, empty or an earlier output). Under the lock, what dead builds left
    /// beside the output is removed, whether or not this build goes on to publish.
    func lockOutput() throws(BuildError) -> BuildLock {
        options.progress?(.reading)
        let lock = try BuildLock(output: options.outputDirectory, wait: options.lockWait)
        try OutputPath.checkReplaceable(options.outputDirectory)
        StagedOutput.removeLeftovers(of: options.outputDirectory)
        options.reached?(.locked)
        return lock
    }

    /// Snapshot: the bytes of every input and the templates, read once.
    func takeSnapshot() throws(BuildError) -> BuildInputs {
        let reader = DatasetReader(
            directory: options.dataDirectory, configPath: options.configPath, parallelism: options.parallelism,
            audience: options.audience)
        let snapshot: InputSnapshot
        do {
            snapshot = try reader.snapshot()
        } catch {
            throw .invalidInput(error)
        }
        let templates = try TemplateSet(directory: options.templatesDirectory)
        return BuildInputs(reader: reader, snapshot: snapshot, templates: templates, templateDigests: templates.digests())
    }

    /// Decide: is the published output up to date, and which scorecards would be rendered?
    func decide(_ inputs: BuildInputs) -> BuildPlan {
        BuildPlan(inputs: inputs, options: options)
    }

    /// Read: validates every input while the inputs' SHA-256 (for provenance) are computed,
    /// and refuses a dataset with too many rejected case rows.
    func read(_ inputs: BuildInputs) throws(BuildError) -> (Dataset, [Provenance.Input]) {
        options.progress?(.validating)
        let (digests, validated) = options.parallelism.both(
            { inputs.snapshot.digests() },
            { Result { () throws(InputError) in try inputs.reader.read(inputs.snapshot) } })
        let dataset: Dataset
        do {
            dataset = try validated.get()
        } catch {
            throw .invalidInput(error)
        }
        if options.strict, let error = dataset.warningsAsErrors() { throw .invalidInput(error) }
        if dataset.rejectedShareExceeded(strict: options.strict) {
            let tally = dataset.tally(.cases)
            throw .rejectedOverThreshold(
                rejected: tally.rowsRejected, read: tally.rowsRead,
                allowed: options.strict ? "0, --strict" : dataset.settings.maxRejectedShare.description)
        }
        return (dataset, digests)
    }

    /// Compute: every figure of the contract.
    func compute(_ dataset: Dataset) -> MetricsTable {
        options.progress?(.computing)
        return MetricsTable(dataset: dataset, parallelism: options.parallelism)
    }

    /// Disclose: statistical disclosure control for the public audience, proved by the
    /// linear-programming audit before anything is rendered (`docs/methodology.md`,
    /// "Disclosure control" and "Disclosure audit").
    /// - Throws: ``BuildError/disclosureAuditFailed(_:)`` when a sensitive count could be
    ///   narrowed by the public or by one force: nothing is published.
    func disclose(_ table: MetricsTable, _ dataset: Dataset) throws(BuildError) -> MetricsTable {
        let control = DisclosureControl(dataset: dataset, parallelism: options.parallelism)
        guard options.audience.isDisclosed else {
            // The restricted edition shows every figure, and says what the public one hides.
            var restricted = table
            // The public edition's pattern, checked and audited as a public build would be: a
            // pattern the public build would refuse is not described as if published.
            if options.audience == .restricted, options.suppressionFile {
                restricted.suppression = try control.publicFigures(of: table).suppression
            }
            return restricted
        }
        var pack: Int?
        if case .forcePack(let id) = options.audience {
            guard let force = dataset.forces.firstIndex(where: { $0.id == id }) else { throw .unknownForce(id) }
            pack = force
        }
        return try control.publicFigures(of: table, revealing: pack)
    }

    /// Render: every output file in a fixed order (or only the selected scorecards).
    func render(
        _ dataset: Dataset, _ table: MetricsTable, digests: [Provenance.Input], inputs: BuildInputs,
        selection: ScorecardSelection
    ) throws(BuildError) -> [(String, [UInt8])] {
        let provenance = Provenance(
            inputs: digests,
            templates: inputs.templateDigests,
            toolVersion: ToolInfo.version, cmarkVersion: CommonMark.version, audience: options.audience)
        let overdue = OpenOverdueList.byForce(dataset).enumerated().map { f, cases in
            options.audience.showsAnnex(forForce: dataset.forces[f].id) ? cases : []
        }
        let publication = Publication(
            dataset: dataset, table: table, audience: options.audience, provenance: provenance,
            generatedOn: options.generatedOn ?? dataset.settings.asOf, openOverdue: overdue)
        options.progress?(.rendering)
        let renderer = SiteRenderer(publication: publication, templates: inputs.templates)
        if case .only(let forces) = selection { return try renderer.renderForces(forces, parallelism: options.parallelism) }
        var files: [(String, [UInt8])] = [
            ("data/metrics.csv", DataFiles.metrics(table)),
            (CSVWMetadata.path, CSVWMetadata.bytes(publication)),
            ("data/quality.csv", DataFiles.quality(dataset)),
            ("data/rejections.csv", DataFiles.rejections(dataset)),
        ]
        if options.audience.isMarked {
            files.append(("data/open-overdue-cases.csv", OpenOverdueList.csv(overdue, forces: dataset.forces, forceOrder: table.forceOrder)))
        }
        if options.audience == .restricted, let suppression = table.suppression {
            files.append((SuppressionFile.path, SuppressionFile.csv(suppression.hidden)))
        }
        // The workbook (megabytes of XML to deflate for 43 forces) is written on a thread of
        // its own while the pages render.
        let (workbook, pages) = options.parallelism.both(
            { Result { () throws(BuildError) in try Workbook(publication: publication).bytes() } },
            { Result { () throws(BuildError) in try renderer.render(parallelism: options.parallelism) } })
        files.append((Workbook.path, try workbook.get()))
        files += try pages.get()
        return files
    }

    /// Stage: writes the files, then the manifest listing every file's size and SHA-256, into
    /// a fresh directory beside the output. `--only` starts from a copy of the published
    /// output's listed files (regular files only) and keeps its manifest's record of the
    /// inputs, with the templates recorded as mixed.
    func stage(
        _ files: [(String, [UInt8])], manifest: BuildManifest, published: BuildManifest?,
        selection: ScorecardSelection
    ) throws(BuildError) -> StagedOutput {
        options.progress?(.writing)
        let stage = try StagedOutput(target: options.outputDirectory)
        do {
            var copied: [(String, [UInt8])] = []
            var record = manifest
            if selection != .all, let published {
                let rendered = Set(files.map(\.0))
                copied = try stage.copyPublished(published.files.map(\.path).filter { !rendered.contains($0) })
                record = published.rerendered()
            }
            let written = files + [(BuildManifest.fileName, Array(record.listing(copied + files).text.utf8))]
            for (i, (path, bytes)) in written.enumerated() {
                try stage.write(path, bytes)
                options.reached?(.staged(file: i + 1, of: written.count))
            }
        } catch {
            stage.discard()
            throw error
        }
        return stage
    }

    /// Publish: swaps the staged output into place in one step.
    func publish(_ stage: StagedOutput) throws(BuildError) {
        do {
            options.progress?(.publishing)
            options.reached?(.beforeSwap)
            try stage.commit(afterSwap: { options.reached?(.afterSwap) })
        } catch {
            stage.discard()
            throw error
        }
    }
}
