import Testing
@testable import ClaimAudit

@Suite struct MentionMatcherTests {
    let doc = EvalFixture("Our plan costs $5K per user per month, and the pilot cost $300 in total.")

    @Test func aPredictionSpanningTheDenominatorsMatchesTheAmountLabel() {
        let e = doc.evaluate(
            [MentionLabel(quote: "$5K", kind: .cost, costClass: .conflation),
             MentionLabel(quote: "$300", kind: .cost, costClass: .fixed)],
            [doc.prediction("$5K per user per month", amount: "$5K", value: 5000),
             doc.prediction("$300", value: 300)])
        #expect(e.match.pairs == [.init(label: 0, prediction: 0), .init(label: 1, prediction: 1)])
        #expect(e.match.missed.isEmpty)
        #expect(e.match.spurious.isEmpty)
    }

    @Test func matchingIsOneToOne() {
        // The scanner split "$5K" into two overlapping predictions: one matches, one is spurious.
        let e = doc.evaluate(
            [MentionLabel(quote: "$5K", kind: .cost, costClass: .conflation)],
            [doc.prediction("$5K", value: 5000), doc.prediction("5K", value: 5000)])
        #expect(e.match.pairs == [.init(label: 0, prediction: 0)])
        #expect(e.match.spurious == [1])
    }

    @Test func missedAndSpuriousMentions() {
        let e = doc.evaluate(
            [MentionLabel(quote: "$5K", kind: .cost, costClass: .conflation),
             MentionLabel(quote: "$300", kind: .cost, costClass: .fixed)],
            [doc.prediction("pilot", value: 1)])
        #expect(e.match.pairs.isEmpty)
        #expect(e.match.missed == [0, 1])
        #expect(e.match.spurious == [0])
    }

    @Test func adjacentSpansDoNotOverlap() {
        #expect(!MentionMatcher.overlaps(0..<4, 4..<8))
        #expect(MentionMatcher.overlaps(0..<5, 4..<8))
        #expect(!MentionMatcher.overlaps(3..<3, 0..<8))
    }

    @Test func theAmountSpanIsPreferredBeforeTheWholeSpan() {
        // P0's whole span reaches back over label 0, but its amount is label 1;
        // P1 is label 0's amount. A whole-span-only greedy pass would give
        // label 0 to P0 and leave label 1 missed.
        let m = MentionMatcher.match(labels: [0..<4, 10..<14],
                                     predictions: [(amount: 10..<14, whole: 0..<14), (amount: 2..<4, whole: 2..<4)])
        #expect(m.pairs == [.init(label: 0, prediction: 1), .init(label: 1, prediction: 0)])
        #expect(m.missed.isEmpty && m.spurious.isEmpty)
    }

    @Test func theWholeSpanIsTheFallback() {
        let m = MentionMatcher.match(labels: [10..<14], predictions: [(amount: 0..<4, whole: 0..<20)])
        #expect(m.pairs == [.init(label: 0, prediction: 0)])
    }

    @Test func greedyInDocumentOrder() {
        // One prediction overlapping two labels goes to the first label.
        let m = MentionMatcher.match(labels: [6..<9, 0..<4], predictions: [(amount: 2..<8, whole: 2..<8)])
        #expect(m.pairs == [.init(label: 1, prediction: 0)])
        #expect(m.missed == [0])
    }
}
