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
        /// For a count, its unit (`9 GB` → `gb`).
        var unit: String? = nil
    }

    /// Extra checks per mention index, for the mentions whose `settled` flag is false.
    func run(_ doc: DocumentFacts, settled: [Bool]) -> [Int: [Check]] {
        var out: [Int: [Check]] = [:]
        var numbersOf: [Int: [Operand]] = [:]
        func numbers(_ s: Int) -> [Operand] {
            if let n = numbersOf[s] { return n }
            let line = doc.line(ofSentence: s)
            let bytes = Array(doc.sentence(s).utf8)
            let found = SentenceNumbers.find(in: doc.sentence(s), excluding: doc.mentionRanges(inSentence: s)).compactMap { n -> Operand? in
                guard !Self.isCode(n.range, in: bytes) else { return nil }
                // a duration counts in its own unit (`over 25 years` → 25), not in months
                var interval = n.interval
                var value = n.value
                if n.role == .duration, let word = n.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).last,
                   let months = SentenceNumbers.durationUnits[String(word)], months > 0 {
                    value /= months
                    interval = orderedRange(interval.lowerBound / months, interval.upperBound / months)
                }
                var unit: String?
                if case .count(let u?) = n.role { unit = Self.unitKey(u) }
                // `a`, `one`, `1`: multiplying by one is restating, not arithmetic
                guard value > 0, abs(value - 1) > 0.05 else { return nil }
                return Operand(interval: interval, nominal: value, text: "\(n.text) (line \(line))", mention: nil, unit: unit)
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
            let plain = window.flatMap { numbers($0) }
            let rates = Self.rates(for: t, plain, doc, window)
            // Units that match first (they explain best), then any nearby number, then sums.
            if let c = Self.productOrQuotient(t, rates, plain.filter { $0.unit != nil }, matchingUnits: true)
                ?? Self.perUnitQuotient(t, others, doc, numbers)
                ?? Self.productOrQuotient(t, others, plain) ?? Self.sumOrDifference(t, others)
                ?? Self.aroundTheClock(t, others, window.map { doc.lowerSentence($0) }.joined(separator: " ")) {
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

    /// Phone numbers, codes and identifiers (`1800-555-0145`, `0142`): digits
    /// joined to more digits by a hyphen, or written with a leading zero.
    static func isCode(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        func digit(_ i: Int) -> Bool { bytes.indices.contains(i) && (0x30...0x39).contains(bytes[i]) }
        let s = range.lowerBound
        var e = s
        while digit(e) { e += 1 }
        if e - s >= 2, bytes[s] == 0x30 { return true }
        if bytes.indices.contains(e), bytes[e] == 0x2D, digit(e + 1) { return true }
        if s >= 2, bytes[s - 1] == 0x2D, digit(s - 2) { return true }
        return false
    }

    /// A unit key that treats plurals and aliases alike (`GBs`, `gb` → `gb`; `minutes`, `min` → `minute`).
    static func unitKey(_ unit: String) -> String {
        let w = UnitNormalizer.singular(unit.lowercased())
        switch w {
        case "min", "mins": return "minute"
        case "hr", "hrs", "h": return "hour"
        case "mi": return "mile"
        case "km", "kilometre": return "kilometer"
        default: return w
        }
    }

    /// Rates stated anywhere earlier in the document (or in the window) per a
    /// unit that a count near the figure names: `$0.021 per GB` on line 16 and
    /// `9 GB … 19 cents a month` on line 26. The shared unit is what makes a
    /// distant rate safe to use.
    static func rates(for t: MentionFacts, _ numbers: [Operand], _ doc: DocumentFacts, _ window: ClosedRange<Int>) -> [MentionFacts] {
        let units = Set(numbers.compactMap(\.unit))
        guard !units.isEmpty else { return [] }
        return doc.mentions.filter { r in
            r.index != t.index && r.sentenceIndex <= window.upperBound && r.kind != nil && !r.mention.approx && r.amount.high > 0
                && isNarrow(r) && r.amount.currency == t.amount.currency && r.amount != t.amount
                && r.per.contains { units.contains(unitKey($0.unit)) }
        }
    }

    /// A figure per a unit (`$2.30 per mile`) that is a nearby figure divided by a
    /// count of that unit stated within a few sentences (`a 6-mile trip`, `$13.80`).
    static func perUnitQuotient(_ t: MentionFacts, _ others: [MentionFacts], _ doc: DocumentFacts, _ numbers: (Int) -> [Operand]) -> Found? {
        let units = Set(t.per.map { unitKey($0.unit) }).subtracting(["month", "year", "day", "week", "hour", "user"])
        guard !units.isEmpty else { return nil }
        let s = t.sentenceIndex
        let near = max(0, s - 8)...min(doc.sentences.count - 1, s + 2)
        let counts = near.flatMap { numbers($0) }.filter { n in n.unit.map(units.contains) == true }
        guard !counts.isEmpty else { return nil }
        for a in others where !a.per.contains(where: { units.contains(unitKey($0.unit)) }) {
            let base = operand(a)
            for n in counts where n.interval.lowerBound > 0 {
                let quotient = orderedRange(base.interval.lowerBound / n.interval.upperBound, base.interval.upperBound / n.interval.lowerBound)
                if close(quotient, base.nominal / n.nominal, t) {
                    return found(t, "\(base.text) ÷ \(n.text)", value: base.nominal / n.nominal, [a])
                }
            }
        }
        return nil
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
    static func productOrQuotient(_ t: MentionFacts, _ others: [MentionFacts], _ numbers: [Operand], matchingUnits: Bool = false) -> Found? {
        for a in others {
            let units = Set(a.per.map { unitKey($0.unit) })
            let numbers = matchingUnits ? numbers.filter { n in n.unit.map(units.contains) == true } : numbers
            var bases = [operand(a)]
            let count = a.per.compactMap(\.count).reduce(1, *)
            if count != 1, count > 0 {
                var perOne = operand(a)
                perOne.interval = orderedRange(perOne.interval.lowerBound / count, perOne.interval.upperBound / count)
                perOne.nominal /= count
                perOne.text = "\(a.cited) ÷ \(MoneyFormatting.number(count))"
                bases.append(perOne)
            }
            let targetUnits = Set(t.per.map { unitKey($0.unit) })
            for base in bases {
                for n in numbers {
                    // A count of the unit the result is stated per cannot be a factor of it
                    // (`$2.30 per mile` is not a figure times `6 miles`; 2p per kWh × 2 kWh is no rate per kWh).
                    let productFits = n.unit.map { !targetUnits.contains($0) } ?? true
                    // A rate per a unit divided by a count of that unit means nothing (`3.5p per kWh ÷ 2 kWh`).
                    let quotientFits = n.unit.map { !units.contains($0) } ?? true
                    let product = orderedRange(base.interval.lowerBound * n.interval.lowerBound, base.interval.upperBound * n.interval.upperBound)
                    if productFits, Self.close(product, base.nominal * n.nominal, t) {
                        return found(t, "\(base.text) × \(n.text)", value: base.nominal * n.nominal, [a])
                    }
                    guard quotientFits, n.interval.lowerBound > 0 else { continue }
                    let quotient = orderedRange(base.interval.lowerBound / n.interval.upperBound, base.interval.upperBound / n.interval.lowerBound)
                    if Self.close(quotient, base.nominal / n.nominal, t) {
                        return found(t, "\(base.text) ÷ \(n.text)", value: base.nominal / n.nominal, [a])
                    }
                }
            }
        }
        return nil
    }

    static let aroundTheClockCues = ["around the clock", "round the clock", "24/7", "24 hours a day", "nonstop", "non-stop",
                                     "always on", "always-on", "every hour of the", "all day every day"]

    /// An hourly rate for something that runs without stopping, restated per
    /// day, week, month or year: `$0.50 per GPU-hour … around the clock … $360 a
    /// month` (× 24 hours × 30–31 days).
    static func aroundTheClock(_ t: MentionFacts, _ others: [MentionFacts], _ lowerWindow: String) -> Found? {
        guard aroundTheClockCues.contains(where: { lowerWindow.contains($0) }) else { return nil }
        let periods: [(String, ClosedRange<Double>, String)] = [("day", 24...24, "24 hours"), ("week", 168...168, "168 hours"),
                                                                ("month", 720...744, "24 hours × 30–31 days"), ("year", 8_760...8_784, "8,760 hours")]
        guard let (_, hours, shown) = periods.first(where: { p in t.per.contains { unitKey($0.unit) == p.0 } }) else { return nil }
        for a in others where a.per.contains(where: { ["hour", "gpu-hour"].contains(unitKey($0.unit)) }) {
            let computed = orderedRange(a.interval.lowerBound * hours.lowerBound, a.interval.upperBound * hours.upperBound)
            let value = operand(a).nominal * (hours.lowerBound + hours.upperBound) / 2
            if close(computed, value, t) {
                return found(t, "\(a.cited) × \(shown) (running around the clock)", value: value, [a])
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
