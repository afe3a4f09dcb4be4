/// A line chart of rates over time: one line per series, each with its own marker shape and
/// dash so that colour is never the only cue, labelled directly at its last published point.
extension SVGChart {
    /// One line of a line chart.
    struct Series: Sendable {
        var name: String
        /// One value per label; a hidden or absent value leaves a gap and the symbol.
        var values: [MetricValue?]
        var colour: String
        var marker: Marker
        var dash: String?
    }

    /// The shape of a series' points.
    enum Marker: Sendable {
        case circle, square

        func draw(_ x: Double, _ y: Double, colour: String) -> String {
            switch self {
            case .circle:
                "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4.5\" fill=\"\(colour)\"/>\n"
            case .square:
                "<rect x=\"\(n(x - 4.5))\" y=\"\(n(y - 4.5))\" width=\"9\" height=\"9\" fill=\"\(colour)\"/>\n"
            }
        }
    }

    /// Rates (0–100%) against the labels (quarters), with the axes titled. A label may hold a line break.
    static func lines(
        id: String, title: String, description: String, labels: [String], series: [Series],
        xTitle: String, yTitle: String
    ) -> SVGChart {
        let width = 720, height = 330
        let left = 76.0, right = 150.0, top = 16.0, bottom = 76.0
        let plotW = Double(width) - left - right, plotH = Double(height) - top - bottom
        func y(_ r: Double) -> Double { top + plotH - plotH * r }
        let slot = plotW / Double(max(labels.count, 1))
        func x(_ i: Int) -> Double { left + slot * (Double(i) + 0.5) }
        var body = ""
        for k in 0...4 {
            let r = Double(k) / 4
            body += line(left, y(r), left + plotW, y(r), stroke: "#b1b4b6", width: k == 0 ? 1.5 : 0.5)
            body += text(left - 6, y(r) + 4, "\(k * 25)%", anchor: "end", size: 12)
        }
        for (i, label) in labels.enumerated() {
            for (k, part) in label.split(separator: "\n").enumerated() {
                body += text(x(i), top + plotH + 18 + 14 * Double(k), String(part), anchor: "middle", size: labels.count > 10 ? 10 : 12)
            }
        }
        // A quarter hidden in every series gets one symbol in black; one hidden in some series
        // only gets it in that series' colour (the other series' point shows which is which).
        let hiddenInAll = Set(labels.indices.filter { i in series.allSatisfy { $0.values[i] == .suppressed } })
        for i in hiddenInAll.sorted() {
            body += text(x(i), y(0) - 6, MetricValue.suppressionSymbol, anchor: "middle", size: 11)
        }
        var ends: [(y: Double, lines: [String], colour: String)] = []
        for s in series {
            var path = ""
            var last: (index: Int, rate: Double, value: MetricValue)?
            for (i, value) in s.values.enumerated() {
                guard let value, value != .suppressed, let r = value.doubleValue else {
                    if value == .suppressed, !hiddenInAll.contains(i) {
                        body += text(x(i), y(0) - 6, MetricValue.suppressionSymbol, anchor: "middle", size: 11, fill: s.colour)
                    }
                    continue
                }
                let joined = last.map { $0.index == i - 1 } ?? false
                path += (joined ? " L" : (path.isEmpty ? "M" : " M")) + "\(n(x(i))) \(n(y(r)))"
                last = (i, r, value)
            }
            if !path.isEmpty {
                body +=
                    """
                    <path d=\"\(path)\" fill=\"none\" stroke=\"\(s.colour)\" stroke-width=\"2.5\"\
                    \(s.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n
                    """
            }
            for (i, value) in s.values.enumerated() {
                if let r = value?.doubleValue, value != .suppressed { body += s.marker.draw(x(i), y(r), colour: s.colour) }
            }
            if let last {
                // A series whose last published point is not the last label says where it is.
                let when = last.index == labels.count - 1 ? [] : ["in " + labels[last.index].replacingOccurrences(of: "\n", with: " ")]
                ends.append((y(last.rate) + 4, ["\(s.name) \(Figure.percent(last.value))"] + when, s.colour))
            }
        }
        // Direct labels at the right, moved apart so that they never overlap.
        ends.sort { $0.y < $1.y }
        for i in ends.indices.dropFirst() {
            let below = ends[i - 1].y + 16 * Double(ends[i - 1].lines.count)
            if ends[i].y < below { ends[i].y = below }
        }
        for end in ends {
            for (k, line) in end.lines.enumerated() {
                body += text(left + plotW + 8, end.y + 16 * Double(k), line, size: 12, weight: "bold", fill: end.colour)
            }
        }
        body += text(left + plotW / 2, Double(height) - 8, xTitle, anchor: "middle", size: 13, weight: "bold")
        body += text(18, top + plotH / 2, yTitle, anchor: "middle", size: 13, weight: "bold", rotate: true)
        return SVGChart(id: id, title: title, description: description, width: width, height: height, body: body)
    }
}
