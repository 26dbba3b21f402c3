import Foundation
import Testing
@testable import ClaimAudit

/// A money mention to place in a hand-built document.
struct MentionSpec {
    var quote: String
    var occurrence = 1
    var low: Double
    var high: Double
    var currency = "USD"
    var per: [String] = []
    var kind: MentionKind? = .cost
    var costClass: CostClass? = nil
    var stance: Stance = .asserted
    var ruleID = "test.rule"
    var explanation: String? = nil
    var qualifier: String? = nil

    static func cost(_ quote: String, _ value: Double, per: [String] = [], _ costClass: CostClass, _ stance: Stance = .asserted,
                     high: Double? = nil, occurrence: Int = 1, qualifier: String? = nil) -> MentionSpec {
        MentionSpec(quote: quote, occurrence: occurrence, low: value, high: high ?? value, per: per, kind: .cost,
                    costClass: costClass, stance: stance, qualifier: qualifier)
    }

    static func price(_ quote: String, _ value: Double, per: [String] = [], _ stance: Stance = .asserted,
                      high: Double? = nil, occurrence: Int = 1, qualifier: String? = nil) -> MentionSpec {
        MentionSpec(quote: quote, occurrence: occurrence, low: value, high: high ?? value, per: per, kind: .price, stance: stance,
                    qualifier: qualifier)
    }

    static func other(_ quote: String, _ value: Double) -> MentionSpec {
        MentionSpec(quote: quote, low: value, high: value, kind: .other)
    }
}

/// Builds a `ClassifiedDocument` by hand: lines starting `# ` are headings,
/// `- ` list items, other non-empty lines paragraphs; front matter between
/// `---` lines is left out of the prose. Sentences end at `. `, `? `, `! `.
enum TestDocument {
    static func make(_ text: String, _ specs: [MentionSpec], claims: [[Int]] = []) -> ClassifiedDocument {
        let bytes = Array(text.utf8)
        var blocks: [Block] = []
        var lineStart = 0
        var inFrontMatter = text.hasPrefix("---\n")
        var first = true
        while lineStart < bytes.count {
            var end = lineStart
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = String(decoding: bytes[lineStart..<end], as: UTF8.self)
            if inFrontMatter {
                if line == "---", !first { inFrontMatter = false }
            } else if line.hasPrefix("# ") || line.hasPrefix("## ") {
                let marker = line.hasPrefix("## ") ? 3 : 2
                blocks.append(Block(range: (lineStart + marker)..<end, kind: .heading(level: marker - 1)))
            } else if line.hasPrefix("- ") {
                blocks.append(Block(range: (lineStart + 2)..<end, kind: .listItem))
            } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                blocks.append(Block(range: lineStart..<end, kind: .paragraph))
            }
            first = false
            lineStart = end + 1
        }
        let prose = ProseText(bytes: bytes, map: .identity(length: bytes.count), blocks: blocks)
        var sentences: [Sentence] = []
        for (bi, block) in blocks.enumerated() {
            var start = block.range.lowerBound
            var i = start
            while i < block.range.upperBound {
                let b = bytes[i]
                if (b == 0x2E || b == 0x3F || b == 0x21), i + 1 < block.range.upperBound, bytes[i + 1] == 0x20,
                   i + 2 < block.range.upperBound, (0x41...0x5A).contains(bytes[i + 2]) {
                    sentences.append(Sentence(range: start..<(i + 1), blockIndex: bi))
                    start = i + 2
                    i += 2
                    continue
                }
                i += 1
            }
            if start < block.range.upperBound { sentences.append(Sentence(range: start..<block.range.upperBound, blockIndex: bi)) }
        }
        var mentions: [MoneyMention] = []
        var classifications: [Classification?] = []
        for spec in specs {
            let range = find(spec.quote, occurrence: spec.occurrence, in: bytes)
            let sentence = sentences.firstIndex { $0.range.contains(range.lowerBound) } ?? 0
            mentions.append(MoneyMention(range: range, amountRange: range, amount: MoneyAmount(low: spec.low, high: spec.high, currency: spec.currency),
                                         per: spec.per.map(Denominator.init(parsing:)), qualifier: spec.qualifier, sentenceIndex: sentence))
            classifications.append(spec.kind.map {
                Classification(kind: $0, costClass: spec.costClass, stance: spec.stance, ruleID: spec.ruleID, evidence: [], explanation: spec.explanation)
            })
        }
        // keep document order
        let order = mentions.indices.sorted { mentions[$0].range.lowerBound < mentions[$1].range.lowerBound }
        let scanned = ScannedDocument(source: SourceDocument(path: "test.md", bytes: bytes, format: .markdown), prose: prose,
                                      scan: ScanResult(sentences: sentences, mentions: order.map { mentions[$0] }),
                                      lines: LineIndex(bytes: bytes))
        return ClassifiedDocument(scanned: scanned, classifications: order.map { classifications[$0] },
                                  claims: claims.enumerated().map { Claim(id: $0.offset + 1, mentionIndices: $0.element) })
    }

    static func find(_ quote: String, occurrence: Int, in bytes: [UInt8]) -> Range<Int> {
        let q = Array(quote.utf8)
        var seen = 0
        var i = 0
        while i + q.count <= bytes.count {
            if Array(bytes[i..<(i + q.count)]) == q {
                seen += 1
                if seen == occurrence { return i..<(i + q.count) }
            }
            i += 1
        }
        fatalError("quote \(quote) #\(occurrence) not found")
    }

    /// The checkout's `Rules/` folder.
    static var rulesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")
    }

    static func defaultReference() throws -> ReferenceData {
        try ReferenceData.load(directory: rulesDirectory)
    }
}

extension Assessment {
    var text: String { explanation.joined(separator: "\n") }
}

let today2026 = CalendarDate(year: 2026, month: 11, day: 30)

/// Prose audited end to end with the default rules, reference data and model,
/// as `claimaudit check` does, and the verdict of one of its figures.
enum AuditedProse {
    static func audit(_ text: String, path: String = "post.txt", format: SourceFormat = .text) throws -> AuditedDocument {
        Auditor(configuration: try AuditConfiguration.defaults()).audit(text: text, path: path, format: format)
    }

    /// The verdict of the first figure whose text starts with `prefix`.
    static func verdict(of prefix: String, in doc: AuditedDocument) throws -> Verdict? {
        try #require(doc.mentions.first { $0.text.hasPrefix(prefix) }).assessment?.verdict
    }
}
