import Foundation
import Testing
@testable import ClaimAudit

/// The checker does not confirm a figure by a coincidence of the numbers
/// around it: an open bound, a free plan, the digits of a date and a reading
/// that contradicts arithmetic written out. Prose written for these tests.
@Suite struct CoincidenceGuardTests {
    static func audit(_ text: String, format: SourceFormat = .text) throws -> AuditedDocument {
        try AuditedProse.audit(text, path: "post.txt", format: format)
    }

    static func verdict(of prefix: String, in doc: AuditedDocument) throws -> Verdict? {
        try AuditedProse.verdict(of: prefix, in: doc)
    }

    @Test func anOpenBoundConfirmsNoUnstatedProduct() throws {
        // `$39 × 48 ≈ $1,872` lies inside `$1,500+` (1,500 to 3,000): a coincidence, not arithmetic.
        let doc = try Self.audit("""
            [14:02] ana: storage is $48,300 / 1,000 = about $48 per tenant a month.
            [14:03] raj: but the basic tier is $39/mo so we lose on every basic tenant??
            [14:04] ana: no, the 48 is an average pulled up by big tenants paying $1,500+ a month

            """)
        let bound = try #require(doc.mentions.first { $0.text.hasPrefix("$1,500") })
        #expect(!(bound.assessment?.checks.contains { $0.agrees == true && $0.arithmetic.contains("$39") } ?? false))
        #expect(try Self.verdict(of: "$39", in: doc) == .unverifiable)
        // a bound still agrees with a product of the same kind of bound
        let stated = try Self.audit("Each seat costs us over $40 a month, so 50 seats come to over $2,000 a month.\n")
        #expect(try Self.verdict(of: "$2,000", in: stated) != .fails)
    }

    @Test func aFreePlanPaysNothingBack() throws {
        // `$0` reads 0 to 50 cents a month, so any break-even at all would divide by it and agree.
        let doc = try Self.audit("""
            | Plan | Price per month | Songs included |
            | --- | --- | --- |
            | Free | $0 | 10 |
            | Studio | $12 | 400 |

            Serving a Studio member costs about $3 a month in GPU time.

            Winning a Studio member through ads costs about $31, earned back in a bit over five months of contribution.

            """, format: .markdown)
        let free = try #require(doc.mentions.first { $0.text == "$0" })
        #expect(free.assessment?.verdict == .unverifiable)
        let cac = try #require(doc.mentions.first { $0.text.hasPrefix("$31") })
        #expect(!(cac.assessment?.checks.contains { $0.arithmetic.contains("$0 per month") } ?? false))
        #expect(cac.assessment?.verdict == .unverifiable)
    }

    @Test func theDigitsOfADateCountNothing() throws {
        let numbers = SentenceNumbers.find(in: "[2025-03-31 08:20] dev: we pay 45 cents a can, call 555-0143 for 2-3 quotes", excluding: [])
        #expect(numbers.map(\.value).filter { [3, 31, 143, 2].contains($0) }.isEmpty)
        // post numbers, footnotes and the tail of a chat timestamp are no counts either
        let thread = SentenceNumbers.find(in: "02] pixelpete: as #2 said, 40 players cost us less than the ads [3]", excluding: [])
        #expect(thread.map(\.value) == [40])
        let doc = try Self.audit("""
            [2025-06-02 09:40] lee: the co-packer charges us 38 cents a bottle. at 5,000 bottles a month that's $1,900 a month

            """)
        let bottle = try #require(doc.mentions.first { $0.text.hasPrefix("38 cents") })
        #expect(!(bottle.assessment?.checks.contains { $0.arithmetic.contains("06") } ?? false))
        #expect(bottle.assessment?.verdict == .holds)
    }

    @Test func aRestatementMissNeedsTheFiguresCloseAndAKnownDutyCycle() throws {
        // figures linked only by a far `so`, and an hourly rate against a monthly figure: no `× 730` miss
        let lawyers = try Self.audit("Partners there charge clients $600 an hour, so $49 a month is not a line item anyone notices.\n")
        #expect(try Self.verdict(of: "$49", in: lawyers) == .unverifiable)
        // the hours are stated: the product is checked, and the hourly rate is not restated × 168
        let staff = try Self.audit("Two attendants at $17 an hour cover about 90 hours a week between them, so the wage bill is $1,530 a week.\n")
        #expect(try Self.verdict(of: "$1,530", in: staff) == .holds)
        // a restatement stated right after its figure still fails when it misses
        let wrong = try Self.audit("The lab spends $700K a day on inference, which is about $25 million a year.\n")
        #expect(try Self.verdict(of: "$25 million", in: wrong) == .fails)
    }

