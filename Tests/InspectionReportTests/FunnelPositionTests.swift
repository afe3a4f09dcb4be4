import Testing

@testable import InspectionReport

/// `action_compliance_position` (`docs/methodology.md`, "Figures", the funnel test), worked out by
/// hand.
@Suite("Funnel positions")
struct FunnelPositionTests {
    @Test func overDispersionWidensTheLimits() throws {
        // Ten forces with 1,000 cases due each, and one with none. p0 = 6,900 / 10,000 = 0.69,
        // s² = 0.69 · 0.31 / 1000 = 0.0002139 for each. z = (y − 0.69) / s: the 900 force has
        // z ≈ 14.36 and the 400 force z ≈ −19.83. Winsorised at 10% of k = 10: lo is the z at
        // rank 1 (−19.83, unchanged), hi the z at rank 9 (the 710 force, z ≈ 1.367), so the 900
        // force counts as 1.367. φ = Σ zw² / 10 ≈ 39.999; Σw = 10/s², Σw² = 10/s⁴, so
        // τ² = (10φ − 9) / (9/s²) ≈ 0.0092925. The 95% half-width is 1.959964·√(s² + τ²) ≈ 0.1911:
        // limits 0.4989 to 0.8811; at 99.8% 0.3887 to 0.9913.
        let met = [700, 710, 690, 705, 695, 700, 702, 698, 900, 400, 0]
        let due = [Int](repeating: 1000, count: 10) + [0]
        let funnel = try #require(FunnelPositions(met: met, due: due))
        #expect(funnel.centre == 0.69)
        #expect(abs(funnel.tau2 - 0.0092925444) < 1e-9)
        #expect(funnel.positions[0]?[.p95] == .within)
        #expect(funnel.positions[8]?[.p95] == .above)
        #expect(funnel.positions[8]?[.p998] == .within)
        #expect(funnel.positions[9]?[.p95] == .below)
        #expect(funnel.positions[9]?[.p998] == .within)
        #expect(funnel.positions[10] == nil)  // no cases due: no position
        // Plain binomial limits (τ² = 0) would put both outside even at 99.8%.
        let limits = funnel.limits(.p95, n: 1000)
        #expect(abs(limits.lower - 0.4989) < 0.0001 && abs(limits.upper - 0.8811) < 0.0001)
    }

    @Test func oneForceWithCasesDueHasNoBetweenForceVariance() throws {
        // k = 1: Σw − Σw²/Σw = 0, so τ² cannot be estimated and is 0; the force is the nation.
        let funnel = try #require(FunnelPositions(met: [3, 0], due: [4, 0]))
        #expect(funnel.tau2 == 0)
        #expect(funnel.positions[0]?[.p95] == .within)
    }

    @Test func noPositionsWhenTheNationalRateIsZeroOrOne() {
        #expect(FunnelPositions(met: [0, 0], due: [3, 4]) == nil)
        #expect(FunnelPositions(met: [3, 4], due: [3, 4]) == nil)
        #expect(FunnelPositions(met: [0], due: [0]) == nil)
    }

    @Test func rowsForForcesWithCasesDueOnly() throws {
        // Base fixture: alpha 1 met of 2 due, beta 1 of 1, gamma none. p0 = 2/3; z = −0.5 and
        // 0.707; k = 2, so kφ − (k − 1) = 0.75 − 1 < 0 and τ² = 0. Alpha's 95% limits are
        // 2/3 ± 1.96 · 1/3: within; beta's likewise.
        let t = MetricsTable(dataset: try Fixture.read(Fixture.dataset()), parallelism: .serial)
        #expect(t.text(.force(0), "action_compliance_position", "limits=95") == "within")
        #expect(t.text(.force(0), "action_compliance_position", "limits=99.8") == "within")
        #expect(t.text(.force(1), "action_compliance_position", "limits=95") == "within")
        #expect(t.text(.force(2), "action_compliance_position", "limits=95") == nil)
        #expect(t.text(.national, "action_compliance_position", "limits=95") == nil)
        #expect(t.text(.region("North"), "action_compliance_position", "limits=95") == nil)
        // Public: alpha's 2 cases due are below the threshold of 5, so its position is hidden.
        #expect(t.disclosed(threshold: 5).text(.force(0), "action_compliance_position", "limits=95") == "[c]")
    }
}
