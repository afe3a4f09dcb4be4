import Dispatch

/// Every metric of SPEC section 4 for the nation, each region and each force, in the row
/// order of section 5.
public struct MetricsTable: Sendable {
    /// The rows in `metrics.csv` order.
    public internal(set) var rows: [MetricRow]
    /// Areas in output order: the nation, regions by name, forces by id (byte order).
    public let areas: [Area]
    /// The counts behind the figures, per area (same order as ``areas``).
    public let figures: [AreaFigures]
    /// Region names in output order.
    public let regions: [String]
    /// Force indexes in output order (by id).
    public let forceOrder: [Int]
    public let progress: RecommendationProgress
    private let index: [String: Int]

    /// Computes every figure from a validated dataset.
    /// - Parameter parallel: count the two halves of the cases on two threads.
    public init(dataset: Dataset, parallel: Bool = true) {
        let settings = dataset.settings
        let forceCount = dataset.forces.count
        var tally = CaseTally(settings: settings, forceCount: forceCount)
        let parts = dataset.caseParts
        if parallel, parts.count == 2, parts[0].count + parts[1].count >= 200_000 {
            let box = TallyPair(first: tally, second: tally)
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 { box.first.add(parts[0]) } else { box.second.add(parts[1]) }
            }
            tally = box.first
            tally.merge(box.second)
        } else {
            for part in parts { tally.add(part) }
        }
        let progress = RecommendationProgress(dataset: dataset)
        let forceOrder = dataset.forces.indices.sorted { Array(dataset.forces[$0].id.utf8).lexicographicallyPrecedes(Array(dataset.forces[$1].id.utf8)) }
        let regions = Array(Set(dataset.forces.map(\.region))).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var areas: [Area] = [.national]
        areas += regions.map { Area.region($0) }
        areas += forceOrder.map { Area.force($0) }

        var rows: [MetricRow] = []
        var figuresList: [AreaFigures] = []
        for area in areas {
            let members: [Int]
            let name: String
            switch area {
            case .national:
                members = Array(dataset.forces.indices)
                name = "all"
            case .region(let region):
                members = dataset.forces.indices.filter { dataset.forces[$0].region == region }
                name = region
            case .force(let f):
                members = [f]
                name = dataset.forces[f].id
            }
            let figures = tally.figures(of: members)
            figuresList.append(figures)
            let populations = members.map { dataset.forces[$0].childPopulation }
            let population: Int? = populations.contains(where: { $0 == nil }) ? nil : populations.reduce(0) { $0 + $1! }
            var builder = AreaRowBuilder(area: area, name: name, figures: figures, settings: settings, base: rows.count)
            builder.addCaseMetrics(childPopulation: population)
            builder.addRecommendationMetrics(progress: progress, forces: members)
            rows += builder.rows
        }
        self.rows = rows
        self.areas = areas
        self.figures = figuresList
        self.regions = regions
        self.forceOrder = forceOrder
        self.progress = progress
        var index: [String: Int] = [:]
        for (i, row) in rows.enumerated() { index[Self.key(row.area, row.metric, row.breakdown)] = i }
        self.index = index
    }

    static func key(_ area: Area, _ metric: String, _ breakdown: String) -> String {
        switch area {
        case .national: "n|\(metric)|\(breakdown)"
        case .region(let r): "r:\(r)|\(metric)|\(breakdown)"
        case .force(let f): "f:\(f)|\(metric)|\(breakdown)"
        }
    }

    /// The value of a metric for an area, or nil when the row is omitted (a rate over nothing).
    public func value(_ area: Area, _ metric: String, _ breakdown: String = "all") -> MetricValue? {
        index[Self.key(area, metric, breakdown)].map { rows[$0].value }
    }

    /// The counts behind an area's figures.
    public func figures(of area: Area) -> AreaFigures {
        figures[areas.firstIndex(of: area)!]
    }
}

private final class TallyPair: @unchecked Sendable {
    var first: CaseTally
    var second: CaseTally
    init(first: CaseTally, second: CaseTally) {
        self.first = first
        self.second = second
    }
}
