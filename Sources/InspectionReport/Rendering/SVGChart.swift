import Foundation

/// An accessible inline SVG chart: a title and a text description that assistive
/// technology reads, drawn by our own code (no JavaScript, no external requests).
struct SVGChart: Sendable {
    var id: String
    var title: String
    var description: String
    var width: Int
    var height: Int
    /// The drawing, inside the `<svg>` element.
    var body: String

    /// Height of the visible title drawn above the plot, by its number of lines.
    static func headingHeight(_ lines: Int) -> Double { 12 + 20 * Double(lines) }

    /// The chart as an `<svg>` element for HTML, or as a file when `standalone`. The title is
    /// the accessible name; a file draws it at the top, visible to everyone, while a page shows
    /// it as the figure's caption (`block(file:depth:)`), where it reflows on a phone.
    func svg(standalone: Bool = false) -> String {
        let heading = standalone ? SVGChart.wrap(title, width: 84) : []
        let shift = heading.isEmpty ? 0 : SVGChart.headingHeight(heading.count)
        let fullHeight = height + Int(shift)
        var out = standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        out +=
            """
            <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(fullHeight)\" width=\"\(width)\" height=\"\(fullHeight)\" \
            role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" class=\"chart\" font-family=\"Arial, Helvetica, sans-serif\" \
            font-size=\"13\">\n
            """
        out += "<title id=\"\(id)-title\">\(Escaping.html(title))</title>\n<desc id=\"\(id)-desc\">\(Escaping.html(description))</desc>\n"
        out += "<rect width=\"\(width)\" height=\"\(fullHeight)\" fill=\"#ffffff\"/>\n"
        for (i, line) in heading.enumerated() {
            out += SVGChart.text(8, 22 + 20 * Double(i), line, size: 16, weight: "bold")
        }
        out += shift == 0 ? body : "<g transform=\"translate(0 \(SVGChart.n(shift)))\">\n" + body + "</g>\n"
        out += "</svg>\n"
        return out
    }

    /// Words of `text` in lines of at most `width` characters.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            // A year stays with the word before it ("March 2026"), so a date is never split.
            let digits = word.filter(\.isNumber)
            let isYear = digits.count == 4 && word.hasPrefix(digits) && word.count <= 5
            if !current.isEmpty, current.count + 1 + word.count > width, !isYear {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }

    /// A number with at most one decimal place for coordinates.
    static func n(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }

