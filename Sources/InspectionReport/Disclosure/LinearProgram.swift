internal import CClp

/// A linear program solved by COIN-OR Clp: minimise or maximise c·x subject to linear rows
/// (equalities and ≤ inequalities) and bounds on each variable.
///
/// This is the only file that imports the C module. Clp is EPL-2.0, which, unlike GLPK's
/// GPL-3, does not put the whole program under its licence.
struct LinearProgram {
    /// A linear row: Σ coefficient · x[column] `relation` bound.
    struct Row: Sendable, Hashable {
        enum Relation: Sendable, Hashable {
            /// Σ = bound.
            case equal
            /// Σ ≤ bound.
            case atMost
        }

        /// (column, coefficient) pairs; a column may appear once.
        var terms: [(column: Int, coefficient: Double)]
        var relation: Relation
        var bound: Double

        init(_ terms: [(column: Int, coefficient: Double)], _ relation: Relation, _ bound: Double) {
            self.terms = terms
            self.relation = relation
            self.bound = bound
        }

        static func == (a: Row, b: Row) -> Bool {
            a.relation == b.relation && a.bound == b.bound && a.terms.map(\.column) == b.terms.map(\.column)
                && a.terms.map(\.coefficient) == b.terms.map(\.coefficient)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(relation)
            hasher.combine(bound)
            for t in terms {
                hasher.combine(t.column)
                hasher.combine(t.coefficient)
            }
        }
    }

    enum Direction: Sendable {
        case minimise, maximise
    }

    /// What the solver found.
    enum Outcome: Sendable, Equatable {
        /// An optimal solution, with the objective's value.
        case optimal(Double)
        /// No point satisfies the rows and bounds.
        case infeasible
        /// The objective can grow (or fall) without limit.
        case unbounded
        /// The solver stopped without an answer (iteration limit, numerical trouble); its
        /// status code.
        case failed(Int)
    }

    let columns: Int
    let rows: [Row]
    /// Per column; nil is unbounded.
    let lower: [Double?]
    let upper: [Double?]

    /// - Parameters:
    ///   - lower: the lower bound of each column (nil: none); default 0 for every column.
    ///   - upper: the upper bound of each column (nil: none); default none.
    init(columns: Int, rows: [Row], lower: [Double?]? = nil, upper: [Double?]? = nil) {
        precondition(columns >= 0)
        self.columns = columns
        self.rows = rows
        self.lower = lower ?? [Double?](repeating: 0, count: columns)
        self.upper = upper ?? [Double?](repeating: nil, count: columns)
        precondition(self.lower.count == columns && self.upper.count == columns)
        precondition(rows.allSatisfy { $0.terms.allSatisfy { (0..<columns).contains($0.column) } })
    }

    /// Solves once: optimise `objective` (one coefficient per column) in `direction`.
    func solve(_ objective: [Double], _ direction: Direction) -> Outcome {
        let model = Model(self)
        return model.solve(objective, direction)
    }

    /// Minimises `objective` once and returns the outcome with the point found (empty unless
    /// the outcome is optimal).
    func minimum(of objective: [Double]) -> (outcome: Outcome, point: [Double]) {
        let model = Model(self)
        let outcome = model.solve(objective, .minimise)
        guard case .optimal = outcome else { return (outcome, []) }
        return (outcome, model.point())
    }

    /// The smallest and largest value of each column in `which`, each an outcome, solved on
    /// one model: the objective is changed and each solve starts from the last basis.
    func ranges(of which: [Int]) -> [(min: Outcome, max: Outcome)] {
        let model = Model(self)
        var objective = [Double](repeating: 0, count: columns)
        return which.map { column in
            objective[column] = 1
            defer { objective[column] = 0 }
            return (model.solve(objective, .minimise), model.solve(objective, .maximise))
        }
    }

