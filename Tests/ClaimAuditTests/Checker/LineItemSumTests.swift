import Foundation
import Testing
@testable import ClaimAudit

/// Cost lines in a list or a table and the total they add up to: a list
/// line's value is the figure after its label (not the rates that explain
/// it), a total may introduce its list as well as follow it, and a table's
/// total adds up its own column. Prose written for these tests.
@Suite struct LineItemSumTests {
    static func audit(_ text: String) throws -> AuditedDocument {
        try AuditedProse.audit(text, path: "breakdown.md", format: .markdown)
    }

    static func verdict(of prefix: String, in doc: AuditedDocument) throws -> Verdict? {
        try AuditedProse.verdict(of: prefix, in: doc)
    }

    @Test func figuresThatAnnotateALineAreNotItsValue() throws {
        // `$58 an hour` and `the $95 fee` explain their lines; the lines' values add up to $21.63.
        let doc = try Self.audit("""
            ## What one more grooming appointment costs

            The pieces that move with each booking:

            - Groomer time: $19.33 (20 minutes of a groomer paid $58 an hour)
            - Shampoo and towels: 70 cents an appointment
            - Card fees: $1.52 on the $95 fee
            - Booking software: 8 cents an appointment

            Those four lines add up to $21.63.

            """)
        for line in ["$19.33", "70 cents", "$1.52", "8 cents", "$21.63"] {
            #expect(try Self.verdict(of: line, in: doc) == .holds, "\(line)")
        }
        // the sum names the lines, not the annotations
        let total = try #require(doc.mentions.first { $0.text.hasPrefix("$21.63") })
        let sum = try #require(total.assessment?.checks.first { $0.agrees == true && $0.arithmetic.contains("+") })
        #expect(!sum.arithmetic.contains("$58") && !sum.arithmetic.contains("$95"))
    }

    @Test func aLineValueAfterItsLabelColon() throws {
        // the colon marks `$9.80` as the line's value; `$4.90 each` explains it
        let doc = try Self.audit("""
            The invoice, line by line:

            - Base plan: $64.00
            - Extra numbers, two at $4.90 each: $9.80
            - Regulatory fee: $3.15

            That adds up to $76.95 a month.

            """)
        #expect(try Self.verdict(of: "$76.95", in: doc) == .holds)
        #expect(try Self.verdict(of: "$9.80", in: doc) == .holds)
    }

    @Test func aTotalThatIntroducesItsList() throws {
        let doc = try Self.audit("""
            Serving one more household costs the meter company about $2.35 a month:

            - Cellular data for the meter: $0.90
            - Cloud storage of readings: $0.45
            - Billing and support: $1.00

            Nothing else in our budget moves with the number of homes.

            """)
        for line in ["$2.35", "$0.90", "$0.45", "$1.00"] {
            #expect(try Self.verdict(of: line, in: doc) == .holds, "\(line)")
        }
    }

    @Test func anIntroTotalTheLinesMissIsNotConfirmed() throws {
        // $0.90 + $0.45 + $1.10 = $2.45, not $2.35: no sum confirms the total
        let doc = try Self.audit("""
            Serving one more household costs the meter company about $2.35 a month:

            - Cellular data for the meter: $0.90
            - Cloud storage of readings: $0.45
            - Billing and support: $1.10

            """)
        let total = try #require(doc.mentions.first { $0.text.hasPrefix("$2.35") })
        #expect(!(total.assessment?.checks.contains { $0.agrees == true && $0.arithmetic.contains("+") } ?? false))
    }

    @Test func aTableTotalAddsUpItsOwnColumn() throws {
        let doc = try Self.audit("""
            ## Server costs, two months

            What the app's servers cost us, line by line:

            | Cost line | October cost | November cost |
            | --- | --- | --- |
            | Database | $4,100 | $4,350 |
            | Queue workers | $1,250 | $1,400 |
            | Backups | $650 | $610 |
            | **Total** | $6,000 | $6,360 |

            """)
        for cell in ["$4,100", "$1,250", "$650", "$6,000", "$4,350", "$1,400", "$610", "$6,360"] {
            #expect(try Self.verdict(of: cell, in: doc) == .holds, "\(cell)")
        }
    }

    @Test func equalCellsOfOneTableAreTwoQuantities() throws {
        // the budgeted $220,000 equals the actual $220,000 by chance: it is not checked by the actual's sum
        let doc = try Self.audit("""
            ## Retrofit costs

            What the heating retrofit cost the school, against its budget:

            | Line | Budgeted capex | Actual capex |
            | --- | --- | --- |
            | Boilers | $900,000 | $940,000 |
            | Pipework | $220,000 | $220,000 |
            | Controls | $75,000 | $60,000 |
            | **Total** | | $1,220,000 |

            """)
        let budgeted = try #require(doc.mentions.first { $0.text == "$220,000" })
        #expect(budgeted.assessment?.verdict == .unverifiable)
        let actual = try #require(doc.mentions.last { $0.text == "$220,000" })
        #expect(actual.assessment?.verdict == .holds)
        #expect(try Self.verdict(of: "$900,000", in: doc) == .unverifiable)
    }

