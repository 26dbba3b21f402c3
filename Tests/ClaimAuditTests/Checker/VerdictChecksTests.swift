import Foundation
import Testing
@testable import ClaimAudit

/// Verdict checks on prose written for these tests, through the real scanner and rules:
/// arithmetic the text states across sentences, list items and units.
@Suite struct VerdictChecksTests {
    static let notes = """
        ---
        date: 2026-05-02
        ---
        # Notes from a podcast host

        Our hosting bill was $900 a month and we have 600 listeners who pay, so serving costs about $1.50 per listener.

        The transcription vendor charges us $3.10 per user per month. Over a year that comes to $37.20 per user per year.

        A short answer from the model uses about 0.4 Wh. At $0.20 per kWh that is $0.00008 of electricity.

        Our launch budget had three parts:

        - Studio fit-out: $42,000
        - Microphones and mixers: $13,500
        - Website and branding: $9,500

        Those three lines add up to $65,000 in total.

        Support costs us $3 per ticket and we close 40,000 tickets a month, so that's $1.2M a month.

        A rival streaming service sells a $40 monthly tier on top of its ChatGPT-style assistant.

        """

    static func audit(_ text: String) throws -> AuditedDocument {
        Auditor(configuration: try AuditConfiguration.defaults()).audit(text: text, path: "notes.md", format: .markdown)
    }

    static func mention(_ doc: AuditedDocument, _ prefix: String) throws -> AuditedMention {
        try #require(doc.mentions.first { $0.text.hasPrefix(prefix) })
    }

    @Test func aFigurePerUserChecksAMonthlyBillThroughAnImplicitPeriod() throws {
        let doc = try Self.audit(Self.notes)
        for prefix in ["$900", "$1.50"] {
            let m = try Self.mention(doc, prefix)
            #expect(m.assessment?.verdict == .holds)
            #expect(m.assessment?.explanation.contains(
                "derived: $1.50 per listener (line 6) × 600 listeners ≈ $900 per month; the text says $900 per month (line 6), which agrees") == true)
        }
    }

    @Test func aMonthlyFigureRestatedPerYearInTheNextSentence() throws {
        let doc = try Self.audit(Self.notes)
        let yearly = try Self.mention(doc, "$37.20")
        #expect(yearly.assessment?.verdict == .holds)
        #expect(yearly.assessment?.explanation.contains(
            "derived: $3.10 per user per month (line 8) × 12 = $37.20 per user per year; the text says $37.20 per user per year (line 8), which agrees") == true)
    }

    @Test func wattHoursTimesAPricePerKilowattHour() throws {
        let doc = try Self.audit(Self.notes)
        let answer = try Self.mention(doc, "$0.00008")
        #expect(answer.assessment?.verdict == .holds)
        #expect(answer.assessment?.explanation.contains(
            "derived: $0.20 per kwh (line 10) × 0.4 Wh ≈ $0.00008; the text says $0.00008 (line 10), which agrees") == true)
    }

    @Test func listItemsAddUpToTheTotalAfterThem() throws {
        let doc = try Self.audit(Self.notes)
        let sum = "derived: $42,000 (line 14) + $13,500 (line 15) + $9,500 (line 16) = $65,000; the text says $65,000 (line 18), which agrees"
        for prefix in ["$42,000", "$13,500", "$9,500", "$65,000"] {
            let m = try Self.mention(doc, prefix)
            #expect(m.assessment?.verdict == .holds)
            #expect(m.assessment?.explanation.contains(sum) == true)
        }
    }

    @Test func aStatedProductOffByAPowerOfTenFails() throws {
        let doc = try Self.audit(Self.notes)
        let total = try Self.mention(doc, "$1.2M")
        #expect(total.assessment?.verdict == .fails)
        #expect(total.assessment?.explanation.contains(
            "derived: $3 per ticket (line 20) × 40,000 tickets a month ≈ $120,000 per month; the text says $1.2M per month (line 20), 10× too high: it does not agree") == true)
        // the rate itself is not refuted
        #expect(try Self.mention(doc, "$3 per ticket").assessment?.verdict != .fails)
    }

    @Test func aPlanPriceThatIsNoKnownPlanStaysUnverifiable() throws {
        let doc = try Self.audit(Self.notes)
        let tier = try Self.mention(doc, "$40")
        #expect(tier.assessment?.verdict == .unverifiable)
    }

    @Test func aTotalSpreadOverADurationInWords() throws {
        let text = """
            The studio lease is a fixed commitment of $2.4 million, spread over roughly eight years. \
            That is about $300,000 a year whatever our audience does.

            """
        let doc = try Self.audit(text)
        let yearly = try Self.mention(doc, "$300,000")
        #expect(yearly.assessment?.verdict == .holds)
        #expect(yearly.assessment?.explanation.contains {
            $0.contains("$300,000 per year (line 1) × eight years") && $0.contains("the text says $2.4M (line 1), which agrees")
        } == true)
    }
}

