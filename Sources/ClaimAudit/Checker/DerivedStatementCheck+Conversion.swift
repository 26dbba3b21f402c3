import Foundation

/// A figure restated in another currency at an exchange rate its sentence
/// states: `€50 a month, which at 1.10 dollars to the euro is about $55`,
/// `£40,000 a month, about $50,000 at $1.25 to the pound`, `¥150,000, roughly
/// $1,000 at 150 yen to the dollar`, `₹2 per query, about $0.024 at 83 rupees
/// to the dollar`.
///
/// The rate is a number (with or without its currency) followed by `to the`,
/// `to a`, `to one`, `per`, `for each` or `for every` and a currency word; it
/// says one unit of that currency is worth the number in the other. Both
/// figures must be stated per the same unit, or one of them bare. Agreement within the rate's and
/// the figures' rounding holds both; a restated figure that misses (more than
/// 15%, less than 3×, or by a power of ten) fails: the later of the two, the
/// stated result of the conversion.
extension DerivedStatementCheck {
    /// Currency words and the ISO codes they name.
    static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "usd": "USD", "us dollar": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
        "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "sterling": "GBP", "yen": "JPY", "jpy": "JPY", "rupee": "INR",
        "rupees": "INR", "inr": "INR", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "franc": "CHF", "francs": "CHF",
        "chf": "CHF", "won": "KRW", "krw": "KRW", "cad": "CAD", "aud": "AUD",
    ]
    static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"]

    /// `1.10 dollars to the euro` → (one EUR is worth 1.10 USD); the currency of the number may be left out.
    struct ExchangeRate {
        var value: Double
        var interval: ClosedRange<Double>
        var text: String
        /// The currency one unit of which the rate prices (`the euro`).
        var unitCurrency: String
        /// The currency the rate is counted in (`dollars`), when the text says it.
        var countCurrency: String?
        /// Byte range of the rate in its sentence.
        var range: Range<Int>
    }

    static let exchangePattern: NSRegularExpression = {
        let words = currencyWords.keys.sorted { $0.count > $1.count }.joined(separator: "|")
        let symbols = "\\$|€|£|¥|₹"
        let pattern = "(\(symbols))?\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(\(words))?\\s+(?:to the|to a|to one|to 1|per|for each|for every|for one|for 1)\\s+(\(words))\\b"
        return try! NSRegularExpression(pattern: pattern)
    }()

    /// The exchange rates a sentence states.
    static func exchangeRates(in lower: String) -> [ExchangeRate] {
        guard currencyWords.keys.contains(where: { FastText.contains(lower, " " + $0) }) else { return [] }
        let ns = lower as NSString
        return exchangePattern.matches(in: lower, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            let number = ns.substring(with: m.range(at: 2))
            guard let value = Double(number.replacingOccurrences(of: ",", with: "")), value > 0,
                  let unit = currencyWords[ns.substring(with: m.range(at: 4))] else { return nil }
            var count: String?
            if m.range(at: 1).location != NSNotFound { count = currencySymbols[ns.substring(with: m.range(at: 1))] }
            if m.range(at: 3).location != NSNotFound { count = currencyWords[ns.substring(with: m.range(at: 3))] ?? count }
            guard count != unit else { return nil }
            let half = Tolerance.halfUnit(ofWritten: number) ?? Tolerance.halfUnit(ofValue: value)
            // byte offsets (the sentence may hold non-ASCII text before the rate)
            let prefix = ns.substring(to: m.range.location)
            let start = prefix.utf8.count, length = ns.substring(with: m.range).utf8.count
            let text = ns.substring(with: m.range).trimmingCharacters(in: .whitespaces)
            return ExchangeRate(value: value, interval: orderedRange(value - half, value + half), text: text,
                                unitCurrency: unit, countCurrency: count, range: start..<(start + length))
        }
    }

    func conversions(_ ms: [MentionFacts], _ s: Int, _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        guard ms.count >= 2, ms.count <= Self.allPairsUpTo else { return }
        let currencies = Set(ms.map(\.amount.currency))
        guard currencies.count >= 2 else { return }
        let rates = Self.exchangeRates(in: doc.lowerSentence(s))
        guard !rates.isEmpty else { return }
        let start = doc.sentenceStart(s)
        for rate in rates {
            // the figures, less the rate itself when the scanner read it as money (`1.10 dollars`)
            let figures = ms.filter { m in
                let r = (m.mention.range.lowerBound - start)..<(m.mention.range.upperBound - start)
                return !r.overlaps(rate.range) && !m.mention.approx && !m.amount.isRange
            }
            let others = Set(figures.map(\.amount.currency)).subtracting([rate.unitCurrency])
            guard let count = rate.countCurrency ?? (others.count == 1 ? others.first : nil) else { continue }
            let sources = figures.filter { $0.amount.currency == rate.unitCurrency }
            let targets = figures.filter { $0.amount.currency == count }
            for a in sources {
                // the same denominators, or one side bare (`£40,000 a month, about $50,000`: the restatement takes them)
                for b in targets where a.per.isEmpty || b.per.isEmpty
                    || UnitNormalizer.comparable(a.dimensions, b.dimensions) && abs(a.perScale - b.perScale) <= 1e-9 * a.perScale {
                    let computed = orderedRange(a.interval.lowerBound * rate.interval.lowerBound, a.interval.upperBound * rate.interval.upperBound)
                    let value = a.amount.low * rate.value
                    let line = doc.line(ofSentence: s)
                    let inputs = [a.input("figure"), CheckInput(name: "exchange rate", value: rate.value, unit: "\(count) per \(rate.unitCurrency)",
                                                                source: "line \(line)"), b.input("converted figure")]
                    // shown in the text's direction: the figure stated first, converted into the one restating it
                    let forward = a.mention.range.lowerBound < b.mention.range.lowerBound
                    let rateShown = "\(MoneyFormatting.number(rate.value)) (\(rate.text), line \(line))"
                    let shown = forward
                        ? "derived: \(a.cited) × \(rateShown) = " + MoneyFormatting.rate(low: value, high: value, currency: count, per: b.per)
                            + "; the text says \(b.cited)"
                        : "derived: \(b.cited) ÷ \(rateShown) = " + MoneyFormatting.rate(low: b.amount.low / rate.value, high: b.amount.low / rate.value,
                                                                                       currency: rate.unitCurrency, per: a.per)
                            + "; the text says \(a.cited)"
                    if Tolerance.agrees(computed, b.interval) {
                        let c = Check(name: Self.name, inputs: inputs, arithmetic: shown + ", which agrees", agrees: true)
                        add(a.index, c); add(b.index, c)
                    } else if figures.count == 2, Self.missesClearly(computed, b.interval) || Self.powerOfTenSlip(computed, b.interval) != nil {
                        // the restatement (the later figure) is the result the rate refutes
                        let (result, operand) = forward ? (b, a) : (a, b)
                        add(result.index, Check(name: Self.name, inputs: inputs, arithmetic: shown + ", which does not agree", agrees: false))
                        add(operand.index, Check(name: Self.name, inputs: inputs, arithmetic: shown + ", which does not agree", agrees: nil))
                    }
                }
            }
        }
    }
}
