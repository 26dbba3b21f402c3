import Foundation

/// A rate restated per a longer period with the duty cycle the text states:
/// `$60 a day when I'm running. I'm out 25 days a month, so that's $1,800 a
/// month` is 25 days, not a calendar month of 30.4 (and misses: 60 × 25 =
/// $1,500); `$40 an hour, 8 hours a day, is $320 a day`.
///
/// The duty is a count of the shorter period per the longer one (`25 days a
/// month`, `five days a week`, `8 hours a day`) in the sentence of either
/// figure. Where it applies, the calendar restatement does not (see
/// `periodRestatements`): agreement holds both figures; a miss fails the
/// restated figure when the text links the two (`so that's`, `=`) and no
/// other rate before it agrees, as a restatement that misses its calendar
/// period does.
extension DerivedStatementCheck {
    /// How many of one period the text counts in a longer one.
    struct Duty: Equatable {
        var count: Double
        /// The shorter period (`day`), singular.
        var unit: String
        /// The longer period (`month`), singular.
        var per: String
        var text: String
    }

    static let dutyPattern: NSRegularExpression = {
        let words = SentenceNumbers.numberWords.keys.filter { $0 != "a" && $0 != "hundred" && $0 != "thousand" }
            .sorted { $0.count > $1.count }.joined(separator: "|")
        let pattern = "\\b(\\d+(?:\\.\\d+)?|\(words))\\s+(hours?|days?|nights?|weeks?|months?)\\s+(?:a|an|per|each|every)\\s+(day|night|week|month|year)\\b"
        return try! NSRegularExpression(pattern: pattern)
    }()

    /// The duty cycles a lowercased sentence states (`25 days a month`).
    static func duties(in lower: String) -> [Duty] {
        guard FastText.contains(lower, " a ") || FastText.contains(lower, " per ") || FastText.contains(lower, " each ")
            || FastText.contains(lower, " every ") || FastText.contains(lower, " an ") else { return [] }
        let ns = lower as NSString
        return dutyPattern.matches(in: lower, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            let word = ns.substring(with: m.range(at: 1))
            guard let count = Double(word) ?? SentenceNumbers.numberWords[word], count > 0 else { return nil }
            let unit = UnitNormalizer.singular(ns.substring(with: m.range(at: 2)))
            let per = ns.substring(with: m.range(at: 3))
            guard unit != per else { return nil }
            return Duty(count: count, unit: unit, per: per, text: ns.substring(with: m.range))
        }
    }

    /// The duty that turns `a`'s rate into `b`'s (`a` per day, `b` per month, `25 days a month`
    /// stated in either sentence), the rest of their denominators the same.
    static func duty(from a: MentionFacts, to b: MentionFacts, _ doc: DocumentFacts) -> Duty? {
        guard a.per.count == b.per.count, !a.per.isEmpty else { return nil }
        let sentences = a.sentenceIndex == b.sentenceIndex ? [b.sentenceIndex] : [b.sentenceIndex, a.sentenceIndex]
        for s in sentences {
            let found = doc.memo.value("duties", s) { duties(in: doc.lowerSentence(s)) }
            for d in found {
                guard let i = a.per.firstIndex(where: { $0.unit == d.unit && $0.count == nil }),
                      let j = b.per.firstIndex(where: { $0.unit == d.per && $0.count == nil }) else { continue }
                var restA = a.per, restB = b.per
                restA.remove(at: i)
                restB.remove(at: j)
                if restA.map(\.unit) == restB.map(\.unit) { return d }
            }
        }
        return nil
    }

    /// Checks the pairs of figures a stated duty links, in this sentence and
    /// from the two sentences before.
    func dutyRestatements(_ ms: [MentionFacts], _ s: Int, _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        guard !ms.isEmpty, ms.count <= Self.allPairsUpTo else { return }
        var earlier: [MentionFacts] = []
        for back in 1...2 where s - back >= 0 {
            earlier += (doc.bySentence[s - back] ?? []).map { doc.mentions[$0] }.filter { $0.kind != nil && $0.amount.high > 0 }
        }
        guard earlier.count + ms.count <= 2 * Self.allPairsUpTo else { return }
        for b in ms where !b.per.isEmpty && [.exact, .approximately].contains(Tolerance.Qualifier(b.mention.qualifier)) {
            var agreed = false
            var nearestMiss: (a: Int, check: Check, inputCheck: Check)?
            defer {
                if !agreed, let miss = nearestMiss { add(b.index, miss.check); add(miss.a, miss.inputCheck) }
            }
            for a in earlier + ms where a.index < b.index && a.amount.currency == b.amount.currency && !a.amount.isRange
                && !b.amount.isRange && [.exact, .approximately].contains(Tolerance.Qualifier(a.mention.qualifier)) {
                guard let d = Self.duty(from: a, to: b, doc) else { continue }
                let computed = orderedRange(a.interval.lowerBound * d.count, a.interval.upperBound * d.count)
                let computedText = MoneyFormatting.money(low: a.amount.low * d.count, high: a.amount.high * d.count, currency: a.amount.currency)
                let arithmetic = "derived: \(a.cited) × \(MoneyFormatting.number(d.count)) (\(d.text)) = \(computedText) "
                    + "\(MoneyFormatting.perPhrase(b.per)); the text says \(b.cited)"
                let inputs = [a.input("figure"), b.input("restated figure")]
                if Tolerance.agrees(computed, b.interval) {
                    let c = Check(name: Self.name, inputs: inputs, arithmetic: arithmetic + ", which agrees", agrees: true)
                    add(a.index, c); add(b.index, c)
                    agreed = true
                } else if linked(a, b, doc), nearestMiss.map({ $0.a < a.index }) ?? true {
                    // the nearest rate before the restatement is its input; a miss counts only if no rate agrees
                    let text = arithmetic + ", which does not agree"
                    nearestMiss = (a.index, Check(name: Self.name, inputs: inputs, arithmetic: text, agrees: false),
                                   Check(name: Self.name, inputs: inputs, arithmetic: text, agrees: nil))
                }
            }
        }
    }
}
