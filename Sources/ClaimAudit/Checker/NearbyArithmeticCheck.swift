import Foundation

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
    /// How many sentences back a count in a rate's own unit is searched.
    static let unitCountReach = 4

    /// Units of power: times an hour of use, a power is energy (`2 kW` at `28p per kWh`).
    static let powerUnits: Set<String> = ["kw", "mw", "w", "gw"]

    /// One operand: a money figure or a plain number, with where it came from.
    struct Operand {
        var interval: ClosedRange<Double>
        var nominal: Double
        var text: String
        var mention: MentionFacts?
        /// The operand as written (`MentionFacts.asWritten`; a plain number is its value).
        var asWritten: ClosedRange<Double> { mention?.asWritten(middle: nominal) ?? nominal...nominal }
        /// For a count, its unit (`9 GB` → `gb`).
        var unit: String? = nil
        /// For a count whose unit word is a qualifier, the word after it (`40,000 active patients` → `patient`).
        var nextUnit: String? = nil
        /// The number with the word after its qualifier (`40,000 active patients (line 14)`), shown when that word is the unit matched.
        var textWithNext: String? = nil
        /// For a duration, its unit (`a five-year life` → `year`).
        var durationUnit: String? = nil
        /// Whether the number is a percentage (its value a fraction).
        var isPercent = false
        /// Where the number ends in its sentence (UTF-8 offset).
        var end: Int? = nil
        /// The sentence the number is in.
        var sentence: Int? = nil
    }

    /// Words after a percentage that leave its complement (`30% cut` → 70% kept).
    static let cutWords = ["off", "cut", "discount", "margin", "commission", "fee", "take", "less", "cheaper", "lower", "reduction",
                           "markdown", "rebate", "haircut"]

    /// Whether the word right after offset `end` (after optional spaces) names a cut (`30% cut`, `50% off`).
    static func isCut(after end: Int, in bytes: [UInt8]) -> Bool {
        guard let word = wordAfter(end, in: bytes) else { return false }
        if ["gross", "net", "operating", "flat", "straight"].contains(word) {
            return wordAfter(end, in: bytes, skippingWord: true).map(cutWords.contains) == true
        }
        return cutWords.contains(word)
    }

    /// The lowercased word after offset `end` (skipping spaces); with `skippingWord`, the one after the word
    /// that starts right at `end` or after one space (`40,000 active patients` after `40,000` → `patients`).
    static func wordAfter(_ end: Int, in bytes: [UInt8], skippingWord: Bool = false) -> String? {
        var k = end
        func spaces() { while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x09 { k += 1 } }
        func word() -> String? {
            let ws = k
            while k < bytes.count, SentenceNumbers.isLetter(bytes[k]) || bytes[k] == 0x2D { k += 1 }
            return k > ws ? String(decoding: bytes[ws..<k], as: UTF8.self).lowercased() : nil
        }
        spaces()
        if skippingWord { guard word() != nil else { return nil }; spaces() }
        return word()
    }

    /// Extra checks per mention index, for the mentions whose `settled` flag is false.
    /// `holding`: whether each mention's own checks agree and none disagrees (its operands may then be confirmed through it).
    func run(_ doc: DocumentFacts, settled: [Bool], holding: [Bool] = []) -> [Int: [Check]] {
        var out: [Int: [Check]] = [:]
        var numbersOf: [Int: [Operand]] = [:]
        func numbers(_ s: Int) -> [Operand] {
            if let n = numbersOf[s] { return n }
            let line = doc.line(ofSentence: s)
            let bytes = Array(doc.sentence(s).utf8)
            let found = doc.numbers(inSentence: s).compactMap { n -> Operand? in
                guard !Self.isCode(n.range, in: bytes) else { return nil }
                // a duration counts in its own unit (`over 25 years` → 25), not in months
                var interval = n.interval
                var value = n.value
                var durationUnit: String?
                if n.role == .duration, let word = n.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).last,
                   let months = SentenceNumbers.durationUnits[String(word)], months > 0 {
                    value /= months
                    interval = orderedRange(interval.lowerBound / months, interval.upperBound / months)
                    durationUnit = Self.unitKey(String(word))
                }
                var unit: String?
                var nextUnit: String?
                var nextWord: String?
                if case .count(let u?) = n.role {
                    unit = Self.unitKey(u)
                    nextWord = Self.wordAfter(n.range.upperBound, in: bytes)
                    nextUnit = nextWord.map(Self.unitKey)
                }
                // `a`, `one`, `1`: multiplying by one is restating, not arithmetic
                guard value > 0, abs(value - 1) > 0.05 else { return nil }
                var operand = Operand(interval: interval, nominal: value, text: "\(n.text) (line \(line))", mention: nil, unit: unit)
                operand.nextUnit = nextUnit
                if let nextWord { operand.textWithNext = "\(n.text) \(nextWord) (line \(line))" }
                operand.durationUnit = durationUnit
                operand.isPercent = n.role == .percent
                operand.end = n.range.upperBound
                operand.sentence = s
                return operand
            }
            // `after the store's 30% cut`, `50% off`, `a 75% margin`: what is left is the complement (× 0.7, × 0.5, × 0.25).
            let complements = found.compactMap { o -> Operand? in
                guard o.isPercent, o.nominal < 1, let end = o.end, Self.isCut(after: end, in: bytes) else { return nil }
                var c = o
                c.interval = orderedRange(1 - o.interval.upperBound, 1 - o.interval.lowerBound)
                c.nominal = 1 - o.nominal
                c.text = "(1 − \(o.text.replacingOccurrences(of: " (line \(line))", with: ""))) (line \(line))"
                return c
            }
            numbersOf[s] = found + complements
            return found + complements
        }
        // Past `bound` numbers or figures in the sentences searched, only the ones nearest the figure take part
        // (`side` on each side of it), so that a sentence of thousands of figures costs linear time.
        let bound = DerivedStatementCheck.allPairsUpTo, side = DerivedStatementCheck.pairWindow
        var sortedEnds: [Int: [Int]] = [:]
        func nearNumbers(_ range: ClosedRange<Int>, around t: MentionFacts) -> [Operand] {
            var total = 0
            for i in range { total += numbers(i).count }
            guard total > bound else { return range.flatMap { numbers($0) } }
            let s = t.sentenceIndex
            var out: [Operand] = []
            for i in range {
                let list = numbers(i)
                guard list.count > side / 2 else { out += list; continue }
                let ends: [Int]
                if let known = sortedEnds[i] { ends = known } else { ends = list.map { $0.end ?? 0 }.sorted(); sortedEnds[i] = ends }
                let keep: ClosedRange<Int>
                if i < s {
                    keep = ends[ends.count - side / 2]...Int.max
                } else if i > s {
                    keep = Int.min...ends[side / 2 - 1]
                } else {
                    let offset = t.mention.range.lowerBound - doc.sentenceStart(s)
                    var lo = 0, hi = ends.count
                    while lo < hi { let mid = (lo + hi) / 2; if ends[mid] < offset { lo = mid + 1 } else { hi = mid } }
                    keep = ends[max(0, lo - side / 2)]...ends[min(ends.count - 1, lo + side / 2 - 1)]
                }
                out += list.filter { keep.contains($0.end ?? 0) }
            }
            return out
        }
        func nearMentions(_ range: ClosedRange<Int>, around t: MentionFacts) -> [MentionFacts] {
            let indices = range.flatMap { doc.bySentence[$0] ?? [] }
            guard indices.count > bound, doc.mentionsInSentenceOrder else { return indices.map { doc.mentions[$0] } }
            var lo = 0, hi = indices.count
            while lo < hi { let mid = (lo + hi) / 2; if indices[mid] < t.index { lo = mid + 1 } else { hi = mid } }
            return indices[max(0, lo - side)..<min(indices.count, lo + side + 1)].map { doc.mentions[$0] }
        }
        let byUnit = Self.mentionsByUnit(doc)
        for t in doc.mentions where !settled[t.index] && t.isJudged && t.costClass != .conflation && !t.mention.approx && t.amount.high > 0
            && Self.isNarrow(t) {
            let s = t.sentenceIndex
            let window = max(0, s - Self.before)...min(doc.sentences.count - 1, s + Self.after)
            let others = nearMentions(window, around: t).filter { o in
                o.index != t.index && o.kind != nil && !o.mention.approx && o.amount.high > 0 && Self.isNarrow(o)
                    && o.amount.currency == t.amount.currency && o.amount != t.amount
            }
            let near: (ClosedRange<Int>) -> [Operand] = { nearNumbers($0, around: t) }
            let plain = near(window)
            let rates = Self.rates(for: t, plain, doc, window, byUnit)
            // A count of the rate's unit may be stated a little further back (`My rides average 7.9 miles` …
            // `6 cents a mile, or about 47 cents a ride`): the shared unit ties them.
            let unitCounts = near(max(0, s - Self.unitCountReach)...window.upperBound).filter { $0.unit != nil }
            // Units that match first (they explain best), then any nearby number, then sums.
            if let c = Self.productOrQuotient(t, rates, unitCounts, matchingUnits: true)
                ?? Self.perUnitQuotient(t, others, doc, near)
                ?? Self.productOrQuotient(t, others, plain, accept: { Self.linkedAcross(t, $0, value: $1, doc) })
                ?? Self.sumOrDifference(t, others, accept: { Self.linkedAcross(t, $0, value: $1, doc) })
                ?? Self.aroundTheClock(t, others, window.contains { i in Self.aroundTheClockCues.contains { doc.lowerSentence(i, contains: $0) } }, doc)
                ?? Self.average(t, doc, near, window)
                ?? Self.periodOfBareFigure(t, others, doc) {
                out[t.index, default: []].append(c.check)
                for i in c.mentionIndices where i != t.index && !settled[i] {
                    let m = doc.mentions[i]
                    if m.isJudged, m.costClass != .conflation, !(out[i]?.contains { $0.arithmetic == c.check.arithmetic } ?? false) {
                        out[i, default: []].append(c.check)
                    }
                }
            }
        }
        // A figure that holds on its own checks and is an average of a lump sum stated earlier checks that lump
        // sum too (`$900 million a year` … `25 million subscribers … $36 per subscriber per year, which is $3 a month`).
        for t in doc.mentions where settled[t.index] && holding.indices.contains(t.index) && holding[t.index] && t.isJudged
            && t.costClass != .conflation && !t.mention.approx && t.amount.high > 0 && Self.isNarrow(t) && !t.per.isEmpty {
            let s = t.sentenceIndex
            let window = max(0, s - Self.before)...min(doc.sentences.count - 1, s + Self.after)
            guard let c = Self.average(t, doc, { nearNumbers($0, around: t) }, window) else { continue }
            for i in c.mentionIndices where i != t.index && !settled[i] {
                let m = doc.mentions[i]
                guard m.isJudged, m.costClass != .conflation, !(out[i]?.contains { $0.arithmetic == c.check.arithmetic } ?? false) else { continue }
                out[i, default: []].append(c.check)
                if !(out[t.index]?.contains { $0.arithmetic == c.check.arithmetic } ?? false) { out[t.index, default: []].append(c.check) }
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
    /// The rates nearest the window (the last `nearestRates` before its end, per unit) are the ones tried.
    static func rates(for t: MentionFacts, _ numbers: [Operand], _ doc: DocumentFacts, _ window: ClosedRange<Int>,
                      _ byUnit: [String: [Int]]) -> [MentionFacts] {
        let units = Set(numbers.compactMap(\.unit))
        guard !units.isEmpty else { return [] }
        let fits = { (r: MentionFacts) in
            r.index != t.index && r.sentenceIndex <= window.upperBound && r.kind != nil && !r.mention.approx && r.amount.high > 0
                && isNarrow(r) && r.amount.currency == t.amount.currency && r.amount != t.amount
                && r.per.contains { units.contains(unitKey($0.unit)) }
        }
        guard doc.mentionsInSentenceOrder else { return doc.mentions.filter(fits) }
        var chosen = Set<Int>()
        for unit in units {
            guard let list = byUnit[unit] else { continue }
            // the last mention of the unit stated by the end of the window (binary search; mentions follow the text)
            var lo = 0, hi = list.count
            while lo < hi { let mid = (lo + hi) / 2; if doc.mentions[list[mid]].sentenceIndex <= window.upperBound { lo = mid + 1 } else { hi = mid } }
            var taken = 0
            var i = lo - 1
            while i >= 0, taken < nearestRates {
                if fits(doc.mentions[list[i]]) { chosen.insert(list[i]); taken += 1 }
                i -= 1
            }
        }
        return chosen.sorted().map { doc.mentions[$0] }
    }

    static let nearestRates = 32

    /// Mention indices by the unit keys of their denominators, in document order.
    static func mentionsByUnit(_ doc: DocumentFacts) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for m in doc.mentions {
            for key in Set(m.per.map { unitKey($0.unit) }) { out[key, default: []].append(m.index) }
        }
        return out
    }

    /// A figure per a unit (`$2.30 per mile`) that is a nearby figure divided by a
    /// count of that unit stated within a few sentences (`a 6-mile trip`, `$13.80`).
    static func perUnitQuotient(_ t: MentionFacts, _ others: [MentionFacts], _ doc: DocumentFacts, _ numbers: (ClosedRange<Int>) -> [Operand]) -> Found? {
        let units = Set(t.per.map { unitKey($0.unit) }).subtracting(["month", "year", "day", "week", "hour", "user"])
        guard !units.isEmpty else { return nil }
        let s = t.sentenceIndex
        let near = max(0, s - 8)...min(doc.sentences.count - 1, s + 2)
        let counts = numbers(near).filter { n in n.unit.map(units.contains) == true }
        guard !counts.isEmpty else { return nil }
        for a in others where !a.per.contains(where: { units.contains(unitKey($0.unit)) }) && !statesOtherPeriod(a, t) {
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

    /// How many sentences before the figure a lump sum may be stated for `average`.
    static let lumpReach = 12
    /// Words that say a bare figure is an average over a count (`that average drops to $9`).
    static let averageCues = ["average", "spread", "divid", "each", "apiece", "per head", "a head", "amortiz", "amortis",
                              "depreciat", "works out", "per capita"]

    /// A figure that is a lump sum stated earlier divided by a count: an
    /// average (`$1.8 million … if we reach 200,000 copies that average drops
    /// to $9`; `$457,000 a year … $11.43 per patient per year` with `40,000
    /// active patients` stated before; `$1.32 billion … a five-year life, so
    /// $264 million a year`). The count must name what the figure is per
    /// (`per copy` and `40,000 copies`, within eight sentences), or, for a figure
    /// per a period, be a duration in that period in its sentence, or, for a
    /// bare figure that its sentence calls an average, be a count of 100 or
    /// more in the nearby sentences. The lump sum is any figure of the currency
    /// in the `lumpReach` sentences before (the nearest 32), bare or per the
    /// figure's own period.
    static func average(_ t: MentionFacts, _ doc: DocumentFacts, _ numbers: (ClosedRange<Int>) -> [Operand], _ window: ClosedRange<Int>) -> Found? {
        let s = t.sentenceIndex
        let periods: Set<String> = ["month", "year", "day", "week"]
        let tUnits = t.per.map { unitKey($0.unit) }
        let units = Set(tUnits).subtracting(periods).subtracting(["hour"])
        let tPeriods = tUnits.filter(periods.contains)
        var counts: [Operand] = []
        if !units.isEmpty {
            let near = max(0, s - 8)...min(doc.sentences.count - 1, s + 2)
            counts = numbers(near).compactMap { n in
                guard !n.isPercent, n.durationUnit == nil else { return nil }
                if n.unit.map(units.contains) == true { return n }
                guard n.nextUnit.map(units.contains) == true else { return nil }
                var shown = n
                shown.text = n.textWithNext ?? n.text
                return shown
            }
        } else if tPeriods.count == 1, t.per.count == 1 {
            counts = numbers(s...s).filter { $0.durationUnit == tPeriods[0] && $0.nominal >= 2 }
        } else if t.per.isEmpty {
            let cue = (max(0, s - 1)...s).contains { i in averageCues.contains { doc.lowerSentence(i, contains: $0) } }
            guard cue else { return nil }
            counts = numbers(window).filter { !$0.isPercent && $0.durationUnit == nil && $0.nominal >= 100 }
        }
        guard !counts.isEmpty else { return nil }
        var lumps: [MentionFacts] = []
        var i = window.upperBound
        while i >= max(0, s - lumpReach), lumps.count < 32 {
            for l in (doc.bySentence[i] ?? []).reversed().lazy.map({ doc.mentions[$0] }) where lumps.count < 32 && l.index != t.index && l.kind != nil
                && !l.mention.approx && isNarrow(l) && l.amount.currency == t.amount.currency && l.amount.low > t.amount.high
                && (l.per.isEmpty || l.per.count == 1 && tPeriods == [unitKey(l.per[0].unit)]) {
                lumps.append(l)
            }
            i -= 1
        }
        // `per million tokens`: the quotient is per one token, the figure per a million
        let perCount = t.per.compactMap(\.count).reduce(1, *)
        let stated = (t.amount.low + t.amount.high) / 2
        // A lump sum from sentences away must match closely: the quotient as written falls within the figure's
        // rounding, or the figure within the quotient's rounding (qualifiers such as `about` widen neither, and
        // roundings on both sides merely overlapping is not enough).
        let tRounding = Tolerance.interval(low: t.amount.low, high: t.amount.high, text: t.amountText, qualifier: nil)
        for l in lumps {
            let base = operand(l)
            let lRounding = Tolerance.interval(low: l.amount.low, high: l.amount.high, text: l.amountText, qualifier: nil)
            for n in counts.prefix(16) where n.interval.lowerBound > 0 {
                let quotient = orderedRange(lRounding.lowerBound / n.interval.upperBound * perCount, lRounding.upperBound / n.interval.lowerBound * perCount)
                let value = base.nominal / n.nominal * perCount
                if Tolerance.agrees(value...value, tRounding) || Tolerance.agrees(quotient, stated...stated) {
                    let shown = perCount == 1 ? "\(base.text) ÷ \(n.text)" : "\(base.text) ÷ \(n.text) × \(MoneyFormatting.number(perCount))"
                    return found(t, shown, value: value, [l])
                }
            }
        }
        return nil
    }

    /// A bare figure whose sentence names a period (`Multiply that out over a
    /// year and you get roughly $255 million`) that restates a nearby figure
    /// per a period (`$700,000 a day` × 365).
    static func periodOfBareFigure(_ t: MentionFacts, _ others: [MentionFacts], _ doc: DocumentFacts) -> Found? {
        guard t.per.isEmpty else { return nil }
        let reading = DerivedStatementCheck.reading(t, doc)
        guard reading.dimensions == [NormalizedRate.time], reading.per.count == 1 else { return nil }
        let scale = UnitNormalizer.scale(of: reading.per)
        for a in others where a.dimensions == [NormalizedRate.time] && a.per.count == 1 && abs(a.perScale - scale) > 1e-9 * scale {
            let factor = scale / a.perScale
            let computed = orderedRange(a.interval.lowerBound * factor, a.interval.upperBound * factor)
            guard Tolerance.agrees(computed, t.interval) else { continue }
            let op = factor >= 1 ? "× \(MoneyFormatting.number(factor))" : "÷ \(MoneyFormatting.number(1 / factor))"
            return found(t, "\(a.cited) \(op) (\(MoneyFormatting.perPhrase(reading.per)), as its sentence says)", value: operand(a).nominal * factor, [a])
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
    /// `accept`: whether the sentences of the figure and its operands are linked enough to be read together.
    static func productOrQuotient(_ t: MentionFacts, _ others: [MentionFacts], _ numbers: [Operand], matchingUnits: Bool = false,
                                  accept: ([Int], Double) -> Bool = { _, _ in true }) -> Found? {
        for a in others {
            let otherPeriod = statesOtherPeriod(a, t)
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
                let sentences = [t.sentenceIndex, a.sentenceIndex]
                let written = base.asWritten
                for n in numbers where !otherPeriod || convertsPeriod(n, a, t) {
                    // A count of the unit the result is stated per cannot be a factor of it
                    // (`$2.30 per mile` is not a figure times `6 miles`; 2p per kWh × 2 kWh is no rate per kWh).
                    // A count of a physical quantity the rate is not stated per is no factor of it (`$49 a
                    // month` × `50 km`); a power times hours of use gives energy (`2 kW` at `28p per kWh`).
                    if let u = n.unit, DerivedStatementCheck.physicalUnits.contains(u), !Self.powerUnits.contains(u), !units.contains(u) { continue }
                    let productFits = n.unit.map { !targetUnits.contains($0) } ?? true
                    // A rate per a unit divided by a count of that unit means nothing (`3.5p per kWh ÷ 2 kWh`).
                    let quotientFits = n.unit.map { !units.contains($0) } ?? true
                    let product = Tolerance.capped(orderedRange(base.interval.lowerBound * n.interval.lowerBound, base.interval.upperBound * n.interval.upperBound),
                                                   nominal: orderedRange(written.lowerBound * n.nominal, written.upperBound * n.nominal))
                    let these = sentences + (n.sentence.map { [$0] } ?? [])
                    if productFits, Self.close(product, base.nominal * n.nominal, t), accept(these, base.nominal * n.nominal) {
                        return found(t, "\(base.text) × \(n.text)", value: base.nominal * n.nominal, [a])
                    }
                    guard quotientFits, n.interval.lowerBound > 0 else { continue }
                    let quotient = Tolerance.capped(orderedRange(base.interval.lowerBound / n.interval.upperBound, base.interval.upperBound / n.interval.lowerBound),
                                                    nominal: orderedRange(written.lowerBound / n.nominal, written.upperBound / n.nominal))
                    if Self.close(quotient, base.nominal / n.nominal, t), accept(these, base.nominal / n.nominal) {
                        return found(t, "\(base.text) ÷ \(n.text)", value: base.nominal / n.nominal, [a])
                    }
                }
            }
        }
        return nil
    }

    /// Whether `a` and `t` each state a period and the periods differ (`$180,000 a year` and `$30 per customer
    /// per month`): a product or quotient of a plain number keeps the period, so it cannot turn one into the other.
    /// Periods of a day or more only: an hour is often a unit of use (`3 cents per streamed hour`, a GPU-hour).
    static func statesOtherPeriod(_ a: MentionFacts, _ t: MentionFacts) -> Bool {
        guard a.hasTime, t.hasTime else { return false }
        let ka = UnitNormalizer.timeScale(of: a.per), kt = UnitNormalizer.timeScale(of: t.per)
        return ka >= 1 && kt >= 1 && abs(ka - kt) > 1e-9 * max(ka, kt)
    }

    /// Whether `n` is a plain number that turns `a`'s period into `t`'s (`$30,000 a year ÷ 12 = $2,500 a month`).
    static func convertsPeriod(_ n: Operand, _ a: MentionFacts, _ t: MentionFacts) -> Bool {
        guard n.unit == nil, n.durationUnit == nil, !n.isPercent else { return false }
        let ratio = UnitNormalizer.timeScale(of: a.per) / UnitNormalizer.timeScale(of: t.per)
        return [ratio, 1 / ratio].contains { abs(n.nominal - $0) <= 0.1 * $0 }
    }

    static let aroundTheClockCues = ["around the clock", "round the clock", "24/7", "24 hours a day", "nonstop", "non-stop",
                                     "always on", "always-on", "every hour of the", "all day every day", "continuously", "run continuous"]

    /// An hourly rate for something that runs without stopping, restated per
    /// day, week, month or year: `$0.50 per GPU-hour … around the clock … $360 a
    /// month` (× 24 hours × 30–31 days).
    /// `cued`: whether a sentence of the window says the thing runs without stopping (each sentence searched once per cue).
    static func aroundTheClock(_ t: MentionFacts, _ others: [MentionFacts], _ cued: Bool, _ doc: DocumentFacts) -> Found? {
        guard cued else { return nil }
        let periods: [(String, ClosedRange<Double>, String)] = [("day", 24...24, "24 hours"), ("week", 168...168, "168 hours"),
                                                                ("month", 720...744, "24 hours × 30–31 days"), ("year", 8_760...8_784, "8,760 hours")]
        // the hours the explanation multiplies by: 8,760 in a year, as shown; the middle of 30–31 days in a month
        let typicalHours: [String: Double] = ["day": 24, "week": 168, "month": 732, "year": 8_760]
        let hourly: (MentionFacts) -> Bool = { m in m.per.contains { ["hour", "gpu-hour"].contains(unitKey($0.unit)) } }
        if hourly(t) {
            // The other direction: the hourly figure, and what it comes to over the period it runs
            // (`$0.121 per hour … run continuously for a year, that's $1,059.96`; the period from the figure's sentence).
            for a in others where !hourly(a) {
                let per = a.per.isEmpty ? DerivedStatementCheck.reading(a, doc).per : a.per
                guard per.count == 1, let (unit, hours, shown) = periods.first(where: { $0.0 == unitKey(per[0].unit) }) else { continue }
                let computed = orderedRange(t.interval.lowerBound * hours.lowerBound, t.interval.upperBound * hours.upperBound)
                let value = operand(t).nominal * (typicalHours[unit] ?? hours.lowerBound)
                if Tolerance.agrees(computed, a.interval) {
                    return found(a, "\(t.cited) × \(shown) (running around the clock)", value: value, [t])
                }
            }
            return nil
        }
        guard let (unit, hours, shown) = periods.first(where: { p in t.per.contains { unitKey($0.unit) == p.0 } }) else { return nil }
        for a in others where hourly(a) {
            let computed = orderedRange(a.interval.lowerBound * hours.lowerBound, a.interval.upperBound * hours.upperBound)
            let value = operand(a).nominal * (typicalHours[unit] ?? hours.lowerBound)
            if close(computed, value, t) {
                return found(t, "\(a.cited) × \(shown) (running around the clock)", value: value, [a])
            }
        }
        return nil
    }

    /// `target ≈ a + b` or `target ≈ a − b` for two other money figures.
    static func sumOrDifference(_ t: MentionFacts, _ others: [MentionFacts], accept: ([Int], Double) -> Bool = { _, _ in true }) -> Found? {
        // the middle of a figure, without building its citation (`operand`) for every pair
        func nominal(_ m: MentionFacts) -> Double { (m.amount.low + m.amount.high) / 2 }
        for (x, a) in others.enumerated() {
            for b in others[(x + 1)...] where a.amount != b.amount {
                let sentences = [t.sentenceIndex, a.sentenceIndex, b.sentenceIndex]
                let sum = orderedRange(a.interval.lowerBound + b.interval.lowerBound, a.interval.upperBound + b.interval.upperBound)
                if Self.closeAsWritten(sum, nominal(a) + nominal(b), t), accept(sentences, nominal(a) + nominal(b)) {
                    return found(t, "\(a.cited) + \(b.cited)", value: nominal(a) + nominal(b), [a, b])
                }
                let (big, small) = nominal(a) >= nominal(b) ? (a, b) : (b, a)
                let lo = big.interval.lowerBound - small.interval.upperBound
                let hi = big.interval.upperBound - small.interval.lowerBound
                if hi > 0, Self.closeAsWritten(orderedRange(max(0, lo), hi), nominal(big) - nominal(small), t),
                   accept(sentences, nominal(big) - nominal(small)) {
                    return found(t, "\(big.cited) − \(small.cited)", value: nominal(big) - nominal(small), [big, small])
                }
            }
        }
        return nil
    }

    /// Agreement within rounding: the computed interval (every input's
    /// rounding carried through) overlaps what the stated figure covers.
    static func close(_ computed: ClosedRange<Double>, _ value: Double, _ t: MentionFacts) -> Bool {
        if let near = boundNear(value, t) { return near }
        return Tolerance.agrees(computed, t.interval)
    }

    /// For a bound (`still below $149`, `over $60 million`), whether `value` lies on its side and near it
    /// (within half again): a bound covers every figure on its side, and a sum or product far below
    /// `under $149` confirms nothing. Nil for a figure that is no bound.
    static func boundNear(_ value: Double, _ t: MentionFacts) -> Bool? {
        guard t.isBound, let reach = t.boundReach else { return nil }
        return value >= reach.lowerBound * (1 - 1e-9) && value <= reach.upperBound * (1 + 1e-9)
    }

    /// Agreement of a sum or difference: its value as written falls inside the figure's rounding (not on its
    /// edge), or the figure as written within the computed interval when that is narrow (a tenth of the
    /// figure at most). Both roundings at once make whole-dollar figures agree a dollar away
    /// (`$6 − $2.50` is no `$4`; `$6 − $4` is no `$2.50`).
    static func closeAsWritten(_ computed: ClosedRange<Double>, _ value: Double, _ t: MentionFacts) -> Bool {
        if let near = boundNear(value, t) { return near }
        let stated = (t.amount.low + t.amount.high) / 2
        let edge = (t.interval.upperBound - t.interval.lowerBound) * 0.02
        if value > t.interval.lowerBound + edge, value < t.interval.upperBound - edge { return true }
        return computed.upperBound - computed.lowerBound <= 0.1 * stated && Tolerance.agrees(computed, stated...stated)
    }

    /// How far (a fraction of the figure) an unwritten calculation across
    /// sentences may land from the figure when no sentence points back at it.
    static let acrossSentencesSlack = 0.05

    /// Whether a calculation of figures and numbers from these sentences,
    /// giving `value` for `t`, may be read as the text's own: one sentence, a
    /// list or table, a later sentence that points back at the earlier ones
    /// (`That is`, `So the bill`, `in total`), or a result within
    /// `acrossSentencesSlack` of the figure. Loose roundings of unrelated
    /// figures in different sentences agree by coincidence too often
    /// (`$0.02 … 60 matches` is no `$1.50`; `$1 × 8` is no `$5.68`).
    static func linkedAcross(_ t: MentionFacts, _ sentences: [Int], value: Double, _ doc: DocumentFacts) -> Bool {
        guard let first = sentences.min(), let last = sentences.max(), first != last else { return true }
        let stated = (t.amount.low + t.amount.high) / 2
        if stated > 0, abs(value - stated) <= acrossSentencesSlack * stated { return true }
        if sentences.allSatisfy({ doc.isListOrTable(sentence: $0) }) { return true }
        return (first + 1...last).contains { DerivedStatementCheck.pointsBack(doc.lowerSentence($0)) }
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
