import Foundation
import Testing
@testable import ClaimAudit

/// The document's own arithmetic that the prose leaves unwritten (`NearbyArithmeticCheck`).
@Suite struct NearbyArithmeticTests {
    static func assess(_ text: String, _ specs: [MentionSpec]) -> [Assessment?] {
        Checker(reference: ReferenceData(), today: today2026).assess(TestDocument.make(text, specs))
    }

    static func `in`(_ currency: String, _ spec: MentionSpec) -> MentionSpec {
        var s = spec
        s.currency = currency
        return s
    }

    @Test func aRateStatedEarlierTimesACountOfTheSameUnit() throws {
        let text = """
            Object storage is billed at $0.023 per GB per month.
            Encoding runs on rented GPUs. Nobody looks at those invoices. The team ships weekly.
            Each upload keeps about 8 GB of renditions, which costs us roughly 18 cents a month.
            """
        let out = Self.assess(text, [.price("$0.023", 0.023, per: ["gb", "month"]),
                                     .cost("18 cents", 0.18, per: ["month"], .marginal, qualifier: "roughly")])
        let cost = try #require(out[1])
        #expect(cost.verdict == .holds)
        #expect(cost.text.contains("derived: $0.023 per gb per month (line 1) × 8 GB (line 3) = $0.184; the text says $0.18 per month (line 3), which agrees"))
        #expect(out[0]?.verdict == .holds)
    }

    @Test func aCountOfAnotherPhysicalQuantityIsNoFactor() throws {
        // 50 km of imagery is not 50 months: $49 × 50 is no reading of $2,500 a month
        let text = "The Basic plan is $49 a month for up to 50 km of imagery, and $2,500 a month buys the whole region."
        let out = Self.assess(text, [.price("$49", 49, per: ["month"]), .price("$2,500", 2_500, per: ["month"])])
        #expect(out.map { $0?.verdict } == [.unverifiable, .unverifiable])
        // a power for an hour is energy: 2 kW at 28p per kWh is 56p an hour
        let power = "It draws about 2 kW, so an hour at 28p per kWh is 56p."
        let bill = Self.assess(power, [Self.in("GBP", .price("28p", 0.28, per: ["kwh"])), Self.in("GBP", .cost("56p", 0.56, .marginal))])
        #expect(bill[1]?.verdict == .holds)
    }

    @Test func aPercentageOfAFigure() throws {
        let out = Self.assess("Drivers keep 80% of a $15 fare, so about $12 a trip goes to them.",
                              [.price("$15", 15), .cost("$12", 12, per: ["trip"], .marginal, qualifier: "about")])
        let cost = try #require(out[1])
        #expect(cost.verdict == .holds)
        #expect(cost.text.contains("derived: $15 (line 1) × 80% (line 1) = $12; the text says $12 per trip (line 1), which agrees"))
    }

    @Test func partsAddUpToTheFigureAfterThem() throws {
        let text = "Bandwidth runs $0.60 per viewer and captions another $0.25. Call it $0.85 per viewer a month."
        let out = Self.assess(text, [.cost("$0.60", 0.60, per: ["viewer"], .marginal), .cost("$0.25", 0.25, .marginal),
                                     .cost("$0.85", 0.85, per: ["viewer", "month"], .marginal)])
        let total = try #require(out[2])
        #expect(total.verdict == .holds)
        #expect(total.text.contains("derived: $0.60 per viewer (line 1) + $0.25 (line 1) = $0.85; the text says $0.85 per viewer per month (line 1), which agrees"))
        #expect(out[0]?.verdict == .holds)
        #expect(out[1]?.verdict == .holds)
    }

    @Test func aDifferenceBetweenTwoPrices() throws {
        let text = "Last spring a kilowatt-hour at the rapid charger was €0.69. It is €0.59 now, a saving of €0.10 on each one."
        let out = Self.assess(text, [MentionSpec.price("€0.69", 0.69), .price("€0.59", 0.59), .price("€0.10", 0.10, per: ["kwh"])].map { Self.in("EUR", $0) })
        #expect(out.allSatisfy { $0?.verdict == .holds }, "\(out[2]?.text ?? "")")
        #expect(out[2]?.text.contains("derived: €0.69 (line 1) − €0.59 (line 1) = €0.10; the text says €0.10 per kwh (line 1), which agrees") == true)
    }

