import Foundation
import Testing

/// `claimaudit eval` end to end: exit statuses, threshold messages, JSON.
@Suite struct EvalCommandTests {
    /// A one-document corpus whose single label the parser finds.
    func corpus(labels: String = #"{"mentions": [{"quote": "$20", "kind": "price", "per": ["month"]}]}"#) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("evalcmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "The basic plan is $20 a month.\n".write(to: dir.appendingPathComponent("plan.md"), atomically: true, encoding: .utf8)
        try labels.write(to: dir.appendingPathComponent("plan.expected.json"), atomically: true, encoding: .utf8)
        return dir
    }

    func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func passingTheFloorsExitsZero() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let floors = try write(#"{"floors": {"mention.f1": 1.0}}"#, "t.json", in: dir)
        let r = try CommandRunner.run(["eval", dir.path, "--mentions-only", "--thresholds", floors])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("THRESHOLDS: every figure is at or above its floor"))
    }

    @Test func aFigureBelowItsFloorExitsOneAndSaysWhich() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Without rules the kind is never given: kind accuracy 0/1.
        let floors = try write(#"{"floors": {"mention.f1": 0.9, "kind.accuracy": 0.95}}"#, "t.json", in: dir)
        let r = try CommandRunner.run(["eval", dir.path, "--mentions-only", "--thresholds", floors, "--summary"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("eval: kind.accuracy 0.000 is below its floor 0.950 (0/1)"))
        #expect(!r.stderr.contains("mention.f1"))
    }

    @Test func aLabelErrorExitsTwoButStillScores() throws {
        let dir = try corpus(labels: #"{"mentions": [{"quote": "$20", "kind": "price"}, {"quote": "$25", "kind": "price"}]}"#)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CommandRunner.run(["eval", dir.path, "--mentions-only", "--format", "json"])
        #expect(r.status == 2)
        #expect(r.stderr.contains(#"plan.expected.json:1:50: error: mentions[1]: quote "$25" is not found in"#))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((json["figures"] as? [String: Any])?["mention.recall"] as? Double == 1)
    }

    @Test func usageErrors() throws {
        #expect(try CommandRunner.run(["eval"]).status == 2)
        #expect(try CommandRunner.run(["eval", ".", "--format", "xml"]).stderr.contains("text or json"))
        #expect(try CommandRunner.run(["eval", ".", "--ratchet"]).stderr.contains("--ratchet needs --thresholds"))
        #expect(try CommandRunner.run(["eval", "--help"]).stdout.contains("USAGE: claimaudit eval"))
    }
}
