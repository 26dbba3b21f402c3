import Foundation
import Testing
@testable import ClaimAudit

@Suite struct EvalReportTests {
    let report = EvalReport(evaluations: [ScorecardTests.doc.evaluate(ScorecardTests.labels, ScorecardTests.predictions)])

    @Test func textShowsEveryTableThenTheDisagreements() {
        let text = report.text(thresholdFailures: [])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "eval: 1 document, 6 labelled mentions, 5 predicted")
        #expect(lines.contains("  exact              0.800     0.800     0.800         4         1         1"))
        #expect(lines.contains("  money mentions found         0.667  4/6"))
        #expect(lines.contains("  kind                         0.750  3/4"))
        #expect(lines.contains("  macro-F1                               0.333"))
        #expect(lines.contains("  spurious               1           0           0           0           0"))
        #expect(lines.contains("DISAGREEMENTS (8)"))
        #expect(lines.contains(#"doc.md:2:47: missed: expected a cost/fixed mention, got nothing ("$100 million")"#))
        #expect(lines.contains("THRESHOLDS: every figure is at or above its floor"))
        #expect(!report.text(showDisagreements: false).contains("DISAGREEMENTS"))
        var withErrors = report
        withErrors.diagnostics = [Diagnostic(.error, path: "a.expected.json", message: "x")]
        #expect(withErrors.text().hasPrefix("eval: 1 document, 6 labelled mentions, 5 predicted (1 error, 0 warnings in labels or documents)\n"))
    }

    @Test func jsonGivesTheSameFigures() throws {
        let failures = Thresholds(floors: ["mention.f1": 0.9]).failures(of: report.scorecard)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json(thresholdFailures: failures).utf8)) as? [String: Any])
        let figures = try #require(json["figures"] as? [String: Any])
        #expect(figures["mention.f1"] as? Double == 0.8)
        #expect(figures["approx.precision"] is NSNull)
        let disagreements = try #require(json["disagreements"] as? [[String: Any]])
        #expect(disagreements.count == 8)
        #expect(disagreements[4]["file"] as? String == "doc.md")
        #expect(disagreements[4]["line"] as? Int == 2)
        #expect(disagreements[4]["field"] as? String == "missed")
        #expect(json["passed"] as? Bool == false)
        let confusion = try #require(json["confusion"] as? [String: Any])
        #expect((confusion["rows"] as? [String])?.last == "spurious")
        #expect((confusion["columns"] as? [String])?.last == "missed")
    }
}

@Suite struct EvalComparisonTests {
    @Test func figureDeltasAndChangedMentions() {
        let doc = ScorecardTests.doc
        var better = ScorecardTests.predictions
        better[2].costClass = .marginal    // $0.02 now marginal (still wrong stance/amount/per)
        better[1].verdict = .unverifiable  // $20 now wrong verdict
        better.removeLast()                // the spurious "2.5" is gone
        let base = EvalReport(evaluations: [doc.evaluate(ScorecardTests.labels, ScorecardTests.predictions)])
        let candidate = EvalReport(evaluations: [doc.evaluate(ScorecardTests.labels, better)])
        let comparison = EvalComparison(base: base, candidate: candidate)
        let precision = comparison.figures.first { $0.name == "mention.precision" }!
        #expect(precision.base == 0.8 && precision.candidate == 1.0)
        #expect(abs(precision.delta! - 0.2) < 1e-12)
        let verdict = comparison.figures.first { $0.name == "verdict.accuracy" }!
        #expect(abs(verdict.delta! + 1.0 / 3.0) < 1e-12)
        let changes = comparison.mentions
        #expect(changes.map(\.quote) == ["$20", "$0.02", "2.5"])
        // $20: verdict now wrong (5 → 4 fields agree); $0.02: class now right (2 → 3); 2.5: no longer spurious.
        #expect(changes.map(\.direction) == ["worse", "better", "better"])
        #expect(changes[2].candidate == "not predicted")
        let text = comparison.text(baseName: "A", candidateName: "B")
        #expect(text.contains("  mention.precision                 0.800      1.000     +0.200"))
        #expect(text.contains("CHANGED MENTIONS (3: 2 better, 1 worse)"))
    }
}
