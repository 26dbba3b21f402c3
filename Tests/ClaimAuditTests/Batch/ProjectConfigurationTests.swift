import Foundation
import Testing
@testable import ClaimAudit

/// `.claimaudit.json`: discovery, JSON5, validation and its effect on a run.
@Suite struct ProjectConfigurationTests {
    static func site() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ca-config-\(UUID().uuidString)").standardizedFileURL
        let fm = FileManager.default
        for dir in ["posts/archive", "posts/new", "house-rules"] {
            try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        try "The lab spends $5,000 on every user.\n".write(to: root.appendingPathComponent("posts/archive/old.md"), atomically: true, encoding: .utf8)
        try "Our team plan costs $25 per seat per month.\n".write(to: root.appendingPathComponent("posts/new/pricing.md"), atomically: true, encoding: .utf8)
        try "Draft: the fleet burns $9,000 on every rider.\n".write(to: root.appendingPathComponent("posts/new/idea.draft.md"), atomically: true, encoding: .utf8)
        try """
        rule house.seat-price
          kind: price
          priority: 60
          when: per has seat
          summary: A per-seat figure on this blog is always a list price.
          example: The team plan is ↓$25 per seat per month.

        """.write(to: root.appendingPathComponent("house-rules/house.rules"), atomically: true, encoding: .utf8)
        try """
        {
          // the blog's settings
          failOn: "note",
          ignore: ["posts/archive/", "*.draft.md"],
          rules: ["house-rules"],
        }
        """.write(to: root.appendingPathComponent(".claimaudit.json"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func theNearestFileAboveIsFoundAndPathsResolveAgainstIt() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try #require(ProjectConfiguration.find(from: root.appendingPathComponent("posts/new").path))
        let config = try ProjectConfiguration.load(path: found)
        #expect(config.failOn == "note")
        #expect(config.rules == [root.appendingPathComponent("house-rules").path])
        #expect(config.ignore.map(\.root) == [root.path, root.path])
    }

    @Test(arguments: [
        ("{ failOn: \"sometimes\" }", "'failOn' must be one of"),
        ("{ failOn: \"note\", colour: true }", "unknown key 'colour'"),
        ("{ ignore: \"drafts/\" }", "'ignore' must be a list of strings"),
        ("{ failOn: \"note\" ", "not valid JSON5"),
        ("[1, 2]", "must be an object"),
    ])
    func badFilesAreErrorsNamingTheFile(_ text: String, _ message: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ca-bad-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try ProjectConfiguration.load(path: path)
            Issue.record("\(text) loaded")
        } catch {
            #expect(error.path == path)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func aRunFromASubfolderUsesTheFileAndTheCommandLineOverridesIt() throws {
        let root = try Self.site()
        defer { try? FileManager.default.removeItem(at: root) }
        let posts = root.appendingPathComponent("posts")
        // Ignored: the archive folder and the draft; failOn note makes the price note fail the run.
        let configured = try CommandRunner.run(["check", "."], directory: posts)
        #expect(configured.stdout.contains("1 file, 1 mention"))
        #expect(!configured.stdout.contains("old.md"))
        #expect(configured.status == 1)
        let overridden = try CommandRunner.run(["check", ".", "--fail-on", "error"], directory: posts)
        #expect(overridden.status == 0)
        let bare = try CommandRunner.run(["check", ".", "--no-config"], directory: posts)
        #expect(bare.stdout.contains("3 files"))
        #expect(bare.status == 1)
        // A file named on the command line is checked even when a pattern matches it.
        let named = try CommandRunner.run(["check", "new/idea.draft.md", "--format", "jsonl"], directory: posts)
        #expect(named.stdout.contains("idea.draft.md"))
    }
}
