import Foundation

/// A funnel plot of force compliance against the number of cases due, with the national
/// rate and its 95% and 99.8% control limits, and the test a scorecard reports.
struct FunnelPlot: Sendable {
    /// A force's point.
    struct Point: Sendable {
        var label: String
        var rate: Double
        var denominator: Int
        var highlighted: Bool
    }

    /// The national rate and the limits around it.
    var model: FunnelPositions
    var points: [Point]

    var centre: Double { model.centre }

    func chart(id: String, title: String, description: String) -> SVGChart {
        let width = 720, height = 420
        let left = 76.0, right = 56.0, top = 16.0, bottom = 88.0
        let plotW = Double(width) - left - right, plotH = Double(height) - top - bottom
        let maxN = SVGChart.niceMaximum(Double(points.map(\.denominator).max() ?? 10))
        // The axis reaches down to the lowest force, the national rate and the lower 99.8% limit
        // at the right (so that both pairs of limits show where they narrow).
        let lowestLimit = model.limits(.p998, n: maxN).lower
        let minRate = max(0, min(points.map(\.rate).min() ?? centre, centre, lowestLimit.isFinite ? lowestLimit : centre) - 0.05)
        let yLow = floor(minRate * 10) / 10
        func x(_ n: Double) -> Double { left + plotW * n / maxN }
        func y(_ r: Double) -> Double { top + plotH - plotH * (r - yLow) / (1 - yLow) }
        var body = ""
        for k in 0...4 {
            let r = yLow + (1 - yLow) * Double(k) / 4
            body += SVGChart.line(left, y(r), left + plotW, y(r), stroke: "#b1b4b6", width: k == 0 ? 1.5 : 0.5)
            body += SVGChart.text(left - 6, y(r) + 4, "\(Int((r * 100).rounded()))%", anchor: "end", size: 12)
            let nv = maxN * Double(k) / 4
            body += SVGChart.text(x(nv), top + plotH + 18, Figure.integer(Int(nv)), anchor: "middle", size: 12)
        }
        body += SVGChart.text(
            left + plotW / 2, top + plotH + 40, "Cases due (graded cases acted on, or open past their timescale)", anchor: "middle", size: 13,
            weight: "bold")
        body += SVGChart.text(18, top + plotH / 2, "Acted on within the timescale", anchor: "middle", size: 13, weight: "bold", rotate: true)
        // A limit is drawn only where it lies inside the plot (a wide limit leaves it: it is
        // never flattened onto the plot's edge), and labelled at the right only if it ends inside.
        for (limits, dash) in [(FunnelLimits.p95, "6 3"), (FunnelLimits.p998, "2 3")] {
            for upper in [true, false] {
                var path = ""
                var drawing = false
                for step in 1...120 {
                    let n = maxN * Double(step) / 120
                    let pair = model.limits(limits, n: n)
                    let limit = upper ? pair.upper : pair.lower
                    guard limit >= yLow, limit <= 1 else { drawing = false; continue }
                    path += (path.isEmpty ? "M" : drawing ? " L" : " M") + "\(SVGChart.n(x(n))) \(SVGChart.n(y(limit)))"
                    drawing = true
                }
                if !path.isEmpty {
                    body += "<path d=\"\(path)\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1\" stroke-dasharray=\"\(dash)\"/>\n"
                }
                if drawing {
                    let end = model.limits(limits, n: maxN)
                    body += SVGChart.text(
                        left + plotW + 4, y(upper ? end.upper : end.lower) + (upper ? -2 : 10), limits == .p95 ? "95%" : "99.8%",
                        size: 11, fill: "#505a5f", halo: true)
                }
            }
        }
        body += SVGChart.line(left, y(centre), left + plotW, y(centre), stroke: "#0b0c0c", width: 1.5)
        for p in points where !p.highlighted {
            body +=
                """
                <circle cx=\"\(SVGChart.n(x(Double(p.denominator))))\" cy=\"\(SVGChart.n(y(p.rate)))\" r=\"4\" fill=\"#1d70b8\" \
                fill-opacity=\"0.75\"/>\n
                """
        }
        for p in points where p.highlighted {
            // The force in focus: a black diamond, a shape and not a warning colour, since
            // being far from the national rate may be good or bad.
            let cx = x(Double(p.denominator)), cy = y(p.rate)
            let d = 8.0
            body +=
                """
                <path d=\"M\(SVGChart.n(cx)) \(SVGChart.n(cy - d)) L\(SVGChart.n(cx + d)) \(SVGChart.n(cy)) L\(SVGChart.n(cx)) \
                \(SVGChart.n(cy + d)) L\(SVGChart.n(cx - d)) \(SVGChart.n(cy)) Z\" class=\"focal\" fill=\"#0b0c0c\" stroke=\"#ffffff\" \
                stroke-width=\"1.5\"/>\n
                """
            // The name goes on the side of the point away from the national rate's line.
            let anchor = cx > left + plotW * 0.7 ? "end" : "start"
            let labelY = p.rate >= centre ? cy - 10 : cy + 20
            body += SVGChart.text(anchor == "end" ? cx - 12 : cx + 12, labelY, p.label, anchor: anchor, size: 12, weight: "bold", halo: true)
        }
        body += SVGChart.text(
            left, Double(height) - 24, "Solid line: the national rate. Dashed: 95% limits; dotted: 99.8% limits (where inside the axes);", size: 12)
        body += SVGChart.text(
            left, Double(height) - 8, "both widened for the differences between forces (over-dispersion). Blue dots: forces.", size: 12)
        return SVGChart(id: id, title: title, description: description, width: width, height: height, body: body)
    }
}
