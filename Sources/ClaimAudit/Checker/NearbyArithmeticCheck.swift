/// The document's own arithmetic that the prose leaves unwritten: a figure
/// that is another nearby figure times or divided by a nearby number
/// (`300 minutes a month, which is $1.80` after `$0.006 per audio minute`;
/// `20,900 GPU-hours, or $39,710` after `$1.90 per GPU-hour`; `75% of a $14
/// fare, so about $10.50`; `$120 million … over four years, $30 million a
/// year`), or the sum or difference of two nearby figures of the same currency
/// (`$10.50 … add maybe $1.20 … Call it $11.70`; `$560 … $520 … $40 cheaper`).
///
/// A careful reader recomputes these. The check runs only for figures that no
/// other check has settled (it never overrides a stated calculation) and only
/// reports agreement: a miss proves nothing, because most nearby numbers are
/// unrelated. "Nearby" is the figure's sentence and the two before it and the
/// one after it. Rounding counts as agreement (`Tolerance`); a rate stated per
/// a count (`$2 per million tokens`) is also tried per one unit.
struct NearbyArithmeticCheck {
    static let name = "derived-statement"

    /// How many sentences before and after the figure's own are searched.
    static let before = 2
    static let after = 1

    /// One operand: a money figure or a plain number, with where it came from.
    struct Operand {
        var interval: ClosedRange<Double>
        var nominal: Double
        var text: String
        var mention: MentionFacts?
    }

    /// Extra checks per mention index, for the mentions whose `settled` flag is false.
    func run(_ doc: DocumentFacts, settled: [Bool]) -> [Int: [Check]] {
        var out: [Int: [Check]] = [:]
        var numbersOf: [Int: [Operand]] = [:]
        func numbers(_ s: Int) -> [Operand] {
            if let n = numbersOf[s] { return n }
            let line = doc.line(ofSentence: s)
            let found = SentenceNumbers.find(in: doc.sentence(s), excluding: doc.mentionRanges(inSentence: s)).compactMap { n -> Operand? in
                // a duration counts in its own unit (`over 25 years` → 25), not in months
                var interval = n.interval
                var value = n.value
                if n.role == .duration, let token = NumberToken.first(in: n.text), token.value > 0 {
                    let f = token.value / n.value
                    value = token.value
                    interval = orderedRange(interval.lowerBound * f, interval.upperBound * f)
                }
                // `a`, `one`, `1`: multiplying by one is restating, not arithmetic
                guard value > 0, abs(value - 1) > 0.05 else { return nil }
                return Operand(interval: interval, nominal: value, text: "\(n.text) (line \(line))", mention: nil)
            }
            numbersOf[s] = found
            return found
        }
        for t in doc.mentions where !settled[t.index] && t.isJudged && t.costClass != .conflation && !t.mention.approx && t.amount.high > 0
            && Self.isNarrow(t) {
            let s = t.sentenceIndex
            let window = max(0, s - Self.before)...min(doc.sentences.count - 1, s + Self.after)
            let others = window.flatMap { doc.mentions(inSentence: $0) }.filter { o in
                o.index != t.index && o.kind != nil && !o.mention.approx && o.amount.high > 0 && Self.isNarrow(o)
                    && o.amount.currency == t.amount.currency && o.amount != t.amount
            }
            guard !others.isEmpty else { continue }
            let plain = window.flatMap { numbers($0) }
            if let c = Self.productOrQuotient(t, others, plain) ?? Self.sumOrDifference(t, others) {
                out[t.index, default: []].append(c.check)
                for i in c.mentionIndices where i != t.index && !settled[i] {
                    let m = doc.mentions[i]
                    if m.isJudged, m.costClass != .conflation, !(out[i]?.contains { $0.arithmetic == c.check.arithmetic } ?? false) {
                        out[i, default: []].append(c.check)
                    }
                }
            }
        }
        return out
    }

    /// A check with the mentions it used.
    struct Found {
        var check: Check
        var mentionIndices: [Int]
    }

