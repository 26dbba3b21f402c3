import Foundation
@testable import ClaimAudit

/// Helpers for rule-engine tests: the default rules folder, and scanned
/// documents built by hand (prose, sentences and mentions with explicit
/// ranges) so the engine can be tested without the scanner.
enum RuleTestSupport {
    /// `Rules/` of this checkout.
    static var defaultRulesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")
    }

    /// The default rules, loaded once.
    static let defaultRules: RuleSet = {
        do { return try RuleSet.load(directories: [defaultRulesDirectory]) } catch {
            fatalError("default rules do not load: \(error)")
        }
    }()

    /// A mention to place in a hand-built document: `text` is found in the
    /// prose (the `occurrence`-th time), `amountText` inside it.
    struct MentionSpec {
        var text: String
        var amountText: String?
        var low: Double
        var high: Double?
        var per: [String] = []
        var occurrence = 1
        var approx = false
    }

    /// A scanned document with the given sentences (one paragraph each, one
    /// space apart) and mentions, without running the scanner.
    static func document(sentences: [String], mentions: [MentionSpec], format: SourceFormat = .text) -> ScannedDocument {
        let text = sentences.joined(separator: "\n")
        let bytes = Array(text.utf8)
        var builder = ProseBuilder()
        var offset = 0
        var sentenceRanges: [Sentence] = []
        for (i, s) in sentences.enumerated() {
            let n = s.utf8.count
            builder.beginBlock(.paragraph)
            builder.copy(bytes, offset..<(offset + n))
            builder.endBlock()
            sentenceRanges.append(Sentence(range: offset..<(offset + n), blockIndex: i))
            if i + 1 < sentences.count { builder.copy(bytes, (offset + n)..<(offset + n + 1)) }
            offset += n + 1
        }
        let prose = builder.build()
        var found: [MoneyMention] = []
        for spec in mentions {
            guard let r = find(spec.text, in: bytes, occurrence: spec.occurrence) else {
                fatalError("mention text '\(spec.text)' not in the sentences")
            }
            let amountText = spec.amountText ?? spec.text
            let a = find(amountText, in: Array(bytes[r]), occurrence: 1).map { (r.lowerBound + $0.lowerBound)..<(r.lowerBound + $0.upperBound) } ?? r
            let sentence = sentenceRanges.firstIndex { $0.range.contains(r.lowerBound) } ?? 0
            found.append(MoneyMention(range: r, amountRange: a, amount: MoneyAmount(low: spec.low, high: spec.high ?? spec.low, currency: "USD"),
                                      per: spec.per.map(Denominator.init(parsing:)), approx: spec.approx, sentenceIndex: sentence))
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        return ScannedDocument(source: SourceDocument(path: "<test>", bytes: bytes, format: format), prose: prose,
                               scan: ScanResult(sentences: sentenceRanges, mentions: found), lines: LineIndex(bytes: bytes))
    }

    static func find(_ needle: String, in hay: [UInt8], occurrence: Int) -> Range<Int>? {
        let n = Array(needle.utf8)
        var seen = 0
        var i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<(i + n.count)]) == n {
                seen += 1
                if seen == occurrence { return i..<(i + n.count) }
            }
            i += 1
        }
        return nil
    }

    /// Runs the real pipeline (masker, scanner, classifier) on plain text.
    static func classify(_ text: String, rules: RuleSet = defaultRules, format: SourceFormat = .text) -> ClassifiedDocument {
        let scanned = Auditor().scan(SourceDocument(path: "<test>", text: text, format: format))
        return Classifier(rules: rules).classify(scanned)
    }
}
