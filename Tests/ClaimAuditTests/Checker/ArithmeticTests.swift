import Testing
@testable import ClaimAudit

@Suite struct UnitNormalizerTests {
    @Test func perThousandAndPerMillionTokens() {
        let k = [Denominator(count: 1000, unit: "token")]
        let m = [Denominator(count: 1_000_000, unit: "token")]
        #expect(UnitNormalizer.convert(0.03, from: k, to: m) == 30)
        #expect(UnitNormalizer.convert(2.5, from: m, to: k) == 0.0025)
    }

    @Test func periodsConvert() throws {
        let day = [Denominator(unit: "day")], month = [Denominator(unit: "month")], year = [Denominator(unit: "year")]
        #expect(UnitNormalizer.convert(700_000, from: day, to: year) == 255_500_000)
        let yearly = try #require(UnitNormalizer.convert(20, from: month, to: year))
        #expect(abs(yearly - 240) < 1e-9)
        #expect(UnitNormalizer.convert(20, from: month, to: [Denominator(unit: "token")]) == nil)
    }

    @Test func userMonthSplitsAndPlansCompareWithPerUserPrices() {
        let userMonth = UnitNormalizer.dimensions(of: [Denominator(unit: "user-month")])
        #expect(userMonth == ["user", "day"])
        #expect(UnitNormalizer.dimensions(of: [Denominator(unit: "seat"), Denominator(unit: "month")]) == ["user", "day"])
        #expect(UnitNormalizer.comparable(userMonth, ["day"]))
        // a lump sum per user is not comparable with a total
        #expect(!UnitNormalizer.comparable(["user"], []))
    }
}

@Suite struct ToleranceTests {
    @Test func fiveKCoversRoundingEdges() {
        let r = Tolerance.interval(low: 5000, high: 5000, text: "$5K", qualifier: nil)
        #expect(!Tolerance.agrees(4499...4499, r))
        #expect(Tolerance.agrees(4500...4500, r))
        #expect(Tolerance.agrees(5499...5499, r))
        #expect(!Tolerance.agrees(5501...5501, r))
        #expect(Tolerance.interval(low: 5000, high: 5000, text: "$5,000", qualifier: nil) == 4750...5250)
    }

    @Test func precisionFollowsTheWrittenDigits() {
        let cents = Tolerance.interval(low: 0.1, high: 0.1, text: "$0.10", qualifier: nil)
        #expect(abs(cents.lowerBound - 0.095) < 1e-12 && abs(cents.upperBound - 0.105) < 1e-12)
        #expect(Tolerance.interval(low: 1.2e9, high: 1.2e9, text: "$1.2bn", qualifier: nil) == 1.15e9...1.25e9)
        #expect(Tolerance.interval(low: 20, high: 20, text: "$20", qualifier: nil) == 19.5...20.5)
        let threeCents = Tolerance.interval(low: 0.03, high: 0.03, text: "3 cents", qualifier: nil)
        #expect(abs(threeCents.lowerBound - 0.025) < 1e-12 && abs(threeCents.upperBound - 0.035) < 1e-12)
    }

    @Test func qualifiersAndRanges() {
        let about = Tolerance.interval(low: 700_000, high: 700_000, text: "$700,000", qualifier: "about")
        #expect(about == 665_000...735_000)
        let aboutPrecise = Tolerance.interval(low: 2.4, high: 2.4, text: "$2.40", qualifier: "about")
        #expect(abs(aboutPrecise.lowerBound - 2.28) < 1e-9 && abs(aboutPrecise.upperBound - 2.52) < 1e-9)
        let range = Tolerance.interval(low: 0.1, high: 2, text: "$0.10 to $2.00", qualifier: nil)
        #expect(abs(range.lowerBound - 0.095) < 1e-12 && abs(range.upperBound - 2.005) < 1e-12)
        let over = Tolerance.interval(low: 100e6, high: 100e6, text: "$100 million", qualifier: "more than")
        #expect(over.upperBound == 200e6)
    }
}