    static func operand(_ m: MentionFacts) -> Operand {
        Operand(interval: m.interval, nominal: (m.amount.low + m.amount.high) / 2, text: m.cited, mention: m)
    }

    /// `target ≈ a × n` or `target ≈ a ÷ n`, `a` a money figure (or its per-one
    /// rate when stated per a count), `n` a plain number.
    static func productOrQuotient(_ t: MentionFacts, _ others: [MentionFacts], _ numbers: [Operand]) -> Found? {
        for a in others {
            var bases = [operand(a)]
            let count = a.per.compactMap(\.count).reduce(1, *)
            if count != 1, count > 0 {
                var perOne = operand(a)
                perOne.interval = orderedRange(perOne.interval.lowerBound / count, perOne.interval.upperBound / count)
                perOne.nominal /= count
                perOne.text = "\(a.cited) ÷ \(MoneyFormatting.number(count))"
                bases.append(perOne)
            }
            for base in bases {
                for n in numbers {
                    let product = orderedRange(base.interval.lowerBound * n.interval.lowerBound, base.interval.upperBound * n.interval.upperBound)
                    if Self.close(product, base.nominal * n.nominal, t) {
                        return found(t, "\(base.text) × \(n.text)", value: base.nominal * n.nominal, [a])
                    }
                    guard n.interval.lowerBound > 0 else { continue }
                    let quotient = orderedRange(base.interval.lowerBound / n.interval.upperBound, base.interval.upperBound / n.interval.lowerBound)
                    if Self.close(quotient, base.nominal / n.nominal, t) {
                        return found(t, "\(base.text) ÷ \(n.text)", value: base.nominal / n.nominal, [a])
                    }
                }
            }
        }
        return nil
    }

    /// `target ≈ a + b` or `target ≈ a − b` for two other money figures.
    static func sumOrDifference(_ t: MentionFacts, _ others: [MentionFacts]) -> Found? {
        for (x, a) in others.enumerated() {
            for b in others[(x + 1)...] where a.amount != b.amount {
                let sum = orderedRange(a.interval.lowerBound + b.interval.lowerBound, a.interval.upperBound + b.interval.upperBound)
                if Self.close(sum, operand(a).nominal + operand(b).nominal, t) {
                    return found(t, "\(a.cited) + \(b.cited)", value: operand(a).nominal + operand(b).nominal, [a, b])
                }
                let (big, small) = operand(a).nominal >= operand(b).nominal ? (a, b) : (b, a)
                let lo = big.interval.lowerBound - small.interval.upperBound
                let hi = big.interval.upperBound - small.interval.lowerBound
                if hi > 0, Self.close(orderedRange(max(0, lo), hi), operand(big).nominal - operand(small).nominal, t) {
                    return found(t, "\(big.cited) − \(small.cited)", value: operand(big).nominal - operand(small).nominal, [big, small])
                }
            }
        }
        return nil
    }

    /// Agreement within rounding: the computed interval (every input's
    /// rounding carried through) overlaps what the stated figure covers.
    static func close(_ computed: ClosedRange<Double>, _ value: Double, _ t: MentionFacts) -> Bool {
        Tolerance.agrees(computed, t.interval)
    }

    /// A single figure or a narrow range (`$0.003–$0.005` is too wide to test anything).
    static func isNarrow(_ m: MentionFacts) -> Bool { m.amount.high <= m.amount.low * 1.25 }

    static func found(_ t: MentionFacts, _ expression: String, value: Double, _ used: [MentionFacts]) -> Found {
        let computed = MoneyFormatting.money(value, currency: t.amount.currency)
        let arithmetic = "derived: \(expression) = \(computed); the text says \(t.cited), which agrees"
        let inputs = used.map { $0.input("operand") } + [t.input("figure")]
        return Found(check: Check(name: name, inputs: inputs, arithmetic: arithmetic, agrees: true),
                     mentionIndices: used.map(\.index) + [t.index])
    }
}
