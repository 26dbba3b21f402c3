import Foundation
import Testing
@testable import ClaimAudit

/// The checker on long documents: its work must stay linear in the number of
/// mentions and sentences (facts are indexed once per document).
@Suite struct CheckerScaleTests {
    static let sentence = "Anthropic spends $5,000 per user on inference."

    /// `count` copies of `sentence`, ten to a paragraph, each figure a
    /// marginal cost per user; built directly so the test does no quadratic work.
    static func repeated(_ count: Int) -> ClassifiedDocument {
        var text = ""
        var blocks: [Block] = []
        var sentences: [Sentence] = []
        var mentions: [MoneyMention] = []
        let offset = Array(sentence.utf8).firstIndex(of: 0x24)!
        var blockStart = 0
        for i in 0..<count {
            if i > 0 { text += i % 10 == 0 ? "\n\n" : " " }
            if i % 10 == 0 {
                if i > 0 { blocks.append(Block(range: blockStart..<(text.utf8.count - 2), kind: .paragraph)) }
                blockStart = text.utf8.count
            }
            let start = text.utf8.count
            text += sentence
            sentences.append(Sentence(range: start..<text.utf8.count, blockIndex: blocks.count))
            let amount = (start + offset)..<(start + offset + 6)
            mentions.append(MoneyMention(range: amount.lowerBound..<(amount.upperBound + 9), amountRange: amount,
                                         amount: MoneyAmount(low: 5_000, high: 5_000, currency: "USD"),
                                         per: [Denominator(parsing: "user")], qualifier: nil, sentenceIndex: i))
        }
        blocks.append(Block(range: blockStart..<text.utf8.count, kind: .paragraph))
        text += "\n"
        let bytes = Array(text.utf8)
        let prose = ProseText(bytes: bytes, map: .identity(length: bytes.count), blocks: blocks)
        let scanned = ScannedDocument(source: SourceDocument(path: "long.md", bytes: bytes, format: .markdown), prose: prose,
                                      scan: ScanResult(sentences: sentences, mentions: mentions), lines: LineIndex(bytes: bytes))
        let classification = Classification(kind: .cost, costClass: .marginal, stance: .asserted, ruleID: "test.rule",
                                             evidence: [], explanation: nil)
        return ClassifiedDocument(scanned: scanned, classifications: mentions.map { _ in classification }, claims: [])
    }

    @Test func twoThousandRepeatedFiguresFinishWithTheVerdictOfOne() throws {
        let checker = Checker(reference: try TestDocument.defaultReference(), today: today2026)
        let one = checker.assess(Self.repeated(1))
        let single = try #require(one.first ?? nil)
        // One copy: a per-user cost about Anthropic is set against the Claude Pro plan.
        #expect(single.verdict == .fails)
        #expect(single.text.contains("250 months"))

        let many = checker.assess(Self.repeated(2_000))
        #expect(many.count == 2_000)
        #expect(many.allSatisfy { $0?.verdict == single.verdict && $0?.severity == single.severity })
        // Every copy cites its own line, so explanations differ only there.
        #expect(many[1_999]?.checks.contains { $0.name == PlanRecoveryCheck.name && $0.agrees == false } == true)
    }
}
