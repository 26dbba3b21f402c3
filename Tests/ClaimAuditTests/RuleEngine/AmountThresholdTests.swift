import Foundation
import Testing
@testable import ClaimAudit

/// `amount above` and `amount below` compare about a dollar's worth, whatever
/// the currency: `¥3,000` a month is not above 1000, `$3,000` is.
@Suite struct AmountThresholdTests {
    @Test func aThresholdIsInDollarsWorth() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amount-threshold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            rule test.large-sum
              kind: other
              priority: 99
              when: amount above 1000
              summary: A figure above a thousand dollars' worth.
              explain: {amount} is large.

            """.write(to: folder.appendingPathComponent("large.rules"), atomically: true, encoding: .utf8)
        var configuration = try AuditConfiguration.defaults()
        configuration.rules = try RuleSet.load(directories: [RuleTestSupport.defaultRulesDirectory, folder])
        let auditor = Auditor(configuration: configuration)
        func rule(_ text: String) -> String? {
            auditor.audit(text: text, path: "plans.txt", format: .text).mentions.first?.classification?.ruleID
        }
        #expect(rule("In Tokyo the plan is ¥3,000 a month.\n") != "test.large-sum")
        #expect(rule("In Chicago the plan is $3,000 a month.\n") == "test.large-sum")
        #expect(rule("In Tokyo the console is ¥450,000.\n") == "test.large-sum")
        #expect(ConditionEvaluator.dollarsPerUnit("EUR") == 1)
    }
}
