import Foundation
import Testing
@testable import ClaimAudit

/// Shapes of arithmetic found by writing short passages: breakdowns after a
/// colon, totals that name themselves, products that miss, shares in words,
/// currency conversions, quarters, multiples with a half, and the guard
/// against coincidences of loose roundings across sentences.
@Suite struct PassageShapesTests {
    static func assess(_ text: String, _ specs: [MentionSpec]) -> [Assessment?] {
        Checker(reference: ReferenceData(), today: today2026).assess(TestDocument.make(text, specs))
    }

    static func inCurrency(_ code: String, _ spec: MentionSpec) -> MentionSpec {
        var s = spec
        s.currency = code
        return s
    }

    // MARK: - sums

    @Test func aTotalWhoseColonComesAfterItsSubjectAddsUpItsParts() throws {
        let text = "The company spent $120 million on servers last year: $70 million on GPUs, $30 million on storage and $20 million on networking."
        let out = Self.assess(text, [.cost("$120 million", 120_000_000, .fixed), .cost("$70 million", 70_000_000, .fixed),
                                     .cost("$30 million", 30_000_000, .fixed), .cost("$20 million", 20_000_000, .fixed)])
        #expect(out.map { $0?.verdict } == [.holds, .holds, .holds, .holds])
        #expect(out[0]?.text.contains("derived: $70M (line 1) + $30M (line 1) + $20M (line 1) = $120M; the text says $120M (line 1), which agrees") == true)
    }

