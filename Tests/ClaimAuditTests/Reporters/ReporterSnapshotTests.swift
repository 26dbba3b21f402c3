import Foundation
import Testing
@testable import ClaimAudit

/// Golden outputs of every format on the fixture document.
@Suite struct ReporterSnapshotTests {
    static let documents = [ReportFixtures.audited, ReportFixtures.missing]

    @Test(arguments: ReportFormat.allCases)
    func auditedDocument(_ format: ReportFormat) {
        let report = format.makeReporter().generateReport(Self.documents)
        assertSnapshot(report, named: "audited.\(format.rawValue)", extension: format == .text || format == .github ? "txt" : "json")
    }

    @Test(arguments: [ReportFormat.text, .json, .sarif])
    func mentionsOnly(_ format: ReportFormat) {
        let report = format.makeReporter().generateReport([ReportFixtures.mentionsOnly])
        assertSnapshot(report, named: "mentions-only.\(format.rawValue)", extension: format == .text ? "txt" : "json")
    }

    @Test func stepSummary() {
        assertSnapshot(StepSummary.markdown(Self.documents), named: "audited.step-summary", extension: "md")
    }

    @Test func streamingEqualsWholeReport() {
        for format in ReportFormat.allCases {
            let reporter = format.makeReporter()
            var streamed = reporter.begin()
            for (i, d) in Self.documents.enumerated() { streamed += reporter.report(d, at: i) }
            streamed += reporter.end(Self.documents)
            #expect(streamed == reporter.generateReport(Self.documents))
        }
    }
}

@Suite struct SnapshotHelperTests {
    @Test func diffShowsChangedLinesWithContext() {
        let diff = lineDiff(expected: "a\nb\nc\nd\ne\nf\ng\nh", actual: "a\nb\nC\nd\ne\nf\ng\nh\ni")
        #expect(diff == "@@ line 2 @@\n  b\n- c\n+ C\n  d\n@@ line 8 @@\n  h\n+ i")
        #expect(lineDiff(expected: "same", actual: "same").isEmpty)
    }
}