    @Test func linesReadOutOneByOneAndTheirTotal() throws {
        // a treasurer reads the lines aloud, each a sentence, and sums them with no cue word
        let doc = try Self.audit("""
            TREASURER: Here are the fixed bills for the hall. Heating was $2,310. Insurance $845.
            Alarm monitoring, $390. The website, $115. That's $3,660 a year before anyone books it.

            """)
        for line in ["$2,310", "$845", "$390", "$115", "$3,660"] {
            #expect(try Self.verdict(of: line, in: doc) == .holds, "\(line)")
        }
    }

    @Test func figuresInARowThatMissTheTotalConfirmNothing() throws {
        // $2,310 + $845 + $390 + $115 = $3,660, not $3,600; and a figure between the lines and the
        // total (the $40 booking fee) breaks the run, so no cue-less sum is read across it
        let missed = try Self.audit("""
            Heating was $2,310. Insurance $845. Alarm monitoring, $390. The website, $115. That's $3,600 a year.

            """)
        #expect(try Self.verdict(of: "$3,600", in: missed) != .holds)
        #expect(try Self.verdict(of: "$845", in: missed) == .unverifiable)
        let interrupted = try Self.audit("""
            Heating was $2,310. Insurance $845. Alarm monitoring, $390. The website, $115.
            Bookings pay a $40 fee. Last year's total was $3,660.

            """)
        #expect(try Self.verdict(of: "$845", in: interrupted) == .unverifiable)
    }

    @Test func listLinesStatingTheUnitInTheirOwnWords() throws {
        // the lines say `a bag`, or nothing, and the total says `a delivery`: the list adds up exactly
        let doc = try Self.audit("""
            What one more grocery delivery uses up:

            - insulated liner: about $0.55 a bag
            - van fuel: about $1.20
            - card processing: about $0.75

            That's $2.50 a delivery in variable cost.

            """)
        for line in ["$0.55", "$1.20", "$0.75", "$2.50"] {
            #expect(try Self.verdict(of: line, in: doc) == .holds, "\(line)")
        }
    }

    @Test func bareFiguresSummedUpAsACostPerUnit() throws {
        // the parts state no unit; the sentence after them sums them up per mug
        let doc = try Self.audit("""
            What goes into one glazed mug? The clay is 95p. Glaze and a share of the kiln \
            wash come to about 40p. Firing one more mug in a full kiln adds 55p of power, and \
            the box is 30p. That's £2.20 per mug before my time.

            """)
        for part in ["95p", "40p", "55p", "30p", "£2.20"] {
            #expect(try Self.verdict(of: part, in: doc) == .holds, "\(part)")
        }
    }

    @Test func bareFiguresThatOnlyHappenToAddUpConfirmNothing() throws {
        // three menu prices that add up to a per-head price by chance: no sentence sums them up
        let doc = try Self.audit("""
            Tacos are $5, drinks $3. The weekday lunch special is $14. Catering is $22 a head.

            """)
        #expect(try Self.verdict(of: "$22", in: doc) != .holds)
        #expect(try Self.verdict(of: "$14", in: doc) != .holds)
    }

    @Test func bareListLinesOfATotalPerUnitAndMonth() throws {
        // the lines state neither the meter nor the month; the sentence after the list does
        let doc = try Self.audit("""
            What one smart meter costs us each month:

            - Cellular data for readings: 41 cents
            - Cloud storage and dashboards: 17 cents
            - Support share: 12 cents

            That is 70 cents per meter per month, against the $4 a household pays.

            """)
        for part in ["41 cents", "17 cents", "12 cents", "70 cents"] {
            #expect(try Self.verdict(of: part, in: doc) == .holds, "\(part)")
        }
    }

    @Test func aSentenceThatListsTheTotalsParts() throws {
        // `That is …` right after a total names its parts: bare figures that add up to it exactly
        let doc = try Self.audit("""
            Each delivery costs us about $9 an order. That is $5 for the rider, $3 of packaging \
            and $1 of card fees.

            """)
        for part in ["$9", "$5", "$3", "$1"] {
            #expect(try Self.verdict(of: part, in: doc) == .holds, "\(part)")
        }
        let miss = try Self.audit("""
            Each delivery costs us about $9 an order. That is $5 for the rider, $2 of packaging \
            and $1 of card fees.

            """)
        #expect(try Self.verdict(of: "$5", in: miss) != .holds)
    }
}
