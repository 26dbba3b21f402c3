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

    /// The duties sentence `s` states, read once per sentence.
    static func duties(inSentence s: Int, _ doc: DocumentFacts) -> [Duty] {
        doc.memo.value("duties", s) { duties(in: doc.lowerSentence(s)) }
    }

    /// The duty that turns `a`'s rate into `b`'s (`a` per day, `b` per month, `25 days a month`
    /// stated in either sentence), the rest of their denominators the same.
    static func duty(from a: MentionFacts, to b: MentionFacts, _ doc: DocumentFacts) -> Duty? {
        guard a.per.count == b.per.count, !a.per.isEmpty else { return nil }
        let sentences = a.sentenceIndex == b.sentenceIndex ? [b.sentenceIndex] : [b.sentenceIndex, a.sentenceIndex]
        for s in sentences {
            for d in duties(inSentence: s, doc) {
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

    /// A figure times `k`: the interval its rounding covers, and the amount as money text.
    static func scaled(_ a: MentionFacts, by k: Double) -> (interval: ClosedRange<Double>, text: String) {
        (orderedRange(a.interval.lowerBound * k, a.interval.upperBound * k),
         MoneyFormatting.money(low: a.amount.low * k, high: a.amount.high * k, currency: a.amount.currency))
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
                let (computed, computedText) = Self.scaled(a, by: d.count)
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

    /// Phrases between a rate and a bare total that name the total's period
    /// (`$29 a month; over a year that membership comes to $384`).
    static let totalPeriodPhrases: [(String, String)] = [
        ("over a year", "year"), ("in a year", "year"), ("for a year", "year"), ("for the year", "year"), ("a year", "year"),
        ("per year", "year"), ("each year", "year"), ("every year", "year"), ("annually", "year"), ("yearly", "year"),
        ("over a month", "month"), ("in a month", "month"), ("for a month", "month"), ("a month", "month"),
        ("per month", "month"), ("each month", "month"), ("monthly", "month"),
        ("over a week", "week"), ("in a week", "week"), ("for a week", "week"), ("a week", "week"), ("per week", "week"),
    ]

    /// A rate per one period and a bare total after it that the words between
    /// put in a longer period (`$29 a month; over a year that membership comes
    /// to $384`: 12 × $29 = $348). Agreement holds both; a miss beyond
    /// rounding (and within three times) fails the total when the words
    /// between link them (`comes to`, `is`, `so`).
    func bareTotalsOverPeriods(_ ms: [MentionFacts], _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        guard ms.count >= 2, ms.count <= Self.allPairsUpTo else { return }
        for (x, a) in ms.enumerated() where a.per.count == 1 && !a.amount.isRange
            && [.exact, .approximately].contains(Tolerance.Qualifier(a.mention.qualifier)) {
            guard let from = a.per.first, from.count == nil, Self.totalPeriodPhrases.contains(where: { $0.1 == from.unit }) else { continue }
            // the next figure only: a total follows its rate
            guard x + 1 < ms.count else { continue }
            let b = ms[x + 1]
            guard b.per.isEmpty, b.amount.currency == a.amount.currency, !b.amount.isRange,
                  [.exact, .approximately].contains(Tolerance.Qualifier(b.mention.qualifier)),
                  let between = Self.text(between: a, b, doc, atMost: 80) else { continue }
            let words = " " + Self.quotesAndBreaksAsSpaces(between.lowercased()) + " "
            guard let period = Self.totalPeriodPhrases.first(where: { FastText.contains(words, " " + $0.0 + " ") || FastText.contains(words, " " + $0.0 + ",") })?.1,
                  period != from.unit else { continue }
            let factor = UnitNormalizer.scale(of: [Denominator(unit: period)]) / UnitNormalizer.scale(of: a.per)
            guard factor > 1 else { continue }
            let (computed, computedText) = Self.scaled(a, by: factor)
            let arithmetic = "derived: \(a.cited) × \(MoneyFormatting.number(factor)) = \(computedText) \(MoneyFormatting.perPhrase([Denominator(unit: period)])); "
                + "the text says \(b.cited)"
            let inputs = [a.input("figure"), b.input("total for the period")]
            if Tolerance.agrees(computed, b.interval) {
                let c = Check(name: Self.name, inputs: inputs, arithmetic: arithmetic + ", which agrees", agrees: true)
                add(a.index, c); add(b.index, c)
            } else if Self.linkCues.contains(where: { FastText.contains(words, $0) }),
                      b.interval.lowerBound < computed.upperBound * 3, b.interval.upperBound > computed.lowerBound / 3 {
                // a calendar multiple is exact: a miss beyond rounding is a slip (`$29 × 12` is not $384),
                // unless it is so wide that the total is likely another quantity
                add(b.index, Check(name: Self.name, inputs: inputs, arithmetic: arithmetic + ", which does not agree", agrees: false))
                add(a.index, Check(name: Self.name, inputs: inputs, arithmetic: arithmetic + ", which does not agree", agrees: nil))
            }
        }
    }
}
