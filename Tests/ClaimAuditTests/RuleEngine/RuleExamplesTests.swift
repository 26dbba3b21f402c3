import Foundation
import Testing
@testable import ClaimAudit

/// Every rule's `example:` and `counter:` lines, run through the real
/// pipeline (text masker, money scanner, the default rules): the SwiftLint
/// "examples as tests" idea. An `example:` figure must be decided by its rule
/// (its kind/class, or its stance for a stance rule); a `counter:` figure must
/// not be.
@Suite struct RuleExamplesTests {
    static let rules = RuleTestSupport.defaultRules
    static let ruleIDs = rules.rules.filter { !$0.examples.isEmpty }.map(\.id)

    @Test(arguments: ruleIDs) func examplesOfRule(_ id: String) throws {
        let rule = try #require(Self.rules.rule(id: id))
        for example in rule.examples {
            let classified = RuleTestSupport.classify(example.text, rules: Self.rules, format: .markdown)
            // Raw ranges: the marker offset is in the raw example text.
            let map = classified.scanned.prose.map
            let raws = classified.scanned.scan.mentions.map { map.rawRange(of: $0.range) }
            let target = raws.firstIndex { $0.contains(example.markerOffset) }
                ?? raws.firstIndex { $0.lowerBound >= example.markerOffset }
            guard let i = target, abs(raws[i].lowerBound - example.markerOffset) <= 12 else {
                Issue.record("\(example.location): the scanner finds no money mention at ↓ in: \(example.marked)")
                continue
            }
            let c = try #require(classified.classifications[i])
            let decided = (rule.decidesKind && c.ruleID == rule.id) || (rule.decidesStance && c.stanceRuleID == rule.id)
            if example.triggers {
                #expect(decided, "\(example.location): expected \(rule.id), got \(c.ruleID) / \(c.stanceRuleID ?? "no stance rule") for: \(example.marked)")
            } else {
                #expect(!decided, "\(example.location): \(rule.id) should not decide: \(example.marked)")
            }
        }
    }

    /// Every rule but the last-resort fallback documents itself with examples.
    @Test func everyRuleHasAnExample() {
        let missing = Self.rules.rules.filter { rule in !rule.examples.contains(where: \.triggers) && !rule.id.hasPrefix("context.heading") }
        #expect(missing.isEmpty, "rules without an example: \(missing.map(\.id))")
    }
}
