import Foundation
import Testing
@testable import ClaimAudit

/// Minimal inputs that once crashed or slowed the pipeline.
@Suite struct CrashRegressionTests {
    @Test("an amount past Double's range is formatted, not a trap")
    func hugeAmount() {
        // The fuzzer reached this through DerivedStatementCheck with a
        // `$` followed by hundreds of nines.
        #expect(MoneyFormatting.money(.infinity).contains("∞"))
        #expect(MoneyFormatting.rate(low: .infinity, high: .infinity, currency: "USD", per: []).contains("∞"))
        let nines = String(repeating: "9", count: 400)
        let text = "Serving costs $\(nines) per user per month, and 5 users cost $\(nines) per month."
        let result = Robustness.auditor.audit(text: text, format: .text)
        #expect(Robustness.violations(of: result, bytes: Array(text.utf8)).isEmpty)
        #expect(Robustness.reporterViolations([result]).isEmpty)
    }

    @Test("a count at the very start of a sentence ends the subject search, not the process")
    func countFirstInSentence() {
        // Looking back from the amount for an each/every subject read the
        // token before the first one (out of bounds) when the sentence began
        // with a number.
        for text in ["2,000 of them cost us $5 each.", "40 riders cost $3.", "1 more user costs $5,000?"] {
            let result = Robustness.auditor.audit(text: text, format: .text)
            #expect(result.mentions.count == 1, "\(text)")
            #expect(Robustness.violations(of: result, bytes: Array(text.utf8)).isEmpty)
        }
    }

    @Test("columns on one very long line are right far from its start")
    func longLineColumns() {
        let text = String(repeating: "They spend $5K per user per month, é. ", count: 400)
        let bytes = Array(text.utf8)
        let result = Robustness.auditor.audit(text: text, format: .text)
        #expect(result.mentions.count >= 400)
        let sample = AuditedDocument(path: "l", format: .text, mentions: Array(result.mentions.suffix(5)), claims: [], diagnostics: [])
        #expect(Robustness.violations(of: sample, bytes: bytes).filter { !$0.contains("names claim") }.isEmpty)
    }

    @Test("one figure repeated thousands of times is one claim")
    func giantClaim() {
        let text = String(repeating: "Serving costs $5,000 per user. ", count: 2_000)
        let result = Robustness.auditor.audit(text: text, format: .text)
        #expect(result.mentions.count == 2_000)
        #expect(result.claims.count == 1)
    }
}
