/// Everything the pages are made from: the dataset, the (disclosed) figures, the settings.
struct Publication: Sendable {
    let dataset: Dataset
    /// The figures as published: disclosure control applied for the public audience.
    let table: MetricsTable
    let audience: Audience
    let provenance: Provenance
    /// The date printed as "published".
    let generatedOn: Day
    /// Restricted audience only: each force's open overdue cases in annex order (else empty).
    let openOverdue: [[OpenOverdueCase]]

    var settings: ReportSettings { dataset.settings }

    init(
        dataset: Dataset, table: MetricsTable, audience: Audience, provenance: Provenance, generatedOn: Day,
        openOverdue: [[OpenOverdueCase]] = []
    ) {
        self.openOverdue = openOverdue
        self.dataset = dataset
        self.table = table
        self.audience = audience
        self.provenance = provenance
        self.generatedOn = generatedOn
    }

    /// A published value.
    func value(_ area: Area, _ metric: Metric, _ breakdown: Breakdown = .all) -> MetricValue? {
        table.value(area, metric, breakdown)
    }

    /// The display name of an area.
    func name(of area: Area) -> String {
        switch area {
        case .national: "England and Wales"
        case .region(let r): r
        case .force(let f): dataset.forces[f].name
        }
    }

    /// The region area of a force.
    func region(of force: Int) -> Area { .region(dataset.forces[force].region) }

    /// "1 April 2024".
    static func longDate(_ day: Day) -> String {
        let c = day.components
        return "\(c.day) \(monthNames[c.month - 1]) \(c.year)"
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// A calendar quarter in words: "April to June 2024".
    static func quarterLabel(_ q: Quarter) -> String {
        "\(monthNames[(q.number - 1) * 3]) to \(monthNames[(q.number - 1) * 3 + 2]) \(q.year)"
    }

    /// A quarter on a chart's axis, in two lines: ("Apr to Jun", "2024").
    static func quarterAxisLabel(_ q: Quarter) -> (months: String, year: String) {
        ("\(monthNames[(q.number - 1) * 3].prefix(3)) to \(monthNames[(q.number - 1) * 3 + 2].prefix(3))", String(q.year))
    }

    /// The period in words.
    var periodText: String {
        "\(Self.longDate(settings.periodStart)) to \(Self.longDate(settings.periodEnd))"
    }

    /// On a scorecard, every other force is drawn only up to this many forces, so that a site's
    /// size grows linearly with the number of forces; beyond it a scorecard's plot shows its own
    /// force against the limits, and the national page shows every force.
    static let scorecardFunnelForces = 60

    /// The national funnel plot of overall timescale compliance (on a scorecard, `highlight`).
    func funnel(highlight: Int?) -> FunnelPlot? {
        guard value(.national, .actionCompliance)?.doubleValue != nil, let model = table.funnel else { return nil }
        var points: [FunnelPlot.Point] = []
        let everyForce = highlight == nil || table.forceOrder.count <= Self.scorecardFunnelForces
        for f in table.forceOrder where everyForce || f == highlight {
            guard let rate = value(.force(f), .actionCompliance)?.doubleValue, let due = value(.force(f), .actionDue)?.integer else { continue }
            points.append(FunnelPlot.Point(label: dataset.forces[f].name, rate: rate, denominator: due, highlighted: f == highlight))
        }
        return FunnelPlot(model: model, points: points)
    }

    /// Words for a force's position against the national compliance rate, from its
    /// `action_compliance_position` row at 95%.
    func significanceText(force f: Int) -> String {
        let area = Area.force(f)
        let due = Figure.text(value(area, .actionDue))
        switch value(area, .actionCompliancePosition, .limits(.p95)) {
        case .text(FunnelPositions.Position.above.rawValue)?:
            return "above the range expected around the national rate (outside the 95% funnel limits for \(due) cases due)"
        case .text(FunnelPositions.Position.below.rawValue)?:
            return "below the range expected around the national rate (outside the 95% funnel limits for \(due) cases due)"
        case .text?:
            return "within the range expected around the national rate (inside the 95% funnel limits for \(due) cases due)"
        case .suppressed?:
            return "not compared with the national rate, because the figure is suppressed"
        default:
            return value(.national, .actionCompliance) == nil
                ? "not compared: there is no national rate to compare with"
                : "not compared with the national rate: no cases were due"
        }
    }
}