    /// Whether each column in `which` can reach `low` or below and `high` or above, on one
    /// model. Every solution found is a witness for every column: a column already seen at or
    /// below `low` (at or above `high`) in some solution is not minimised (maximised) again, and
    /// its outcome is reported as `low` (`high`) itself, a bound it reaches. Other outcomes
    /// are the exact minimum and maximum, as ``ranges(of:)`` gives them.
    /// - Returns: the outcomes, and the number of simplex runs.
    func ranges(of which: [Int], within low: Double, _ high: Double) -> (outcomes: [(min: Outcome, max: Outcome)], solves: Int) {
        let model = Model(self)
        let tolerance = 1e-6
        var reachesLow = [Bool](repeating: false, count: columns)
        var reachesHigh = [Bool](repeating: false, count: columns)
        var objective = [Double](repeating: 0, count: columns)
        func witness() {
            let point = model.point()
            guard point.count == columns else { return }
            for c in which {
                if point[c] <= low + tolerance { reachesLow[c] = true }
                if point[c] >= high - tolerance { reachesHigh[c] = true }
            }
        }
        func optimise(_ column: Int, _ direction: Direction) -> Outcome {
            objective[column] = 1
            defer { objective[column] = 0 }
            let outcome = model.solve(objective, direction)
            if case .optimal = outcome { witness() }
            return outcome
        }
        // Many columns at once first: the smallest sum, then (each column capped at `high`,
        // so that no column runs off alone) the largest sum of those not yet seen at `high`,
        // while that finds more. A capped solution is a solution of the program too.
        if which.count > 1 {
            for c in which { objective[c] = 1 }
            if case .optimal = model.solve(objective, .minimise) { witness() }
            for c in which { objective[c] = 0 }
            model.setUpper(columns: which, to: which.map { upper[$0].map { Swift.min($0, high) } ?? high })
            for _ in 0..<4 {
                let open = which.filter { !reachesHigh[$0] }
                guard open.count > 1 else { break }
                for c in open { objective[c] = 1 }
                let outcome = model.solve(objective, .maximise)
                for c in open { objective[c] = 0 }
                guard case .optimal = outcome else { break }
                witness()
                if which.filter({ !reachesHigh[$0] }).count == open.count { break }
            }
            model.setUpper(columns: which, to: which.map { upper[$0] })
        }
        let outcomes = which.map { column -> (min: Outcome, max: Outcome) in
            let min = reachesLow[column] ? .optimal(low) : optimise(column, .minimise)
            let max = reachesHigh[column] ? .optimal(high) : optimise(column, .maximise)
            return (min, max)
        }
        return (outcomes, model.solves)
    }

    /// The Clp version, for provenance.
    static var solverVersion: String {
        String(cString: Clp_Version())
    }

    /// A loaded Clp model, freed when the Swift object goes.
    final class Model {
        private let pointer: UnsafeMutableRawPointer
        private let columns: Int
        /// The number of simplex runs so far.
        private(set) var solves = 0

        init(_ program: LinearProgram) {
            guard let model = Clp_newModel() else { fatalError("Clp could not allocate a model") }
            pointer = model
            columns = program.columns
            Clp_setLogLevel(pointer, 0)
            // Column-major: the rows' terms regrouped by column (a counting sort).
            var start = [CoinBigIndex](repeating: 0, count: program.columns + 1)
            for row in program.rows {
                for term in row.terms where term.coefficient != 0 { start[term.column + 1] += 1 }
            }
            for c in 0..<program.columns { start[c + 1] += start[c] }
            var next = Array(start.dropLast())
            var index = [Int32](repeating: 0, count: Int(start[program.columns]))
            var value = [Double](repeating: 0, count: Int(start[program.columns]))
            for (r, row) in program.rows.enumerated() {
                for term in row.terms where term.coefficient != 0 {
                    let at = Int(next[term.column])
                    index[at] = Int32(r)
                    value[at] = term.coefficient
                    next[term.column] += 1
                }
            }
            let infinity = Double.greatestFiniteMagnitude
            let colLower = program.lower.map { $0 ?? -infinity }
            let colUpper = program.upper.map { $0 ?? infinity }
            let rowLower = program.rows.map { $0.relation == .equal ? $0.bound : -infinity }
            let rowUpper = program.rows.map(\.bound)
            let objective = [Double](repeating: 0, count: program.columns)
            // Clp copies every array. Empty arrays still need a valid address.
            index.append(0)
            value.append(0)
            Clp_loadProblem(
                pointer, Int32(program.columns), Int32(program.rows.count), start, index, value,
                colLower, colUpper, objective, rowLower.isEmpty ? nil : rowLower, rowUpper.isEmpty ? nil : rowUpper)
        }

        deinit {
            Clp_deleteModel(pointer)
        }

        /// Changes the upper bounds of `columns` (nil: none).
        func setUpper(columns which: [Int], to bounds: [Double?]) {
            guard let current = Clp_getColUpper(pointer) else { return }
            var upper = Array(UnsafeBufferPointer(start: current, count: columns))
            for (c, bound) in zip(which, bounds) { upper[c] = bound ?? Double.greatestFiniteMagnitude }
            Clp_chgColumnUpper(pointer, upper)
        }

        /// The values of the columns at the last solution.
        func point() -> [Double] {
            guard let solution = Clp_getColSolution(pointer) else { return [] }
            return Array(UnsafeBufferPointer(start: solution, count: columns))
        }

        /// Optimises `objective` in `direction` from the current basis (the first solve runs
        /// the dual simplex from scratch; later ones, after only the objective changed, the
        /// primal simplex from the last basis, which stays feasible).
        func solve(_ objective: [Double], _ direction: Direction) -> Outcome {
            precondition(objective.count == columns)
            Clp_chgObjCoefficients(pointer, objective)
            Clp_setOptimizationDirection(pointer, direction == .minimise ? 1 : -1)
            if solves == 0 {
                Clp_dual(pointer, 0)
            } else {
                Clp_primal(pointer, 0)
            }
            solves += 1
            switch Clp_status(pointer) {
            case 0: return .optimal(Clp_objectiveValue(pointer))
            case 1: return .infeasible
            case 2: return .unbounded
            case let status: return .failed(Int(status))
            }
        }
    }
}