    @Test func aFigurePerUnitFromACountOfThatUnitAFewSentencesBack() throws {
        let text = """
            Take an ordinary 5-mile trip across town. The rider pays a fare and the app takes its cut.
            The driver is paid $11.50 for the trip. That is $2.30 per mile before fuel.
            """
        let out = Self.assess(text, [.cost("$11.50", 11.5, .marginal), .cost("$2.30", 2.3, per: ["mile"], .marginal)])
        let perMile = try #require(out[1])
        #expect(perMile.verdict == .holds)
        #expect(perMile.text.contains("derived: $11.50 (line 2) ÷ 5-mile (line 1) = $2.30; the text says $2.30 per mile (line 2), which agrees"))
    }

    @Test func unitsThatDoNotFitConfirmNothing() throws {
        // 3.5p ÷ 2 kWh would give 1.75p, inside what `2p` covers, but a rate per kWh over kWh means nothing.
        let text = "Gas costs 3.5p per kWh and the plant burns 2 kWh of gas for each kWh it sells. Carbon permits add 2p per kWh."
        let out = Self.assess(text, [MentionSpec.price("3.5p", 0.035, per: ["kwh"]), .cost("2p", 0.02, per: ["kwh"], .marginal)].map { Self.in("GBP", $0) })
        #expect(out[1]?.verdict == .unverifiable, "\(out[1]?.text ?? "")")
        #expect(out[0]?.verdict == .unverifiable)
    }

    @Test func aNumberThatMissesConfirmsNothingAndRefutesNothing() throws {
        // 12 GB × $0.27 = $3.24, outside what `$4` covers (3.50–4.50): no check either way.
        let out = Self.assess("Each user streams 12 GB a month and egress is $0.27 per GB. The plan is $4 a month.",
                              [.price("$0.27", 0.27, per: ["gb"]), .price("$4", 4, per: ["month"])])
        #expect(out[1]?.verdict == .unverifiable)
    }

    @Test func aStatedCalculationKeepsItsVerdict() throws {
        // The written product is wrong; nearby numbers must not rescue it.
        let out = Self.assess("Support costs $3 per ticket × 40,000 tickets = $12,000 a month.",
                              [.cost("$3", 3, per: ["ticket"], .marginal), .cost("$12,000", 12_000, per: ["month"], .marginal)])
        #expect(out[1]?.verdict == .fails)
    }

    @Test func phoneNumbersAndCodesAreNotOperands() {
        func code(_ text: String, _ number: String) -> Bool {
            let bytes = Array(text.utf8)
            let r = TestDocument.find(number, occurrence: 1, in: bytes)
            return NearbyArithmeticCheck.isCode(r, in: bytes)
        }
        #expect(code("Call 1800-555-0145 today.", "1800"))
        #expect(code("Call 1800-555-0145 today.", "555"))
        #expect(code("Order 0142 shipped.", "0142"))
        #expect(!code("We served 1800 riders.", "1800"))
        #expect(!code("A 6-mile trip.", "6"))
    }

    @Test func aRoundedRestatementOfAFigureThatHolds() throws {
        let text = """
            A rider pays a $15 base fare plus $6.50 in fees, so $21.50 in all.
            Drivers keep most of it. Insurance is paid by the platform. Tips are extra.
            Later the company told investors that riders pay $21 on an average trip.
            """
        let out = Self.assess(text, [.price("$15", 15), .price("$6.50", 6.5), .price("$21.50", 21.5), .price("$21", 21, per: ["trip"], occurrence: 2)])
        let rounded = try #require(out[3])
        #expect(rounded.verdict == .holds)
        #expect(rounded.text.contains("holds: $21 per trip (line 3) agrees with the same figure checked elsewhere in the document"))
        #expect(rounded.text.contains("$21 per trip (line 3) rounds $21.50 (line 1) (it covers $20.50–$21.50), which holds: derived: $15 (line 1) + $6.50 (line 1) = $21.50"))
        // `$23` covers 22.50–23.50: not a rounding of $21.50.
        let far = Self.assess(text.replacingOccurrences(of: "$21 on", with: "$23 on"),
                              [.price("$15", 15), .price("$6.50", 6.5), .price("$21.50", 21.5), .price("$23", 23, per: ["trip"])])
        #expect(far[3]?.verdict == .unverifiable)
    }

