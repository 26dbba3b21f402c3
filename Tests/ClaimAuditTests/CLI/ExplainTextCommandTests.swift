import Foundation
import Testing
@testable import ClaimAudit

/// Runs the built `claimaudit explain --text / --file / -` (the rule trace)
/// and checks what it prints about each money figure.
@Suite struct ExplainTextCommandTests {
    /// A folder with one extra rule that wins every per-seat figure, so the
    /// expected deciding rule does not depend on the default rules' tuning.
    static func folderWithRule() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("claimaudit-trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("rules"), withIntermediateDirectories: true)
        try """
            rule test.per-seat-price
              kind: price
              priority: 999
              when: per has seat
              when: sentence has "plan"
              summary: Any per-seat figure in a sentence about a plan, for tests.
              rationale: A test rule that calls every per-seat figure next to a plan a price.
              explain: {amount} {per} is a plan price.
              example: The team plan is ↓$25 per seat.

            """.write(to: root.appendingPathComponent("rules/test.rules"), atomically: true, encoding: .utf8)
        try "Notes.\n\nOur team plan costs $25 per seat per month.\n"
            .write(to: root.appendingPathComponent("post.md"), atomically: true, encoding: .utf8)
        return root
    }

    /// The lines of the block about the figure at `location` (`1:25`).
    func block(_ output: String, at location: String) -> [String] {
        let blocks = output.components(separatedBy: "\n\n")
        return blocks.first { $0.contains(":\(location): ") }?.components(separatedBy: "\n") ?? []
    }

    @Test func eachFigureGetsItsDecisionRulesEvidenceAndOtherMatches() throws {
        let root = try Self.folderWithRule()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = "Our team plan costs $25 per seat per month. Serving it costs us about $3 a month."
        let result = try CommandRunner.run(["explain", "--text", text, "--rules", "rules"], directory: root)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let seat = block(result.stdout, at: "1:21")
        #expect(seat.first == "<text>:1:21: $25 per seat per month")
        #expect(seat.contains("  per:          per seat per month"))
        #expect(seat.contains("  decision:     price, stance asserted"))
        #expect(seat.contains("  kind rule:    test.per-seat-price (priority 999)"))
        #expect(seat.contains("  stance rule:  (none: asserted)"))
        // Evidence: the quoted phrase at its column, and the denominator.
        let evidence = try #require(seat.first { $0.hasPrefix("  evidence:") })
        #expect(evidence.contains("1:10 \"plan\" (\"plan\")"))
        #expect(evidence.contains("\"per seat\" (per)"))
        #expect(seat.contains("  explanation:  $25 per seat per month is a plan price."))
        // The default rules that matched too are listed with their priorities.
        let also = try #require(seat.firstIndex { $0.hasPrefix("  also matched: ") })
        #expect(seat[also...].allSatisfy { $0.contains("(priority ") })
        // The second figure has its own block.
        let serving = block(result.stdout, at: "1:71")
        #expect(serving.first == "<text>:1:71: $3 a month")
        #expect(serving.contains { $0.hasPrefix("  kind rule:    ") && $0.contains("(priority ") })
    }

    @Test func fileAndStandardInputGiveTheSameTrace() throws {
        let root = try Self.folderWithRule()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = try CommandRunner.run(["explain", "--file", "post.md", "--rules", "rules"], directory: root)
        #expect(file.status == 0)
        #expect(file.stdout.hasPrefix("post.md:3:21: $25 per seat per month\n"))
        #expect(file.stdout.contains("  kind rule:    test.per-seat-price (priority 999)"))
        #expect(file.stdout.contains("3:10 \"plan\""))
        let stdin = try CommandRunner.run(["explain", "-", "--rules", "rules"], stdin: "Notes.\n\nOur team plan costs $25 per seat per month.\n",
                                          directory: root)
        #expect(stdin.status == 0)
        #expect(stdin.stdout.replacingOccurrences(of: "-:3:", with: "post.md:3:") == file.stdout)
    }

    @Test func aTextWithoutMoneySaysSo() throws {
        let result = try CommandRunner.run(["explain", "--text", "Nothing to see here."])
        #expect(result.status == 0)
        #expect(result.stdout == "<text>: no money mentions\n")
    }

    @Test(arguments: [
        ["explain"], ["explain", "--text", "It costs $3.", "--file", "x.md"], ["explain", "stance.negated", "--text", "It costs $3."],
        ["explain", "--text", "It costs $3.", "--input-format", "pdf"], ["explain", "--file", "/nonexistent/post.md"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: "))
    }
}
