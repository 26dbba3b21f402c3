import Foundation
import Testing
@testable import ClaimAudit

/// Runs the built `claimaudit train`: writing a model, its examples, and
/// `--verify`, which tells a model that no longer matches its labels.
@Suite struct TrainCommandTests {
    static func labelledFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("claimaudit-train-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("docs"), withIntermediateDirectories: true)
        let text = "The season pass is $299 for adults.\n\nServing each skier costs the resort about $14 a day in lift power.\n"
        try text.write(to: root.appendingPathComponent("docs/ski.txt"), atomically: true, encoding: .utf8)
        try labels(marginal: true).write(to: root.appendingPathComponent("docs/ski.expected.json"), atomically: true, encoding: .utf8)
        return root
    }

    static func labels(marginal: Bool) -> String {
        """
        {"source": "written for this test", "mentions": [
          {"quote": "$299", "kind": "price", "stance": "asserted", "verdict": "unverifiable"},
          {"quote": "$14", "kind": "cost", "class": "\(marginal ? "marginal" : "fixed")", "stance": "asserted", "verdict": "unverifiable"}
        ]}
        """
    }

    @Test func aModelVerifiesUntilItsLabelsChange() throws {
        let root = try Self.labelledFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let trained = try CommandRunner.run(["train", "docs", "--min-count", "1", "--output", "model.tsv"], directory: root)
        #expect(trained.status == 0)
        let model = try String(contentsOf: root.appendingPathComponent("model.tsv"), encoding: .utf8)
        #expect(model.contains("# Written by 'claimaudit train docs --min-count 1' from 1 documents, 2 mentions"))

        let fresh = try CommandRunner.run(["train", "--verify", "model.tsv"], directory: root)
        #expect(fresh.status == 0)
        #expect(fresh.stderr.contains("matches a retrain"))

        try Self.labels(marginal: false).write(to: root.appendingPathComponent("docs/ski.expected.json"), atomically: true, encoding: .utf8)
        let stale = try CommandRunner.run(["train", "--verify", "model.tsv"], directory: root)
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("model.tsv: error: the model is stale"))
        #expect(stale.stderr.contains("'claimaudit train docs --min-count 1 --output model.tsv'"))

        let misuse = try CommandRunner.run(["train", "docs", "--verify", "model.tsv"], directory: root)
        #expect(misuse.status == 2)
    }

    @Test func examplesListEachLabelledMentionWithItsPlaceAndFeatures() throws {
        let root = try Self.labelledFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["train", "docs", "--examples", "examples.tsv"], directory: root)
        #expect(result.status == 0)
        let lines = try String(contentsOf: root.appendingPathComponent("examples.tsv"), encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "document\tline\tcolumn\toffset\toutcome\tfeatures")
        let rows = lines.dropFirst().map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { $0[4] } == ["price", "marginal"])
        #expect(rows.map { $0[1] } == ["1", "3"])
        #expect(rows[1][5].split(separator: " ").contains("per:day"))
    }
}
