import Foundation
import Testing
@testable import ClaimAudit

/// A percentage change stated between two figures of a sentence, and whole
/// multiples named by a word (`double`, `triple`): confirm-only shapes.
@Suite struct PercentChangeTests {
    static func assess(_ text: String, _ specs: [MentionSpec]) -> [Assessment?] {
        Checker(reference: ReferenceData(), today: today2026).assess(TestDocument.make(text, specs))
    }

    @Test func aPriceThatIsTwentyPercentMoreThanLastYears() throws {
        let out = Self.assess("A return flight to Lisbon that cost $300 last spring now costs $360, 20% more.",
                              [.price("$300", 300), .price("$360", 360)])
        #expect(out.allSatisfy { $0?.verdict == .holds })
        #expect(out[1]?.text.contains("derived: $360 (line 1) ÷ $300 (line 1) − 1 = 20% more; the text says 20%, which agrees") == true,
                "\(out[1]?.text ?? "")")
    }

    @Test func aFallMeasuredFromTheLargerFigure() throws {
        let out = Self.assess("Egress spend fell 40% after the CDN switch, from $50,000 to $30,000 a month.",
                              [.cost("$50,000", 50_000, per: ["month"], .marginal), .cost("$30,000", 30_000, per: ["month"], .marginal)])
        #expect(out.allSatisfy { $0?.verdict == .holds })
        #expect(out[0]?.text.contains("derived: 1 − $30,000 per month (line 1) ÷ $50,000 per month (line 1) = 40% less; the text says 40%, which agrees") == true,
                "\(out[0]?.text ?? "")")
    }

    @Test func aChangeThatMissesByAPointConfirmsNothing() throws {
        // $360 ÷ $300 − 1 = 20%, not 21%: the percentage keeps its own rounding (20.5–21.5%).
        let out = Self.assess("A return flight to Lisbon that cost $300 last spring now costs $360, 21% more.",
                              [.price("$300", 300), .price("$360", 360)])
        #expect(out.allSatisfy { $0?.verdict == .unverifiable })
    }

    @Test func aShareIsNoChange() throws {
        // `20% of` is a share of riders, not a change between the fares ($48 ÷ $40 − 1 = 20% only by chance).
        let out = Self.assess("Fares rose for 20% of riders, and a trip that was $40 can now cost $48 at peak times.",
                              [.price("$40", 40), .price("$48", 48)])
        #expect(out.allSatisfy { $0?.verdict == .unverifiable })
    }

    @Test func aTierThatCostsDoubleAnother() throws {
        let out = Self.assess("The premium tier of the music app costs double the basic tier: $24 against $12.",
                              [.price("$24", 24), .price("$12", 12)])
        #expect(out.allSatisfy { $0?.verdict == .holds })
        #expect(out[0]?.text.contains("derived: $24 (line 1) ÷ $12 (line 1) = 2×") == true, "\(out[0]?.text ?? "")")
    }

    @Test func doubleNamesAWholeMultipleNotARoughOne() throws {
        // $4.50 ÷ $2.40 = 1.875: 'double' is 2, not somewhere near it.
        let out = Self.assess("If the model fees double from $2.40 a seat, the $4.50 price rise still covers them.",
                              [.cost("$2.40", 2.40, per: ["seat"], .marginal), .price("$4.50", 4.50)])
        #expect(out.allSatisfy { $0?.verdict == .unverifiable })
    }

    @Test func aDoubleDigitShareIsNoMultiple() {
        let found = SentenceNumbers.wordMultipliers(in: "Cloud bills grew at a double-digit pace, from $12 to $24 a seat.")
        #expect(found.isEmpty)
    }

    @Test func aBareStartOfAChangeTakesTheUnitOfItsEnd() throws {
        // $600 ÷ $500 − 1 = 20%: `from $500` is the old monthly bill.
        let out = Self.assess("The co-op's power bill rose 20% to $600 a month, from $500 before the heat wave.",
                              [.cost("$600 a month", 600, per: ["month"], .marginal), .cost("$500", 500, .marginal)])
        #expect(out.allSatisfy { $0?.verdict == .holds })
        #expect(out[0]?.text.contains("derived: $600 per month (line 1) ÷ $500 (line 1) − 1 = 20% more; the text says 20%, which agrees") == true,
                "\(out[0]?.text ?? "")")
    }

    @Test func aBareLumpSumWithoutFromIsNoStartOfAChange() throws {
        // $600 ÷ $500 − 1 = 20% by chance: the $500 is a one-off fee, the 20% a rise in usage.
        let out = Self.assess("Usage rose 20% and the co-op now pays $600 a month plus a $500 connection fee.",
                              [.cost("$600 a month", 600, per: ["month"], .marginal), .cost("$500", 500, .fixed)])
        #expect(out.allSatisfy { $0?.verdict != .holds })
    }

    @Test func aThirdLessThanAnEarlierPrice() throws {
        // $120 × (1 − 1/3) = $80, so $120 ÷ $80 = 1.5×.
        let out = Self.assess("Our mobile plan is $80 a month now, a third less than the $120 a month we paid before switching carriers.",
                              [.price("$80 a month", 80, per: ["month"]), .price("$120 a month", 120, per: ["month"])])
        #expect(out.allSatisfy { $0?.verdict == .holds })
        #expect(out[0]?.text.contains("derived: $120 per month (line 1) ÷ $80 per month (line 1) = 1.5×") == true, "\(out[0]?.text ?? "")")
    }

    @Test func aQuarterLessIsNotAThirdLess() throws {
        // $120 ÷ $80 = 1.5×, but a quarter less is 1.33× ($90).
        let out = Self.assess("Our mobile plan is $80 a month now, a quarter less than the $120 a month we paid before switching carriers.",
                              [.price("$80 a month", 80, per: ["month"]), .price("$120 a month", 120, per: ["month"])])
        #expect(out.allSatisfy { $0?.verdict == .unverifiable })
    }

    // MARK: - `X a month, or about Y a year`

    @Test func aMonthlyPriceRestatedRoughlyPerYearThatMisses() throws {
        // $15 × 12 = $180 a year, not about $250.
        let out = Self.assess("The meditation app is $15 a month, or about $250 a year.",
                              [.price("$15 a month", 15, per: ["month"]), .price("$250 a year", 250, per: ["year"])])
        #expect(out[1]?.verdict == .fails)
        #expect(out[1]?.text.contains("$15 per month (line 1) × 12 = $180 per year; the text says $250 per year (line 1), which does not agree") == true,
                "\(out[1]?.text ?? "")")
    }

    @Test func aBareOrOffersAnAnnualPlanAndFailsNothing() throws {
        // $15 × 12 = $180, but `or $150 a year` is a second, cheaper plan.
        let out = Self.assess("The meditation app is $15 a month or $150 a year.",
                              [.price("$15 a month", 15, per: ["month"]), .price("$150 a year", 150, per: ["year"])])
        #expect(out.allSatisfy { $0?.verdict != .fails })
    }

    @Test func aRestatementPerSubscriberIsNoPeriodRestatement() throws {
        let out = Self.assess("The licence adds $640 million a year, or about $1.11 per subscriber per month.",
                              [.cost("$640 million a year", 640_000_000, per: ["year"], .fixed),
                               .cost("$1.11 per subscriber per month", 1.11, per: ["subscriber", "month"], .fixed)])
        #expect(out.allSatisfy { $0?.verdict != .fails })
    }

    @Test func restatingNeedsACommaOrAndAQualifier() {
        #expect(DerivedStatementCheck.restating(", or about "))
        #expect(DerivedStatementCheck.restating(", or roughly "))
        #expect(!DerivedStatementCheck.restating(" or "))
        #expect(!DerivedStatementCheck.restating(", or "))
        #expect(!DerivedStatementCheck.restating(", or about the same as the team plan at "))
    }

    @Test func aMarkupBetweenAUnitCostAndABarePriceOfTheSameSentence() throws {
        let out = Self.assess("The pharmacy buys the test kit at $20 a kit and sells it for $26, a 30% markup.",
                              [.cost("$20", 20, per: ["kit"], .marginal), .price("$26", 26)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("derived: $26 (line 1) ÷ $20 per kit (line 1) − 1 = 30% more; the text says 30%, which agrees") == true,
                "\(out[1]?.text ?? "")")
    }

    @Test func aBareFigureAmongThreeDoesNotTakeAnotherUnit() throws {
        let out = Self.assess("The pharmacy buys the test kit at $20 a kit, sells it for $26 and pays $4 for shipping, a 30% markup.",
                              [.cost("$20", 20, per: ["kit"], .marginal), .price("$26", 26), .cost("$4", 4, .marginal)])
        #expect(out[1]?.verdict == .unverifiable)
    }
}