    /// A text; with `halo`, a white outline drawn under it keeps lines drawn across it from
    /// striking it through (the outline is a copy of the text, hidden from assistive technology).
    static func text(
        _ x: Double, _ y: Double, _ s: String, anchor: String = "start", size: Int = 13, weight: String? = nil, fill: String = "#0b0c0c",
        halo: Bool = false, rotate: Bool = false
    ) -> String {
        let turn = rotate ? " transform=\"rotate(-90 \(n(x)) \(n(y)))\"" : ""
        let attributes = "x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\"\(weight.map { " font-weight=\"\($0)\"" } ?? "")"
        let outline =
            halo
            ? """
            <text \(attributes) fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" \
            aria-hidden=\"true\"\(turn)>\(Escaping.html(s))</text>\n
            """
            : ""
        return outline + "<text \(attributes) fill=\"\(fill)\"\(turn)>\(Escaping.html(s))</text>\n"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String = "#505a5f", width: Double = 1, dash: String? = nil)
        -> String
    {
        """
        <line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" \
        stroke-width=\"\(n(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n
        """
    }

    /// A "nice" upper bound for an axis.
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let exponent = pow(10, floor(log10(value)))
        for step in [1.0, 2, 2.5, 5, 10] where step * exponent >= value { return step * exponent }
        return 10 * exponent
    }

    /// A whole-number tick step and the number of steps (at most 6) that cover `value`.
    static func niceSteps(_ value: Double) -> (step: Double, count: Int) {
        var exponent = 1.0
        while true {
            for base in [1.0, 2, 2.5, 5] {
                let step = base * exponent
                if step >= 1, step.rounded() == step, (value / step).rounded(.up) <= 6 {
                    return (step, max(1, Int((value / step).rounded(.up))))
                }
            }
            exponent *= 10
        }
    }

    /// A vertical bar chart of counts; hidden values get no bar and the symbol.
    /// A label may hold a line break; `xTitle` and `yTitle` name the axes.
    static func bars(
        id: String, title: String, description: String, labels: [String], values: [MetricValue?],
        xTitle: String, yTitle: String
    ) -> SVGChart {
        let width = 720, height = 320
        let left = 76.0, right = 16.0, top = 20.0, bottom = 76.0
        let plotW = Double(width) - left - right, plotH = Double(height) - top - bottom
        let numbers = values.map { $0?.integer.map(Double.init) }
        let (step, ticks) = niceSteps(numbers.compactMap { $0 }.max() ?? 1)
        let maximum = step * Double(ticks)
        var body = ""
        for k in 0...ticks {
            let v = step * Double(k)
            let y = top + plotH - plotH * Double(k) / Double(ticks)
            body += line(left, y, left + plotW, y, stroke: "#b1b4b6", width: k == 0 ? 1.5 : 0.5)
            body += text(left - 6, y + 4, Figure.integer(Int(v)), anchor: "end", size: 12)
        }
        let slot = plotW / Double(max(labels.count, 1))
        for (i, label) in labels.enumerated() {
            let x = left + slot * Double(i)
            if let v = numbers[i] {
                let h = plotH * v / maximum
                body +=
                    "<rect x=\"\(n(x + slot * 0.15))\" y=\"\(n(top + plotH - h))\" width=\"\(n(slot * 0.7))\" height=\"\(n(h))\" fill=\"#1d70b8\"/>\n"
            } else {
                body += text(
                    x + slot / 2, top + plotH - 6, values[i] == nil ? Figure.noFigure : MetricValue.suppressionSymbol, anchor: "middle", size: 12)
            }
            for (k, part) in label.split(separator: "\n").enumerated() {
                body += text(x + slot / 2, top + plotH + 18 + 14 * Double(k), String(part), anchor: "middle", size: labels.count > 10 ? 10 : 12)
            }
        }
        body += text(left + plotW / 2, Double(height) - 8, xTitle, anchor: "middle", size: 13, weight: "bold")
        body += text(18, top + plotH / 2, yTitle, anchor: "middle", size: 13, weight: "bold", rotate: true)
        return SVGChart(id: id, title: title, description: description, width: width, height: height, body: body)
    }

    /// Horizontal bars of rates (0–100%) with the green and amber thresholds marked.
    static func rates(
        id: String, title: String, description: String, labels: [String], values: [MetricValue?],
        green: Double, amber: Double, xTitle: String
    ) -> SVGChart {
        let width = 720, rowH = 34.0, top = 28.0
        let height = Int(top + rowH * Double(labels.count) + 62)
        let left = 230.0, plotW = 420.0
        var body = ""
        for k in 0...4 {
            let x = left + plotW * Double(k) / 4
            body += line(x, top - 6, x, top + rowH * Double(labels.count), stroke: "#b1b4b6", width: 0.5)
            body += text(x, top + rowH * Double(labels.count) + 18, "\(k * 25)%", anchor: "middle", size: 12)
        }
        // Bars, then the threshold lines over them, then the value labels, whose white outline
        // keeps a threshold line from striking a figure through.
        var figures = ""
        for (i, label) in labels.enumerated() {
            let y = top + rowH * Double(i)
            body += text(left - 8, y + rowH / 2 + 4, label, anchor: "end", size: 12)
            if let v = values[i]?.doubleValue, values[i] != .suppressed {
                body += "<rect x=\"\(n(left))\" y=\"\(n(y + 6))\" width=\"\(n(plotW * v))\" height=\"\(n(rowH - 12))\" fill=\"#1d70b8\"/>\n"
                figures += text(left + plotW * v + 6, y + rowH / 2 + 4, Figure.percent(values[i]), size: 12, weight: "bold", halo: true)
            } else {
                figures += text(left + 6, y + rowH / 2 + 4, values[i] == nil ? Figure.noFigure : MetricValue.suppressionSymbol, size: 12, halo: true)
            }
        }
        for (threshold, name, colour) in [(green, "green", "#00703c"), (amber, "amber", "#8a4d00")] {
            let x = left + plotW * threshold
            body += line(x, top - 10, x, top + rowH * Double(labels.count), stroke: colour, width: 2, dash: "6 3")
            body += text(
                x, top - 12, "\(name) \(Int((threshold * 100).rounded()))%", anchor: name == "green" ? "start" : "end", size: 11, fill: colour)
        }
        body += figures
        body += text(left + plotW / 2, Double(height) - 8, xTitle, anchor: "middle", size: 13, weight: "bold")
        return SVGChart(id: id, title: title, description: description, width: width, height: height, body: body)
    }
}
