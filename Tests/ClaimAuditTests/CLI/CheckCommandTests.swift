import Foundation
import Testing
@testable import ClaimAudit

/// Runs the built `claimaudit check` and checks standard output, standard
/// error and the exit status.
@Suite struct CheckCommandTests {
    /// A fresh folder of small documents.
    static func fixtureFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("claimaudit-cli-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("posts/sub"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("posts/.drafts"), withIntermediateDirectories: true)
        func write(_ path: String, _ text: String) throws {
            try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        try write("posts/b.md", "# Pricing\n\nThe team plan costs $25 per seat per month.\n")
        try write("posts/a.txt", "A viral thread says the lab spends $5K per user.\n")
        try write("posts/sub/c.html", "<p>Serving one answer costs about 2 cents.</p>\n")
        try write("posts/.drafts/hidden.md", "Hidden drafts cost $9 per user.\n")
        try write("posts/notes.csv", "item,cost\nseat,$3\n")
        return root
    }

    /// Whether the parser finds mentions yet (the scanner lands on its own branch).
    static let scannerFindsMentions = !Auditor().audit(text: "It costs $5 per user.").mentions.isEmpty

    func files(inJSONLines text: String) throws -> [String] {
        try text.split(separator: "\n").map { line in
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["file"] as? String)
        }
    }

    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: CommandRunner.executable.path))
    }

    @Test func aFolderIsWalkedRecursivelySortedWithoutHiddenFiles() throws {
        let root = try Self.fixtureFolder()
        let result = try CommandRunner.run(["check", "posts", "--format", "jsonl", "--mentions-only"], directory: root)
        #expect(result.status == 0 || result.status == 1)
        #expect(try files(inJSONLines: result.stdout) == ["posts/a.txt", "posts/b.md", "posts/sub/c.html"])
        #expect(result.stderr.hasPrefix("3 files, "))
    }

    @Test func extensionsLimitTheWalk() throws {
        let root = try Self.fixtureFolder()
        let result = try CommandRunner.run(["check", "posts", "--format", "jsonl", "--extensions", "md,csv", "--mentions-only"], directory: root)
        #expect(try files(inJSONLines: result.stdout) == ["posts/b.md", "posts/notes.csv"])
    }

    @Test func aMissingFileAmongGoodOnesExitsTwoAfterReportingTheOthers() throws {
        let root = try Self.fixtureFolder()
        let result = try CommandRunner.run(["check", "posts/a.txt", "posts/missing.md", "posts/b.md", "--format", "json", "--fail-on", "none"],
                                           directory: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("posts/missing.md: error: no such file or directory\n"))
        let array = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["file"] as? String } == ["posts/a.txt", "posts/missing.md", "posts/b.md"])
        #expect((array[1]["errors"] as? [[String: Any]])?.first?["level"] as? String == "error")
        #expect(result.stderr.contains("3 files, "))
    }

    @Test func standardInput() throws {
        let result = try CommandRunner.run(["check", "-", "--format", "jsonl", "--input-format", "text", "--mentions-only"],
                                           stdin: "Our plan costs $12 per month.\n")
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "-")
        #expect(object["format"] as? String == "text")
        #expect(result.status == 0)
    }

    @Test(arguments: [
        ["check"], ["check", "x.md", "--format", "xml"], ["check", "x.md", "--fail-on", "sometimes"],
        ["check", "x.md", "--colour"], ["check", "x.md", "--input-format", "pdf"], ["check", "x.md", "--color", "maybe"],
        ["check", "x.md", "--rules", "/nonexistent/rules-folder"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: "))
    }

    @Test func outputFileGetsTheReportAndTheSummaryStillPrints() throws {
        let root = try Self.fixtureFolder()
        let result = try CommandRunner.run(["check", "posts/b.md", "--format", "sarif", "--output", "out.sarif"], directory: root)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("1 file, "))
        let data = try Data(contentsOf: root.appendingPathComponent("out.sarif"))
        let log = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
    }

    @Test func textSummaryGoesToStandardOutput() throws {
        let root = try Self.fixtureFolder()
        let result = try CommandRunner.run(["check", "posts/b.md", "--mentions-only"], directory: root)
        #expect(result.stdout.hasSuffix("\n1 file, \(Self.scannerFindsMentions ? "1 mention" : "0 mentions")\n")
                || result.stdout == "1 file, 0 mentions\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func githubFormatWritesTheStepSummary() throws {
        let root = try Self.fixtureFolder()
        let summary = root.appendingPathComponent("summary.md")
        let result = try CommandRunner.run(["check", "posts", "--format", "github", "--mentions-only"], directory: root,
                                           environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.status == 0)
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("### ClaimAudit\n\n3 files, "))
    }

    // MARK: - Exit statuses by --fail-on (mentions-only findings are notes)

    @Test(.enabled(if: scannerFindsMentions), arguments: [("note", Int32(1)), ("warning", 0), ("error", 0), ("none", 0)])
    func failOnWithNotes(_ level: String, _ status: Int32) throws {
        let root = try Self.fixtureFolder()
        let result = try CommandRunner.run(["check", "posts/b.md", "--mentions-only", "--fail-on", level], directory: root)
        #expect(result.status == status)
        #expect(result.stdout.contains("posts/b.md:3:"))
    }

    @Test(.enabled(if: scannerFindsMentions)) func colourOnRequestOnly() throws {
        let root = try Self.fixtureFolder()
        let plain = try CommandRunner.run(["check", "posts/b.md", "--mentions-only"], directory: root)
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try CommandRunner.run(["check", "posts/b.md", "--mentions-only", "--color", "always"], directory: root)
        #expect(coloured.stdout.contains("\u{1B}[1;36mnote:"))
        let never = try CommandRunner.run(["check", "posts/b.md", "--mentions-only", "--color", "never"], directory: root,
                                          environment: ["NO_COLOR": "1"])
        #expect(!never.stdout.contains("\u{1B}["))
    }
}
