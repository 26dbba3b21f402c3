import Foundation
import Testing
@testable import ClaimAudit

/// Conflations found from evidence outside the figure's own words: a cost the
/// text rejects, a per-user cost relayed from someone else, and a reported
/// per-unit cost ten times the one the same text states (`smaller figure`).
@Suite struct DocumentEvidenceConflationTests {
    func decisions(_ text: String, format: SourceFormat = .text) -> [Classification?] {
        RuleTestSupport.classify(text, format: format).classifications
    }

    @Test func aReportedPerUnitCostTenTimesTheStatedOneIsAConflation() {
        let doc = decisions("""
        Each bike hire costs the scheme about 40 cents per ride in repairs and charging.

        A council leaflet claims every ride costs the scheme $6 per ride.
        """)
        #expect(doc.count == 2)
        #expect(doc.first??.costClass == .marginal)
        #expect(doc.last??.costClass == .conflation)
        #expect(doc.last??.ruleID == "conflation.dwarfs-stated-unit-cost")
    }

    @Test func anAverageStatedAsSuchKeepsItsClassWhenTheSameFigureIsConflatedElsewhere() {
        let doc = decisions("""
        A viral post says every subscriber costs the service $60 a year.

        That is content spend divided by subscribers: on average, $60 per subscriber a year.
        """)
        #expect(doc.count == 2)
        #expect(doc.first??.costClass == .conflation)
        #expect(doc.last??.costClass == .fixed)
        #expect(doc.last??.ruleID == "fixed.average-stated")
    }

    @Test func aReportedCostCloseToTheStatedOneIsNotCaughtByTheRatio() {
        let doc = decisions("""
        Each bike hire costs the scheme about $4 per ride in repairs and charging.

        A council leaflet claims every ride costs the scheme $6 per ride.
        """)
        #expect(doc.last??.ruleID != "conflation.dwarfs-stated-unit-cost")
    }

    @Test func figuresSharingOnlyAPeriodAreNotComparedPerUnit() {
        let doc = decisions("""
        Our storage bill is about $40 a month.

        A competitor claims the support contract would cost us $4,000 a month.
        """)
        #expect(doc.last??.ruleID != "conflation.dwarfs-stated-unit-cost")
    }

    @Test func aRejectedCostOfEachMemberIsAConflation() {
        let doc = decisions("No, the gym chain does not spend anything like $90 a month on each member.")
        #expect(doc.first??.costClass == .conflation)
        #expect(doc.first??.stance == .negated)
    }

    @Test func aRejectedChangeInCostIsNotAConflation() {
        let doc = decisions("The hosting bill would not have gone up by a cent with one more subscriber.")
        #expect(doc.first??.costClass != .conflation)
    }

    @Test func aRelayedPerUserCostIsAConflationButARelayedServingCostIsNot() {
        let relayed = decisions("According to the pitch deck, the meal-kit startup spends $70 on every customer each month.")
        #expect(relayed.first??.costClass == .conflation)
        #expect(relayed.first??.stance == .attributed)
        let serving = decisions("According to the pitch deck, the meal-kit startup spends $3 per customer each month on support.")
        #expect(serving.first??.costClass != .conflation)
    }

    @Test func aCompanyBurningMoneyPerSubscriberIsAConflation() {
        let doc = decisions("The newsletter says the audiobook app is burning $38 per subscriber every month.")
        #expect(doc.first??.costClass == .conflation)
        let hosting = decisions("The audiobook app burns $0.40 per subscriber per month on cloud hosting.")
        #expect(hosting.first??.costClass != .conflation)
    }

    @Test func smallerFigureNeedsAKindOrClass() {
        let text = """
        rule r.one
          kind: cost
          class: conflation
          when: smaller figure is tiny
        """
        #expect(throws: Diagnostic.self) { _ = try RuleSet.parse([(path: "bad.rules", text: text)]) }
    }
}
