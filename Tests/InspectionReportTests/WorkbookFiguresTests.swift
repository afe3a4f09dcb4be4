import Foundation
import Testing

@testable import InspectionReport

/// `docs/data-contract.md`, "The output files" (one source for every figure), for the workbook:
/// every figure about cases in it is a row of the same build's `metrics.csv`, shown as the row
/// shows it. The sample publication is rendered from the sentinel table of ``PageFiguresTests``
/// (every figure replaced by 7,000,000 + 1,009·n), so a figure the workbook computed, or put in the
/// wrong cell, cannot pass for a row.
@Suite("Workbook figures: every case figure is a row of metrics.csv")
struct WorkbookFiguresTests {
    static func workbook(_ site: SentinelSite) throws -> OpenDocumentReader {
        let sample = site.sample
        let files = try sample.builder.render(sample.dataset, site.sentinels.table, digests: sample.digests, inputs: sample.inputs, selection: .all)
        return try OpenDocumentReader(try #require(files.first { $0.0 == Workbook.path }?.1, "the render step wrote no workbook"))
    }

    @Test(arguments: SentinelRates.allCases)
    func everyFigureIsTheRowOfItsCell(_ rates: SentinelRates) throws {
        let site = try SentinelSite.rendered(rates)
        let check = WorkbookFigureCheck(table: site.sentinels.table, dataset: site.sample.dataset)
        let workbook = try Self.workbook(site)
        let offences = check.offences(workbook)
        #expect(offences.isEmpty, "\(offences.count) cells are not the row they stand for:\n\(offences.prefix(20).joined(separator: "\n"))")
        // Not vacuous: the sentinels are there.
        #expect(check.sentinelCells(workbook) > 5_000)
    }

    /// The check reports a figure the workbook computed (a force's referrals plus its region's),
    /// a row put in another force's cell, and a number stored as text.
    @Test func theCheckReportsAComputedOrMisplacedFigure() throws {
        let site = try SentinelSite.rendered(.green)
        let table = site.sentinels.table, dataset = site.sample.dataset
        let check = WorkbookFigureCheck(table: table, dataset: dataset)
        let clean = try Self.workbook(site)
        let forces = try #require(clean.sheets.firstIndex { $0.name == "Forces" })
        let (first, second) = (table.forceOrder[0], table.forceOrder[1])
        let referrals = 3, compliance = 4
        func doctored(_ change: (inout [[OpenDocumentReader.Cell]]) -> Void) -> [String] {
            var workbook = clean
            change(&workbook.sheets[forces].rows)
            return check.offences(workbook)
        }
        let sum =
            try #require(site.sentinels.value(.force(first), .referrals))
            + (try #require(site.sentinels.value(.region(dataset.forces[first].region), .referrals)))
        #expect(
            doctored { $0[3][referrals] = OpenDocumentReader.Cell(type: "float", value: String(sum), text: String(sum), link: nil, spanned: false) }
                .count == 1)
        #expect(
            doctored { rows in rows[3][compliance] = rows[4][compliance] }.count == 1,
            "\(dataset.forces[second].id)'s rate in \(dataset.forces[first].id)'s row")
        #expect(doctored { $0[3][referrals].type = "string" }.count == 1)
    }
}

/// The check of a workbook's figures against the table it was rendered from.
struct WorkbookFigureCheck {
    let table: MetricsTable
    let dataset: Dataset

    /// The cell a published value must be: its text, and whether it is stored as a number.
    func expected(_ value: MetricValue?) -> (text: String, number: Bool) {
        guard let value else { return (Workbook.noFigure, false) }
        switch value {
        case .count, .days, .ratio: return (value.csvText, true)
        case .text, .suppressed: return (value.csvText, false)
        }
    }

    func matches(_ cell: OpenDocumentReader.Cell, _ value: MetricValue?) -> Bool {
        let (text, number) = expected(value)
        return cell.text == text && (number ? cell.type == "float" && cell.value == text : cell.type == "string")
    }

    /// Every cell that is not what it stands for, described.
    func offences(_ workbook: OpenDocumentReader) -> [String] {
        var offences: [String] = []
        let forceIndex = Dictionary(uniqueKeysWithValues: dataset.forces.indices.map { (dataset.forces[$0].id, $0) })
        for sheet in workbook.sheets {
            let rows = sheet.rows.dropFirst(3)
            switch sheet.name {
            case "Forces", "Regions":
                let first = sheet.rows[2].count - Workbook.keyMetrics.count
                for row in rows {
                    let area: Area? =
                        sheet.name == "Forces"
                        ? forceIndex[row[1].text].map { .force($0) }
                        : row[1].text == "national" ? .national : .region(row[0].text)
                    guard let area else { offences.append("\(sheet.name): no area \(row[1].text)"); continue }
                    for (metric, cell) in zip(Workbook.keyMetrics, row[first...]) where !matches(cell, table.value(area, metric)) {
                        offences.append(
                            """
                            \(sheet.name) \(row[0].text) \(metric.csvName): \(cell.text) (\(cell.type ?? "-")), the row is \
                            \(expected(table.value(area, metric)).text)
                            """
                        )
                    }
                }
            case "Metrics":
                if rows.count != table.rows.count { offences.append("Metrics: \(rows.count) rows, metrics.csv \(table.rows.count)") }
                for (cell, row) in zip(rows.map { $0[4] }, table.rows) where !matches(cell, row.value) {
                    offences.append(
                        "Metrics \(row.areaName) \(row.metric.csvName) \(row.breakdown.csvText): \(cell.text), the row is \(row.value.csvText)")
                }
            case "Quality":
                continue
            default:
                // The sheets that explain hold words, never a number.
                for cell in sheet.rows.joined() where cell.type != "string" {
                    offences.append("\(sheet.name): a cell of type \(cell.type ?? "-"): \(cell.text)")
                }
            }
        }
        return offences
    }

    /// How many cells hold a sentinel (a number from 7,000,000 up).
    func sentinelCells(_ workbook: OpenDocumentReader) -> Int {
        workbook.sheets.flatMap { $0.rows.joined() }.filter {
            $0.type == "float" && (Double($0.value ?? "") ?? 0).magnitude >= Double(SentinelTable.base)
        }.count
    }
}
