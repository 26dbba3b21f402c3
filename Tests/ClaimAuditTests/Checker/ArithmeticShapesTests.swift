import Foundation
import Testing
@testable import ClaimAudit

/// Arithmetic shapes a careful reader checks from the document's own figures:
/// totals before or after their parts, averages of an earlier lump sum,
/// cuts, periods, and slips by a power of ten.
@Suite struct ArithmeticShapesTests {
    static func assess(_ text: String, _ specs: [MentionSpec]) -> [Assessment?] {
        Checker(reference: ReferenceData(), today: today2026).assess(TestDocument.make(text, specs))
    }

    static func euro(_ spec: MentionSpec) -> MentionSpec {
        var s = spec
        s.currency = "EUR"
        return s
    }

    // MARK: - sums

    @Test func aYearlyTotalIntroducingItsBarePartsWithAColon() throws {
        let text = "The studio carries overheads of €7.4 million a year: €4.1 million of salaries, €2.2 million of rent and €1.1 million of software."
        let out = Self.assess(text, [Self.euro(.cost("€7.4 million", 7_400_000, per: ["year"], .fixed)), Self.euro(.cost("€4.1 million", 4_100_000, .fixed)),
                                     Self.euro(.cost("€2.2 million", 2_200_000, .fixed)), Self.euro(.cost("€1.1 million", 1_100_000, .fixed))])
        #expect(out.allSatisfy { $0?.verdict == .holds })
        #expect(out[1]?.text.contains("derived: €4.1M (line 1) + €2.2M (line 1) + €1.1M (line 1) = €7.4M; the text says €7.4M per year (line 1), which agrees") == true)
    }

    @Test func partsThatDoNotAddUpAfterAColonConfirmNothing() throws {
        let text = "The studio carries overheads of €7.4 million a year: €4.1 million of salaries, €2.6 million of rent and €1.1 million of software."
        let out = Self.assess(text, [Self.euro(.cost("€7.4 million", 7_400_000, per: ["year"], .fixed)), Self.euro(.cost("€4.1 million", 4_100_000, .fixed)),
                                     Self.euro(.cost("€2.6 million", 2_600_000, .fixed)), Self.euro(.cost("€1.1 million", 1_100_000, .fixed))])
        #expect(out.allSatisfy { $0?.verdict == .unverifiable })
    }

    @Test func aTotalFollowedByItsBreakdown() throws {
        let text = """
            Our streaming bill for May was $42,000 in total. Finance wanted to know why.
            Here is the rough breakdown of that invoice:
            - encoding on spot instances: $17,500
            - the CDN commitment, prepaid and spread out: $12,000 a month
            - storage and everything else: $12,500
            """
        let out = Self.assess(text, [.cost("$42,000", 42_000, .fixed), .cost("$17,500", 17_500, .marginal),
                                     .cost("$12,000", 12_000, per: ["month"], .fixed), .cost("$12,500", 12_500, .marginal)])
        #expect(out.allSatisfy { $0?.verdict == .holds }, "\(out.map { $0?.text ?? "" })")
        #expect(out[0]?.text.contains("derived: $17,500 (line 3) + $12,000 per month (line 4) + $12,500 (line 5) = $42,000; the text says $42,000 (line 1), which agrees") == true)
    }

    @Test func figuresAfterATotalWithoutABreakdownCueAreNotItsParts() throws {
        let text = """
            Our streaming bill for May was $42,000 in total. Finance wanted to know why.
            - encoding on spot instances: $17,500
            - the CDN commitment, prepaid and spread out: $12,000 a month
            - storage and everything else: $12,500
            """
        let out = Self.assess(text, [.cost("$42,000", 42_000, .fixed), .cost("$17,500", 17_500, .marginal),
                                     .cost("$12,000", 12_000, per: ["month"], .fixed), .cost("$12,500", 12_500, .marginal)])
        #expect(out[0]?.verdict == .unverifiable)
        #expect(out[1]?.verdict == .unverifiable)
    }

    @Test func listItemsAddedUpInTheSentenceAfterTheList() throws {
        let text = """
            Each ride-hail trip carries three variable costs:
            - Driver earnings: about $9.20 per trip
            - Insurance on the trip: roughly 85 cents per trip
            - Card processing: about $0.45 per trip
            That makes $10.50 per trip before any overhead.
            """
        let out = Self.assess(text, [.cost("$9.20", 9.20, per: ["trip"], .marginal), .cost("85 cents", 0.85, per: ["trip"], .marginal),
                                     .cost("$0.45", 0.45, per: ["trip"], .marginal), .cost("$10.50", 10.50, per: ["trip"], .marginal)])
        #expect(out.allSatisfy { $0?.verdict == .holds }, "\(out.map { $0?.text ?? "" })")
        #expect(out[3]?.text.contains("derived: $9.20 per trip (line 2) + $0.85 per trip (line 3) + $0.45 per trip (line 4) = $10.50; the text says $10.50 per trip (line 5), which agrees") == true)
    }

