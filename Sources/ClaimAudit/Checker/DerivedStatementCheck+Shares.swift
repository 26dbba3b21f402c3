import Foundation

/// A share of a figure restated as money that misses it: `Storage made up
/// 25% of it, roughly $30,000` after `Our cloud bill was $80,000`; `15% of
/// the $400 million budget, or $6 million`. (Shares that agree are found by
/// `products`, which only confirms.)
///
/// The percentage must be followed by `of` and either a figure (`of the $400
/// million budget`) or a word pointing back (`of it`, `of that`, `of the
/// total`), which then takes the nearest figure before it, in its sentence or
/// the one before. The result is the next figure after the percentage, joined
/// to it by a restating link (`, roughly`, `, or`, `is`, `that's`); its
/// sentence states at most two figures of its currency. A power-of-ten slip
/// or a clear miss (`missesClearly`) fails the result.
extension DerivedStatementCheck {
    /// Words after `N% of` that point back at a figure stated before.
    static let shareBackPointers = ["it", "that", "this", "them", "the total", "the bill", "the budget", "the spend", "the cost",
                                    "the figure", "those", "all of it", "the lot"]
    /// Links between a share and the money it is restated as.
    static let shareLinks = [",", " is ", "=", ":", "that's", "thats", "comes to", "works out", "means", "—"]

    func shareMisses(_ ms: [MentionFacts], _ s: Int, _ numbers: [SentenceNumber], _ doc: DocumentFacts,
                     agreed: (Int) -> Bool, _ add: (Int, Check) -> Void) {
        let percents = numbers.filter { $0.role == .percent && $0.value > 0 && $0.value < 1 && !$0.fromEarlierSentence }
        guard !percents.isEmpty, !ms.isEmpty else { return }
        let start = doc.sentenceStart(s)
        let lower = doc.lowerSentence(s)
        let bytes = Array(lower.utf8)
        for p in percents {
            guard NearbyArithmeticCheck.wordAfter(p.range.upperBound, in: bytes) == "of",
                  let base = Self.shareBase(p, ms, s, bytes, doc),
                  let result = ms.filter({ $0.mention.range.lowerBound - start >= p.range.upperBound && $0.index != base.index
                      && $0.amount.currency == base.amount.currency && !$0.amount.isRange && !$0.mention.approx })
                    .min(by: { $0.mention.range.lowerBound < $1.mention.range.lowerBound }),
                  !agreed(result.index), Self.figureCount(result, doc) <= 2, result.amount.high < base.amount.low
            else { continue }
            let gapEnd = result.mention.range.lowerBound - start
            guard gapEnd - p.range.upperBound <= 60 else { continue }
            let between = String(decoding: bytes[p.range.upperBound..<gapEnd], as: UTF8.self)
            guard Self.shareLinks.contains(where: { FastText.contains(between, $0) }) else { continue }
            let computed = orderedRange(base.interval.lowerBound * p.interval.lowerBound, base.interval.upperBound * p.interval.upperBound)
            guard !Tolerance.agrees(computed, result.interval) else { continue }
            let slip = Self.powerOfTenSlip(computed, result.interval)
            guard slip != nil || Self.missesClearly(computed, result.interval) else { continue }
            let value = (base.amount.low + base.amount.high) / 2 * p.value
            let how = slip.map { "\(MoneyFormatting.times(pow(10, Double(abs($0))))) \($0 > 0 ? "too high" : "too low")" } ?? "a different figure"
            let arithmetic = "derived: \(base.cited) × \(p.text) (line \(doc.line(ofSentence: s))) = \(MoneyFormatting.money(value, currency: base.amount.currency)); "
                + "the text says \(result.cited), \(how): it does not agree"
            let inputs = [base.input("whole"), CheckInput(name: "share", value: p.value, unit: "fraction", source: "line \(doc.line(ofSentence: s))"),
                          result.input("share of it")]
            add(result.index, Check(name: Self.name, inputs: inputs, arithmetic: arithmetic, agrees: false))
            add(base.index, Check(name: Self.name, inputs: inputs, arithmetic: arithmetic, agrees: nil))
        }
    }

    /// The figure a share is of: the figure right after `N% of` (`of the $400 million budget`), else, when a word
    /// points back (`of it`), the nearest figure before the percentage in its sentence or the one before.
    static func shareBase(_ p: SentenceNumber, _ ms: [MentionFacts], _ s: Int, _ bytes: [UInt8], _ doc: DocumentFacts) -> MentionFacts? {
        let start = doc.sentenceStart(s)
        let afterOf = String(decoding: bytes[p.range.upperBound..<min(bytes.count, p.range.upperBound + 24)], as: UTF8.self)
            .drop { $0 == " " }.dropFirst(2).drop { $0 == " " }
        // `of the $400 million budget`, `of $80,000`
        if let direct = ms.first(where: { m in
            let offset = m.mention.range.lowerBound - start
            return offset > p.range.upperBound && offset - p.range.upperBound <= 10 && !m.amount.isRange && !m.mention.approx
        }) { return direct }
        guard shareBackPointers.contains(where: { afterOf.hasPrefix($0 + " ") || afterOf.hasPrefix($0 + ",") || afterOf == Substring($0) })
        else { return nil }
        let fits = { (m: MentionFacts) in m.kind != nil && !m.amount.isRange && !m.mention.approx && m.amount.high > 0 }
        if let before = ms.filter({ fits($0) && $0.mention.range.upperBound - start <= p.range.lowerBound }).last { return before }
        guard s > 0 else { return nil }
        return doc.mentions(inSentence: s - 1).filter(fits).last
    }
}
