import Testing
@testable import ClaimAudit

@Suite struct TextReporterTests {
    let report = TextReporter().generateReport([ReportFixtures.audited])

    @Test func oneDiagnosticPerCostClaimOrPrice() {
        let heads = report.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        // Seven mentions, one of them a valuation (`other`): six diagnostics.
        #expect(heads.count == 6)
        #expect(!report.contains("$60 billion"))
        #expect(heads[0] == "posts/who pays.md:3:46: error: $5K per user — conflation (attributed), fails [conflation.total-over-users]")
    }

    @Test func explanationLinesAreIndented() {
        #expect(report.contains("\n    break-even: $5,000 ÷ $20 = 250 months ≈ 20.8 years (contradicts)\n"))
        #expect(!report.contains("monthly price = 20 USD"))
        #expect(report.contains("\n    evidence: \"claims\" (3:22), \"divides\" (4:13)\n"))
        #expect(report.contains("\n    same figure also at line 7\n"))
    }

    @Test func aRepeatedClaimIsExplainedOnceAndPointsBack() throws {
        // The fixture states the $5K claim on line 3 and again on line 7.
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let repeatHead = try #require(lines.firstIndex { $0.hasPrefix("posts/who pays.md:7:") })
        #expect(lines[repeatHead + 1] == "    same claim as line 3, explained there")
        #expect(lines.count > repeatHead + 2 ? !lines[repeatHead + 2].contains("break-even") : true)
        let verbose = TextReporter(options: ReportOptions(verbose: true)).generateReport([ReportFixtures.audited])
        #expect(!verbose.contains("same claim as line 3"))
    }

    @Test func verboseAddsInformativeChecksAndInputs() {
        var doc = ReportFixtures.audited
        doc.mentions[0].assessment?.checks.append(Check(name: "document-ratio", inputs: [], arithmetic: "$5,000 is 250 plan-months", agrees: nil))
        let plain = TextReporter().generateReport([doc])
        let verbose = TextReporter(options: ReportOptions(verbose: true)).generateReport([doc])
        #expect(!plain.contains("250 plan-months"))
        #expect(verbose.contains("\n    document-ratio: $5,000 is 250 plan-months\n"))
        #expect(verbose.contains("\n    break-even: $5,000 ÷ $20 = 250 months ≈ 20.8 years (contradicts)\n      per-user cost = 5,000 USD per user (line 3)\n      monthly price = 20 USD per month (line 5)\n"))
    }

    @Test func checkNamesAndVerdictsAreNotRepeated() {
        var doc = ReportFixtures.audited
        doc.mentions[0].assessment?.checks[0].arithmetic = "break-even: $5,000 ÷ $20 = 250 months"
        doc.mentions[0].assessment?.checks.append(Check(name: "derived-statement", inputs: [],
                                                        arithmetic: "$5,000 ÷ 12 ≈ $417; the text says $417, which agrees", agrees: true))
        let report = TextReporter().generateReport([doc])
        #expect(report.contains("\n    break-even: $5,000 ÷ $20 = 250 months (contradicts)\n"))
        #expect(report.contains("\n    derived-statement: $5,000 ÷ 12 ≈ $417; the text says $417, which agrees\n"))
    }

    @Test func evidenceIsListedOnceAndQuotesStayReadable() {
        var doc = ReportFixtures.audited
        let claims = ReportFixtures.evidence("claims", "attribution")
        doc.mentions[0].classification?.evidence = [claims, claims, Evidence(cue: "\"", proseRange: 0..<1, feature: "quote")]
        doc.mentions[0].evidenceLocations = [SourceLocation(line: 3, column: 22), SourceLocation(line: 3, column: 22),
                                             SourceLocation(line: 7, column: 29)]
        #expect(TextReporter().generateReport([doc]).contains("\n    evidence: \"claims\" (3:22), '\"' (7:29)\n"))
    }

    @Test func columnsCountScalarsNotBytes() {
        // "Köln" holds a two-byte scalar before the euro sign.
        #expect(report.contains("posts/who pays.md:7:75: note: €40 per seat — price (asserted) [price.plan]"))
    }

    @Test func mentionsOnlyShowsEveryMentionAsANote() {
        let text = TextReporter().generateReport([ReportFixtures.mentionsOnly])
        #expect(text.contains("posts/who pays.md:3:46: note: $5K per user → 5,000 USD per user\n"))
        #expect(text.contains("note: thousands of dollars a month → ≈ 1,000–9,000 USD per month\n"))
        #expect(text.contains("note: $60 billion → 60,000,000,000 USD\n"))
        #expect(text.split(separator: "\n").count == 7)
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!report.contains("\u{1B}["))
        let coloured = TextReporter(options: ReportOptions(color: true)).generateReport([ReportFixtures.audited])
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;35mwarning:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;36mnote:\u{1B}[0m"))
    }

    @Test func summaryCountsLevelsAndInputProblems() {
        let summary = RunSummary([ReportFixtures.audited, ReportFixtures.missing])
        #expect(summary.description == "2 files, 7 mentions, 3 cost claims, 2 prices: 1 error, 1 warning, 4 notes (1 input error, 1 input warning)")
        #expect(RunSummary([ReportFixtures.mentionsOnly]).description == "1 file, 7 mentions")
    }
}