/// Efficiencies, annual plans with months free, payback from a contribution, and a
/// reference whose subject the document names elsewhere.
@Suite struct VerdictChecksMoreTests {
    static let text = """
        The e-bike share pays $0.30/kWh at the depot. A bike does 25 mi/kWh so thats 1.2 cents a mile in power.

        Basic is $12 per rider per month, or $120 per rider per year if you pay up front (two months free).

        Our acquisition cost per rider was about $90 last quarter. A rider pays $12 a month and costs about $3 a month \
        to serve, so we earn back the acquisition cost in roughly 10 months.

        A reporter wrote that the chatbot's owner spent around $3 billion on training that year.

        The chatbot is run by OpenAI.

        """

    @Test func anEfficiencyTurnsAPricePerKilowattHourIntoACostPerMile() throws {
        let doc = try VerdictChecksTests.audit(Self.text)
        let mile = try VerdictChecksTests.mention(doc, "1.2 cents")
        #expect(mile.assessment?.verdict == .holds)
        #expect(mile.assessment?.explanation.contains(
            "derived: $0.30 per kwh (line 1) ÷ 25 mi/kWh ≈ $0.012 per mile; the text says $0.012 per mile (line 1), which agrees") == true)
    }

    @Test func anAnnualPlanWithMonthsFree() throws {
        let doc = try VerdictChecksTests.audit(Self.text)
        let yearly = try VerdictChecksTests.mention(doc, "$120")
        #expect(yearly.assessment?.explanation.contains(
            "derived: $12 per rider per month (line 3) × (12 − 2 months free) = $120 per rider per year; the text says $120 per rider per year (line 3), which agrees") == true)
    }

    @Test func paybackFromThePriceLessTheCostToServe() throws {
        let doc = try VerdictChecksTests.audit(Self.text)
        let line = "derived: break-even = $90 per rider (line 5) ÷ ($12 per month (line 5) − $3 per month (line 5)) = $90 per rider ÷ $9 per month = 10 months; the text says 10 months (line 5), which agrees"
        for prefix in ["$90", "$12 a month", "$3 a month"] {
            let m = try VerdictChecksTests.mention(doc, prefix)
            #expect(m.assessment?.verdict == .holds)
            #expect(m.assessment?.explanation.contains(line) == true)
        }
    }

    @Test func aReferenceWhoseSubjectIsNamedElsewhereConfirmsButNeverRefutes() throws {
        let doc = try VerdictChecksTests.audit(Self.text)
        let training = try VerdictChecksTests.mention(doc, "$3 billion")
        #expect(training.assessment?.verdict == .holds)
        #expect(training.assessment?.explanation.contains { $0.hasPrefix("reference openai-training-2024") && $0.hasSuffix("is within the reference figure") } == true)
        // the same sentence with a figure far from the reference is not refuted by it
        let far = try VerdictChecksTests.audit(Self.text.replacingOccurrences(of: "$3 billion", with: "$90 million"))
        #expect(try VerdictChecksTests.mention(far, "$90 million").assessment?.verdict == .unverifiable)
    }
}

/// Tables: a rate in the header row and rows that add up to a total row.
@Suite struct TableChecksTests {
    static let text = """
        # A week of deliveries

        | Step | Per order | Notes |
        | --- | --- | --- |
        | Courier | $6.20 | paid per drop |
        | Packaging | $0.90 | box and tape |
        | Card fees | $0.40 | about 2% |
        | Order cost | $7.50 | |

        | Monthly seats | At $8/seat |
        | --- | --- |
        | 50 seats | $400 |
        | 120 seats | $960 |

        """

    @Test func rowsAddUpToTheRowAfterThem() throws {
        let doc = try VerdictChecksTests.audit(Self.text)
        // The column header states the unit of every cell (per order).
        let sum = "derived: $6.20 per order (line 5) + $0.90 per order (line 6) + $0.40 per order (line 7) = $7.50; the text says $7.50 per order (line 8), which agrees"
        for prefix in ["$6.20", "$0.90", "$0.40", "$7.50"] {
            let m = try VerdictChecksTests.mention(doc, prefix)
            #expect(m.assessment?.verdict == .holds)
            #expect(m.assessment?.explanation.contains(sum) == true)
        }
    }

