import Foundation
import Testing
@testable import ClaimAudit

/// Inline `claimaudit-disable…` comments: which findings they silence, how
/// stale or misspelt ones are reported, and how the outputs show them.
@Suite struct SuppressionTests {
    static let auditor = Robustness.auditor

    static let draft = """
    # Why the per-user figure keeps coming back

    <!-- claimaudit-disable-next-line conflation -- quoted so the next section can take it apart -->
    A founder told the podcast that the ride-hailing app spends $5,000 on every user.

    The rider pass is priced at $20 per month.

    A streaming rival spends $15,000 on each subscriber, its content budget over its members.
    """

    func findings(_ d: AuditedDocument) -> [String] {
        FindingPolicy.findings(in: d).map { "\($0.mention.span.location.line):\($0.mention.text)" }
    }

    @Test func nextLineDirectiveSilencesOnlyTheNamedRuleOnItsLine() throws {
        let d = Self.auditor.audit(text: Self.draft, path: "draft.md", format: .markdown)
        let silenced = try #require(d.mentions.first { $0.text.hasPrefix("$5,000") })
        #expect(silenced.suppression?.location?.line == 3)
        #expect(silenced.suppression?.reason == "quoted so the next section can take it apart")
        #expect(FindingPolicy.level(of: silenced) == nil)
        // The conflation two paragraphs down is still reported.
        #expect(findings(d).contains { $0.hasPrefix("8:$15,000") })
        #expect(!findings(d).contains { $0.hasPrefix("4:") })
        #expect(d.diagnostics.isEmpty)
    }

    @Test func aDirectiveForAnotherRuleSilencesNothingAndIsReported() throws {
        let text = Self.draft.replacingOccurrences(of: "disable-next-line conflation", with: "disable-next-line price")
        let d = Self.auditor.audit(text: text, path: "draft.md", format: .markdown)
        #expect(findings(d).contains { $0.hasPrefix("4:$5,000") })
        let warning = try #require(d.diagnostics.first)
        #expect(warning.level == .warning)
        #expect(warning.location == SourceLocation(line: 3, column: 6))
        #expect(warning.message.contains("unused suppression 'claimaudit-disable-next-line price'"))
    }

    @Test func aRegionSilencesEverythingUntilEnable() {
        let text = """
        <!-- claimaudit-disable -->
        The lab spends $5,000 on every user of the app.

        Each subscriber costs the service $15,000, content spend over members.
        <!-- claimaudit-enable -->

        A chain of cafés spends $3,000 on every customer, rent and wages included.
        """
        let d = Self.auditor.audit(text: text, path: "notes.md", format: .markdown)
        let silenced = d.mentions.filter { $0.suppression != nil }.map(\.text)
        #expect(silenced.count == 2)
        #expect(findings(d).allSatisfy { $0.hasPrefix("7:") })
        #expect(!findings(d).isEmpty)
    }

    @Test func plainTextDirectivesAreLinesOfTheirOwn() {
        let text = """
        # claimaudit-disable-next-line -- satire, nobody believes it
        lol they burn $5,000 on every user, trust me bro

        they also burn $9,000 on every user apparently
        """
        let d = Self.auditor.audit(text: text, path: "thread.txt", format: .text)
        #expect(d.mentions.first?.suppression != nil)
        #expect(d.mentions.last?.suppression == nil)
    }

    @Test func directivesInCodeBlocksAndMisspeltOnesDoNotSilence() throws {
        let text = """
        To silence a line, write:

        ```markdown
        <!-- claimaudit-disable -->
        ```

        <!-- claimaudit-disabel -->
        The lab spends $5,000 on every user of the app.
        """
        let d = Self.auditor.audit(text: text, path: "guide.md", format: .markdown)
        #expect(d.mentions.allSatisfy { $0.suppression == nil })
        let warning = try #require(d.diagnostics.first)
        #expect(warning.location?.line == 7)
        #expect(warning.message.contains("unknown directive 'claimaudit-disabel'"))
    }

    @Test func turningSuppressionsOffReportsEverything() {
        var configuration = Self.auditor.configuration
        configuration.honorsSuppressions = false
        let d = Auditor(configuration: configuration).audit(text: Self.draft, path: "draft.md", format: .markdown)
        #expect(d.mentions.allSatisfy { $0.suppression == nil })
        #expect(findings(d).contains { $0.hasPrefix("4:$5,000") })
    }

    @Test func outputsShowTheSuppression() throws {
        let d = Self.auditor.audit(text: Self.draft, path: "draft.md", format: .markdown)
        let sarif = SARIFReporter(options: ReportOptions()).end([d])
        #expect(sarif.contains("\"suppressions\""))
        #expect(sarif.contains("\"justification\" : \"quoted so the next section can take it apart\"")
                || sarif.contains("\"justification\": \"quoted so the next section can take it apart\""))
        let json = JSONReporter().report(d, at: 0) + JSONReporter().end([d])
        #expect(json.contains("\"suppressed\""))
        #expect(RunSummary([d]).description.contains("1 suppressed"))
        let github = GitHubReporter(options: ReportOptions()).report(d, at: 0)
        #expect(!github.contains("line=4,"))
    }
}
