import Foundation
import Testing
@testable import ClaimAudit

/// The checker does not confirm a figure by a coincidence of the numbers
/// around it: an open bound, a free plan, the digits of a date and a reading
/// that contradicts arithmetic written out. Prose written for these tests.
@Suite struct CoincidenceGuardTests {
    static func audit(_ text: String, format: SourceFormat = .text) throws -> AuditedDocument {
        Auditor(configuration: try AuditConfiguration.defaults()).audit(text: text, path: "post.txt", format: format)
    }

    static func verdict(of prefix: String, in doc: AuditedDocument) throws -> Verdict? {
        try #require(doc.mentions.first { $0.text.hasPrefix(prefix) }).assessment?.verdict
    }

    @Test func anOpenBoundConfirmsNoUnstatedProduct() throws {
        // `$49 × 61 ≈ $2,989` lies inside `$2,000+` (2,000 to 4,000): a coincidence, not arithmetic.
        let doc = try Self.audit("""
            [10:17] marco: the usage bill is $61,400 / 1,000 = about $61 per customer a month.
            [10:18] jen: ok but our starter plan is $49/mo so we're underwater on every starter customer??
            [10:19] priya: no. the 61 is an average skewed by the enterprise accounts paying $2,000+ a month

            """)
        let bound = try #require(doc.mentions.first { $0.text.hasPrefix("$2,000") })
        #expect(!(bound.assessment?.checks.contains { $0.agrees == true && $0.arithmetic.contains("$49") } ?? false))
        #expect(try Self.verdict(of: "$49", in: doc) == .unverifiable)
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

            Paid acquisition costs the app about $28 per new Studio member, which pays back in a little over four months on contribution.

            """, format: .markdown)
        let free = try #require(doc.mentions.first { $0.text == "$0" })
        #expect(free.assessment?.verdict == .unverifiable)
        let cac = try #require(doc.mentions.first { $0.text.hasPrefix("$28") })
        #expect(!(cac.assessment?.checks.contains { $0.arithmetic.contains("$0 per month") } ?? false))
        #expect(cac.assessment?.verdict == .unverifiable)
    }

    @Test func theDigitsOfADateCountNothing() throws {
        let numbers = SentenceNumbers.find(in: "[2025-03-31 08:20] dev: we pay 45 cents a can, call 555-0143 for 2-3 quotes", excluding: [])
        #expect(numbers.map(\.value).filter { [3, 31, 143, 2].contains($0) }.isEmpty)
        // post numbers, footnotes and the tail of a chat timestamp are no counts either
        let thread = SentenceNumbers.find(in: "02] frameDrop: as #2 said, 40 players cost us less than the ads [3]", excluding: [])
        #expect(thread.map(\.value) == [40])
        let doc = try Self.audit("""
            [2025-03-31 08:20] dev: vs the mobile canner, we pay Canbot 45 cents a can. at 6,000 cans a month that's $2,700 a month
            [2025-03-31 08:22] jonah: and a six-pack in the taproom is $1 off this week

            """)
        let can = try #require(doc.mentions.first { $0.text.hasPrefix("45 cents") })
        #expect(!(can.assessment?.checks.contains { $0.arithmetic.contains("03") } ?? false))
        #expect(can.assessment?.verdict == .holds)
    }

    @Test func aRestatementMissNeedsTheFiguresCloseAndAKnownDutyCycle() throws {
        // figures linked only by a far `so`, and an hourly rate against a monthly figure: no `× 730` miss
        let lawyers = try Self.audit("Their associates still bill $450 an hour, so $89 a month is not the line item they worry about.\n")
        #expect(try Self.verdict(of: "$89", in: lawyers) == .unverifiable)
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
            At list prices of $2.50 per million input tokens the job costs little. DeepSeek V3 is cheaper again, \
            quoted at $0.27 in and $1.10 out per million tokens.

            """)
        #expect(try Self.verdict(of: "$0.27", in: doc) != .fails)
        #expect(try Self.verdict(of: "$1.10", in: doc) != .fails)
        // an order of magnitude off the same kind of figure still fails
        let run = try Self.audit("DeepSeek says its final V3 training run cost $600 million in GPU time.\n")
        #expect(try Self.verdict(of: "$600 million", in: run) == .fails)
    }

    @Test func chainedWorkingIsReadOneEquationAtATime() throws {
        let doc = try Self.audit("Sonnet: 240 x $3 = $720 input + 32 x $15 = $480 output = $1,200 a month\n")
        #expect(try Self.verdict(of: "$480", in: doc) == .holds)
        #expect(try Self.verdict(of: "$1,200", in: doc) == .holds)
        // a sum that really misses still fails
        let wrong = try Self.audit("Haiku: 240 x $1 = $240 input + 32 x $5 = $190 output\n")
        #expect(try Self.verdict(of: "$190", in: wrong) == .fails)
    }

    @Test func tokenArithmeticReadsARateJottedPerMillion() throws {
        let doc = try Self.audit("your math is off, 25K x $2.50/M is 6.25 cents and 5K x $10/M is 5 cents, so 11 cents a turn\n")
        #expect(try Self.verdict(of: "6.25 cents", in: doc) == .holds)
        #expect(try Self.verdict(of: "5 cents", in: doc) == .holds)
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
}
