import Testing
@testable import ClaimAudit

@Suite struct ExitPolicyTests {
    /// (highest finding, --fail-on) → status.
    @Test(arguments: [
        (Severity?.none, FailLevel.error, RunStatus.clean),
        (.note, .error, .clean), (.warning, .error, .clean), (.error, .error, .findings),
        (.note, .warning, .clean), (.warning, .warning, .findings), (.error, .warning, .findings),
        (.note, .note, .findings), (nil, .note, .clean),
        (.error, .none, .clean),
    ])
    func failOnLevels(_ level: Severity?, _ failOn: FailLevel, _ expected: RunStatus) {
        #expect(ExitPolicy.status(of: [ReportFixtures.document(withFindingAt: level)], failOn: failOn) == expected)
    }

    @Test func inputErrorsWinOverFindingsAndFailOnNone() {
        let docs = [ReportFixtures.document(withFindingAt: .error), ReportFixtures.missing]
        #expect(ExitPolicy.status(of: docs, failOn: .error) == .inputError)
        #expect(ExitPolicy.status(of: docs, failOn: .none) == .inputError)
    }

    @Test func inputWarningsDoNotFail() {
        var doc = ReportFixtures.document(withFindingAt: nil)
        doc.diagnostics = [Diagnostic(.warning, path: doc.path, message: "invalid UTF-8")]
        #expect(ExitPolicy.status(of: [doc], failOn: .note) == .clean)
    }

    @Test func otherMentionsNeverFail() {
        var doc = ReportFixtures.document(withFindingAt: .error)
        doc.mentions[0].classification?.kind = .other
        #expect(FindingPolicy.level(of: doc.mentions[0]) == nil)
        #expect(ExitPolicy.status(of: [doc], failOn: .note) == .clean)
    }

    @Test func unassessedMentionsAreNotes() {
        #expect(ReportFixtures.mentionsOnly.mentions.allSatisfy { FindingPolicy.level(of: $0) == .note })
        #expect(ExitPolicy.status(of: [ReportFixtures.mentionsOnly], failOn: .warning) == .clean)
        #expect(ExitPolicy.status(of: [ReportFixtures.mentionsOnly], failOn: .note) == .findings)
    }

    @Test func statusesAreTheDocumentedExitCodes() {
        #expect(RunStatus.allCases.map(\.rawValue) == [0, 1, 2])
    }
}