    @Test func aBareFigureFarFromALumpSumReferenceIsAnotherQuantity() throws {
        // DeepSeek's $5.576M final run is no reference for `$0.27 in`: millions of times apart, not a wrong figure.
        let doc = try Self.audit("""
            At list prices of $2.50 per million input tokens the job costs little. The DeepSeek V3 API comes in \
            far lower: $0.27 in and $1.10 out per million tokens.

            """)
        #expect(try Self.verdict(of: "$0.27", in: doc) != .fails)
        #expect(try Self.verdict(of: "$1.10", in: doc) != .fails)
        // an order of magnitude off the same kind of figure still fails
        let run = try Self.audit("DeepSeek says its final V3 training run cost $600 million in GPU time.\n")
        #expect(try Self.verdict(of: "$600 million", in: run) == .fails)
    }

    @Test func chainedWorkingIsReadOneEquationAtATime() throws {
        let doc = try Self.audit("Opus: 300 x $5 = $1,500 input + 40 x $25 = $1,000 output = $2,500 a month\n")
        #expect(try Self.verdict(of: "$1,000", in: doc) == .holds)
        #expect(try Self.verdict(of: "$2,500", in: doc) == .holds)
        // a sum that really misses still fails
        let wrong = try Self.audit("Haiku: 240 x $1 = $240 input + 32 x $5 = $190 output\n")
        #expect(try Self.verdict(of: "$190", in: wrong) == .fails)
    }

    @Test func tokenArithmeticReadsARateJottedPerMillion() throws {
        let doc = try Self.audit("nah check it: 40K x $3/M is 12 cents, plus 2K x $15/M is 3 cents, so about 15 cents per chat\n")
        #expect(try Self.verdict(of: "12 cents", in: doc) == .holds)
        #expect(try Self.verdict(of: "3 cents", in: doc) == .holds)
        let rate = try #require(doc.mentions.first { $0.text.hasPrefix("$3/M") })
        #expect(rate.per == [Denominator(count: 1_000_000, unit: "token")])
    }

    @Test func arithmeticWrittenOutOutweighsAnInferredMiss() throws {
        // Read without the `× 12`, `$7,200 ÷ 90,000 players` is 8 cents, ten times under the dollar;
        // the sentence writes the product out, and it agrees.
        let doc = try Self.audit("""
            A rival team told me their studio "pays $3M a year in hosting for 25,000 players", which they say \
            is $1,200 per player a year. Redo the division: it is a tenth of that. Even so it dwarfs ours: \
            $7,200 × 12 ÷ 90,000 players is under a dollar per player per year.

            """)
        let dollar = try #require(doc.mentions.first { $0.text.hasPrefix("a dollar") })
        #expect(dollar.assessment?.verdict == .holds)
        #expect(dollar.assessment?.checks.contains { $0.agrees == false } == false)
    }

    @Test func aChatClockTimeIsNoLabelledCount() throws {
        // `09:04` after a speaker's name is a time; read as a count of 4 it made $8.10 × 4 "agree" with $32
        let doc = try Self.audit("""
            **Priya (ops)** 09:04

            numbers from the usage export, model spend per user this month:

            - median Starter user: $8.10
            - p90 Starter user: $32

            """, format: .markdown)
        let median = try #require(doc.mentions.first { $0.text.hasPrefix("$8.10") })
        #expect(!(median.assessment?.checks.contains { $0.arithmetic.contains("priya") } ?? false))
        #expect(median.assessment?.verdict == .unverifiable)
        // a labelled count still serves the sentences after it
        let configuration = try AuditConfiguration.defaults()
        let auditor = Auditor(configuration: configuration)
        let scanned = auditor.scan(SourceDocument(path: "a.txt", text: "Seats sold: 140\n\n09:41 Each seat costs us $9 a month.\n", format: .text))
        let classified = Classifier(rules: try #require(configuration.rules)).classify(scanned)
        let counts = DerivedStatementCheck.labelledCounts(DocumentFacts(classified, today: .today()))
        #expect(counts.map(\.number.value) == [140])
    }
}