    @Test func aHardWrappedSentenceReadsItsNumbersAcrossTheLineBreak() throws {
        let numbers = SentenceNumbers.find(in: "Originals are amortized over four\nyears, and each show keeps 9 GB a\nmonth.", excluding: [])
        let years = try #require(numbers.first { $0.role == .duration })
        #expect(years.value == 48)
        #expect(years.text == "four years")
        let gb = try #require(numbers.first { $0.role == .count(unit: "gb") })
        #expect(gb.value == 9)
        #expect(gb.perTime == 365.0 / 12)

        let text = """
            Streaming originals are amortized over four
            years in the accounts, so a $120 million season costs us $30 million a year
            in content spending.
            """
        let doc = Auditor(configuration: try AuditConfiguration.defaults()).audit(text: text + "\n", path: "wrapped.txt", format: .text)
        let yearly = try #require(doc.mentions.first { $0.text.hasPrefix("$30 million") })
        #expect(yearly.assessment?.verdict == .holds)
        #expect(yearly.assessment?.explanation.contains { $0.contains("$30M per year (line 2) × four years ≈ $120M; the text says $120M (line 2), which agrees") } == true)
    }

    @Test func fractionWordsStateARatioBetweenTwoFigures() throws {
        let text = "Our inference bill is $40,000 a month, a tenth of the $400,000 a month we pay in salaries."
        let out = Self.assess(text, [.cost("$40,000", 40_000, per: ["month"], .marginal), .cost("$400,000", 400_000, per: ["month"], .fixed)])
        #expect(out[0]?.verdict == .holds)
        #expect(out[0]?.text.contains("derived: $400,000 per month (line 1) ÷ $40,000 per month (line 1) = 10×; the text says a tenth, which agrees") == true)
        let half = SentenceNumbers.find(in: "Hosting now costs half what it did.", excluding: [])
        #expect(half.contains { $0.role == .multiplier && $0.value == 2 && $0.text == "half" })
        // `half an hour` states no ratio between figures
        #expect(!SentenceNumbers.find(in: "A session lasts half an hour.", excluding: []).contains { $0.role == .multiplier })
    }

    @Test func anHourlyRateRunningAroundTheClockRestatedPerMonth() throws {
        let text = "We rent one inference card at $0.50 per GPU-hour and keep it busy around the clock, so it costs us about $360 a month."
        let out = Self.assess(text, [.price("$0.50", 0.5, per: ["gpu-hour"]), .cost("$360", 360, per: ["month"], .marginal, qualifier: "about")])
        #expect(out[1]?.verdict == .holds)
        #expect(out[1]?.verdict == .holds, "\(out[1]?.text ?? "")")
        #expect(out[1]?.text.contains("derived: $0.50 per GPU-hour (line 1) × 24 hours × 30–31 days (running around the clock) = $366; the text says $360 per month (line 1), which agrees") == true, "\(out[1]?.text ?? "")")
        // Without a cue that it never stops, an hourly rate says nothing about a month.
        let idle = Self.assess(text.replacingOccurrences(of: "keep it busy around the clock", with: "use it for demos"),
                               [.price("$0.50", 0.5, per: ["gpu-hour"]), .cost("$360", 360, per: ["month"], .marginal, qualifier: "about")])
        #expect(idle[1]?.verdict == .unverifiable)
    }

    @Test func aBoundIsConfirmedOnlyByAFigureNearItOnItsSide() throws {
        // `still below $149` covers every figure under it: $130 − $52 = $78 confirms nothing
        let doc = try AuditedProse.audit("""
            A tutor with 300 lessons a month costs us around $52 a month to support. That's \
            what the plan is priced on. A tutor teaching 900 lessons a month would cost about \
            $130 in hosting, still below $149.

            """, path: "bound.md", format: .markdown)
        #expect(try AuditedProse.verdict(of: "$149", in: doc) != .holds)
    }

    @Test func aDateOrAClockTimeIsNoNumber() throws {
        // `6/02` is a date: $8.90 ÷ $4.75 is 1.87, which no "02" restates
        let doc = try AuditedProse.audit("""
            ferry_fan  |  posted 6/02, 7:14 am
            they are raising the ferry fare from $4.75 to $5.40 starting july 1. pass holders get the
            discount so $4.10 -> $4.65. pay-by-mail goes to $8.90 bc apparently posting me an invoice costs
            them that much lol.

            """, path: "thread.txt", format: .text)
        #expect(try AuditedProse.verdict(of: "$8.90", in: doc) != .holds)
    }
}