    @Test func listItemsThatMissTheFigureAfterTheListByAFewCentsConfirmNothing() throws {
        let text = """
            Each ride-hail trip carries three variable costs:
            - Driver earnings: about $9.20 per trip
            - Insurance on the trip: roughly 85 cents per trip
            - Card processing: about $0.45 per trip
            That makes $10.60 per trip before any overhead.
            """
        let out = Self.assess(text, [.cost("$9.20", 9.20, per: ["trip"], .marginal), .cost("85 cents", 0.85, per: ["trip"], .marginal),
                                     .cost("$0.45", 0.45, per: ["trip"], .marginal), .cost("$10.60", 10.60, per: ["trip"], .marginal)])
        #expect(out.allSatisfy { $0?.verdict == .unverifiable })
    }

    // MARK: - averages of an earlier lump sum

    @Test func anAverageOfALumpSumStatedSentencesBefore() throws {
        let text = """
            The city spent $6.3 million building the bike-share network. The docks went in over one summer.
            Riders liked the colours. The council was pleased. About 90,000 members hold a pass today.
            Averaged over members, the build-out is about $70 per member, and it falls as more people join.
            """
        let out = Self.assess(text, [.cost("$6.3 million", 6_300_000, .fixed), .cost("$70", 70, per: ["member"], .fixed, qualifier: "about")])
        let average = try #require(out[1])
        #expect(average.verdict == .holds)
        #expect(average.text.contains("derived: $6.3M (line 1) ÷ 90,000 members (line 2) = $70; the text says $70 per member (line 3), which agrees"), "\(average.text)")
        #expect(out[0]?.verdict == .holds)
    }

    @Test func aCountOfAnotherUnitGivesNoAverage() throws {
        let text = """
            The city spent $6.3 million building the bike-share network. The docks went in over one summer.
            Riders liked the colours. The council was pleased. About 90,000 bikes were ordered in total.
            The build-out comes to about $70 per member, the council says.
            """
        let out = Self.assess(text, [.cost("$6.3 million", 6_300_000, .fixed), .cost("$70", 70, per: ["member"], .fixed, qualifier: "about")])
        #expect(out[1]?.verdict == .unverifiable)
        #expect(out[0]?.verdict == .unverifiable)
    }

    @Test func aLumpSumSpreadOverADurationOfYears() throws {
        let text = """
            The wind farm's turbines cost €84 million to install. Maintenance is contracted separately.
            The site employs eleven people. Insurance is bought each spring.
            They are written off over a twelve-year life, so the depreciation is €7 million a year.
            """
        let out = Self.assess(text, [Self.euro(.cost("€84 million", 84_000_000, .fixed)), Self.euro(.cost("€7 million", 7_000_000, per: ["year"], .fixed))])
        let yearly = try #require(out[1])
        #expect(yearly.verdict == .holds)
        #expect(yearly.text.contains("derived: €84M (line 1) ÷ twelve-year (line 3) = €7M; the text says €7M per year (line 3), which agrees"), "\(yearly.text)")
    }

