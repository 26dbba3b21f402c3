import Testing
@testable import ClaimAudit

/// The same cost figure repeated in a document is one claim; its class is
/// decided on the evidence of all its mentions; prices never merge with costs.
@Suite struct ClaimGroupingTests {
    @Test func roundingTolerance() {
        #expect(AmountMatching.sameFigure(5000, 5000))
        #expect(AmountMatching.sameFigure(5000, 4500))
        #expect(AmountMatching.sameFigure(5000, 5499))
        #expect(!AmountMatching.sameFigure(5000, 5500))
        #expect(!AmountMatching.sameFigure(5000, 4000))
        #expect(AmountMatching.sameFigure(0.03, 0.03))
        #expect(!AmountMatching.sameFigure(0.03, 0.04))
        #expect(AmountMatching.sameFigure(1.2e9, 1.23e9))
        #expect(AmountMatching.tolerance(5000) == 500)
        // A 1 followed by zeros is read to two significant digits.
        #expect(AmountMatching.tolerance(10e9) == 0.5e9)
        #expect(AmountMatching.sameFigure(10e9, 10.4e9))
        #expect(!AmountMatching.sameFigure(10e9, 8e9))
        #expect(!AmountMatching.sameFigure(100e6, 78.4e6))
        #expect(AmountMatching.sameFigure(1000, 1000))
    }

    @Test func aRounderFigureIsAClaimOfItsOwn() {
        typealias Item = ClaimGrouper.Item
        let usd = { (v: Double) in MoneyAmount(v, currency: "USD") }
        // "$5K" repeats "$5,000"; "$6 million" does not repeat "$5.576 million" or "$5.6 million"
        let claims = ClaimGrouper.group([
            Item(amount: usd(5000), per: [Denominator(unit: "user")], role: .cost),
            Item(amount: usd(5.576e6), per: [], role: .cost),
            Item(amount: usd(5000), per: [], role: .cost),
            Item(amount: usd(6e6), per: [], role: .cost),
            Item(amount: usd(5.6e6), per: [], role: .cost),
            Item(amount: usd(6e6), per: [], role: .weak),
        ])
        #expect(claims.map(\.mentionIndices) == [[0, 2], [1], [3, 5], [4]])
        #expect(AmountMatching.equalAmount(usd(5000), usd(5e3)))
        #expect(!AmountMatching.equalAmount(usd(6e6), usd(5.576e6)))
        #expect(!AmountMatching.equalAmount(usd(20), MoneyAmount(20, currency: "EUR")))
    }

    @Test func perCompatibility() {
        let user = [Denominator(unit: "user")]
        #expect(AmountMatching.compatiblePer(user, []))
        #expect(AmountMatching.compatiblePer([], user))
        #expect(AmountMatching.compatiblePer(user, user))
        #expect(!AmountMatching.compatiblePer(user, [Denominator(unit: "month")]))
        // Words for one person of the audience are one denominator.
        #expect(AmountMatching.compatiblePer(user, [Denominator(unit: "head")]))
        #expect(AmountMatching.compatiblePer([Denominator(unit: "subscriber"), Denominator(unit: "month")],
                                             [Denominator(unit: "user"), Denominator(unit: "month")]))
        #expect(!AmountMatching.compatiblePer(user, [Denominator(unit: "seat")]))
        // A repeat may leave the period out, not the unit of use.
        let tenantYear = [Denominator(unit: "tenant"), Denominator(unit: "year")]
        #expect(AmountMatching.compatiblePer([Denominator(unit: "tenant")], tenantYear))
        #expect(!AmountMatching.compatiblePer([Denominator(unit: "year")], tenantYear))
        #expect(!AmountMatching.compatiblePer([Denominator(unit: "tenant")], [Denominator(unit: "tenant"), Denominator(unit: "gb")]))
    }

    @Test func groupsOnlyCostMentions() {
        typealias Item = ClaimGrouper.Item
        let usd = { (v: Double) in MoneyAmount(v, currency: "USD") }
        let claims = ClaimGrouper.group([
            Item(amount: usd(5000), per: [Denominator(unit: "user")], role: .cost),
            Item(amount: usd(20), per: [Denominator(unit: "month")], role: .other),
            Item(amount: usd(5000), per: [], role: .cost),
            Item(amount: usd(20), per: [], role: .cost),
            Item(amount: usd(5000), per: [], role: .weak),
            Item(amount: usd(5000), per: [Denominator(unit: "month")], role: .cost),
        ])
        #expect(claims.map(\.mentionIndices) == [[0, 2, 4], [1], [3], [5]])
        #expect(claims.map(\.id) == [1, 2, 3, 4])
    }

    @Test func classIsPooledAcrossTheClaimStanceStaysPerMention() {
        let text = "A viral post claims the lab spends $5,000 on every user. "
            + "The figure is total spending divided by active users. "
            + "Nobody serious repeats the $5K number. "
            + "If the lab really spent $5,000 per user, it would go broke. "
            + "The plan costs $20 a month, and a typical user costs about $20 a year to serve."
        let doc = RuleTestSupport.classify(text)
        let mentions = doc.scanned.scan.mentions
        let fiveK = mentions.indices.filter { mentions[$0].amount.low == 5000 }
        #expect(fiveK.count == 3)
        let claim = doc.claims.first { $0.mentionIndices.contains(fiveK[0]) }
        #expect(claim?.mentionIndices == fiveK)
        for i in fiveK { #expect(doc.classifications[i]?.costClass == .conflation, "\(doc.classifications[i]!.ruleID)") }
        #expect(doc.classifications[fiveK[0]]?.stance == .attributed)
        #expect(doc.classifications[fiveK[2]]?.stance == .hypothetical)
        // The $20 plan price and the $20 serving cost are different claims.
        let twenties = mentions.indices.filter { mentions[$0].amount.low == 20 }
        #expect(twenties.count == 2)
        #expect(doc.classifications[twenties[0]]?.kind == .price)
        #expect(doc.classifications[twenties[1]]?.kind == .cost)
        let claimsOfTwenties = doc.claims.filter { !Set($0.mentionIndices).isDisjoint(with: twenties) }
        #expect(claimsOfTwenties.count == 2)
    }

    @Test func aFigureShownConflatedOnceIsAConflationClaim() {
        // Once shown to be a spread total, later neutral repeats (with serving cues of
        // their own) are the same conflated figure.
        let text = "Anthropic spends $5,000 on every user, a viral post says.\n\n"
            + "Serving $5,000 of compute would be a lot. "
            + "Inference at $5,000 is not plausible. "
            + "Nobody pays $5,000 of GPU time per user."
        let doc = RuleTestSupport.classify(text)
        let mentions = doc.scanned.scan.mentions
        let fiveK = mentions.indices.filter { mentions[$0].amount.low == 5000 }
        #expect(fiveK.count == 4)
        for i in fiveK { #expect(doc.classifications[i]?.costClass == .conflation, "\(doc.classifications[i]!.ruleID)") }
    }

    @Test func aHeadAndAUserAreOneClaim() {
        let text = "A viral post claims the lab spends $5,000 per user. "
            + "Someone divided total spending by users and got $5K a head."
        let doc = RuleTestSupport.classify(text)
        let mentions = doc.scanned.scan.mentions
        let fiveK = mentions.indices.filter { mentions[$0].amount.low == 5000 }
        #expect(fiveK.count == 2)
        #expect(doc.claims.contains { $0.mentionIndices == fiveK })
    }
}
