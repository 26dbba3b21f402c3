import Foundation

/// A one-time figure spread over a stated time, and the figure per a period
/// the same sentence gives for it: `The hardware quote is $1.8 million, which
/// depreciated over four years is $600,000 a year` ($1.8 million ÷ 4 years =
/// $450,000 a year, so the $600,000 fails). The lump sum comes first, then
/// `over` or `across` right before the duration, then the figure per a period;
/// the sentence states only these two figures. Agreement is `products`' to
/// find (the rate times the duration gives the lump sum); this reports a clear
/// miss only.
extension DerivedStatementCheck {
    func amortizationMisses(_ ms: [MentionFacts], _ s: Int, _ numbers: [SentenceNumber], _ doc: DocumentFacts,
                            agreed: (Int) -> Bool, _ add: (Int, Check) -> Void) {
        guard ms.count == 2 else { return }
        let figures = ms.sorted { $0.mention.range.lowerBound < $1.mention.range.lowerBound }
        let lump = figures[0], rate = figures[1]
        guard lump.per.isEmpty, rate.dimensions == [NormalizedRate.time], lump.amount.currency == rate.amount.currency,
              !lump.mention.approx, !rate.mention.approx, !lump.amount.isRange, !rate.amount.isRange,
              lump.amount.low > rate.amount.high, !agreed(rate.index), !agreed(lump.index) else { return }
        let start = doc.sentenceStart(s)
        let lumpEnd = lump.mention.range.upperBound - start, rateStart = rate.mention.range.lowerBound - start
        let durations = numbers.filter {
            $0.role == .duration && !$0.fromEarlierSentence && $0.range.lowerBound >= lumpEnd && $0.range.upperBound <= rateStart
        }
        guard durations.count == 1, let d = durations.first, d.value > 0 else { return }
        // `over four years`, `across 36 months`: the spreading word right before the duration
        let lower = Array(doc.lowerSentence(s).utf8)
        let lead = String(decoding: lower[max(lumpEnd, d.range.lowerBound - 8)..<d.range.lowerBound], as: UTF8.self)
        guard lead.hasSuffix("over ") || lead.hasSuffix("across ") else { return }
        let days = orderedRange(d.interval.lowerBound * UnitNormalizer.daysPerMonth, d.interval.upperBound * UnitNormalizer.daysPerMonth)
        let computed = orderedRange(lump.interval.lowerBound / days.upperBound, lump.interval.upperBound / days.lowerBound)
        let stated = rate.normalizedInterval
        guard !Tolerance.agrees(computed, stated), Self.missesClearly(computed, stated) else { return }
        let value = (lump.amount.low + lump.amount.high) / 2 / (d.value * UnitNormalizer.daysPerMonth) * rate.perScale
        let inputs = [lump.input("one-time figure"),
                      CheckInput(name: "duration", value: d.value, unit: d.text, source: "line \(doc.line(ofSentence: s))"),
                      rate.input("figure per period")]
        let arithmetic = "derived: \(lump.cited) ÷ \(d.text) = "
            + MoneyFormatting.rate(low: value, high: value, currency: rate.amount.currency, per: rate.per)
            + "; the text says \(rate.cited), a different figure: it does not agree"
        add(rate.index, Check(name: Self.name, inputs: inputs, arithmetic: arithmetic, agrees: false))
        add(lump.index, Check(name: Self.name, inputs: inputs, arithmetic: arithmetic, agrees: nil))
    }
}