    @Test func anAverageThatHoldsOnItsOwnConfirmsTheLumpSumItDivides() throws {
        let text = """
            The label set aside $2.4 million a year for session musicians. Studio time is booked by the week.
            Most tracks are cut in a day or two. The mixing desk is old. The engineers like it that way.
            With 60,000 paying fans, the musician budget works out to $40 per fan per year, which is about $3.33 a month.
            """
        let out = Self.assess(text, [.cost("$2.4 million", 2_400_000, per: ["year"], .fixed), .cost("$40", 40, per: ["fan", "year"], .fixed),
                                     .cost("$3.33", 3.33, per: ["month"], .fixed, qualifier: "about")])
        #expect(out[1]?.verdict == .holds)
        let lump = try #require(out[0])
        #expect(lump.verdict == .holds)
        #expect(lump.text.contains("derived: $2.4M per year (line 1) ÷ 60,000 paying fans (line 3) = $40; the text says $40 per fan per year (line 3), which agrees"),
                "\(lump.text)")
    }

    @Test func aRateTimesACountOfItsUnitStatedAParagraphBefore() throws {
        let text = """
            My deliveries average 4.5 miles door to door. Fuel and tyres cost me 30 cents a mile.

            Parking is another matter. The city charges by the hour. Permits renew in March.
            The van's annual tax is spread the same way: 8 cents a mile, or about 36 cents a delivery.
            """
        let out = Self.assess(text, [.cost("30 cents", 0.30, per: ["mile"], .marginal), .cost("8 cents", 0.08, per: ["mile"], .fixed),
                                     .cost("36 cents", 0.36, per: ["delivery"], .fixed, qualifier: "about")])
        let perDelivery = try #require(out[2])
        #expect(perDelivery.verdict == .holds)
        #expect(out[1]?.verdict == .holds)
        // found from either side: $0.36 ÷ 4.5 miles = $0.08 per mile, or $0.08 × 4.5 miles = $0.36
        #expect(perDelivery.text.contains("derived: $0.36 per delivery (line 4) ÷ 4.5 miles (line 1) = $0.08; the text says $0.08 per mile (line 4), which agrees"),
                "\(perDelivery.text)")
    }

    @Test func aCountAfterForIsNoYear() {
        #expect(DerivedStatementCheck.namesYear(after: "for 20", in: "we booked it for 2026, not before"))
        #expect(DerivedStatementCheck.namesYear(after: "in 20", in: "the plant opened in 2019."))
        #expect(!DerivedStatementCheck.namesYear(after: "for 20", in: "it costs $4 for 20 users a month"))
        #expect(!DerivedStatementCheck.namesYear(after: "for 20", in: "a licence for 200 seats"))
        #expect(!DerivedStatementCheck.namesYear(after: "in 20", in: "done in 20,000 steps"))
    }

    @Test func aLongSentenceOfFiguresStillConfirmsItsLocalArithmetic() throws {
        // 300 unrelated per-user figures, then one total that is the last of them times a count: $1,299.25 × 12 = $15,591
        var text = ""
        var specs: [MentionSpec] = []
        for i in 0..<300 {
            text += "the next plan lists at $\(1_000 + i).25 per user, "
            specs.append(.price("$\(1_000 + i).25", Double(1_000 + i) + 0.25, per: ["user"]))
        }
        text += "and the 12 seats on the last plan come to $15,591 in all."
        specs.append(.cost("$15,591", 15_591, .marginal))
        let out = Self.assess(text, specs)
        let total = try #require(out[300])
        #expect(total.verdict == .holds)
        #expect(total.text.contains("$1,299.25 per user (line 1) × 12 seats"), "\(total.text)")
    }

    // MARK: - cuts, periods

    @Test func whatIsLeftAfterAPercentageCut() throws {
        let out = Self.assess("The course sells for $49.00, and after the marketplace's 20% cut the author keeps $39.20 per sale.",
                              [.price("$49.00", 49), .cost("$39.20", 39.20, per: ["sale"], .marginal)])
        #expect(out[0]?.verdict == .holds)
        #expect(out[1]?.text.contains("derived: $49 (line 1) × (1 − 20%) (line 1) = $39.20; the text says $39.20 per sale (line 1), which agrees") == true,
                "\(out[1]?.text ?? "")")
    }

    @Test func aPercentageThatIsNoCutGivesNoComplement() throws {
        let out = Self.assess("The course sells for $49.00, and 20% of buyers finish it; the author keeps $39.20 per sale.",
                              [.price("$49.00", 49), .cost("$39.20", 39.20, per: ["sale"], .marginal)])
        #expect(out[1]?.verdict == .unverifiable)
    }

    @Test func anHourlyRateRunContinuouslyForAYear() throws {
        let text = "A small database node costs $0.085 per hour. Run continuously for a year, that is $744.60 for the node."
        let out = Self.assess(text, [.price("$0.085", 0.085, per: ["hour"]), .cost("$744.60", 744.60, .fixed)])
        let rate = try #require(out[0])
        #expect(rate.verdict == .holds)
        #expect(rate.text.contains("$0.085 per hour (line 1) × 8,760"), "\(rate.text)")
        #expect(rate.text.contains("= $744.60; the text says $744.60 (line 1), which agrees"), "\(rate.text)")
    }

    @Test func aBareTotalReadPerThePeriodItsSentenceNames() throws {
        let text = "The render farm burns through about $12,000 a day. Over a year that comes to roughly $4.4 million."
        let out = Self.assess(text, [.cost("$12,000", 12_000, per: ["day"], .marginal, qualifier: "about"), .cost("$4.4 million", 4_400_000, .marginal, qualifier: "roughly")])
        let year = try #require(out[1])
        #expect(year.verdict == .holds)
        #expect(year.text.contains("derived: $12,000 per day (line 1) × 365 (per year, as its sentence says) = $4.38M; the text says $4.4M (line 1), which agrees"), "\(year.text)")
    }

    // MARK: - refutations

    @Test func aProductTheTextSpellsOutThatMissesByAPowerOfTen() throws {
        let text = "One analyst multiplies $3.40 per delivery by 2.5 million deliveries a month to get about $85 million a month in fuel."
        // the figures' spans take in their denominators, as the scanner's do
        let out = Self.assess(text, [.cost("$3.40 per delivery", 3.40, per: ["delivery"], .marginal),
                                     .cost("$85 million a month", 85_000_000, per: ["month"], .marginal, .attributed, qualifier: "about")])
        let result = try #require(out[1])
        #expect(result.verdict == .fails)
        #expect(result.text.contains("$3.40 per delivery (line 1) × 2.5 million deliveries a month ≈ $8.5M per month; the text says $85M per month (line 1), 10× too high"), "\(result.text)")
    }

    @Test func aReportedFigureTenTimesTheDocumentsOwnFails() throws {
        let text = """
            The platform pays $1.2 million a year for moderation, spread over 40,000 creators. That is $30 per creator per year, or $2.50 per creator per month.
            A trade blog put it at $25 per creator per month, which cannot be right.
            """
        let out = Self.assess(text, [.cost("$1.2 million", 1_200_000, per: ["year"], .fixed), .cost("$30", 30, per: ["creator", "year"], .fixed),
                                     .cost("$2.50", 2.50, per: ["creator", "month"], .fixed),
                                     .cost("$25", 25, per: ["creator", "month"], .fixed, .attributed)])
        #expect(out[2]?.verdict == .holds)
        let reported = try #require(out[3])
        #expect(reported.verdict == .fails)
        #expect(reported.text.contains("$25 per creator per month (line 2) is 10× above $2.50 per creator per month (line 1), which the document's own arithmetic gives"), "\(reported.text)")
    }

    @Test func anAssertedFigureTenTimesAnotherIsLeftAlone() throws {
        let text = """
            The platform pays $1.2 million a year for moderation, spread over 40,000 creators. That is $30 per creator per year, or $2.50 per creator per month.
            Our enterprise tier adds human review at $25 per creator per month.
            """
        let out = Self.assess(text, [.cost("$1.2 million", 1_200_000, per: ["year"], .fixed), .cost("$30", 30, per: ["creator", "year"], .fixed),
                                     .cost("$2.50", 2.50, per: ["creator", "month"], .fixed),
                                     .price("$25", 25, per: ["creator", "month"])])
        #expect(out[3]?.verdict == .unverifiable)
    }

    @Test func aScenarioScaledTenfoldOnPurposeIsNoSlip() throws {
        let text = """
            The platform pays $1.2 million a year for moderation, spread over 40,000 creators. That is $30 per creator per year, or $2.50 per creator per month.
            If reports grew ten times over, the same work would cost $25 per creator per month.
            """
        let out = Self.assess(text, [.cost("$1.2 million", 1_200_000, per: ["year"], .fixed), .cost("$30", 30, per: ["creator", "year"], .fixed),
                                     .cost("$2.50", 2.50, per: ["creator", "month"], .fixed),
                                     .cost("$25", 25, per: ["creator", "month"], .fixed, .hypothetical)])
        #expect(out[3]?.verdict != .fails)
    }

    // MARK: - memo

    @Test func theSentenceMemoKeepsOptionalAnswers() {
        let memo = SentenceMemo()
        var calls = 0
        let first: String? = memo.value("k", 3) { calls += 1; return "year" }
        let again: String? = memo.value("k", 3) { calls += 1; return "month" }
        let none: String? = memo.value("k", 4) { calls += 1; return nil }
        let noneAgain: String? = memo.value("k", 4) { calls += 1; return "day" }
        #expect(first == "year")
        #expect(again == "year")
        #expect(none == nil)
        #expect(noneAgain == nil)
        #expect(calls == 2)
    }

    // MARK: - a lump sum spread over a stated time

    @Test func aLumpSumSpreadOverYearsThatMissesItsYearlyFigure() throws {
        // $1.8 million over four years is $450,000 a year, not $600,000
        let text = "The press line came in at $1.8 million, which depreciated over four years is $600,000 a year."
        let out = Self.assess(text, [.cost("$1.8 million", 1_800_000, .fixed), .cost("$600,000", 600_000, per: ["year"], .fixed)])
        #expect(out[1]?.verdict == .fails)
        #expect(out[1]?.text.contains("derived: $1.8M (line 1) ÷ four years = $450,000 per year") == true)
    }

    @Test func aLumpSumSpreadOverMonthsThatAgreesHolds() throws {
        let text = "The fit-out cost £90,000, which spread over 36 months is £2,500 a month."
        let specs: [MentionSpec] = [.cost("£90,000", 90_000, .fixed), .cost("£2,500", 2_500, per: ["month"], .fixed)]
        let out = Self.assess(text, specs.map { var s = $0; s.currency = "GBP"; return s })
        #expect(out[1]?.verdict == .holds)
    }
}
