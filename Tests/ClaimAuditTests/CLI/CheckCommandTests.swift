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
        // Findings at each level, whatever the default rules say, through
        // an extra rule folder that calls every per-user figure a conflation.
        try fm.createDirectory(at: root.appendingPathComponent("rules"), withIntermediateDirectories: true)
        try write("rules/test.rules", """
            rule test.per-user-conflation
              kind: cost
              class: conflation
              priority: 999
              when: per has user
              summary: Any per-user figure, for tests.
              rationale: A test rule that calls every per-user figure a conflation.
              explain: {amount} {per} is called a conflation by the test rule.
              example: They spend ↓$5K per user.

            """)
        try fm.createDirectory(at: root.appendingPathComponent("levels"), withIntermediateDirectories: true)
        try write("levels/error.md", "The lab spends $5K per user.\n")
        try write("levels/warning.md", "According to a rumour, the lab spends $5K per user.\n")
        try write("levels/note.md", "The lab does not spend $5K per user.\n")
        return root
    }

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
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["check", "posts", "--format", "jsonl", "--mentions-only"], directory: root)
        #expect(result.status == 0 || result.status == 1)
        #expect(try files(inJSONLines: result.stdout) == ["posts/a.txt", "posts/b.md", "posts/sub/c.html"])
        #expect(result.stderr.hasPrefix("3 files, "))
    }

    @Test func extensionsLimitTheWalk() throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["check", "posts", "--format", "jsonl", "--extensions", "md,csv", "--mentions-only"], directory: root)
        #expect(try files(inJSONLines: result.stdout) == ["posts/b.md", "posts/notes.csv"])
    }

    @Test func aMissingFileAmongGoodOnesExitsTwoAfterReportingTheOthers() throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["check", "posts/a.txt", "posts/missing.md", "posts/b.md", "--format", "json", "--fail-on", "none"],
                                           directory: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("posts/missing.md: error: no such file or directory\n"))
        let array = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["file"] as? String } == ["posts/a.txt", "posts/missing.md", "posts/b.md"])
        #expect((array[1]["errors"] as? [[String: Any]])?.first?["level"] as? String == "error")
        #expect(result.stderr.contains("3 files, "))
    }

    @Test func anInlineSuppressionClearsTheExitStatusUnlessTurnedOff() throws {
        let draft = "<!-- claimaudit-disable-next-line conflation -- quoted to rebut -->\nThe lab spends $5,000 on every user.\n"
        let silenced = try CommandRunner.run(["check", "-", "--input-format", "markdown"], stdin: draft)
        #expect(silenced.status == 0)
        #expect(silenced.stdout.contains("1 suppressed"))
        let loud = try CommandRunner.run(["check", "-", "--input-format", "markdown", "--no-inline-suppressions"], stdin: draft)
        #expect(loud.status == 1)
        #expect(loud.stdout.contains("-:2:16: error:"))
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

    @Test func aBrokenRuleFileIsAnErrorWithItsLocation() throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("bad"), withIntermediateDirectories: true)
        try "rule broken.one\n  kind: costly\n".write(to: root.appendingPathComponent("bad/x.rules"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", "posts/b.md", "--rules", "bad"], directory: root)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("bad/x.rules:2:"))
        #expect(result.stderr.contains(": error: "))
    }

    @Test func helpListsTheCheckOptionsAndExitStatuses() throws {
        let result = try CommandRunner.run(["check", "--help"])
        #expect(result.status == 0)
        for option in ["--format", "--input-format", "--rules", "--mentions-only", "--fail-on", "--output", "--extensions", "--color"] {
            #expect(result.stdout.contains("  \(option) "))
        }
        #expect(result.stdout.contains("EXIT STATUS"))
    }

    @Test func outputFileGetsTheReportAndTheSummaryStillPrints() throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["check", "posts/b.md", "--format", "sarif", "--output", "out.sarif"], directory: root)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("1 file, "))
        let data = try Data(contentsOf: root.appendingPathComponent("out.sarif"))
        let log = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
    }

    @Test func textSummaryGoesToStandardOutput() throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["check", "posts/b.md", "--mentions-only"], directory: root)
        #expect(result.stdout == "posts/b.md:3:21: note: $25 per seat per month → 25 USD per seat per month\n1 file, 1 mention\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func githubFormatWritesTheStepSummary() throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let summary = root.appendingPathComponent("summary.md")
        let result = try CommandRunner.run(["check", "posts", "--format", "github", "--mentions-only"], directory: root,
                                           environment: ["GITHUB_STEP_SUMMARY": summary.path])
        #expect(result.status == 0)
        let text = try String(contentsOf: summary, encoding: .utf8)
        #expect(text.hasPrefix("### ClaimAudit\n\n3 files, "))
    }

    // MARK: - Exit statuses by --fail-on

    /// (file whose only finding has that level, --fail-on) → exit status.
    @Test(arguments: [
        // Each boundary once (ExitPolicyTests has the whole table).
        ("error", "error", Int32(1)), ("error", "none", 0),
        ("warning", "error", 0), ("warning", "warning", 1),
        ("note", "warning", 0), ("note", "note", 1), ("note", "none", 0),
    ])
    func failOn(_ file: String, _ failOn: String, _ status: Int32) throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["check", "levels/\(file).md", "--rules", "rules", "--fail-on", failOn], directory: root)
        #expect(result.stdout.hasPrefix("levels/\(file).md:1:"))
        #expect(result.stdout.contains(": \(file): $5K per user — conflation ("))
        #expect(result.status == status)
    }

    @Test func defaultFailOnIsError() throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["check", "levels", "--rules", "rules"], directory: root)
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("\n3 files, 3 mentions, 3 cost claims, 0 prices: 1 error, 1 warning, 1 note\n"))
        let warnings = try CommandRunner.run(["check", "levels/warning.md", "levels/note.md", "--rules", "rules"], directory: root)
        #expect(warnings.status == 0)
    }

    @Test func sarifAndGitHubOnRealFindings() throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let sarif = try CommandRunner.run(["check", "levels", "--rules", "rules", "--format", "sarif"], directory: root)
        let log = try #require(JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["level"] as? String } == ["error", "note", "warning"])
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rule = try #require((driver["rules"] as? [[String: Any]])?.first)
        #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == "Any per-user figure, for tests.")
        #expect(sarif.status == 1)

        let github = try CommandRunner.run(["check", "levels", "--rules", "rules", "--format", "github"], directory: root)
        let lines = github.stdout.split(separator: "\n")
        #expect(lines.map { $0.prefix(while: { $0 != " " }) } == ["::error", "::notice", "::warning"])
        #expect(lines[0].hasPrefix("::error file=levels/error.md,line=1,endLine=1,col=16,endColumn=27,title=ClaimAudit%3A Conflation fails [test.per-user-conflation]::"))
    }

    // MARK: - Mentions-only findings are notes

    @Test(arguments: [("note", Int32(1)), ("warning", 0), ("error", 0), ("none", 0)])
    func failOnWithNotes(_ level: String, _ status: Int32) throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try CommandRunner.run(["check", "posts/b.md", "--mentions-only", "--fail-on", level], directory: root)
        #expect(result.status == status)
        #expect(result.stdout.contains("posts/b.md:3:"))
    }

    /// `script` runs the binary on a pseudo-terminal, where `--color auto` colours.
    static let hasScript = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

    @Test(.enabled(if: hasScript), arguments: [(String?.none, true), ("1", false), ("", true)])
    func colourOnATerminalUnlessNoColor(_ noColor: String?, _ coloured: Bool) throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let command = "'\(CommandRunner.executable.path)' check posts/b.md --mentions-only"
        let result = try CommandRunner.run(["-qec", command, "/dev/null"], directory: root,
                                           environment: ["TERM": "xterm"].merging(noColor.map { ["NO_COLOR": $0] } ?? [:]) { $1 }, executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(result.stdout.contains("posts/b.md:3:"))
        #expect(result.stdout.contains("\u{1B}[1;36mnote:") == coloured)
    }

    @Test func colourOnRequestOnly() throws {
        let root = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let plain = try CommandRunner.run(["check", "posts/b.md", "--mentions-only"], directory: root)
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try CommandRunner.run(["check", "posts/b.md", "--mentions-only", "--color", "always"], directory: root)
        #expect(coloured.stdout.contains("\u{1B}[1;36mnote:"))
        let never = try CommandRunner.run(["check", "posts/b.md", "--mentions-only", "--color", "never"], directory: root,
                                          environment: ["NO_COLOR": "1"])
        #expect(!never.stdout.contains("\u{1B}["))
    }
}
