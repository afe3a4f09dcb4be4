/// Formats exact ratios of integers as decimals with six places, rounded half away from zero.
///
/// Binary floating point gets ties such as 101/128 wrong; these functions work in 128-bit
/// integers so that every figure is the exact ratio rounded once.
enum FixedDecimal {
    /// `numerator / denominator` to six decimal places (`denominator` must not be 0).
    static func format(numerator: Int128, denominator: Int128, places: Int = 6) -> String {
        precondition(denominator != 0, "denominator of a ratio is zero")
        var scale: Int128 = 1
        for _ in 0..<places { scale *= 10 }
        let negative = (numerator < 0) != (denominator < 0)
        let n = numerator.magnitude
        let d = denominator.magnitude
        let scaled = n * UInt128(scale)
        var q = scaled / d
        let r = scaled % d
        if r * 2 >= d { q += 1 }
        let whole = q / UInt128(scale)
        let fraction = q % UInt128(scale)
        var digits = String(fraction)
        if digits.count < places { digits = String(repeating: "0", count: places - digits.count) + digits }
        let sign = (negative && q != 0) ? "-" : ""
        return places == 0 ? sign + String(whole) : sign + String(whole) + "." + digits
    }

    /// Convenience for machine integers.
    static func format(_ numerator: Int, _ denominator: Int, places: Int = 6) -> String {
        format(numerator: Int128(numerator), denominator: Int128(denominator), places: places)
    }
}
