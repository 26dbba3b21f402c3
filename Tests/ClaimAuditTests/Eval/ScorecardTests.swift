import Testing
@testable import ClaimAudit

/// A hand-scored document: every figure below was worked out on paper.
///
/// Labels: L1 "$5,000" cost/conflation, L2 "$20" price, L3 "$0.02"
/// cost/marginal, L4 "$100 million" cost/fixed, L5 "$2 billion" other,
/// L6 "a few cents" cost/marginal approx.
/// Predictions: P1 → L1 all right; P2 → L2 all right; P3 → L3 with class
/// fixed, stance hypothetical, amount 0.2, per []; L4 missed; P5 → L5 as
/// cost/fixed; L6 missed; P6 "2.5" spurious cost/marginal.
@Suite struct ScorecardTests {
    static let doc = EvalFixture("""
    A viral post says the company spends $5,000 per user. The Pro plan costs $20 a month.
    Inference runs $0.02 per query. Training cost $100 million. It raised $2 billion.
    Version 2.5 shipped, and a few cents per query is closer to the truth.
    """)

    static let labels = [
        MentionLabel(quote: "$5,000", kind: .cost, costClass: .conflation, stance: .attributed, verdict: .fails,
                     amount: LabelAmount(low: 5000, currency: "USD"), per: [Denominator(unit: "user")]),
        MentionLabel(quote: "$20", kind: .price, stance: .asserted, verdict: .holds, per: [Denominator(unit: "month")]),
        MentionLabel(quote: "$0.02", kind: .cost, costClass: .marginal, stance: .asserted, verdict: .unverifiable,
                     amount: LabelAmount(low: 0.02, currency: "USD"), per: [Denominator(unit: "query")]),
        MentionLabel(quote: "$100 million", kind: .cost, costClass: .fixed, amount: LabelAmount(low: 1e8, currency: "USD")),
        MentionLabel(quote: "$2 billion", kind: .other, amount: LabelAmount(low: 2e9, currency: "USD")),
        MentionLabel(quote: "a few cents", kind: .cost, costClass: .marginal, approx: true),
    ]

    static let predictions = [
        doc.prediction("$5,000 per user", amount: "$5,000", value: 5000, per: ["user"], kind: .cost,
                       costClass: .conflation, stance: .attributed, verdict: .fails, rule: "conflation.total-over-users"),
        doc.prediction("$20 a month", amount: "$20", value: 20, per: ["month"], kind: .price, stance: .asserted, verdict: .holds),
        doc.prediction("$0.02 per query", amount: "$0.02", value: 0.2, kind: .cost, costClass: .fixed,
                       stance: .hypothetical, verdict: .unverifiable, rule: "fixed.training"),
        doc.prediction("$2 billion", value: 2e9 * (1 + 1e-12), kind: .cost, costClass: .fixed, stance: .asserted),
        doc.prediction("2.5", value: 2.5, kind: .cost, costClass: .marginal, stance: .asserted),
    ]

    let card = Scorecard([doc.evaluate(labels, predictions)])

    @Test func mentionDetectionSeparatesApproximateMentions() {
        #expect(card.mentions == DetectionCounts(truePositives: 4, falsePositives: 1, falseNegatives: 1))
        #expect(card.mentions.precision == 0.8)
        #expect(card.mentions.recall == 0.8)
        #expect(card.mentions.f1 == 0.8)
        #expect(card.approxMentions == DetectionCounts(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(card.approxMentions.precision == nil)
        #expect(card.approxMentions.recall == 0)
        #expect(card.allMentions.recall == 4.0 / 6.0)
    }

    @Test func accuraciesOverMatchedMentionsWhereTheLabelGivesTheField() {
        #expect(card.kind == Tally(correct: 3, total: 4))
        #expect(card.stance == Tally(correct: 2, total: 3))
        #expect(card.verdict == Tally(correct: 3, total: 3))
        // 2e9 within 1e-9 relative counts as equal; 0.2 for 0.02 does not.
        #expect(card.amount == Tally(correct: 2, total: 3))
        #expect(card.per == Tally(correct: 2, total: 3))
    }

    @Test func perClassCountsFollowTheContract() {
        #expect(card.classCounts(.marginal) == DetectionCounts(truePositives: 0, falsePositives: 1, falseNegatives: 2))
        #expect(card.classCounts(.fixed) == DetectionCounts(truePositives: 0, falsePositives: 2, falseNegatives: 1))
        #expect(card.classCounts(.conflation) == DetectionCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(card.classCounts(.conflation).f1 == 1)
        #expect(card.classCounts(.marginal).f1 == 0)
        #expect(abs(card.classMacroF1! - 1.0 / 3.0) < 1e-12)
    }

