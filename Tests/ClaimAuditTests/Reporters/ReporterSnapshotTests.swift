import Foundation
import Testing
@testable import ClaimAudit

/// Golden outputs of every format on the fixture document.
@Suite struct ReporterSnapshotTests {
    static let documents = [ReportFixtures.audited, ReportFixtures.missing]

    @Test(arguments: ReportFormat.allCases)
    func auditedDocument(_ format: ReportFormat) {
        let report = format.makeReporter().generateReport(Self.documents)
        assertSnapshot(report, named: "audited", extension: format.snapshotExtension)
    }

    @Test(arguments: [ReportFormat.text, .json, .sarif])
    func mentionsOnly(_ format: ReportFormat) {
        let report = format.makeReporter().generateReport([ReportFixtures.mentionsOnly])
        assertSnapshot(report, named: "mentions-only", extension: format.snapshotExtension)
    }

    @Test func stepSummary() {
        assertSnapshot(StepSummary.markdown(Self.documents), named: "audited-step-summary", extension: "md")
    }

    @Test func eachFormatHasTheReporterOfItsName() {
        for format in ReportFormat.allCases {
            #expect(type(of: format.makeReporter()).identifier == format.rawValue)
        }
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

extension ReportFormat {
    /// The file extension of this format's snapshots: `audited.sarif`, `audited.log` (GitHub annotations).
    var snapshotExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .jsonl: "jsonl"
        case .sarif: "sarif"
        case .github: "log"
        case .html: "html"
        }
    }
}
