/// A non-negative decimal setting such as `0.01`, kept exact as `numerator / 10^scale`
/// so that comparisons with ratios of counts are exact.
struct DecimalFraction: Sendable, Hashable, CustomStringConvertible {
    var numerator: Int
    var scale: Int

    init(numerator: Int, scale: Int) {
        self.numerator = numerator
        self.scale = scale
    }

    /// Parses `0`, `1`, `0.9`, `.75`, `1.0`; nil for anything else (signs, exponents, more
    /// than 9 decimal places).
    init?(parsing text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0].isEmpty && parts.count == 2 ? "0" : String(parts[0])
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard !whole.isEmpty, whole.count <= 9, fraction.count <= 9,
            whole.allSatisfy({ $0.isASCII && $0.isNumber }),
            fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
            parts.count == 1 || !fraction.isEmpty,
            let w = Int(whole)
        else { return nil }
        var n = w
        for ch in fraction { n = n * 10 + Int(String(ch))! }
        self.numerator = n
        self.scale = fraction.count
    }

    /// `10^scale`.
    var denominator: Int {
        var d = 1
        for _ in 0..<scale { d *= 10 }
        return d
    }

    /// Whether `a / b` (b > 0) is strictly greater than this value.
    func isExceeded(by a: Int, over b: Int) -> Bool {
        Int128(a) * Int128(denominator) > Int128(numerator) * Int128(b)
    }

    /// Whether `a / b` (b > 0) is at least this value.
    func isReached(by a: Int, over b: Int) -> Bool {
        Int128(a) * Int128(denominator) >= Int128(numerator) * Int128(b)
    }

    /// Whether the value is at most 1.
    var isAtMostOne: Bool { numerator <= denominator }

    var description: String {
        scale == 0 ? String(numerator) : FixedDecimal.format(numerator, denominator, places: scale)
    }

    static func <= (lhs: DecimalFraction, rhs: DecimalFraction) -> Bool {
        Int128(lhs.numerator) * Int128(rhs.denominator) <= Int128(rhs.numerator) * Int128(lhs.denominator)
    }

    /// The value as a Double, for drawing only.
    var doubleValue: Double { Double(numerator) / Double(denominator) }
}
