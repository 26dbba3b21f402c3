import Testing
@testable import ClaimAudit

@Suite struct GitHubReporterTests {
    @Test(arguments: [
        ("plain", "plain", "plain"),
        ("100% sure", "100%25 sure", "100%25 sure"),
        ("two\nlines", "two%0Alines", "two%0Alines"),
        ("crlf\r\n", "crlf%0D%0A", "crlf%0D%0A"),
        ("a: b, c", "a: b, c", "a%3A b%2C c"),
        ("%0A literal", "%250A literal", "%250A literal"),
        ("€40 per seat", "€40 per seat", "€40 per seat"),
    ])
    func escaping(_ raw: String, _ data: String, _ property: String) {
        #expect(WorkflowCommand.escapeData(raw) == data)
        #expect(WorkflowCommand.escapeProperty(raw) == property)
    }

    @Test func annotationCarriesLocationAndEscapedTitle() {
        let commands = GitHubReporter().commands([ReportFixtures.audited])
        let first = commands[0].description
        #expect(first == "::warning file=posts/who pays.md,line=7,col=1,title=ClaimAudit%3A input::invalid UTF-8 replaced with U+FFFD")
        let error = commands[1].description
        #expect(error.hasPrefix("::error file=posts/who pays.md,line=3,endLine=3,col=46,endColumn=57,"
                                + "title=ClaimAudit%3A Conflation fails [conflation.total-over-users]::"
                                + "$5K per user — conflation (attributed), fails%0A"))
        #expect(commands.filter { $0.command == "notice" }.count == 4)
        #expect(!commands.contains { $0.message.contains("$60 billion") })
    }

    @Test func aFigureAcrossLinesHasNoColumns() {
        var doc = ReportFixtures.document(withFindingAt: .warning)
        doc.mentions[0].span.endLocation = SourceLocation(line: 4, column: 5)
        let command = GitHubReporter().commands([doc])[0].description
        #expect(command.hasPrefix("::warning file=posts/who pays.md,line=3,endLine=4,title="))
    }

    @Test func capsEachLevelAndSaysWhatWasLeftOut() {
        var doc = ReportFixtures.document(withFindingAt: .error)
        let error = doc.mentions[0]
        var note = error
        note.assessment?.severity = .note
        doc.mentions = Array(repeating: error, count: 13) + Array(repeating: note, count: 12)
        let commands = GitHubReporter().commands([doc])
        #expect(commands.filter { $0.command == "error" }.count == 10)
        let notices = commands.filter { $0.command == "notice" }
        // Nine notes and the notice about the rest: GitHub shows ten.
        #expect(notices.count == 10)
        #expect(notices.last?.message.hasPrefix("6 annotations omitted (3 errors, 3 notices)") == true)
    }

    @Test func stepSummaryPutsTheHighestLevelsFirstAndStopsAtItsLimit() {
        let summary = StepSummary.markdown([ReportFixtures.audited], rowLimit: 3)
        let rows = summary.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Level") && !$0.hasPrefix("| ---") }
        #expect(rows.map { $0.split(separator: " ")[1] } == ["error", "warning", "note"])
        #expect(summary.hasSuffix("\n3 more findings at lower levels are in the SARIF or JSON report.\n"))
    }

    @Test func noOmissionNoticeUnderTheCap() {
        let commands = GitHubReporter().commands([ReportFixtures.document(withFindingAt: .warning)])
        #expect(commands.map(\.command) == ["warning"])
    }
}