    @Test func aRateInTheHeaderAppliesToTheRows() throws {
        let doc = try VerdictChecksTests.audit(Self.text)
        let big = try VerdictChecksTests.mention(doc, "$960")
        #expect(big.assessment?.verdict == .holds)
        #expect(big.assessment?.explanation.contains(
            "derived: $8 per seat (line 10) × 120 seats ≈ $960; the text says $960 (line 13), which agrees") == true)
    }

    @Test func aCountOnALabelledLineServesTheSentencesAfterIt() throws {
        let text = "Miles driven this week, empty ones included: 412\nHours logged in: 41\n\nFuel: £96.80. That's roughly 23p a mile.\n"
        let doc = try VerdictChecksTests.audit(text)
        let mile = try VerdictChecksTests.mention(doc, "23p")
        #expect(mile.assessment?.verdict == .holds)
        #expect(mile.assessment?.explanation.contains {
            $0.contains("× 412 miles (\"Miles driven this week, empty ones included: 412\", line 1)") && $0.contains("which agrees")
        } == true)
    }
}

@Suite struct SentenceNumbersTests {
    @Test func durationsInWordsAndHyphenatedCounts() {
        let n = SentenceNumbers.find(in: "The lease runs roughly eight years; a two-hour film streams twice.", excluding: [])
        let eight = n.first { $0.text == "eight years" }
        #expect(eight?.role == .duration)
        #expect(eight?.value == 96)
        let film = n.first { $0.text.hasPrefix("two-hour") }
        #expect(film?.role == .count(unit: "hour"))
        #expect(film?.value == 2)
    }

    @Test func aCountOfSomethingPerPeriod() {
        let n = SentenceNumbers.find(in: "A typical rider books 6 hours of lessons a month.", excluding: [])
        let hours = n.first { $0.value == 6 }
        #expect(hours?.role == .count(unit: "hour"))
        #expect(abs((hours?.perTime ?? 0) - 365.0 / 12) < 1e-9)
    }

    @Test func aMillionInWordsAndVersionNumbersSkipped() {
        let n = SentenceNumbers.find(in: "Gemini 2.5 Pro answers a million queries a day.", excluding: [])
        #expect(!n.contains { $0.value == 2.5 })
        #expect(n.contains { $0.value == 1_000_000 && $0.role == .count(unit: "query") })
        // `a` alone is no count
        #expect(!n.contains { $0.value == 1 })
    }

    @Test func efficienciesAndCountsThatLookLikeYears() {
        let n = SentenceNumbers.find(in: "A bike does 25 mi/kWh; the plant makes 2,018 TWh over its life, and 3.5 miles per kWh is typical.", excluding: [])
        let bike = n.first { $0.value == 25 }
        #expect(bike?.perUnit == "kwh")
        #expect(bike?.role == .count(unit: "mi"))
        #expect(n.contains { $0.value == 2018 && $0.role == .count(unit: "twh") })
        #expect(n.first { $0.value == 3.5 }?.perUnit == "kwh")
        // a bare year is still no count
        #expect(!SentenceNumbers.find(in: "In 2024 the bill doubled.", excluding: []).contains { $0.value == 2024 })
    }

    @Test func powersOfTenBetweenComputedAndStated() {
        #expect(DerivedStatementCheck.powerOfTenSlip(19_900...20_100, 1_950_000...2_050_000) == 2)
        #expect(DerivedStatementCheck.powerOfTenSlip(151e6...152e6, 1.45e9...1.55e9) == 1)
        #expect(DerivedStatementCheck.powerOfTenSlip(20_000...20_000, 35_000...35_000) == nil)
        #expect(DerivedStatementCheck.powerOfTenSlip(20_000...20_000, 20_000...20_000) == nil)
    }
}

@Suite struct ReferencePointsTests {
    @Test func aListOfFiguresParsesToPoints() throws {
        let text = """
            [plans]
            what:     consumer plans
            topics:   plan
            value:    17, 20, 100, 200
            currency: USD
            per:      month
            kind:     price
            from:     2023-02
            source:   https://example.org/plans
            broad:    yes
            context:  chatbot

            """
        let entries = try ReferenceFileParser(path: "plans.ref").parse(text)
        let e = try #require(entries.first)
        #expect(e.points == [17, 20, 100, 200])
        #expect(e.low == 17 && e.high == 200)
        #expect(e.broad)
        #expect(e.figure == "$17, $20, $100 or $200 per month")
    }

    @Test func aBadBroadValueNamesItsLine() {
        let text = "[x]\nwhat: x\ntopics: x\nvalue: 1\ncurrency: USD\nkind: price\nfrom: 2024\nsource: s\nbroad: maybe\n"
        #expect(throws: Diagnostic.self) { try ReferenceFileParser(path: "x.ref").parse(text) }
    }
}
