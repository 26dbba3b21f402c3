import Foundation
import Testing
@testable import ClaimAudit

/// The checker behind the real scanner and rule engine, on prose written for these tests.
@Suite struct PipelineCheckerTests {
    static let debunk = """
        ---
        date: 2026-03-10
        ---
        # The $5K-per-user figure is wrong

        A viral post claims the lab spends $5,000 on each subscriber. Claude Pro costs $20 per month, so a user \
        would need 250 months, about 20.8 years, to pay that back.

        GPT-4o lists at $2.50 per million input tokens. An H100 rents for about $2.35 per GPU-hour.

        The lab does not spend $5,000 per user; inference is orders of magnitude lower.

        """

    @Test func aDebunkingArticleEndsWithoutErrors() throws {
        let auditor = Auditor(configuration: try AuditConfiguration.defaults())
        let doc = auditor.audit(text: Self.debunk, path: "debunk.md", format: .markdown)
        try #require(!doc.mentions.isEmpty)
        #expect(doc.mentions.allSatisfy { ($0.assessment?.severity ?? .note) < .error })
        let plan = try #require(doc.mentions.first { $0.text.hasPrefix("$20") })
        #expect(plan.assessment?.verdict == .holds)
        #expect(plan.assessment?.explanation.contains { $0.contains("reference claude-pro") } == true)
        let gpu = try #require(doc.mentions.first { $0.text.hasPrefix("$2.35") })
        #expect(gpu.assessment?.verdict == .holds)
        #expect(gpu.assessment?.explanation.contains { $0.contains("the document's date 10 Mar 2026 (front matter)") } == true)
        let figures = doc.mentions.filter { $0.amount.low == 5000 && $0.classification?.costClass == .conflation }
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { $0.assessment?.rebutted == true && $0.assessment?.verdict == .fails })
    }

    @Test func aDraftAssertingTheFigureGetsAnError() throws {
        let auditor = Auditor(configuration: try AuditConfiguration.defaults())
        let doc = auditor.audit(text: "Anthropic spends $5,000 on every user.\n", path: "draft.md", format: .markdown)
        let figure = try #require(doc.mentions.first { $0.amount.low == 5000 })
        #expect(figure.assessment?.verdict == .fails)
        #expect(figure.assessment?.severity == .error)
        // The rules class an asserted per-user spend with no period as a conflation
        // (rule conflation.large-per-user-spend); before, it was a marginal cost that
        // failed the break-even check. Either way the draft gets an error.
        #expect(figure.classification?.costClass == .conflation
                || figure.assessment?.explanation.contains { $0.contains("250 months ≈ 20.8 years") } == true)
    }
    /// Contract §3: every verdict other than `unverifiable` shows its arithmetic with
    /// the numbers it used and where each came from (a line, or a reference entry).
    @Test func everyCheckedVerdictOnTheCorpusShowsItsNumbersAndTheirSources() throws {
        let auditor = Auditor(configuration: try AuditConfiguration.defaults())
        let corpus = LabelledDocuments.root.appendingPathComponent("Corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { name in [".md", ".txt", ".html"].contains { name.hasSuffix($0) } && name != "README.md" }.sorted()
        try #require(names.count >= 40)
        var checked = 0
        for name in names {
            let (source, _) = try DocumentLoader.load(path: corpus.appendingPathComponent(name).path, format: nil)
            for m in auditor.audit(source).mentions {
                guard let a = m.assessment, a.verdict != .unverifiable else { continue }
                checked += 1
                let line = m.span.location.line
                let text = a.explanation.joined(separator: " ")
                let numbered = text.unicodeScalars.contains { ("0"..."9").contains($0) }
                #expect(numbered, "\(name):\(line): \(m.text): \(text)")
                let sourced = text.contains("line ") || text.contains("reference ") || text.contains("(\(line):")
                #expect(sourced, "\(name):\(line): \(m.text): no source in \(text)")
            }
        }
        #expect(checked > 500)
    }
}
