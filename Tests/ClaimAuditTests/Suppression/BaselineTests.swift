import Foundation
import Testing
@testable import ClaimAudit

/// A baseline accepts the findings of legacy posts by content, so only new
/// or edited claims are reported.
@Suite struct BaselineTests {
    static let auditor = Robustness.auditor

    static let legacy = """
    # Ride-hailing economics, 2024

    The company spends $4,000 on every rider it keeps, a columnist wrote.

    A single ride costs the platform about $1.10 in insurance.
    """

    func audit(_ text: String) -> AuditedDocument {
        Self.auditor.audit(text: text, path: "/site/posts/rides.md", format: .markdown)
    }

    @Test func acceptedFindingsStayAcceptedWhenOtherLinesMove() throws {
        let baseline = Baseline.make(from: [audit(Self.legacy)], base: "/site")
        #expect(!baseline.entries.isEmpty)
        #expect(baseline.entries.allSatisfy { $0.file == "posts/rides.md" })
        let edited = "Updated in 2026.\n\n" + Self.legacy + "\n\nA new post says the company spends $9,000 on every user.\n"
        // Written relative to /site, so applied with the same base.
        var again = audit(edited)
        baseline.apply(to: &again, baselinePath: "baseline.json", base: "/site")
        let reported = FindingPolicy.findings(in: again).map(\.mention.text)
        #expect(reported == ["$9,000 on every user"])
        #expect(again.mentions.filter { $0.suppression != nil }.count == baseline.entries.count)
    }

    @Test func anEditedSentenceOrASecondCopyIsReportedAgain() {
        let baseline = Baseline.make(from: [audit(Self.legacy)], base: "/site")
        let editedSentence = Self.legacy.replacingOccurrences(of: "a columnist wrote", with: "an analyst wrote")
        var d1 = audit(editedSentence)
        baseline.apply(to: &d1, baselinePath: "b.json", base: "/site")
        #expect(FindingPolicy.findings(in: d1).contains { $0.mention.text.hasPrefix("$4,000") })

        let duplicated = Self.legacy + "\n\nThe company spends $4,000 on every rider it keeps, a columnist wrote.\n"
        var d2 = audit(duplicated)
        baseline.apply(to: &d2, baselinePath: "b.json", base: "/site")
        #expect(FindingPolicy.findings(in: d2).filter { $0.mention.text.hasPrefix("$4,000") }.count == 1)
    }

    @Test func aBaselineRoundTripsThroughItsFileAndBadFilesAreNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ca-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("baseline.json").path
        let baseline = Baseline.make(from: [audit(Self.legacy)], base: "/site")
        try baseline.write(to: path)
        #expect(try Baseline.load(path: path).entries.sorted { $0.figure < $1.figure } == baseline.entries.sorted { $0.figure < $1.figure })
        let bad = dir.appendingPathComponent("bad.json").path
        try "{ \"entries\": 3 }".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try Baseline.load(path: bad) }
        do { _ = try Baseline.load(path: bad) } catch { #expect(error.path == bad) }
    }

    @Test func theCommandLineWritesThenHonoursABaseline() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ca-baseline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("posts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let post = dir.appendingPathComponent("posts/old.md")
        try "The lab spends $5,000 on every user.\n".write(to: post, atomically: true, encoding: .utf8)
        let write = try CommandRunner.run(["check", "posts", "--write-baseline", "baseline.json"], directory: dir)
        #expect(write.status == 0)
        #expect(write.stderr.contains("wrote 1 finding to the baseline baseline.json"))
        let clean = try CommandRunner.run(["check", "posts", "--baseline", "baseline.json"], directory: dir)
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("1 suppressed"))
        try "The lab spends $5,000 on every user.\n\nIts rival spends $8,000 on every user.\n".write(to: post, atomically: true, encoding: .utf8)
        let fresh = try CommandRunner.run(["check", "posts", "--baseline", "baseline.json"], directory: dir)
        #expect(fresh.status == 1)
        #expect(fresh.stdout.contains("posts/old.md:3:"))
        let missing = try CommandRunner.run(["check", "posts", "--baseline", "none.json"], directory: dir)
        #expect(missing.status == 2)
    }
}
