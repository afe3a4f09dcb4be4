/// Values every template can use, and the methodology annex.
extension Publication {
    func commonContext(depth: Int) -> [String: Any] {
        commonValues(depth: depth).merging(metadataContext()) { a, _ in a }
    }

    private func commonValues(depth: Int) -> [String: Any] {
        [
            "title": Escaping.markdown(settings.title),
            "period": periodText,
            "period_start": Self.longDate(settings.periodStart),
            "period_end": Self.longDate(settings.periodEnd),
            "as_of": Self.longDate(settings.asOf),
            "published": Self.longDate(generatedOn),
            "restricted": audience == .restricted,
            "public": audience.isDisclosed,
            "marked": audience.isMarked,
            "pack": packForceName != nil,
            "pack_force": packForceName.map(Escaping.markdown) ?? "",
            "marking": marking,
            "threshold": String(settings.disclosureThreshold),
            "symbol": "\\[c\\]",
            "timescale_very_high": Self.days(settings.timescale(for: .veryHigh)),
            "timescale_high": Self.days(settings.timescale(for: .high)),
            "timescale_medium": Self.days(settings.timescale(for: .medium)),
            "timescale_low": Self.days(settings.timescale(for: .low)),
            "timescale_assessment": Self.days(settings.assessmentTimescale),
            "rag_green": Self.percentText(settings.ragGreen),
            "rag_amber": Self.percentText(settings.ragAmber),
            "national_link": String(repeating: "../", count: depth) + "national.md",
            "counts_total": Figure.integer(table.rows.filter { $0.control == .count }.count),
            "suppressed_sensitive": Figure.integer(table.suppression?.sensitive ?? 0),
            "suppressed_protective": Figure.integer(table.suppression?.protective ?? 0),
            "suppressed_national": Figure.integer(hiddenCounts(in: .national)),
            "suppressed_regions": Figure.integer(hiddenCounts(in: .region)),
            "suppressed_forces": Figure.integer(hiddenCounts(in: .force)),
            "has_hidden_totals": !(table.suppression?.hiddenTotals.isEmpty ?? true),
            "hidden_totals": (table.suppression?.hiddenTotals ?? []).map { count in
                ["total": Escaping.markdown(countName(count.key)), "reason": Escaping.markdown(necessityText(count.necessity))]
            },
            "audit_forces": Figure.integer(dataset.forces.count),
        ]
    }

    /// A count in words for the methodology: its metric's label, then its area by name and,
    /// unless it is the total, its breakdown as `metrics.csv` writes it.
    func countName(_ key: AuditKey) -> String {
        let area: String =
            switch key.area {
            case .national: "England and Wales"
            case .region(let r): "\(r) region"
            case .force(let id): dataset.forces.first { $0.id == id }?.name ?? id
            }
        let breakdown = key.breakdown == .all ? "" : ", \(key.breakdown.csvText)"
        return "\(key.metric.label) (\(area)\(breakdown))"
    }

    /// Why a hidden total is needed, in words for the methodology.
    func necessityText(_ necessity: HiddenCount.Necessity?) -> String {
        switch necessity {
        case .alone(let x, _): "every pattern that protects \(countName(x)) hides it"
        case .withOtherTotals(let x, _): "every pattern that protects \(countName(x)) hides it or another total"
        case .notProved, nil: "not proved needed (the search and work limits were reached first)"
        }
    }

    /// The counts hidden (sensitive or protective) in areas of one kind.
    private func hiddenCounts(in kind: AuditArea.Kind) -> Int {
        guard let summary = table.suppression else { return 0 }
        let (sensitive, protective) = summary.hidden(in: kind)
        return sensitive + protective
    }

    /// The name of the force a force pack is for (nil for other audiences).
    var packForceName: String? {
        guard case .forcePack(let id) = audience else { return nil }
        return dataset.forces.first { $0.id == id }?.name ?? id
    }

    /// The protective marking every restricted output carries (`docs/data-contract.md`,
    /// "Audiences").
    static let restrictedMarking = "OFFICIAL-SENSITIVE"

    /// The template value `marking`: the protective marking in a restricted build, empty in a
    /// public one, which never carries it.
    var marking: String { audience.isMarked ? Self.restrictedMarking : "" }

    static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }

    static func percentText(_ f: DecimalFraction) -> String {
        FixedDecimal.format(f.numerator * 100, f.denominator, places: max(0, f.scale - 2)) + "%"
    }

    func methodologyContext() -> [String: Any] {
        var reconciliation: [[Table.Cell]] = []
        for tally in dataset.tallies {
            let codes = RowErrorCode.allCases.filter { tally.count(of: $0) > 0 }.map { "\($0.code): \(Figure.integer(tally.count(of: $0)))" }
            reconciliation.append([
                Table.Cell(tally.file.fileName), Table.Cell(Figure.integer(tally.rowsRead)), Table.Cell(Figure.integer(tally.rowsAccepted)),
                Table.Cell(Figure.integer(tally.rowsRejected)), Table.Cell(codes.isEmpty ? "none" : codes.joined(separator: "; ")),
            ])
        }
        let reconciliationTable = Table(
            id: "reconciliation", caption: "Rows read, accepted and rejected in each input file",
            columns: [
                .init("File", numeric: false), .init("Rows read"), .init("Accepted"), .init("Rejected"),
                .init("Rejections by reason", numeric: false),
            ], rows: reconciliation)
        let inputs = (provenance.inputs + provenance.templates).map {
            [Table.Cell($0.name), Table.Cell(Figure.integer($0.bytes)), Table.Cell($0.sha256)]
        }
        let provenanceTable = Table(
            id: "provenance", caption: "Inputs and templates of this publication, with their SHA-256",
            columns: [.init("File", numeric: false), .init("Bytes"), .init("SHA-256", numeric: false)], rows: inputs)
        let settingsRows: [[Table.Cell]] = [
            [Table.Cell("Reporting period"), Table.Cell(periodText)],
            [Table.Cell("Census date (as_of)"), Table.Cell(Self.longDate(settings.asOf))],
            [
                Table.Cell("Timescales: very high, high, medium, low"),
                Table.Cell(RiskGrade.descending.map { Self.days(settings.timescale(for: $0)) }.joined(separator: ", ")),
            ],
            [Table.Cell("Disclosure threshold"), Table.Cell(String(settings.disclosureThreshold))],
            [Table.Cell("Largest share of rejected case rows"), Table.Cell(settings.maxRejectedShare.description)],
            [
                Table.Cell("Green at or above; amber at or above"),
                Table.Cell("\(Self.percentText(settings.ragGreen)); \(Self.percentText(settings.ragAmber))"),
            ],
            [Table.Cell("Audience"), Table.Cell(audience.name)],
            [Table.Cell("Tool version"), Table.Cell("inspection-report \(provenance.toolVersion), libcmark \(provenance.cmarkVersion)")],
        ]
        let settingsTable = Table(
            id: "settings", caption: "Settings of this publication",
            columns: [.init("Setting", numeric: false), .init("Value", numeric: false)], rows: settingsRows)
        let cases = dataset.tally(.cases)
        return [
            "reconciliation_table": Block(reconciliationTable),
            "provenance_table": Block(provenanceTable),
            "settings_table": Block(settingsTable),
            "cases_read": Figure.integer(cases.rowsRead),
            "cases_rejected": Figure.integer(cases.rowsRejected),
            "dates_after_as_of": Figure.integer(cases.datesAfterAsOf),
            "tool_version": provenance.toolVersion,
        ]
    }
}
