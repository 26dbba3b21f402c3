import Foundation
import Testing
@testable import ClaimAudit

/// Reporters on real Corpus documents.
///
/// The goldens are built from the human labels (`LabelledDocuments`), so
/// they change only when a reporter or those labels change. The full
/// pipeline's output changes with every rule; it is checked for the
/// properties every report must have instead.
@Suite struct CorpusReportTests {
    static let goldenFiles = ["Corpus/a-press-release-assistant-launch.html", "Corpus/a-support-cost-per-seat.txt"]

    @Test(arguments: ReportFormat.allCases)
    func goldenReport(_ format: ReportFormat) throws {
        let documents = try Self.goldenFiles.map(LabelledDocuments.document)
        #expect(documents.allSatisfy { $0.mentions.count >= 10 })
        let report = format.makeReporter().generateReport(documents)
        assertSnapshot(report, named: "corpus", extension: format.snapshotExtension)
    }

    /// Every fifth Corpus document (to stay fast) through the whole
    /// pipeline: each format parses, keeps every mention or finding, and
    /// points at the right bytes.
    @Test func fullPipelineReportsAreWellFormed() throws {
        let configuration = try AuditConfiguration.defaults()
        let corpus = LabelledDocuments.root.appendingPathComponent("Corpus")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { SourceFormat(fileExtension: ($0 as NSString).pathExtension) != nil && $0 != "README.md" }.sorted()
            .enumerated().filter { $0.offset % 5 == 0 }.map(\.element)
        #expect(files.count >= 6)
        let documents = BatchAudit(auditor: Auditor(configuration: configuration))
            .run(files.map { .file(path: corpus.appendingPathComponent($0).path, format: nil) })
        let findings = documents.map { FindingPolicy.findings(in: $0).count }

        // JSON: one object per file, every mention, spans that hold the text.
        let jsonl = JSONLinesReporter().generateReport(documents).split(separator: "\n")
        #expect(jsonl.count == documents.count)
        for (line, doc) in zip(jsonl, documents) {
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let mentions = try #require(object["mentions"] as? [[String: Any]])
            #expect(mentions.count == doc.mentions.count)
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: doc.path)))
            for m in mentions {
                let span = try #require(m["span"] as? [String: Int])
                let text = String(decoding: bytes[span["start"]!..<span["end"]!], as: UTF8.self)
                #expect(text == m["text"] as? String)
            }
        }
        #expect(try JSONSerialization.jsonObject(with: Data(JSONReporter().generateReport(documents).utf8)) is [Any])

        // Text: one unindented line per finding.
        let text = TextReporter().generateReport(documents)
        #expect(text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count == findings.reduce(0, +))

        // SARIF: one result per finding, indices and fingerprints consistent.
        let sarif = try #require(JSONSerialization.jsonObject(with: Data(SARIFReporter().generateReport(documents).utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == findings.reduce(0, +))
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        var fingerprints: Set<String> = []
        for r in results {
            #expect(rules[r["ruleIndex"] as? Int ?? -1]["id"] as? String == r["ruleId"] as? String)
            let uri = ((r["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
                .flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String } ?? ""
            let print = (r["partialFingerprints"] as? [String: String])?["claimAudit/v1"] ?? ""
            #expect(fingerprints.insert(uri + " " + print).inserted)
        }

        // GitHub: capped at ten per level, plus the note about the rest.
        let commands = GitHubReporter().commands(documents)
        for level in ["error", "warning", "notice"] { #expect(commands.filter { $0.command == level }.count <= 10) }
    }
}
