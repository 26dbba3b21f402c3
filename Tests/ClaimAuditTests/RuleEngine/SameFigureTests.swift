import Testing
@testable import ClaimAudit

/// `same figure is …`: a figure repeated elsewhere in the document, within the
/// rounding the text implies, takes the kind its decided mention has.
@Suite struct SameFigureTests {
    @Test func aRoundSmallFigureMatchesOnlyItself() throws {
        // `$200` is the smallest order's price; `$150 of analyst time` is another figure, not a repeat of it
        let text = "Extra map tiles cost $8 per square km with a 25 square km minimum, so the smallest top-up is $200. "
            + "From our side, each survey flight costs us roughly $600. "
            + "That is $350 for the plane, $150 of analyst time to review it, and $100 of processing."
        let doc = RuleTestSupport.classify(text)
        let i = try #require(doc.scanned.scan.mentions.firstIndex { $0.amount.low == 150 })
        let operatorTime = doc.classifications[i]
        #expect(operatorTime?.kind != .price)
        #expect(operatorTime?.ruleID != "derived.same-figure-price")
    }

    @Test func aRoundedRestatementStillMatches() {
        // `$5K` repeats `$5,000`; `$2.4 million` repeats `$2,400,000`
        #expect(AmountMatching.sameStatedFigure(5_000, 5_000))
        #expect(AmountMatching.sameStatedFigure(5_000, 5_400))
        #expect(AmountMatching.sameStatedFigure(2_400_000, 2_350_000))
        #expect(!AmountMatching.sameStatedFigure(200, 150))
        #expect(!AmountMatching.sameStatedFigure(20, 15))
        #expect(AmountMatching.sameStatedFigure(20, 20))
    }
}
