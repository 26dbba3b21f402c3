import Foundation
import Testing
@testable import ClaimAudit

/// Prints how the default rules classify a text: a debugging aid for rule
/// authors. Runs only when `CLAIMAUDIT_DEBUG_TEXT` holds the text:
///
///     CLAIMAUDIT_DEBUG_TEXT='It costs $5 per user.' swift test --filter ExplainTextDebugTests
@Suite struct ExplainTextDebugTests {
    static let text = ProcessInfo.processInfo.environment["CLAIMAUDIT_DEBUG_TEXT"]

    @Test(.enabled(if: text != nil)) func explainText() throws {
        let rules = try RuleSet.load(directories: [RuleTestSupport.defaultRulesDirectory])
        let document = SourceDocument(path: "<debug>", text: Self.text!, format: .text)
        let scanned = Auditor().scan(document)
        let classified = Classifier(rules: rules).classify(scanned)
        let decisions = Classifier(rules: rules).decide(scanned)
        for (i, m) in scanned.scan.mentions.enumerated() {
            let c = classified.classifications[i]
            print("[\(scanned.prose.string(m.range))] per=\(m.per.map(\.description)) amount=\(m.amount.low)-\(m.amount.high) sentence=\(m.sentenceIndex)")
            print("   → \(c?.kind.rawValue ?? "-")/\(c?.costClass?.rawValue ?? "-") \(c?.stance.rawValue ?? "-") rule=\(c?.ruleID ?? "-") stanceRule=\(c?.stanceRuleID ?? "-")")
            print("   evidence: \((c?.evidence ?? []).map { "\($0.feature)=\($0.cue)" }.joined(separator: "; "))")
            print("   matched: \(decisions[i].kindMatches.map { "\($0.rule.id)(\($0.rule.priority))" }.joined(separator: ", "))")
            print("   explanation: \(c?.explanation ?? "-")")
        }
    }
}
