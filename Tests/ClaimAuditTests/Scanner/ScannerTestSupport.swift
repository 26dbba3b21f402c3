@testable import ClaimAudit

/// Builds prose with one block per blank-line paragraph and one per `- `
/// list line or `# ` heading line, as the Markdown masker would.
func proseBlocks(_ text: String) -> ProseText {
    let raw = Array(text.utf8)
    var b = ProseBuilder()
    var lineStart = 0
    var inParagraph = false
    func flush(_ b: inout ProseBuilder) { b.endBlock() }
    var i = 0
    while i <= raw.count {
        if i == raw.count || raw[i] == 0x0A {
            let line = lineStart..<i
            let bytes = raw[line]
            let trimmed = bytes.drop(while: { $0 == 0x20 })
            if trimmed.isEmpty {
                if inParagraph { flush(&b); inParagraph = false }
            } else if trimmed.starts(with: Array("- ".utf8)) || trimmed.starts(with: Array("# ".utf8)) {
                let contentStart = trimmed.startIndex + 2
                b.beginBlock(trimmed.first == 0x23 ? .heading(level: 1) : .listItem)
                b.separate(for: lineStart..<contentStart, blockBreak: true)
                b.copy(raw, contentStart..<i)
                b.endBlock()
                inParagraph = false
            } else {
                if !inParagraph { b.beginBlock(.paragraph); inParagraph = true } else { b.separate(for: (line.lowerBound - 1)..<line.lowerBound, blockBreak: false) }
                b.copy(raw, line)
            }
            if i < raw.count, !inParagraph { b.separate(for: i..<(i + 1), blockBreak: true) }
            lineStart = i + 1
        }
        i += 1
    }
    return b.build()
}

/// One paragraph block holding the whole text.
func proseParagraph(_ text: String) -> ProseText {
    let raw = Array(text.utf8)
    var b = ProseBuilder()
    b.beginBlock(.paragraph)
    b.copy(raw, 0..<raw.count)
    return b.build()
}

/// A mention as plain values, for readable expectations.
struct Found: Equatable, CustomStringConvertible {
    var text: String
    var amountText: String
    var low: Double
    var high: Double
    var currency: String
    var per: [String]
    var approx: Bool
    var qualifier: String?

    var description: String {
        "«\(text)» [\(amountText)] \(low)…\(high) \(currency) per:\(per) approx:\(approx) q:\(qualifier ?? "-")"
    }
}

func findMoney(_ text: String) -> [Found] {
    let prose = proseParagraph(text)
    let result = MoneyScanner().scan(prose)
    return result.mentions.map {
        Found(text: prose.string($0.range), amountText: prose.string($0.amountRange), low: $0.amount.low,
              high: $0.amount.high, currency: $0.amount.currency, per: $0.per.map(\.description),
              approx: $0.approx, qualifier: $0.qualifier)
    }
}

func close(_ a: Double, _ b: Double) -> Bool {
    a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
}
