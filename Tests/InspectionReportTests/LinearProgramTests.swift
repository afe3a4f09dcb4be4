import Testing

@testable import InspectionReport

@Suite("Linear programs (Clp)")
struct LinearProgramTests {
    func near(_ outcome: LinearProgram.Outcome, _ value: Double) -> Bool {
        if case .optimal(let v) = outcome { return abs(v - value) < 1e-7 }
        return false
    }

    /// max 3x + 2y, x + y ≤ 4, x + 3y ≤ 6, x ≤ 3, x, y ≥ 0. The vertices are (0,0), (3,0),
    /// (3,1) (where x + y = 4 meets x + 3y = 6) and (0,2); the best is (3,1): 11.
    @Test func twoVariablesWorkedByHand() {
        let lp = LinearProgram(
            columns: 2,
            rows: [
                .init([(0, 1), (1, 1)], .atMost, 4),
                .init([(0, 1), (1, 3)], .atMost, 6),
            ], upper: [3, nil])
        #expect(near(lp.solve([3, 2], .maximise), 11))
        #expect(near(lp.solve([3, 2], .minimise), 0))
        // max y alone: (0, 2).
        #expect(near(lp.solve([0, 1], .maximise), 2))
    }

    /// x − y = 1, x + y ≤ 5: x runs from 1 (y = 0) to 3 (y = 2), y from 0 to 2; one model,
    /// four solves.
    @Test func rangesReuseOneModel() {
        let lp = LinearProgram(
            columns: 2,
            rows: [
                .init([(0, 1), (1, -1)], .equal, 1),
                .init([(0, 1), (1, 1)], .atMost, 5),
            ])
        let r = lp.ranges(of: [0, 1])
        #expect(near(r[0].min, 1) && near(r[0].max, 3))
        #expect(near(r[1].min, 0) && near(r[1].max, 2))
    }

    @Test func infeasible() {
        // x + y = −1 with x, y ≥ 0.
        let lp = LinearProgram(columns: 2, rows: [.init([(0, 1), (1, 1)], .equal, -1)])
        #expect(lp.solve([1, 0], .minimise) == .infeasible)
    }

    @Test func unbounded() {
        // x = y, both ≥ 0, nothing above.
        let lp = LinearProgram(columns: 2, rows: [.init([(0, 1), (1, -1)], .equal, 0)])
        #expect(lp.solve([1, 0], .maximise) == .unbounded)
        #expect(near(lp.solve([1, 0], .minimise), 0))
        let r = lp.ranges(of: [0])
        #expect(near(r[0].min, 0) && r[0].max == .unbounded)
    }
}
