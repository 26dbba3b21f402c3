import Foundation
import Testing
@testable import ClaimAudit

/// Times the scanner and the classifier on a file, to check that
/// classification grows linearly with the text. Runs only when
/// `CLAIMAUDIT_PERF_FILE` names the file.
@Suite struct ClassifierTimingTests {
    static let path = ProcessInfo.processInfo.environment["CLAIMAUDIT_PERF_FILE"]

    @Test(.enabled(if: path != nil)) func timeClassification() throws {
        let text = try String(contentsOfFile: Self.path!, encoding: .utf8)
        let clock = ContinuousClock()
        var scanned: ScannedDocument?
        let scanTime = clock.measure { scanned = Auditor().scan(SourceDocument(path: "perf", text: text, format: .text)) }
        var classified: ClassifiedDocument?
        let classifyTime = clock.measure { classified = Classifier(rules: RuleTestSupport.defaultRules).classify(scanned!) }
        print("bytes \(text.utf8.count) mentions \(scanned!.scan.mentions.count) scan \(scanTime) classify \(classifyTime) claims \(classified!.claims.count)")
    }
}