@Suite struct OperandRoundingTests {
    @Test func operandRoundingsReachNoFurtherThanThreePercent() {
        // $26 × 12 with each operand's half unit is 293–331; as written it is 312
        let carried = Tolerance.capped(25.5 * 11.5...26.5 * 12.5, nominal: 312...312)
        #expect(abs(carried.lowerBound - 302.64) < 1e-9 && abs(carried.upperBound - 321.36) < 1e-9)
        #expect(!Tolerance.agrees(carried, Tolerance.interval(low: 302, high: 302, text: "$302", qualifier: nil)))
        #expect(Tolerance.agrees(carried, Tolerance.interval(low: 300, high: 300, text: "$300", qualifier: "about")))
        // a range keeps both of its ends
        let range = Tolerance.capped(0.9...21, nominal: 1...20)
        #expect(abs(range.lowerBound - 0.97) < 1e-12 && abs(range.upperBound - 20.6) < 1e-12)
        // operands written to their precision stay as they are
        #expect(Tolerance.capped(311.9...312.1, nominal: 312...312) == 311.9...312.1)
    }

    @Test func aWrittenProductThatMissesFails() throws {
        let missed = try AuditedProse.audit("I went twelve times. That is $26 × 12 = $302 a month.\n", path: "gym.md", format: .markdown)
        #expect(try AuditedProse.verdict(of: "$302", in: missed) == .fails)
        let right = try AuditedProse.audit("I went twelve times. That is $26 × 12 = $312 a month.\n", path: "gym.md", format: .markdown)
        #expect(try AuditedProse.verdict(of: "$312", in: right) == .holds)
        let rounded = try AuditedProse.audit("I went twelve times. That is $26 × 12 = about $310 a month.\n", path: "gym.md", format: .markdown)
        #expect(try AuditedProse.verdict(of: "$310", in: rounded) == .holds)
        // the result after a comma and a relative link
        let which = try AuditedProse.audit("I went twelve times, so that's $26 x 12, which is $302 a month.\n", path: "gym.md", format: .markdown)
        #expect(try AuditedProse.verdict(of: "$302", in: which) == .fails)
    }

    @Test func nearbyFiguresDoNotAgreeThroughTheirRoundingAlone() throws {
        // $4 × 8 is $32 (not $36) and $0.40 × 2 is $0.80 (not $0.85): neither figure is confirmed by them
        let doc = try AuditedProse.audit("""
            Parking is $4 an hour. A full 8-hour shift would be $36 if there were no cap.

            Bank fees are $0.40 a month for each employee, two payments a month. Hosting and support run $0.85 a month.

            """, path: "fees.md", format: .markdown)
        #expect(try AuditedProse.verdict(of: "$36", in: doc) != .holds)
        #expect(try AuditedProse.verdict(of: "$0.85", in: doc) != .holds)
    }
}

@Suite struct MoneyFormattingTests {
    @Test func amounts() {
        #expect(MoneyFormatting.money(5000) == "$5,000")
        #expect(MoneyFormatting.money(0.1) == "$0.10")
        #expect(MoneyFormatting.money(2.5) == "$2.50")
        #expect(MoneyFormatting.money(0.003) == "$0.003")
        #expect(MoneyFormatting.money(1.2e9) == "$1.2B")
        #expect(MoneyFormatting.money(78.4e6) == "$78.4M")
        #expect(MoneyFormatting.money(5.576e6) == "$5.576M")
        #expect(MoneyFormatting.money(694_444) == "$694,444")
        #expect(MoneyFormatting.money(40, currency: "EUR") == "€40")
        #expect(MoneyFormatting.money(low: 0.1, high: 2, currency: "USD") == "$0.10–$2.00")
    }

    @Test func ratesAndDurations() {
        #expect(MoneyFormatting.rate(low: 25, high: 25, currency: "USD", per: [Denominator(unit: "user"), Denominator(unit: "month")])
                == "$25 per user per month")
        #expect(MoneyFormatting.rate(low: 30, high: 30, currency: "USD", per: [Denominator(count: 1_000_000, unit: "token")])
                == "$30 per million tokens")
        #expect(MoneyFormatting.duration(months: 250) == "250 months ≈ 20.8 years")
        #expect(MoneyFormatting.duration(months: 25) == "25 months ≈ 2.1 years")
        #expect(MoneyFormatting.number(2500) == "2,500")
    }
}