    @Test func confusionMatrixRowsExpectedColumnsPredicted() {
        let m = card.confusion
        #expect(m[.conflation, .conflation] == 1)
        #expect(m[.price, .price] == 1)
        #expect(m[.marginal, .fixed] == 1)
        #expect(m[.marginal, .missed] == 1)
        #expect(m[.fixed, .missed] == 1)
        #expect(m[.other, .fixed] == 1)
        #expect(m[.spurious, .marginal] == 1)
        #expect(ExpectedCategory.allCases.reduce(0) { $0 + m.rowTotal($1) } == 7)
        #expect(!m.shownColumns.contains(.unclassified))
    }

    @Test func verdictConfusionTellsMissingChecksFromWrongOnes() {
        #expect(card.verdictConfusion[.fails, "fails"] == 1)
        #expect(card.verdictConfusion[.holds, "holds"] == 1)
        let doc = EvalFixture("Serving costs $0.01 per request, or $10 per 1,000 requests. The plan is $9 a month.")
        let e = doc.evaluate(
            [MentionLabel(quote: "$0.01", kind: .cost, costClass: .marginal, verdict: .holds),
             MentionLabel(quote: "$10", kind: .cost, costClass: .marginal, verdict: .holds),
             MentionLabel(quote: "$9", kind: .price, verdict: .unverifiable)],
            [doc.prediction("$0.01 per request", amount: "$0.01", value: 0.01, kind: .cost, costClass: .marginal,
                            verdict: .unverifiable),
             doc.prediction("$10", value: 10, kind: .cost, costClass: .marginal, verdict: .fails),
             doc.prediction("$9 a month", amount: "$9", value: 9, kind: .other)])
        let m = Scorecard([e]).verdictConfusion
        #expect(m[.holds, "unverifiable"] == 1)
        #expect(m[.holds, "fails"] == 1)
        #expect(m[.unverifiable, "none"] == 1)
        #expect(m[.holds, "holds"] == 0)
    }

    @Test func coverageIsReportedBesideAccuracy() {
        #expect(card.mentionCoverage == Tally(correct: 4, total: 6))
        #expect(card.costClaimCoverage == Tally(correct: 2, total: 4))
        #expect(card.checkableCoverage == Tally(correct: 2, total: 2))
    }

    @Test func macroF1LeavesOutAnAbsentClass() {
        let doc = EvalFixture("Serving costs $0.01 per request; the site was built for $40,000.")
        let e = doc.evaluate(
            [MentionLabel(quote: "$0.01", kind: .cost, costClass: .marginal),
             MentionLabel(quote: "$40,000", kind: .cost, costClass: .conflation)],
            [doc.prediction("$0.01 per request", amount: "$0.01", value: 0.01, kind: .cost, costClass: .marginal),
             doc.prediction("$40,000", value: 40000, kind: .cost, costClass: .marginal)])
        let card = Scorecard([e])
        // fixed: no label, no prediction → absent. marginal: tp 1 fp 1 → F1 2/3. conflation: fn 1 → F1 0.
        #expect(card.classCounts(.fixed).f1 == nil)
        #expect(abs(card.classMacroF1! - (2.0 / 3.0 + 0) / 2) < 1e-12)
        #expect(card.figure("class.macroF1")?.detail == "mean over marginal, conflation")
    }

    @Test func unclassifiedPredictionsCountAsWrongKind() {
        let doc = EvalFixture("It costs $9 per seat.")
        let card = Scorecard([doc.evaluate([MentionLabel(quote: "$9", kind: .price)],
                                           [doc.prediction("$9 per seat", amount: "$9", value: 9)])])
        #expect(card.kind == Tally(correct: 0, total: 1))
        #expect(card.confusion[.price, .unclassified] == 1)
        #expect(card.confusion.shownColumns.contains(.unclassified))
    }

    @Test func figuresHaveStableNames() {
        #expect(card.figure("mention.f1")?.value == 0.8)
        #expect(card.figure("kind.accuracy")?.value == 0.75)
        #expect(card.figure("coverage.mentions")?.detail == "4/6")
        for name in ["mention.f1", "amount.accuracy", "per.accuracy", "kind.accuracy", "class.macroF1",
                     "stance.accuracy", "verdict.accuracy"] {
            #expect(Scorecard.figureNames.contains(name))
        }
    }
}
