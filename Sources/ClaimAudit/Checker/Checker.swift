/// Gives every classified cost or price mention a verdict, a severity and an
/// explanation that shows its arithmetic (contract §3).
///
/// Checks, each in its own type: `DerivedStatementCheck` and
/// `ArithmeticExpressionCheck` (arithmetic the text states),
/// `ReferenceMagnitudeCheck` (dated reference figures, with `UnitNormalizer`
/// conversions), `BreakEvenCheck`, `PlanRecoveryCheck`, `DocumentRatioCheck`, `CorrectionCheck`, `NearbyArithmeticCheck`, `TenfoldSlipCheck`, `SameFigureCheck`
/// and, for conflations, `ConflationExplainer`. `VerdictRule`, `Rebuttal` and
/// `SeverityPolicy` turn them into the assessment.
public struct Checker: Sendable {
    public var reference: ReferenceData
    /// The date used for documents that state none.
    public var today: CalendarDate

    public init(reference: ReferenceData) { self.init(reference: reference, today: .today()) }

    public init(reference: ReferenceData, today: CalendarDate) {
        self.reference = reference
        self.today = today
    }

    /// One assessment per mention, index for index; `nil` for `other` or unclassified mentions.
    public func assess(_ document: ClassifiedDocument) -> [Assessment?] {
        let doc = DocumentFacts(document, today: today)
        var derived = DerivedStatementCheck().run(doc)
        let written = ArithmeticExpressionCheck().run(doc)
        // Arithmetic written out that confirms a figure outweighs a reading the checker inferred that
        // misses it (`$7,200 × 12 ÷ 90,000 players is under a dollar`, not `$7,200 ÷ 90,000`).
        for (i, checks) in written where checks.contains(where: { $0.agrees == true }) {
            derived[i]?.removeAll { $0.agrees == false }
        }
        for (i, checks) in written {
            for c in checks where !(derived[i]?.contains { $0.arithmetic == c.arithmetic } ?? false) { derived[i, default: []].append(c) }
        }
        let magnitude = ReferenceMagnitudeCheck(reference: reference, document: doc)
        var checks: [[Check]] = doc.mentions.map { m in
            guard let c = m.classification, c.kind != .other else { return [] }
            var list = derived[m.index] ?? []
            list += magnitude.run(m, in: doc)
            list += BreakEvenCheck().run(m, in: doc)
            list += PlanRecoveryCheck(reference: reference).run(m, in: doc)
            list += DocumentRatioCheck().run(m, in: doc)
            if c.costClass == .conflation { list += ConflationExplainer.retailMargin(m, in: doc, ruleID: c.ruleID) }
            return list
        }
        let own = checks
        for m in doc.mentions { checks[m.index] += CorrectionCheck().run(m, in: doc, checks: own) }
        let settled = checks.map { list in list.contains { $0.agrees != nil } }
        let holding = checks.map { list in list.contains { $0.agrees == true } && !list.contains { $0.agrees == false } }
        for (i, extra) in NearbyArithmeticCheck().run(doc, settled: settled, holding: holding) { checks[i] += extra }
        for (i, extra) in TenfoldSlipCheck().run(doc, checks: checks) { checks[i] += extra }
        let verdicts = doc.mentions.map { VerdictRule.verdict(costClass: $0.costClass, checks: checks[$0.index]) }
        for (i, extra) in SameFigureCheck().run(doc, verdicts: verdicts, checks: checks) { checks[i] += extra }
        let rebuttals = Rebuttal(doc)
        return doc.mentions.map { m in
            guard let c = m.classification, c.kind != .other else { return nil }
            let list = Self.withoutIdleMisses(checks[m.index])
            let verdict = VerdictRule.verdict(costClass: c.costClass, checks: list)
            let rebuttal = verdict == .fails || c.stance == .negated ? rebuttals.reason(for: m, in: doc) : nil
            let severity = SeverityPolicy.severity(verdict: verdict, costClass: c.costClass, stance: c.stance, rebutted: rebuttal != nil)
            return Assessment(verdict: verdict, severity: severity,
                              explanation: Explanation.lines(for: m, classification: c, verdict: verdict, checks: list,
                                                             rebuttal: rebuttal, sentence: doc.sentence(m.sentenceIndex)),
                              checks: list, rebutted: rebuttal != nil)
        }
    }

    /// A figure some check confirms does not show the misses that decide
    /// nothing about it (`agrees == nil`, `… which does not agree`): they are
    /// readings of the sentence that belong to other figures (`1,000 × $2 =
    /// $2,000` of `A 1,000-GPU cluster at $2 per GPU-hour costs $48,000 a day`).
    static func withoutIdleMisses(_ checks: [Check]) -> [Check] {
        guard checks.contains(where: { $0.agrees == true }) else { return checks }
        return checks.filter { $0.agrees != nil || !$0.arithmetic.hasSuffix("which does not agree") }
    }
}
