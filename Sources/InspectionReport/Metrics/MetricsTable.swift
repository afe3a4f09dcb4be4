/// Every metric (`docs/data-contract.md`, "The figures") for the nation, each region and each
/// force, in the row order of "The output files".
struct MetricsTable: Sendable {
    /// The rows in `metrics.csv` order.
    var rows: [MetricRow]
    /// Areas in output order: the nation, regions by name, forces by id (byte order).
    let areas: [Area]
    /// Region names in output order.
    let regions: [String]
    /// Force indexes in output order (by id).
    let forceOrder: [Int]
    /// Each force's progress on the recommendations every force acts on.
    let progress: RecommendationProgress
    /// The national bodies' progress on the recommendations addressed to them, and whether
    /// `national-progress.csv` was there at all (`docs/data-contract.md`, "The files").
    let nationalProgress: NationalProgress
    /// The funnel around the national compliance rate (nil when there is none), for drawing it.
    let funnel: FunnelPositions?
    /// What disclosure control hid (nil before it is applied).
    var suppression: DisclosureControl.Summary?
    private let index: [MetricKey: Int]

    /// Computes every figure from a validated dataset.
    /// - Parameter parallelism: when the cases are tallied in two halves on two threads
    ///   (the result is the same).
    init(dataset: Dataset, parallelism: Parallelism = .automatic) {
        let settings = dataset.settings
        let tally = Self.tally(dataset, parallelism: parallelism)
        let progress = RecommendationProgress(dataset: dataset)
        let nationalProgress = NationalProgress(dataset: dataset)
        let forceOrder = dataset.forces.indices.sorted {
            Array(dataset.forces[$0].id.utf8).lexicographicallyPrecedes(Array(dataset.forces[$1].id.utf8))
        }
        let regions = Array(Set(dataset.forces.map(\.region))).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var areas: [Area] = [.national]
        areas += regions.map { Area.region($0) }
        areas += forceOrder.map { Area.force($0) }

        let quarters = settings.quarters
        let members: [[Int]] = areas.map { area in
            switch area {
            case .national: Array(dataset.forces.indices)
            case .region(let region): dataset.forces.indices.filter { dataset.forces[$0].region == region }
            case .force(let f): [f]
            }
        }
        let figures = members.map { tally.figures(of: $0) }
        var forceFigures = [AreaFigures?](repeating: nil, count: dataset.forces.count)
        for (area, figure) in zip(areas, figures) {
            if case .force(let f) = area { forceFigures[f] = figure }
        }
        let funnel = FunnelPositions(met: forceFigures.map { $0!.action([.met]) }, due: forceFigures.map { $0!.action(Timeliness.Action.due) })
        var rows: [MetricRow] = []
        for (i, area) in areas.enumerated() {
            let name: String =
                switch area {
                case .national: "all"
                case .region(let region): region
                case .force(let f): dataset.forces[f].id
                }
            let populations = members[i].map { dataset.forces[$0].childPopulation }
            let population: Int? = populations.contains(where: { $0 == nil }) ? nil : populations.reduce(0) { $0 + $1! }
            let builder = AreaRowBuilder(
                area: area, name: name, figures: figures[i], quarters: quarters, childPopulation: population,
                funnel: funnel, progress: progress, nationalProgress: nationalProgress, forces: members[i])
            rows += builder.rows()
        }
        self.funnel = funnel
        self.rows = rows
        self.areas = areas
        self.regions = regions
        self.forceOrder = forceOrder
        self.progress = progress
        self.nationalProgress = nationalProgress
        var index: [MetricKey: Int] = [:]
        index.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() { index[row.key] = i }
        self.index = index
    }

    /// The tally of every in-scope case: each part of the cases cut in two and counted on
    /// its own thread when there are many, then merged (the counts are the same either way).
    static func tally(_ dataset: Dataset, parallelism: Parallelism) -> CaseTally {
        let empty = CaseTally(settings: dataset.settings, forceCount: dataset.forces.count)
        let total = dataset.caseParts.reduce(0) { $0 + $1.count }
        let split = parallelism.splitsTally(cases: total)
        var slices: [ArraySlice<CaseRecord>] = []
        for part in dataset.caseParts {
            let middle = part.startIndex + part.count / 2
            slices += split && part.count > 1 ? [part[..<middle], part[middle...]] : [part[...]]
        }
        let counted = slices
        let tallies = parallelism.map(counted.count, concurrently: split) { i in
            var tally = empty
            tally.add(counted[i])
            return tally
        }
        guard var tally = tallies.first else { return empty }
        for other in tallies.dropFirst() { tally.merge(other) }
        return tally
    }

    /// The value of a metric for an area, or nil when the row is omitted (a rate over nothing).
    func value(_ area: Area, _ metric: Metric, _ breakdown: Breakdown = .all) -> MetricValue? {
        index[MetricKey(area, metric, breakdown)].map { rows[$0].value }
    }

    /// The row of a key, or nil when it is omitted.
    func row(_ key: MetricKey) -> MetricRow? {
        index[key].map { rows[$0] }
    }
}