@Suite struct BreakEvenTests {
    @Test func oneTimeCostOverMonthlyPrice() throws {
        let doc = TestDocument.make(
            "Claude Pro costs $20 per month. If the lab really spent $5,000 per user, it would take 20+ years to break even.",
            [.price("$20", 20, per: ["month"]), .cost("$5,000", 5000, per: ["user"], .conflation, .hypothetical)])
        let out = Checker(reference: ReferenceData(), today: today2026).assess(doc)
        let cost = try #require(out[1])
        #expect(cost.verdict == .fails)
        #expect(cost.severity == .warning)
        #expect(cost.text.contains("$5,000 per user (line 1) ÷ $20 per month (line 1) = 250 months ≈ 20.8 years"))
        let price = try #require(out[0])
        #expect(price.verdict == .holds)
        #expect(price.checks.contains { $0.name == "derived-statement" && $0.agrees == true })
    }

    @Test func wrongBreakEvenStatementFailsTheFixedCost() throws {
        let doc = TestDocument.make(
            "With the plan at $20 per month, onboarding that costs $5,000 per user takes 5 years to break even.",
            [.price("$20", 20, per: ["month"]), .cost("$5,000", 5000, per: ["user"], .fixed)])
        let cost = try #require(Checker(reference: ReferenceData(), today: today2026).assess(doc)[1])
        #expect(cost.verdict == .fails)
        #expect(cost.severity == .error)
        #expect(cost.text.contains("250 months ≈ 20.8 years"))
        #expect(cost.text.contains("5 years"))
    }
}

@Suite struct DerivedStatementTests {
    @Test func dailyToYearly() throws {
        let good = TestDocument.make("Serving costs $700,000 a day, which is about $255 million a year.",
                                     [.cost("$700,000", 700_000, per: ["day"], .marginal),
                                      .cost("$255 million", 255e6, per: ["year"], .marginal, qualifier: "about")])
        let out = Checker(reference: ReferenceData(), today: today2026).assess(good)
        #expect(out[0]?.verdict == .holds)
        #expect(out[1]?.verdict == .holds)
        #expect(out[1]?.text.contains("$700,000 per day (line 1) × 365 = $255.5M per year") == true)

        let bad = TestDocument.make("Serving costs $700,000 a day, which is $2.5 billion a year.",
                                    [.cost("$700,000", 700_000, per: ["day"], .marginal),
                                     .cost("$2.5 billion", 2.5e9, per: ["year"], .marginal)])
        let outBad = Checker(reference: ReferenceData(), today: today2026).assess(bad)
        #expect(outBad[1]?.verdict == .fails)
        #expect(outBad[1]?.severity == .error)
        #expect(outBad[0]?.verdict == .unverifiable)
    }

    @Test func unitCostTimesCount() throws {
        let doc = TestDocument.make("At $0.02 per query, 1M queries cost $20,000.",
                                    [.cost("$0.02", 0.02, per: ["query"], .marginal), .cost("$20,000", 20_000, .marginal)])
        let out = Checker(reference: ReferenceData(), today: today2026).assess(doc)
        #expect(out[0]?.verdict == .holds)
        #expect(out[1]?.verdict == .holds)
        #expect(out[1]?.text.contains("× 1M queries ≈ $20,000") == true)
    }

    @Test func timesAndMargin() throws {
        let doc = TestDocument.make("The $100 million run is 18 times the $5.6 million one.",
                                    [.cost("$100 million", 100e6, .fixed), .cost("$5.6 million", 5.6e6, .fixed)])
        let out = Checker(reference: ReferenceData(), today: today2026).assess(doc)
        #expect(out[0]?.verdict == .holds)
        let margin = TestDocument.make("The API sells at $10 per million tokens and serving costs $2.50 per million tokens, a 75% margin.",
                                       [.price("$10", 10, per: ["1000000 token"]), .cost("$2.50", 2.5, per: ["1000000 token"], .marginal)])
        let m = Checker(reference: ReferenceData(), today: today2026).assess(margin)
        #expect(m[1]?.verdict == .holds)
        #expect(m[1]?.text.contains("75%") == true)
    }

