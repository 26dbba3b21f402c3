import Foundation
import Testing
@testable import ClaimAudit

@Suite struct EvaluatorTests {
    /// A folder with: a.md + labels (one quote missing), b.txt + labels,
    /// c.expected.json with no document, notes.md without labels.
    func corpus() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws {
            try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        try write("a.md", "The team says serving costs $0.40 per user a month.\n")
        try write("a.expected.json", #"{"mentions": [{"quote": "$0.40", "kind": "cost", "class": "marginal"}, {"quote": "$4", "kind": "price"}]}"#)
        try write("sub/b.txt", "Tickets were $12 each.\n")
        try write("sub/b.expected.json", #"{"mentions": [{"quote": "$12", "kind": "price", "per": ["ticket"]}]}"#)
        try write("c.expected.json", #"{"mentions": []}"#)
        try write("notes.md", "Unlabelled: $99.\n")
        try FileManager.default.createDirectory(atPath: dir + "/holdout", withIntermediateDirectories: true)
        try write("holdout/h.md", "Held out: $7.\n")
        try write("holdout/h.expected.json", #"{"mentions": [{"quote": "$7", "kind": "price"}]}"#)
        return dir
    }

    @Test func findsLabelledDocumentsRecursively() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (found, errors) = LabelledDocument.discover([dir])
        #expect(found.map { ($0.documentPath as NSString).lastPathComponent } == ["a.md", "b.txt"])
        #expect(errors.count == 1)
        #expect(errors[0].path == dir + "/c.expected.json")
        #expect(errors[0].message.hasPrefix("no document beside this label file"))
    }

    @Test func aHoldoutFolderIsScoredOnlyWhenNamed() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(!LabelledDocument.discover([dir]).0.contains { $0.documentPath.contains("holdout") })
        #expect(LabelledDocument.discover([dir + "/holdout"]).0.map(\.documentPath) == [dir + "/holdout/h.md"])
    }

    @Test func aDocumentNamedDirectlyNeedsItsLabels() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (found, errors) = LabelledDocument.discover([dir + "/a.md", dir + "/notes.md", dir + "/missing"])
        #expect(found.count == 1)
        #expect(errors.map(\.path) == [dir + "/notes.md", dir + "/missing"])
    }

    @Test func aMissingQuoteIsAnErrorButTheRestIsScored() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = Evaluator(auditor: Auditor()).evaluate(paths: [dir])
        #expect(report.hasErrors)
        #expect(report.scorecard.documents == 2)
        #expect(report.scorecard.labelled == 2)
        let quoteError = report.diagnostics.first { $0.message.contains("\"$4\"") }
        #expect(quoteError?.path == dir + "/a.expected.json")
        #expect(quoteError?.location == SourceLocation(line: 1, column: 72))
    }

    @Test func anUndecodableLabelFileSkipsOnlyThatDocument() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try #"{"mentions": [{"quote": "$12", "kind": "prise"}]}"#.write(toFile: dir + "/sub/b.expected.json", atomically: true, encoding: .utf8)
        let report = Evaluator(auditor: Auditor()).evaluate(paths: [dir])
        #expect(report.scorecard.documents == 1)
        #expect(report.diagnostics.contains { $0.path == dir + "/sub/b.expected.json" && $0.message.contains("\"prise\"") })
    }
}