    @Test func bareActsAfterAColonTakeTheTotalsUnit() throws {
        let text = "Support, hosting and payments add up to $4.10 per subscriber: $1.20 for support, $2.40 for hosting and $0.50 for payments."
        let out = Self.assess(text, [.cost("$4.10", 4.1, per: ["subscriber"], .marginal), .cost("$1.20", 1.2, .marginal),
                                     .cost("$2.40", 2.4, .marginal), .cost("$0.50", 0.5, .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds, .holds, .holds])
        #expect(out[2]?.text.contains("$1.20 (line 1) + $2.40 (line 1) + $0.50 (line 1) = $4.10") == true)
    }

    @Test func aTotalThatNamesItselfAndMissesItsPartsFails() throws {
        let text = "Our pipeline spends $200 a day on embeddings and $600 a day on generation, $900 a day in total."
        let out = Self.assess(text, [.cost("$200", 200, per: ["day"], .marginal), .cost("$600", 600, per: ["day"], .marginal),
                                     .cost("$900", 900, per: ["day"], .marginal)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable, .fails])
        #expect(out[2]?.text.contains("derived: $200 per day (line 1) + $600 per day (line 1) = $800; the text says $900 per day (line 1), which does not agree") == true)
    }

    @Test func aTotalThatAddsUpStillHolds() throws {
        let text = "Our pipeline spends $200 a day on embeddings and $600 a day on generation, $800 a day in total."
        let out = Self.assess(text, [.cost("$200", 200, per: ["day"], .marginal), .cost("$600", 600, per: ["day"], .marginal),
                                     .cost("$800", 800, per: ["day"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds, .holds])
    }

    @Test func halfOffAPriceIsHalfOfIt() throws {
        let text = "The launch offer takes half off the $29 plan, so $14.50 for the first month."
        let out = Self.assess(text, [.price("$29", 29), .price("$14.50", 14.5)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
    }

    // MARK: - counts in words and named periods

    @Test func aCountInTensWordsMultipliesARate() throws {
        let text = "A shuttle carries forty riders and the trip costs $120 to run, so $3 a rider."
        let out = Self.assess(text, [.cost("$120", 120, .marginal), .cost("$3", 3, per: ["rider"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("$3 per rider (line 1) × forty riders ≈ $120") == true)
    }

    @Test func aCompoundCountInWordsIsOneNumber() throws {
        let text = "Each van makes twenty-four drops a day and the courier costs us $5 a drop, $120 a day."
        let out = Self.assess(text, [.cost("$5", 5, per: ["drop"], .marginal), .cost("$120", 120, per: ["day"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("twenty-four drops a day") == true)
        // `twenty-four` is 24, not 20 of something called `four`
        let wrong = "Each van makes twenty-four drops a day and the courier costs us $5 a drop, $100 a day."
        let missed = Self.assess(wrong, [.cost("$5", 5, per: ["drop"], .marginal), .cost("$100", 100, per: ["day"], .marginal)])
        #expect(missed[1]?.verdict != .holds)
    }

    @Test func aLumpSumForTheYearIsReadPerYear() throws {
        let text = "The help desk closes 3,000 tickets a month at $4 each, or $144,000 for the year."
        let out = Self.assess(text, [.cost("$4", 4, per: ["ticket"], .marginal), .cost("$144,000", 144_000, .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("3,000 tickets a month ≈ $144,000 per year") == true)
    }

    // MARK: - products that miss

    @Test func aRateInTheSentenceBeforeAndACountOfItsUnitMissByTenfold() throws {
        let text = "Our vector database costs $0.10 per 1,000 queries. At 50 million queries a month we pay $500 a month."
        let out = Self.assess(text, [.cost("$0.10", 0.1, per: ["1000 query"], .marginal), .cost("$500", 500, per: ["month"], .marginal)])
        #expect(out[1]?.verdict == .fails)
        #expect(out[1]?.text.contains("$0.10 per 1K queries (line 1) × 50 million queries a month ≈ $5,000 per month; the text says $500 per month (line 1), 10× too low") == true)
        // the rate keeps whatever else checks it
        #expect(out[0]?.verdict == .unverifiable)
    }

    @Test func aCountsCostStatedWithACostVerbThatMissesFails() throws {
        // 20 × $0.72 is $14.40: the $12.40 the sentence gives for the month fails, by 14%
        let text = "At 72 cents a session, a kid who does 20 sessions in a month costs us $12.40."
        let out = Self.assess(text, [.cost("72 cents", 0.72, per: ["session"], .marginal), .cost("$12.40", 12.4, .marginal)])
        #expect(out[1]?.verdict == .fails)
        #expect(out[1]?.text.contains("× 20 sessions") == true)
        let right = "At 72 cents a session, a kid who does 20 sessions in a month costs us $14.40."
        #expect(Self.assess(right, [.cost("72 cents", 0.72, per: ["session"], .marginal), .cost("$14.40", 14.4, .marginal)])[1]?.verdict == .holds)
        // a third figure in the sentence may be part of the total: no miss is claimed
        let setup = "At 72 cents a session plus a $2 setup fee, a kid who does 20 sessions costs us $16.40."
        let withSetup = Self.assess(setup, [.cost("72 cents", 0.72, per: ["session"], .marginal), .cost("$2", 2, .marginal),
                                            .cost("$16.40", 16.4, .marginal)])
        #expect(withSetup[2]?.verdict != .fails)
    }

    @Test func aRateTakenFromTheSentenceBeforeByName() throws {
        // `At the same rate` points back at €0.12 per word: 60,000 words are €7,200, not €6,200
        let text = "A literary translator charges €0.12 per word. At the same rate, a 60,000-word memoir comes to €6,200."
        let out = Self.assess(text, [Self.inCurrency("EUR", .price("€0.12", 0.12, per: ["word"])), Self.inCurrency("EUR", .price("€6,200", 6_200))])
        #expect(out[1]?.verdict == .fails)
        // with nothing linking the count to the figure, the figure may be another quantity
        let loose = "A literary translator charges €0.12 per word. A 60,000-word memoir of hers sold for €6,200 in its first year."
        let looseOut = Self.assess(loose, [Self.inCurrency("EUR", .price("€0.12", 0.12, per: ["word"])), Self.inCurrency("EUR", .price("€6,200", 6_200))])
        #expect(looseOut[1]?.verdict != .fails)
    }

    @Test func aCountLinkedToItsTotalTakesTheRateOfTheSentenceBefore() throws {
        // 90 × $52 = $4,680: the bill of $5,580 fails; 50,000 × $0.04 = $2,000, not $2,500
        let guests = "Our caterer charges $52 per guest. With 90 guests, the bill would be $5,580."
        let out = Self.assess(guests, [.price("$52", 52, per: ["guest"]), .cost("$5,580", 5_580, .marginal)])
        #expect(out[1]?.verdict == .fails)
        #expect(out[1]?.text.contains("$52 per guest (line 1) × 90 guests ≈ $4,680") == true)
        let words = "A careful linguist needs $0.04 a word. On a 50,000-word manual that comes to $2,500 in fees."
        #expect(Self.assess(words, [.price("$0.04", 0.04, per: ["word"]), .price("$2,500", 2_500)])[1]?.verdict == .fails)
        // two rates in the sentence before: which one the count takes is not said, so no miss is claimed
        let two = "Our caterer charges $52 per guest, or $61 per guest with wine. With 90 guests, the bill would be $5,580."
        let twoOut = Self.assess(two, [.price("$52", 52, per: ["guest"]), .price("$61", 61, per: ["guest"]), .cost("$5,580", 5_580, .marginal)])
        #expect(twoOut[2]?.verdict != .fails)
    }

    @Test func aLinkedProductOfTwoFiguresThatMissesFails() throws {
        let text = "Our pager vendor charges $25 per user per month; with 80 users that is $2,500 a month."
        let out = Self.assess(text, [.cost("$25 per user per month", 25, per: ["user", "month"], .marginal),
                                     .cost("$2,500 a month", 2_500, per: ["month"], .marginal)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .fails])
        #expect(out[1]?.text.contains("≈ $2,000 per month; the text says $2,500 per month (line 1), a different figure: it does not agree") == true)
    }

    @Test func aLinkedLumpSumOfTwoFiguresThatMissesFails() throws {
        // the count leaves no unit: four refills of $149 each make a lump sum of $596, not $496
        let text = "Filters come in refills, typically $149 a refill, so a year's supply of four refills comes to $496."
        let out = Self.assess(text, [.cost("$149 a refill", 149, per: ["refill"], .marginal), .cost("$496", 496, .marginal)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .fails])
        let agreeing = Self.assess(text.replacingOccurrences(of: "$496", with: "$596"),
                                   [.cost("$149 a refill", 149, per: ["refill"], .marginal), .cost("$596", 596, .marginal)])
        #expect(agreeing.map { $0?.verdict } == [.holds, .holds])
    }

    @Test func aProductThatCameToTheWrongTotalFails() throws {
        // 1.2 million × $2.40 = $2.88 million; the appendix says it came to $2.28 million
        let text = "The appendix says filters at $2.40 per kit across 1.2 million kits came to $2.28 million."
        let out = Self.assess(text, [.cost("$2.40 per kit", 2.4, per: ["kit"], .marginal), .cost("$2.28 million", 2_280_000, .marginal)])
        #expect(out[1]?.verdict == .fails)
    }

    @Test func aProductThatAgreesHoldsBoth() throws {
        let text = "Our pager vendor charges $25 per user per month; with 80 users that is $2,000 a month."
        let out = Self.assess(text, [.cost("$25 per user per month", 25, per: ["user", "month"], .marginal),
                                     .cost("$2,000 a month", 2_000, per: ["month"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
    }

    // MARK: - shares in words

    @Test func aShareInWordsWhoseResultMissesFails() throws {
        let text = "Power is 40% of the data center's $50 million operating cost, about $25 million a year."
        let out = Self.assess(text, [.cost("$50 million", 50_000_000, .fixed), .cost("$25 million", 25_000_000, per: ["year"], .fixed)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .fails])
        #expect(out[1]?.text.contains("derived: 40% × $50M = $20M (line 1); the text says about $25M, which does not agree") == true)
    }

    @Test func aShareInWordsThatAgreesHolds() throws {
        let text = "Power is 40% of the data center's $50 million operating cost, about $20 million a year."
        let out = Self.assess(text, [.cost("$50 million", 50_000_000, .fixed), .cost("$20 million", 20_000_000, per: ["year"], .fixed)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
    }

    // MARK: - currency conversion

    @Test func aPoundFigureRestatedInDollarsAtAStatedRate() throws {
        let text = "The cloud bill is £40,000 a month, about $50,000 at $1.25 to the pound."
        let out = Self.assess(text, [Self.inCurrency("GBP", .cost("£40,000", 40_000, per: ["month"], .fixed)),
                                     .cost("$50,000", 50_000, .fixed), .other("$1.25", 1.25)])
        #expect(out[0]?.verdict == .holds)
        #expect(out[1]?.verdict == .holds)
        #expect(out[0]?.text.contains("derived: £40,000 per month (line 1) × 1.25 ($1.25 to the pound, line 1) = $50,000; the text says $50,000 (line 1), which agrees") == true)
    }

    @Test func aConversionStatedFromTheOtherSideDividesByTheRate() throws {
        let text = "The license costs ¥150,000 a year, roughly $1,000 at 150 yen to the dollar."
        let out = Self.assess(text, [Self.inCurrency("JPY", .cost("¥150,000", 150_000, per: ["year"], .fixed)), .cost("$1,000", 1_000, .fixed)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[0]?.text.contains("derived: ¥150,000 per year (line 1) ÷ 150 (150 yen to the dollar, line 1) = $1,000; the text says $1,000 (line 1), which agrees") == true)
    }

    @Test func aWrongConversionFailsTheRestatement() throws {
        let text = "The plan costs €50 a month, which at 1.10 dollars to the euro is about $65."
        let out = Self.assess(text, [Self.inCurrency("EUR", .price("€50", 50, per: ["month"])), .price("$65", 65)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .fails])
        #expect(out[1]?.text.contains("€50 per month (line 1) × 1.1 (1.10 dollars to the euro, line 1) = $55; the text says $65 (line 1), which does not agree") == true)
    }

    @Test func noRateNoConversion() throws {
        let text = "The plan costs €50 a month in Berlin and $55 in Boston."
        let out = Self.assess(text, [Self.inCurrency("EUR", .price("€50", 50, per: ["month"])), .price("$55", 55)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable])
    }

    // MARK: - periods and multiples

    @Test func aQuarterlyLumpSumAndItsMonthlyRate() throws {
        let text = "Our Q3 cloud spend was $1.8 million, about $600,000 a month."
        let out = Self.assess(text, [.cost("$1.8 million", 1_800_000, .fixed), .cost("$600,000", 600_000, per: ["month"], .fixed)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[0]?.text.contains("$600,000 per month (line 1) × 3 (per quarter, as its sentence says) = $1.8M") == true)
    }

    @Test func aBoundInTheNextSentenceRestatesANearRate() throws {
        // $21 × 52.1 ≈ $1,095 a year: "over a thousand" says so; "over three thousand" does not
        let text = "My mother paid $21 a week for the calls. That's over a thousand dollars a year."
        let out = Self.assess(text, [.price("$21", 21, per: ["week"]),
                                     .cost("a thousand dollars", 1_000, per: ["year"], .marginal, qualifier: "over")])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("the text says over $1,000 per year (line 1), which agrees") == true)
        let far = "My mother paid $21 a week for the calls. That's over three thousand dollars a year."
        let farOut = Self.assess(far, [.price("$21", 21, per: ["week"]),
                                       .cost("three thousand dollars", 3_000, per: ["year"], .marginal, qualifier: "over")])
        #expect(farOut.map { $0?.verdict } == [.unverifiable, .unverifiable])
    }

    @Test func aQuarterOfSomethingIsNoPeriod() throws {
        let text = "Support is a quarter of the $1.8 million budget, with $600,000 a month going to hosting."
        let out = Self.assess(text, [.cost("$1.8 million", 1_800_000, .fixed), .cost("$600,000", 600_000, per: ["month"], .fixed)])
        #expect(!(out[1]?.text.contains("per quarter") ?? true))
    }

    @Test func twoAndAHalfTimes() throws {
        let text = "The wholesale rate is 8 cents per kWh and the retail tariff is 20 cents, two and a half times the wholesale rate."
        let out = Self.assess(text, [.price("8 cents", 0.08, per: ["kwh"]), .price("20 cents", 0.2)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
    }

    @Test func savingAThird() throws {
        let text = "We moved from a $9,000 monthly bill to $6,000, saving a third."
        let out = Self.assess(text, [.cost("$9,000", 9_000, per: ["month"], .marginal), .cost("$6,000", 6_000, .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("derived: $9,000 per month (line 1) ÷ saving a third (line 1) = $6,000; the text says $6,000 (line 1), which agrees") == true)
    }

    // MARK: - restatements someone names

    @Test func aYearlyFigureTheTextSaysSomeoneCallsTheMonthlyOne() throws {
        let text = "The plan is $35 a month, which the ad calls $400 a year."
        let out = Self.assess(text, [.price("$35 a month", 35, per: ["month"]), .price("$400 a year", 400, per: ["year"])])
        #expect(out.map { $0?.verdict } == [.unverifiable, .fails])
        #expect(out[1]?.text.contains("derived: $35 per month (line 1) × 12 = $420 per year; the text says $400 per year (line 1), which does not agree") == true)
    }

    // MARK: - energy bills from a power draw

    @Test func aPowerDrawAroundTheClockAtARatePerKilowattHour() throws {
        let text = "Our electricity costs $0.12 per kWh. The cluster draws 500 kW around the clock, which is about $1,440 a day."
        let out = Self.assess(text, [.cost("$0.12 per kWh", 0.12, per: ["kwh"], .marginal), .cost("$1,440 a day", 1_440, per: ["day"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("derived: 500 kW × 24 hours a day = 12,000 kWh at $0.12 per kwh (line 1) = $1,440 per day; the text says $1,440 per day (line 1), which agrees") == true)
    }

    @Test func statedHoursADayAndARatePerMegawattHour() throws {
        let text = "Power is $80 per MWh; the rack pulls 40 kW for 10 hours a day, or $32 a day."
        let out = Self.assess(text, [.price("$80 per MWh", 80, per: ["mwh"]), .cost("$32 a day", 32, per: ["day"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
    }

    @Test func hoursWithoutAPeriodPriceOneDayAndTwentyFourOfThemAnyPeriod() throws {
        let day = "At 30p per kWh, a 2 kW heater left on for 5 hours costs £3 a day."
        let out = Self.assess(day, [.price("30p", 0.30, per: ["kwh"]), .cost("£3", 3, per: ["day"], .marginal)].map { Self.inCurrency("GBP", $0) })
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("2 kW × 5 hours = 10 kWh") == true)
        // five hours say nothing about a month
        let month = "At 30p per kWh, a 2 kW heater left on for 5 hours costs £90 a month."
        let none = Self.assess(month, [.price("30p", 0.30, per: ["kwh"]), .cost("£90", 90, per: ["month"], .marginal)].map { Self.inCurrency("GBP", $0) })
        #expect(none.map { $0?.verdict } == [.unverifiable, .unverifiable])
        let clock = "At $0.06 per kWh, a 3.2 kW mining rig running 24 hours costs about $140 a month."
        let all = Self.assess(clock, [.price("$0.06", 0.06, per: ["kwh"]), .cost("$140", 140, per: ["month"], .marginal)])
        #expect(all.map { $0?.verdict } == [.holds, .holds])
    }

    @Test func aPowerDrawWithoutHoursChecksNothing() throws {
        let text = "Our electricity costs $0.12 per kWh. The cluster draws 500 kW, and the bill was $1,440 on Tuesday."
        let out = Self.assess(text, [.cost("$0.12 per kWh", 0.12, per: ["kwh"], .marginal), .cost("$1,440", 1_440, .marginal)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable])
    }

    // MARK: - lifetime totals

    @Test func aOneTimeCostPlusARunningCostOverAStatedTime() throws {
        let text = "A 5G base station costs $80,000 to install and $6,000 a year to run. Over ten years that is $140,000."
        let out = Self.assess(text, [.cost("$80,000", 80_000, .fixed), .cost("$6,000 a year", 6_000, per: ["year"], .marginal),
                                     .cost("$140,000", 140_000, .fixed)])
        #expect(out.map { $0?.verdict } == [.holds, .holds, .holds])
        #expect(out[2]?.text.contains("derived: $80,000 (line 1) + $6,000 per year (line 1) × 10 (ten years, line 1) = $140,000; the text says $140,000 (line 1), which agrees") == true)
    }

    @Test func aLifetimeTotalThatMissesConfirmsNothing() throws {
        let text = "A 5G base station costs $80,000 to install and $6,000 a year to run. Over ten years that is $200,000."
        let out = Self.assess(text, [.cost("$80,000", 80_000, .fixed), .cost("$6,000 a year", 6_000, per: ["year"], .marginal),
                                     .cost("$200,000", 200_000, .fixed)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable, .unverifiable])
    }

    // MARK: - coincidences across sentences

    @Test func looseRoundingsOfUnrelatedSentencesConfirmNothing() throws {
        let text = "Each match costs us about $0.02 in server time. A regular plays 60 matches. Separately, the chat add-on is $1.50 a month."
        let out = Self.assess(text, [.cost("$0.02", 0.02, per: ["match"], .marginal, qualifier: "about"), .price("$1.50", 1.5, per: ["month"])])
        #expect(out[1]?.verdict == .unverifiable)
    }

    @Test func aSentenceThatPointsBackLinksTheCalculation() throws {
        let text = "Each match costs us $0.02 in server time, and a regular plays 60 matches a month. That is $1.20 a month per regular."
        let out = Self.assess(text, [.cost("$0.02", 0.02, per: ["match"], .marginal), .cost("$1.20", 1.2, per: ["month"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
    }

    // MARK: - per-unit figures as a total divided by a count

    @Test func aPriceLessItsResaleOverTheMilesIsTheCostPerMile() throws {
        let text = "The food truck cost $90,000 new and went for $30,000 at auction after 400,000 miles, 15 cents a mile in wear."
        let out = Self.assess(text, [.cost("$90,000", 90_000, .fixed), .other("$30,000", 30_000),
                                     .cost("15 cents", 0.15, per: ["mile"], .marginal)])
        #expect(out[0]?.verdict == .holds)
        #expect(out[2]?.verdict == .holds)
        #expect(out[2]?.text.contains("derived: ($90,000 (line 1) − $30,000 (line 1)) ÷ 400,000 miles (line 1) = $0.15 per mile; the text says $0.15 per mile (line 1), which agrees") == true)
    }

    @Test func aPriceLessItsResaleOverMonthsIsTheCostPerMonth() throws {
        let text = "We paid $36,000 for the render node and plan to sell it for $12,000 after 48 months, so it costs $500 a month."
        let out = Self.assess(text, [.cost("$36,000", 36_000, .fixed), .other("$12,000", 12_000),
                                     .cost("$500", 500, per: ["month"], .marginal)])
        #expect(out[0]?.verdict == .holds)
        #expect(out[2]?.verdict == .holds)
        // the lifetime-total check reads the same arithmetic the other way round (resale + monthly cost × months = price)
        #expect(out[2]?.text.contains("$12,000 (line 1) + $500 per month (line 1) × 48 (48 months, line 1) = $36,000") == true)
    }

    @Test func aDepreciationOffByTenFails() throws {
        let text = "The kiln was $200,000 and will be worth $40,000 after 8,000 hours, so wear costs us $2 an hour."
        let out = Self.assess(text, [.cost("$200,000", 200_000, .fixed), .other("$40,000", 40_000),
                                     .cost("$2 an hour", 2, per: ["hour"], .marginal)])
        #expect(out[2]?.verdict == .fails)
        #expect(out[2]?.text.contains("= $20 per hour; the text says $2 per hour (line 1), 10× too low: it does not agree") == true)
        #expect(out[0]?.verdict == .unverifiable)
    }

    @Test func aTotalOverACountOfTheUnitHoldsOrFails() throws {
        let good = "The ferry operator spent $6 million on fuel across 1,500 sailings, or $4,000 per sailing."
        let g = Self.assess(good, [.cost("$6 million", 6_000_000, .fixed), .cost("$4,000 per", 4_000, per: ["sailing"], .fixed)])
        #expect(g.map { $0?.verdict } == [.holds, .holds])
        let bad = "The ferry operator spent $6 million on fuel across 1,500 sailings, or $400 per sailing."
        let b = Self.assess(bad, [.cost("$6 million", 6_000_000, .fixed), .cost("$400 per", 400, per: ["sailing"], .fixed)])
        #expect(b.map { $0?.verdict } == [.unverifiable, .fails])
        #expect(b[1]?.text.contains("derived: $6M (line 1) ÷ 1,500 sailings (line 1) = $4,000 per sailing; the text says $400 per sailing (line 1), 10× too low") == true)
    }

    @Test func aYearlyTotalSplitPerCustomerPerMonthMustConvertThePeriod() throws {
        let bad = "Moderation costs us $240,000 a year for 8,000 communities, about $30 per community per month."
        let b = Self.assess(bad, [.cost("$240,000", 240_000, per: ["year"], .marginal),
                                  .cost("$30 per", 30, per: ["community", "month"], .marginal, qualifier: "about")])
        #expect(b.map { $0?.verdict } == [.unverifiable, .fails])
        #expect(b[1]?.text.contains("the total's period left unconverted") == true)
        let good = "Moderation costs us $240,000 a year for 8,000 communities, about $2.50 per community per month."
        let g = Self.assess(good, [.cost("$240,000", 240_000, per: ["year"], .marginal),
                                   .cost("$2.50", 2.5, per: ["community", "month"], .marginal, qualifier: "about")])
        #expect(g.map { $0?.verdict } == [.holds, .holds])
    }

    @Test func aCountOfAnotherThingDoesNotDivideTheTotal() throws {
        let text = "The label spent $18 million on marketing and has 300 artists paid $90,000 per artist in advances."
        let out = Self.assess(text, [.cost("$18 million", 18_000_000, .fixed), .cost("$90,000", 90_000, per: ["artist"], .fixed)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable])
    }

    // MARK: - repeats

    @Test func aRepeatThatPointsBackAtAFailingFigureFails() throws {
        let text = "Each render costs $0.01, so a million renders cost $100,000. Keep that $100,000 in mind when you read the pricing page."
        let out = Self.assess(text, [.cost("$0.01", 0.01, per: ["render"], .marginal), .cost("$100,000", 100_000, .marginal),
                                     .cost("$100,000", 100_000, .marginal, occurrence: 2)])
        #expect(out[1]?.verdict == .fails)
        #expect(out[2]?.verdict == .fails)
        #expect(out[2]?.text.contains("$100,000 (line 1) points back at the same figure $100,000 (line 1), which fails") == true)
    }

    @Test func aRepeatWithoutAPointerKeepsItsOwnVerdict() throws {
        let text = "Each render costs $0.01, so a million renders cost $100,000. A new office would cost $100,000 too."
        let out = Self.assess(text, [.cost("$0.01", 0.01, per: ["render"], .marginal), .cost("$100,000", 100_000, .marginal),
                                     .cost("$100,000", 100_000, .fixed, occurrence: 2)])
        #expect(out[1]?.verdict == .fails)
        #expect(out[2]?.verdict == .unverifiable)
    }

    // MARK: - sums as written

    @Test func wholeDollarPartsThatMissTheirTotalByTwoFail() throws {
        let text = "Per lesson, the tutor gets $7, the video room $1 and the payment fee $2, for a total cost of $12."
        let out = Self.assess(text, [.cost("$7", 7, .marginal), .cost("$1", 1, .marginal), .cost("$2", 2, .marginal),
                                     .cost("$12", 12, .marginal)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable, .unverifiable, .fails])
        #expect(out[3]?.text.contains("derived: $7 (line 1) + $1 (line 1) + $2 (line 1) = $10; the text says $12 (line 1), which does not agree") == true)
    }

    @Test func aDifferenceOnTheEdgeOfAWholeDollarIsNoCheck() throws {
        let text = "Each lesson costs the app $6 in tutor pay and $2.50 in video fees. The subscription is $4 a lesson."
        let out = Self.assess(text, [.cost("$6", 6, .marginal), .cost("$2.50", 2.5, .marginal), .price("$4 a lesson", 4, per: ["lesson"])])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable, .unverifiable])
    }

    @Test func aBareTotalAddsPartsStatedPerTheSentencesUnit() throws {
        let text = "Our per-ride cost is $3 for the driver bonus, $1.50 for insurance and $0.50 for payments, $5 in all."
        let out = Self.assess(text, [.cost("$3", 3, per: ["ride"], .marginal), .cost("$1.50", 1.5, .marginal),
                                     .cost("$0.50", 0.5, .marginal), .cost("$5", 5, .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds, .holds, .holds])
        #expect(out[3]?.text.contains("derived: $3 per ride (line 1) + $1.50 (line 1) + $0.50 (line 1) = $5; the text says $5 (line 1), which agrees") == true)
    }

    @Test func aYearlyBillOverACountIsNoMonthlyFigurePerUnit() throws {
        let text = "Our support team costs $240,000 a year. With 8,000 accounts, that's $30 per account per month."
        let out = Self.assess(text, [.cost("$240,000", 240_000, per: ["year"], .fixed), .cost("$30", 30, per: ["account", "month"], .marginal)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable])
    }

    // MARK: - products with the count first

    @Test func aCountThenARateThenATotalOffByTenFails() throws {
        let text = "The render farm ran 10,000 GPU-hours at $2 an hour, about $200,000."
        let out = Self.assess(text, [.price("$2 an hour", 2, per: ["hour"]), .cost("$200,000", 200_000, .fixed, qualifier: "about")])
        #expect(out[1]?.verdict == .fails)
        #expect(out[1]?.text.contains("derived: $2 per hour (line 1) × 10,000 GPU-hours ≈ $20,000; the text says $200,000 (line 1), 10× too high: it does not agree") == true)
    }

    @Test func aCountThenARateThenATotalThatAgreesShowsTheHoursOnce() throws {
        let text = "The render farm ran 10,000 GPU-hours at $2 an hour, about $20,000."
        let out = Self.assess(text, [.price("$2 an hour", 2, per: ["hour"]), .cost("$20,000", 20_000, .fixed, qualifier: "about")])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("derived: $2 per hour (line 1) × 10,000 GPU-hours ≈ $20,000; the text says $20,000 (line 1), which agrees") == true)
    }

    @Test func aCountThenARateThenAnUnlinkedFigureIsNoResult() throws {
        let text = "The render farm ran 10,000 GPU-hours at $2 an hour and bought a $200,000 storage array."
        let out = Self.assess(text, [.price("$2 an hour", 2, per: ["hour"]), .cost("$200,000", 200_000, .fixed)])
        #expect(out[1]?.verdict == .unverifiable)
    }

    // MARK: - shares restated as money

    @Test func aShareOfAFigureInTheSentenceBeforeThatMissesFails() throws {
        let text = "The podcast network spent $80,000 on production last quarter. Editing made up 25% of it, roughly $30,000."
        let out = Self.assess(text, [.cost("$80,000", 80_000, .fixed), .cost("$30,000", 30_000, .fixed, qualifier: "roughly")])
        #expect(out.map { $0?.verdict } == [.unverifiable, .fails])
        #expect(out[1]?.text.contains("derived: $80,000 (line 1) × 25% (line 1) = $20,000; the text says $30,000 (line 1), a different figure: it does not agree") == true)
    }

    @Test func aShareOfTheFigureAfterItOffByTenFails() throws {
        let text = "Diesel is 15% of the $400 million transit budget, or $6 million."
        let out = Self.assess(text, [.cost("$400 million", 400_000_000, .fixed), .cost("$6 million", 6_000_000, .fixed)])
        #expect(out[1]?.verdict == .fails)
        #expect(out[1]?.text.contains("derived: $400M (line 1) × 15% (line 1) = $60M; the text says $6M (line 1), 10× too low: it does not agree") == true)
    }

    @Test func aShareAndAnUnrelatedFigureCheckNothing() throws {
        let text = "Diesel is 15% of the $400 million transit budget, and the new depot costs $9 million."
        let out = Self.assess(text, [.cost("$400 million", 400_000_000, .fixed), .cost("$9 million", 9_000_000, .fixed)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable])
    }

    // MARK: - payback from a price less a bare cost to serve

    @Test func aCommissionPaidBackFromThePriceLessABareCostToServe() throws {
        let text = "Each seat sells for $40 a month and costs us $15 to serve, so a $500 sales commission pays back in 20 months."
        let out = Self.assess(text, [.price("$40", 40, per: ["month"]), .cost("$15", 15, .marginal), .cost("$500", 500, .fixed)])
        #expect(out.map { $0?.verdict } == [.holds, .holds, .holds])
        #expect(out[2]?.text.contains("derived: break-even = $500 (line 1) ÷ ($40 per month (line 1) − $15 (line 1)) = $500 ÷ $25 per month = 20 months") == true)
    }

    @Test func aPaybackThatMissesIsMeasuredAgainstTheContribution() throws {
        let text = "Each seat sells for $40 a month and costs us $15 to serve, so a $500 sales commission pays back in 40 months."
        let out = Self.assess(text, [.price("$40", 40, per: ["month"]), .cost("$15", 15, .marginal), .cost("$500", 500, .fixed)])
        // the bare cost to serve is no one-time cost: it is not divided by the price on its own
        #expect(out[1]?.verdict == .unverifiable)
        #expect(out[2]?.verdict == .fails)
        #expect(out[2]?.text.contains("= $500 ÷ $25 per month = 20 months ≈ 1.7 years; the text says 40 months (line 1), which does not agree") == true)
    }

    // MARK: - GPUs times hours

    @Test func aCountOfGPUsAndOneOfHoursMakeTheGPUHours() throws {
        let text = "The lab fine-tuned on 16 GPUs for 40 hours at $2 per GPU-hour, a bill of $1,280."
        let out = Self.assess(text, [.price("$2", 2, per: ["gpu-hour"]), .cost("$1,280", 1_280, .fixed)])
        #expect(out[1]?.verdict == .holds)
        #expect(out[1]?.text.contains("derived: $2 per GPU-hour (line 1) × 16 GPUs × 40 hours ≈ $1,280; the text says $1,280 (line 1), which agrees") == true)
    }

    @Test func hoursAloneDoNotMakeGPUHoursOfAFleet() throws {
        let text = "The lab fine-tuned for 40 hours at $2 per GPU-hour, a bill of $1,280."
        let out = Self.assess(text, [.price("$2", 2, per: ["gpu-hour"]), .cost("$1,280", 1_280, .fixed)])
        #expect(out[1]?.verdict == .unverifiable)
    }

    // MARK: - break-even in units sold

    @Test func aBreakEvenCountedInUnitsSoldFromPriceLessUnitCost() throws {
        let text = "Each candle sells for $24 and costs us $16 to pour and ship. With $240 of ads per customer, we break even after 30 candles."
        let out = Self.assess(text, [.price("$24", 24), .cost("$16", 16, .marginal), .cost("$240", 240, per: ["customer"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds, .holds])
        #expect(out[2]?.text.contains("derived: break-even = $240 per customer (line 1) ÷ ($24 (line 1) − $16 (line 1)) = $240 per customer ÷ $8 = 30 candles; the text says 30 candles (line 1), which agrees") == true, "\(out[2]?.text ?? "")")
    }

    @Test func aCountWithoutABreakEvenWordChecksNothing() throws {
        let text = "Each candle sells for $24 and costs us $16 to pour and ship. With $240 of ads per customer, we sold 30 candles."
        let out = Self.assess(text, [.price("$24", 24), .cost("$16", 16, .marginal), .cost("$240", 240, per: ["customer"], .marginal)])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable, .unverifiable])
    }
}
