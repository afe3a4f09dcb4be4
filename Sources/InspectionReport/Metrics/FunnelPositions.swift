import Foundation

/// Each force's position against the funnel limits around the national timescale compliance rate,
/// with over-dispersion (`action_compliance_position`: `docs/methodology.md`, "Figures", the funnel
/// test; Spiegelhalter 2005).
struct FunnelPositions: Sendable {
    /// The position of a force's rate against one pair of limits.
    enum Position: String, Sendable, CaseIterable {
        case above, within, below
    }

    /// The national rate `action_met / action_due`.
    let centre: Double
    /// The additive random-effects variance τ² that widens the limits.
    let tau2: Double
    /// Per force index: its positions at 95% and 99.8%, or nil when it had no cases due.
    let positions: [[FunnelLimits: Position]?]

    /// - Parameters:
    ///   - met: each force's `action_met`, by force index.
    ///   - due: each force's `action_due`, by force index.
    /// - Returns: nil when the national rate is 0 or 1, or no force had cases due.
    init?(met: [Int], due: [Int]) {
        let totalDue = due.reduce(0, +), totalMet = met.reduce(0, +)
        guard totalDue > 0, totalMet > 0, totalMet < totalDue else { return nil }
        let p0 = Double(totalMet) / Double(totalDue)
        let forces = due.indices.filter { due[$0] > 0 }
        let k = forces.count
        let variance = forces.map { p0 * (1 - p0) / Double(due[$0]) }
        let z = zip(forces, variance).map { (Double(met[$0.0]) / Double(due[$0.0]) - p0) / $0.1.squareRoot() }
        let sorted = z.sorted()
        let lo = sorted[Self.rank(percent: 10, of: k) - 1], hi = sorted[Self.rank(percent: 90, of: k) - 1]
        let phi = z.reduce(0) { $0 + pow(min(max($1, lo), hi), 2) } / Double(k)
        let weights = variance.map { 1 / $0 }
        let sumW = weights.reduce(0, +), sumW2 = weights.reduce(0) { $0 + $1 * $1 }
        // With one force the denominator is 0: there is no between-force variance to estimate.
        let spread = sumW - sumW2 / sumW
        let tau2 = k > 1 && spread > 0 ? max(0, (Double(k) * phi - Double(k - 1)) / spread) : 0
        var positions = [[FunnelLimits: Position]?](repeating: nil, count: due.count)
        for f in forces {
            let y = Double(met[f]) / Double(due[f])
            var byLimits: [FunnelLimits: Position] = [:]
            for limits in FunnelLimits.allCases {
                let (lower, upper) = Self.limits(limits, centre: p0, tau2: tau2, n: Double(due[f]))
                byLimits[limits] = y > upper ? .above : (y < lower ? .below : .within)
            }
            positions[f] = byLimits
        }
        centre = p0
        self.tau2 = tau2
        self.positions = positions
    }

    /// The nearest rank `ceil(percent/100 * k)`, at least 1.
    static func rank(percent: Int, of k: Int) -> Int { max(1, (percent * k + 99) / 100) }

    /// The limits around the centre for `n` cases due (the curves of the funnel plot).
    func limits(_ limits: FunnelLimits, n: Double) -> (lower: Double, upper: Double) {
        Self.limits(limits, centre: centre, tau2: tau2, n: n)
    }

    /// `p0 ± c · sqrt(p0(1 − p0)/n + τ²)`.
    static func limits(_ limits: FunnelLimits, centre p0: Double, tau2: Double, n: Double) -> (lower: Double, upper: Double) {
        let half = limits.z * (p0 * (1 - p0) / n + tau2).squareRoot()
        return (p0 - half, p0 + half)
    }
}

/// The two pairs of funnel limits.
enum FunnelLimits: String, CaseIterable, Sendable, Hashable {
    case p95 = "95"
    case p998 = "99.8"

    /// The standard normal quantile of the limits.
    var z: Double {
        switch self {
        case .p95: 1.959964
        case .p998: 3.090232
        }
    }
}