    @Test func documentRatioShowsConversations() throws {
        let doc = TestDocument.make("""
            The viral figure says the lab spends $5,000 per user.
            - Inference per conversation: $0.10 to $2.00
            """, [.cost("$5,000", 5000, per: ["user"], .conflation, .attributed),
                  .cost("$0.10 to $2.00", 0.1, per: ["conversation"], .marginal, high: 2)])
        let a = try #require(Checker(reference: ReferenceData(), today: today2026).assess(doc)[0])
        #expect(a.text.contains("$5,000 per user (line 1) is 2,500 to 50,000 conversations at $0.10–$2.00 per conversation (line 2)"))
        #expect(a.verdict == .fails)
        #expect(a.severity == .warning)
    }

    @Test func documentRatioCountsMonthsInTheUnitTheTextUses() throws {
        let doc = TestDocument.make("""
            The viral figure says the lab spends $5,000 per user.
            - Infrastructure per user per month: $3 to $15
            """, [.cost("$5,000", 5000, per: ["user"], .conflation, .attributed),
                  .cost("$3 to $15", 3, per: ["user", "month"], .marginal, high: 15)])
        let a = try #require(Checker(reference: ReferenceData(), today: today2026).assess(doc)[0])
        // $5,000 ÷ $15 = 333 months, $5,000 ÷ $3 = 1,667 months (not days).
        #expect(a.text.contains("$5,000 per user (line 1) is 333 to 1,667 months at $3–$15 per user per month (line 2)"), "\(a.text)")
    }

    @Test func twoLumpSumsAreNotSetAgainstEachOther() throws {
        let doc = TestDocument.make("""
            The network spent $7.6 billion last year.
            A typical ride brings in $14, so $10.50 reaches the driver, and card fees are $1.20 per ride.
            """, [.cost("$7.6 billion", 7.6e9, per: [], .fixed),
                  .cost("$10.50", 10.5, per: [], .marginal),
                  .cost("$1.20", 1.2, per: ["ride"], .marginal)])
        let a = try #require(Checker(reference: ReferenceData(), today: today2026).assess(doc)[0])
        let ratios = a.checks.filter { $0.name == "document-ratio" }.map(\.arithmetic)
        #expect(ratios.count == 1, "\(ratios)")
        #expect(ratios.first?.contains("6.333 billion rides at $1.20 per ride (line 2)") == true, "\(ratios)")
    }

    @Test func aFigureThatDoesNotBuyOneUnitGetsNoCount() throws {
        let doc = TestDocument.make("""
            A single reply costs cents to serve.
            - Inference per conversation: $0.10 to $2.00
            """, [.cost("cents", 0.01, per: [], .marginal, high: 0.99),
                  .cost("$0.10 to $2.00", 0.1, per: ["conversation"], .marginal, high: 2)])
        let a = try #require(Checker(reference: ReferenceData(), today: today2026).assess(doc)[0])
        #expect(!a.checks.contains { $0.name == "document-ratio" }, "\(a.text)")
    }

    @Test func aNegatedFigureIsNotUsedAsAYardstick() throws {
        let doc = TestDocument.make("""
            The viral figure says the lab spends $5,000 per user.
            A chat costs cents to serve, not thousands of dollars.
            """, [.cost("$5,000", 5000, per: ["user"], .conflation, .attributed),
                  .cost("thousands of dollars", 1000, per: [], .marginal, .negated, high: 9999)])
        let a = try #require(Checker(reference: ReferenceData(), today: today2026).assess(doc)[0])
        #expect(!a.checks.contains { $0.name == "document-ratio" }, "\(a.text)")
    }
}

@Suite struct LinkTextTests {
    @Test func quotationMarksAndLineBreaksReadAsSpaces() {
        #expect(DerivedStatementCheck.quotesAndBreaksAsSpaces("a \"so\"\nthat’s “it” — done") == "a  so  that’s  it  — done")
        // Text without one comes back as it is.
        #expect(DerivedStatementCheck.quotesAndBreaksAsSpaces("per month — that’s €5") == "per month — that’s €5")
        #expect(DerivedStatementCheck.quotesAndBreaksAsSpaces("") == "")
    }
}
