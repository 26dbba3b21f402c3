import Testing
@testable import ClaimAudit

/// `keeps-class: yes` lets a mention keep the class its own rule decides when
/// other mentions of the same figure vote the claim a conflation.
@Suite struct KeepsClassTests {
    static let text = "A viral post says each heavy subscriber on the $50 plan costs the lab $3,000 a month in compute at API prices. "
        + "The lab pays far less than that to serve them. "
        + "A transcription startup that pays list price to the vendor does carry the $3,000 a month for such an account."

    @Test func aResellersListPriceBillStaysMarginalBesideTheConflatedHeadline() {
        let doc = RuleTestSupport.classify(Self.text).classifications
        #expect(doc.count == 3)
        #expect(doc[1]?.costClass == .conflation)
        #expect(doc[2]?.costClass == .marginal)
        #expect(doc[2]?.ruleID == "marginal.payer-list-rate")
    }

    func match(_ id: String, _ costClass: CostClass, priority: Int, keeps: Bool = false) -> Classifier.RuleMatch {
        var rule = Rule(id: id, location: RuleTestSupport.defaultRules.rules[0].location)
        rule.kind = .cost
        rule.costClass = costClass
        rule.priority = priority
        rule.keepsClass = keeps
        return Classifier.RuleMatch(rule: rule, evidence: [])
    }

    @Test func onlyMarkedRulesAndStrongStatedAveragesStandAgainstAConflationVote() {
        let conflation = match("c", .conflation, priority: 90)
        #expect(Classifier.keepsOwnClass(match("m", .marginal, priority: 30, keeps: true), against: conflation))
        #expect(!Classifier.keepsOwnClass(match("m", .marginal, priority: 95), against: conflation))
        #expect(Classifier.keepsOwnClass(match("f", .fixed, priority: 85), against: conflation))
        #expect(!Classifier.keepsOwnClass(match("f", .fixed, priority: 60), against: conflation))
        // Against a marginal or fixed pool the key changes nothing.
        #expect(!Classifier.keepsOwnClass(match("m", .marginal, priority: 30, keeps: true), against: match("f", .fixed, priority: 70)))
    }

    @Test func theKeyTakesYesOrNo() throws {
        let text = "rule r.one\n  kind: cost\n  class: marginal\n  keeps-class: maybe\n"
        #expect(throws: Diagnostic.self) { _ = try RuleSet.parse([(path: "bad.rules", text: text)]) }
        let ok = try RuleSet.parse([(path: "ok.rules", text: "rule r.one\n  kind: cost\n  class: marginal\n  keeps-class: yes\n  when: sentence has \"pays\"\n")])
        #expect(ok.rules.first { $0.id == "r.one" }?.keepsClass == true)
    }
}
