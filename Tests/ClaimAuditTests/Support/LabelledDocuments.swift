import Foundation
@testable import ClaimAudit

/// Builds an `AuditedDocument` from a Corpus document and its human labels
/// (`NAME.expected.json`, contract §4), so reporter goldens on real text do
/// not move whenever the scanner, rules or checker change.
///
/// Each labelled mention with an `amount` becomes a mention at the
/// `occurrence`-th match of its `quote`; the label's kind, class and stance
/// make the classification (rule `label.<class or kind>`, the label's note
/// as explanation); a labelled verdict makes the assessment, with the
/// checker's `SeverityPolicy`.
enum LabelledDocuments {
    /// The checkout's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `path` is relative to the checkout (`Corpus/NAME.html`).
    static func document(_ path: String) throws -> AuditedDocument {
        let url = root.appendingPathComponent(path)
        let bytes = [UInt8](try Data(contentsOf: url))
        let labelsURL = url.deletingPathExtension().appendingPathExtension("expected.json")
        let labels = try JSONSerialization.jsonObject(with: Data(contentsOf: labelsURL)) as? [String: Any] ?? [:]
        let lines = LineIndex(bytes: bytes)
        var mentions: [AuditedMention] = []
        for label in labels["mentions"] as? [[String: Any]] ?? [] {
            guard let quote = label["quote"] as? String, let amount = label["amount"] as? [String: Any],
                  let low = (amount["low"] as? NSNumber)?.doubleValue, let high = (amount["high"] as? NSNumber)?.doubleValue,
                  let currency = amount["currency"] as? String,
                  let range = find(Array(quote.utf8), in: bytes, occurrence: label["occurrence"] as? Int ?? 1)
            else { continue }
            let span = lines.span(range)
            var m = AuditedMention(text: quote, span: span, amountSpan: span, amount: MoneyAmount(low: low, high: high, currency: currency),
                                   per: (label["per"] as? [String] ?? []).map(Denominator.init(parsing:)),
                                   approx: label["approx"] as? Bool ?? false, qualifier: nil,
                                   sentence: lineText(containing: range.lowerBound, in: bytes))
            if let kind = (label["kind"] as? String).flatMap(MentionKind.init(rawValue:)) {
                let costClass = (label["class"] as? String).flatMap(CostClass.init(rawValue:))
                let stance = (label["stance"] as? String).flatMap(Stance.init(rawValue:)) ?? .asserted
                let note = label["note"] as? String
                m.classification = Classification(kind: kind, costClass: costClass, stance: stance,
                                                  ruleID: "label." + (costClass?.rawValue ?? kind.rawValue), evidence: [], explanation: note)
                if let verdict = (label["verdict"] as? String).flatMap(Verdict.init(rawValue:)) {
                    m.assessment = Assessment(verdict: verdict,
                                              severity: SeverityPolicy.severity(verdict: verdict, costClass: costClass, stance: stance, rebutted: false),
                                              explanation: [], checks: [])
                }
            }
            mentions.append(m)
        }
        mentions.sort { $0.span.start < $1.span.start }
        let format = SourceFormat(fileExtension: url.pathExtension) ?? .text
        return AuditedDocument(path: path, format: format, mentions: mentions, claims: [], diagnostics: [])
    }

    /// The byte range of the `occurrence`-th `needle` in `bytes`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], occurrence: Int) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        var seen = 0
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] && Array(bytes[start..<(start + needle.count)]) == needle {
            seen += 1
            if seen == occurrence { return start..<(start + needle.count) }
        }
        return nil
    }

    static func lineText(containing offset: Int, in bytes: [UInt8]) -> String {
        var start = offset, end = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
