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
        let failures = RuleExampleVerifier(rules: Self.rules).verify(rule)
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    /// A broken example is reported with its rule file's line.
    @Test func aWrongExampleIsReportedWithItsLocation() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ca-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try """
        rule test.price-says-cost
          kind: price
          priority: 99
          when: sentence has "plan"
          summary: A deliberately wrong rule for the test.
          example: The plan is billed at ↓$20 a month.
          counter: Our plan costs us ↓$3 in compute per user.
        """.write(to: dir.appendingPathComponent("99-test.rules"), atomically: true, encoding: .utf8)
        let set = try RuleSet.load(directories: [RuleTestSupport.defaultRulesDirectory, dir])
        let failures = RuleExampleVerifier(rules: set).verify(ids: ["test.price-says-cost"])
        #expect(failures.count == 1)
        #expect(failures.first?.location.line == 7)
        #expect(failures.first?.description.contains("should not decide") == true)
    }

    /// Every rule but the last-resort fallback documents itself with examples.
    @Test func everyRuleHasAnExample() {
        let missing = Self.rules.rules.filter { rule in !rule.examples.contains(where: \.triggers) && !rule.id.hasPrefix("context.heading") }
        #expect(missing.isEmpty, "rules without an example: \(missing.map(\.id))")
    }
}
