/// Formats published figures for people: thousands separators, percentages, the
/// suppression symbol. Fixed formats, never the machine's locale.
enum Figure {
    /// `12,345`.
    static func integer(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A count, days or the symbol; `—` when there is no figure.
    static func text(_ value: MetricValue?) -> String {
        guard let value else { return noFigure }
        switch value {
        case .count(let n), .days(let n): return integer(n)
        case .ratio(let n, let d): return FixedDecimal.format(numerator: n, denominator: d, places: 2)
        case .text(let s): return s
        case .suppressed: return MetricValue.suppressionSymbol
        }
    }

    /// A rate as a percentage with one decimal place: `68.3%`.
    static func percent(_ value: MetricValue?) -> String {
        guard let value else { return noFigure }
        switch value {
        case .ratio(let n, let d): return FixedDecimal.format(numerator: n * 100, denominator: d, places: 1) + "%"
        case .suppressed: return MetricValue.suppressionSymbol
        default: return text(value)
        }
    }

    /// A ratio to three decimal places (kappa).
    static func decimal3(_ value: MetricValue?) -> String {
        guard let value else { return noFigure }
        if case .ratio(let n, let d) = value { return FixedDecimal.format(numerator: n, denominator: d, places: 3) }
        return text(value)
    }

    /// Days: `12 days`, `1 day`.
    static func days(_ value: MetricValue?) -> String {
        guard let value else { return noFigure }
        if let n = value.integer { return n == 1 ? "1 day" : "\(integer(n)) days" }
        return text(value)
    }

    /// Shown where there is nothing to compute (a rate over no cases).
    static let noFigure = "–"
}
