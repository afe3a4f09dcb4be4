extension SampleGenerator {
    /// The bytes of `cases.csv`.
    func casesCSV() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(caseCount * 96 + 256)
        out.append(
            contentsOf: Array(
                """
                case_id,force_id,source,received,risk_assessed,risk_grade,review_grade,child_in_household,action,arrested,partner_referral,pnd_c\
                hecked,allocation\n
                """
                .utf8))
        var random = SampleRandom(seed: seed)
        // Draws that only a force's trend needs come from here rather than from `random` (see
        // the grades and the action below), so that trends disturb `random`'s sequence as
        // little as they can: only where a trend moves an action across the last date written,
        // which decides whether an arrest is drawn, do the draws after it shift.
        var trendRandom = SampleRandom(seed: seed ^ 0x7E4D_CA5E)
        let profiles = profiles()
        let forces = SampleForces.all
        let forceIDs = forces.map { Array($0.id.utf8) }
        var cumulativeForce: [Double] = []
        var total = 0.0
        for f in forces {
            total += Double(f.children).squareRoot() * 10 + Double(f.children) / 200
            cumulativeForce.append(total)
        }
        let sourceWeights = [0.55, 0.15, 0.12, 0.10, 0.08]
        let cumulativeSource = sourceWeights.indices.map { sourceWeights[0...$0].reduce(0, +) }
        let sourceNames = ReferralSource.allCases.map { Array($0.csvName.utf8) }
        let gradeNames = RiskGrade.allCases.map { Array($0.csvName.utf8) }
        let trueGrade = [0.30, 0.45, 0.20, 0.05]
        let cumulativeGrade = trueGrade.indices.map { trueGrade[0...$0].reduce(0, +) }
        let limits = ReportSettings.defaultTimescales
        // Dates as bytes, from well before the period to well after the census date.
        let firstDay = periodStart.adding(-400)
        let lastDay = asOf.adding(900)
        let span = lastDay.days(since: firstDay)
        var dateBytes = [UInt8]()
        dateBytes.reserveCapacity(span * 10 + 10)
        for d in 0...span { dateBytes.append(contentsOf: Array(firstDay.adding(d).description.utf8)) }
        let periodDays = periodEnd.days(since: periodStart) + 1
        let scopeStart = periodStart.days(since: firstDay)

        @inline(__always) func date(_ offset: Int) {
            let o = min(max(offset, 0), span) * 10
            out.append(contentsOf: dateBytes[o..<(o + 10)])
        }
        @inline(__always) func number(_ value: Int, width: Int) {
            var digits = [UInt8](repeating: 48, count: width)
            var v = value
            for i in stride(from: width - 1, through: 0, by: -1) {
                digits[i] = UInt8(48 + v % 10)
                v /= 10
            }
            out.append(contentsOf: digits)
        }
        let comma = UInt8(ascii: ",")
        let lastOffset = asOf.days(since: firstDay) + 120

        for n in 0..<caseCount {
            let f = random.pick(cumulativeForce)
            let profile = profiles[f]
            // Volume grows through the period; 2% of rows fall before it.
            var received: Int
            if random.chance(0.02) {
                received = scopeStart - 1 - random.below(90)
            } else {
                let u = random.unit()
                received = scopeStart + min(periodDays - 1, Int((u.squareRoot() * 0.6 + u * 0.4) * Double(periodDays)))
            }
            let flaw = random.chance(flawedShare) ? random.below(5) : -1
            // The force's trend at this point of the period (cases before it: as at its start),
            // which moves its grading accuracy and the pace of its action.
            let drift = profile.drift(at: Double(max(0, received - scopeStart)) / Double(periodDays))
            let accuracy = min(0.97, max(0.3, profile.accuracy + 0.4 * drift))
            let actionSpeed = profile.speed * (1 - 0.7 * drift)

            // case_id
            out.append(UInt8(ascii: "C"))
            number(flaw == 3 && n > 0 ? n - 1 : n, width: 8)
            out.append(comma)
            // force_id
            if flaw == 0 { out.append(contentsOf: Array("unknown-force".utf8)) } else { out.append(contentsOf: forceIDs[f]) }
            out.append(comma)
            // source
            let source = random.pick(cumulativeSource)
            if flaw != 1 { out.append(contentsOf: sourceNames[source]) }
            out.append(comma)
            // received
            if flaw == 2 { out.append(contentsOf: Array("2025-02-30".utf8)) } else { date(received) }
            out.append(comma)
            // grades
            let truth = random.pick(cumulativeGrade)
            var assessedAt = -1
            var grade = -1
            if random.chance(0.96) {
                assessedAt = received + Int(random.exponential(mean: 1.5 * profile.speed))
                grade = truth
                // Misgraded when the roll is at or above the trended accuracy. The direction is
                // drawn from `random` whenever the force's own accuracy would have misgraded
                // the case (the draws without trends), else from `trendRandom`.
                let roll = random.unit()
                let direction: Bool? = roll >= profile.accuracy ? random.chance(0.7) : nil
                if roll >= accuracy {
                    grade = (direction ?? trendRandom.chance(0.7)) ? max(0, truth - 1) : min(3, truth + 1)
                }
            }
            if assessedAt >= 0 { date(flaw == 4 ? received - 3 : assessedAt) }
            out.append(comma)
            if grade >= 0 { out.append(contentsOf: gradeNames[grade]) }
            out.append(comma)
            if grade >= 0, random.chance(0.25) { out.append(contentsOf: gradeNames[truth]) }
            out.append(comma)
            // child_in_household
            let childRoll = random.unit()
            let child = childRoll < 0.35 ? 0 : (childRoll < 0.9 ? 1 : 2)
            if child == 0 { out.append(contentsOf: [0x79, 0x65, 0x73]) } else if child == 1 { out.append(contentsOf: [0x6E, 0x6F]) }
            out.append(comma)
            // action and arrest
            var actionAt = -1
            if grade >= 0, random.chance(0.93) {
                let limit = Double(limits[grade])
                let base = max(0.4, limit * 0.55) * actionSpeed
                var delay = random.exponential(mean: base)
                // A long delay for some cases, more often the slower the force; drawn as for
                // the grade above, so that `random` draws what it would without trends.
                let roll = random.unit()
                let tail: Double? = roll < 0.08 * profile.speed ? random.exponential(mean: 45 * actionSpeed) : nil
                if roll < 0.08 * actionSpeed { delay += tail ?? trendRandom.exponential(mean: 45 * actionSpeed) }
                actionAt = max(assessedAt, received + Int(delay))
            }
            if actionAt >= 0, actionAt <= lastOffset { date(actionAt) }
            out.append(comma)
            if actionAt >= 0, actionAt <= lastOffset, random.chance(0.45) {
                let arrestAt = actionAt + (random.chance(0.6) ? 0 : Int(random.exponential(mean: 120 * profile.speed)))
                if arrestAt <= lastOffset { date(min(arrestAt, actionAt + 540)) }
            }
            out.append(comma)
            // partner_referral
            if child == 0, random.chance(profile.partnerSharing) || random.chance(0.05) {
                date(received + Int(random.exponential(mean: 6 * profile.speed * (2 - profile.partnerSharing))))
            }
            out.append(comma)
            // pnd_checked
            let pndRoll = random.unit()
            if pndRoll < profile.pndChecking {
                out.append(contentsOf: [0x79, 0x65, 0x73])
            } else if pndRoll < 0.93 {
                out.append(contentsOf: [0x6E, 0x6F])
            }
            out.append(comma)
            // allocation: directly reported cases go to non-specialists more often
            let specialistChance = source == 1 ? profile.specialistShare * 0.6 : profile.specialistShare
            let allocationRoll = random.unit()
            if allocationRoll < 0.04 {
                // left empty: unknown
            } else if random.chance(specialistChance) {
                out.append(contentsOf: Array("specialist".utf8))
            } else {
                out.append(contentsOf: Array("non_specialist".utf8))
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }
}
