import Foundation
import Testing
@testable import ClaimAudit

/// A rate restated per a longer period uses the duty cycle the text states
/// (`22 days a month`, `six days a week`), not the calendar; a bare total the
/// words put in a longer period is a calendar multiple of the rate. Prose
/// written for these tests.
@Suite struct DutyCycleTests {
    @Test func aStatedDutyThatMissesFails() throws {
        // 22 × $45 = $990, not the calendar month's $1,369 nor the $1,200 the writer gives
        let doc = try AuditedProse.audit("""
            The generator burns about $45 of diesel a day on site. We work 22 days a month, so that's $1,200 a month on fuel.

            """)
        #expect(try AuditedProse.verdict(of: "$1,200", in: doc) == .fails)
        let explanation = try #require(doc.mentions.first { $0.text.hasPrefix("$1,200") }?.assessment?.checks.map(\.arithmetic))
        #expect(explanation.contains { $0.contains("× 22 (22 days a month) = $990") }, "\(explanation)")
    }

    @Test func aStatedDutyThatAgreesHolds() throws {
        let doc = try AuditedProse.audit("Ice for the stall costs us $20 a day and we open six days a week, so that's $120 a week.\n")
        #expect(try AuditedProse.verdict(of: "$120", in: doc) == .holds)
    }

    @Test func theCalendarNoLongerConfirmsWhatTheDutyRefutes() throws {
        // $60 × 30.4 ≈ $1,825 would agree with $1,800, but the text says 25 days
        let doc = try AuditedProse.audit("""
            Gas runs about $60 a day when the truck is out. It is out 25 days a month, so that's $1,800 a month.

            """)
        #expect(try AuditedProse.verdict(of: "$1,800", in: doc) == .fails)
        // without a stated duty the calendar month still confirms it
        let calendar = try AuditedProse.audit("Gas runs about $60 a day, so that's $1,800 a month.\n")
        #expect(try AuditedProse.verdict(of: "$1,800", in: calendar) == .holds)
    }

    @Test func aBareTotalOverAPeriodIsAMultipleOfTheRate() throws {
        // 12 × $39 = $468, not $483
        let doc = try AuditedProse.audit("The lab's panel plan costs us $39 a month, so over a year that plan comes to $483.\n")
        #expect(try AuditedProse.verdict(of: "$483", in: doc) == .fails)
        let agreeing = try AuditedProse.audit("The lab's panel plan costs us $39 a month, so over a year that plan comes to $468.\n")
        #expect(try AuditedProse.verdict(of: "$468", in: agreeing) == .holds)
        // a total far from any multiple is another quantity, not a slip
        let other = try AuditedProse.audit("The lab's panel plan costs us $39 a month, so over a year the whole lab comes to $48,000.\n")
        #expect(try AuditedProse.verdict(of: "$48,000", in: other) != .fails)
    }

    @Test func aBareTotalOverAPeriodInTheNextSentence() throws {
        let doc = try AuditedProse.audit("The lab's panel plan costs us $39 a month. Over a year that comes to $483.\n")
        #expect(try AuditedProse.verdict(of: "$483", in: doc) == .fails)
        let agreeing = try AuditedProse.audit("The lab's panel plan costs us $39 a month. Over a year that comes to $468.\n")
        #expect(try AuditedProse.verdict(of: "$468", in: agreeing) == .holds)
        // another paragraph is another passage
        let apart = try AuditedProse.audit("The lab's panel plan costs us $39 a month.\n\nOver a year the freezer repairs came to $483.\n")
        #expect(try AuditedProse.verdict(of: "$483", in: apart) != .fails)
    }

    @Test func dutiesAreReadFromTheWords() {
        let found = DerivedStatementCheck.duties(in: "we are out 25 days a month and eight hours a day, 2 weeks per year")
        #expect(found.map { "\(Int($0.count)) \($0.unit)/\($0.per)" } == ["25 day/month", "8 hour/day", "2 week/year"])
        #expect(DerivedStatementCheck.duties(in: "it took 25 days a month ago").count == 1)
        #expect(DerivedStatementCheck.duties(in: "a day a month is plenty").isEmpty)
    }
}
