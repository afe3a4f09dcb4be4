/// An area as `metrics.csv` names it: the audit reads published files, where a force is its id.
enum AuditArea: Hashable, Sendable, Comparable {
    case national
    case region(String)
    case force(String)

    /// The kinds of area, the widest first.
    enum Kind: String, Sendable, CaseIterable {
        case national, region, force
    }

    var kind: Kind {
        switch self {
        case .national: .national
        case .region: .region
        case .force: .force
        }
    }

    /// `national`, `region` or `force` and the name, as `metrics.csv` writes them.
    var csvText: String {
        switch self {
        case .national: "national all"
        case .region(let r): "region \(r)"
        case .force(let f): "force \(f)"
        }
    }
}

/// A count of cases in `metrics.csv`: where it is, what it is about, and its value.
struct AuditKey: Hashable, Sendable {
    var area: AuditArea
    var metric: Metric
    var breakdown: Breakdown

    init(_ area: AuditArea, _ metric: Metric, _ breakdown: Breakdown = .all) {
        self.area = area
        self.metric = metric
        self.breakdown = breakdown
    }

    /// `area metric breakdown`, for messages.
    var description: String { "\(area.csvText) \(metric.csvName) \(breakdown.csvText)" }
}

/// The counts of cases of one `metrics.csv` (`docs/methodology.md`, "Figures"), each with its line: published
/// (a number) or suppressed (nil). Rows of other metrics (rates, days, recommendations) are
/// read, their metric checked, and left out.
struct PublishedCounts: Sendable {
    struct Cell: Sendable, Hashable {
        var key: AuditKey
        /// The 1-based line of the row in the file.
        var line: Int
        /// nil when suppressed (`[c]`).
        var value: Int?
    }

    /// In file order.
    var cells: [Cell]
    /// The position of each key in ``cells``.
    private(set) var index: [AuditKey: Int]

    init(cells: [Cell]) {
        self.cells = cells
        var index: [AuditKey: Int] = [:]
        for (i, cell) in cells.enumerated() { index[cell.key] = i }
        self.index = index
    }

    subscript(key: AuditKey) -> Cell? {
        index[key].map { cells[$0] }
    }

    /// An error reading `metrics.csv`, with the file and line.
    struct ParseError: Error, Sendable, Equatable {
        var file: String
        var line: Int
        var message: String

        var description: String { "\(file):\(line): \(message)" }
    }

    /// Parses `metrics.csv` (`area_type,area,metric,breakdown,value`). A record of one field
    /// (a security marking line) is skipped.
    /// - Throws: ``ParseError`` for a malformed record, an unknown area type or metric, a
    ///   breakdown that the metric does not have, or a count that is neither a whole number
    ///   nor `[c]`.
    static func parse(_ text: String, file: String) throws(ParseError) -> PublishedCounts {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { (buffer) throws(ParseError) -> PublishedCounts in
            let b = UnsafeBufferPointer(buffer)
            var scanner = CSVScanner(bytes: b)
            scanner.fieldLimit = 6
            var record = CSVRecord()
            var cells: [Cell] = []
            var sawHeader = false
            while true {
                do throws(CSVSyntaxError) {
                    guard try scanner.next(into: &record) else { break }
                } catch {
                    throw ParseError(file: file, line: error.line, message: error.message)
                }
                if record.count == 1 { continue }
                let fields = (0..<min(record.count, 5)).map { record.string($0, in: b) }
                guard record.count == 5 else {
                    throw ParseError(file: file, line: record.line, message: "has \(record.count) fields; metrics.csv has 5")
                }
                if !sawHeader {
                    guard fields == ["area_type", "area", "metric", "breakdown", "value"] else {
                        throw ParseError(file: file, line: record.line, message: "the header is not area_type,area,metric,breakdown,value")
                    }
                    sawHeader = true
                    continue
                }
                let area: AuditArea
                switch fields[0] {
                case "national": area = .national
                case "region": area = .region(fields[1])
                case "force": area = .force(fields[1])
                default: throw ParseError(file: file, line: record.line, message: "unknown area type `\(fields[0])`")
                }
                guard let metric = Metric(rawValue: fields[2]) else {
                    throw ParseError(file: file, line: record.line, message: "unknown metric `\(fields[2])`")
                }
                guard metric.isCaseCount else { continue }
                guard let breakdown = Breakdown.parse(fields[3], metric: metric) else {
                    throw ParseError(file: file, line: record.line, message: "unknown breakdown `\(fields[3])` for \(metric.csvName)")
                }
                let value: Int?
                if fields[4] == MetricValue.suppressionSymbol {
                    value = nil
                } else if let n = Int(fields[4]), n >= 0 {
                    value = n
                } else {
                    throw ParseError(
                        file: file, line: record.line,
                        message: "the count `\(fields[4])` is neither a whole number nor \(MetricValue.suppressionSymbol)")
                }
                cells.append(Cell(key: AuditKey(area, metric, breakdown), line: record.line, value: value))
            }
            guard sawHeader else { throw ParseError(file: file, line: 1, message: "has no header") }
            return PublishedCounts(cells: cells)
        }
    }
}

extension Breakdown {
    /// The breakdown `metrics.csv` writes as `text` for `metric`, or nil when the metric has
    /// no such breakdown. Quarters are read as `YYYY-Qn`.
    static func parse(_ text: String, metric: Metric) -> Breakdown? {
        for dimension in metric.dimensions {
            if dimension == .quarter {
                guard text.hasPrefix("quarter="), text.utf8.count == 15 else { continue }
                let q = text.dropFirst(8)
                guard let year = Int(q.prefix(4)), q.dropFirst(4).hasPrefix("-Q"), let n = Int(q.suffix(1)), (1...4).contains(n) else { continue }
                return .quarter(Quarter(year: year, number: n))
            }
            if let match = dimension.breakdowns(quarters: [], recommendations: []).first(where: { $0.csvText == text }) {
                return match
            }
        }
        return nil
    }
}

extension PublishedCounts {
    /// The counts of cases among computed rows, as `metrics.csv` would hold them (a force
    /// named by its id, each row's line as written without a marking line), and the row of
    /// each cell.
    static func counts(of rows: [MetricRow]) -> (counts: PublishedCounts, rowOfCell: [Int]) {
        var cells: [Cell] = []
        var rowOfCell: [Int] = []
        for (r, row) in rows.enumerated() where row.control == .count && row.metric.isCaseCount {
            let area: AuditArea =
                switch row.area {
                case .national: .national
                case .region(let name): .region(name)
                case .force: .force(row.areaName)
                }
            cells.append(Cell(key: AuditKey(area, row.metric, row.breakdown), line: r + 2, value: row.value.integer))
            rowOfCell.append(r)
        }
        return (PublishedCounts(cells: cells), rowOfCell)
    }
}
