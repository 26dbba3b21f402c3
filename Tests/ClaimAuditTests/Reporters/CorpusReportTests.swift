import Foundation
import Testing
@testable import ClaimAudit

/// Golden reports of real Corpus documents through the whole pipeline.
///
/// These change whenever the scanner, the rules or the checker change what
/// they find; look at the diff, and when it is an improvement re-record
/// with `RECORD_SNAPSHOTS=1 swift test --filter CorpusReportTests`.
@Suite struct CorpusReportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let files = ["Corpus/a-support-cost-per-seat.txt", "Corpus/b-ev-charging-thread.txt"]

    static func audited() throws -> [AuditedDocument] {
        let configuration = try AuditConfiguration.defaults()
        // Reported with the paths a user in the checkout would type.
        return files.map { path in
            var doc = Auditor(configuration: configuration).audit(fileAt: root.appendingPathComponent(path).path)
            doc.path = path
            return doc
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func goldenReport(_ format: ReportFormat) throws {
        let documents = try Self.audited()
        let rules = try AuditConfiguration.defaults().rules.map(RuleDescriptor.descriptors(for:)) ?? [:]
        let report = format.makeReporter(options: ReportOptions(rules: rules)).generateReport(documents)
        assertSnapshot(report, named: "corpus.\(format.rawValue)", extension: format == .text || format == .github ? "txt" : "json")
    }

    @Test func everyLabelledMentionIsInTheJSON() throws {
        let documents = try Self.audited()
        for (doc, path) in zip(documents, Self.files) {
            let labels = Self.root.appendingPathComponent(path).deletingPathExtension().appendingPathExtension("expected.json")
            let data = try Data(contentsOf: labels)
            let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
            let quotes = try #require(object["mentions"] as? [[String: Any]]).compactMap { $0["quote"] as? String }
            let json = DocumentJSON.value(of: doc).serialized()
            let reported = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let texts = try #require(reported["mentions"] as? [[String: Any]]).compactMap { $0["text"] as? String }
            // Most labelled quotes are found as (part of) a reported mention.
            let found = quotes.filter { q in texts.contains { $0.contains(q) || q.contains($0) } }
            #expect(Double(found.count) >= 0.8 * Double(quotes.count), "\(path): \(found.count) of \(quotes.count) labelled mentions reported")
        }
    }
}
