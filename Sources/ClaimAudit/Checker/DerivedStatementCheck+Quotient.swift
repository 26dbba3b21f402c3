import Foundation

/// A figure per unit that its sentence states as a total divided by a count
/// of that unit: `$96,000 on packaging for 480,000 orders, or 20 cents an
/// order`; `$12 million across 400 buses, $30,000 per bus`; and a purchase
/// price less what the thing was sold for, divided by its use (depreciation):
/// `bought for $28,000, sold for $8,000 after 120,000 miles: 17 cents a mile`,
/// `$24,000 … sell it for $6,000 after 36 months, so $500 a month`.
///
/// Agreement checks the total (and the resale figure) and the per-unit
/// figure. A miss fails the per-unit figure only when the sentence states
/// just these figures, the count comes between the total and the per-unit
/// figure, a link word joins the count to it (`, or`, `so`, `is`, `about`),
/// and it misses by a power of ten or clearly (`missesClearly`).
extension DerivedStatementCheck {
    /// Words before a second lump sum that make it what the first one's thing was sold or is worth for.
    static let resaleCues = ["sold", "sell", "resale", "resell", "fetch", "auction", "salvage", "residual", "trade-in", "traded in",
                             "trade it in", "worth", "scrap", "get back"]
    /// Words between the count and the per-unit figure that restate the division (`400 buses, about $30,000 per bus`).
    static let quotientLinks = [",", ":", " or ", " so ", "so ", " is ", "that's", "thats", "=", "about", "roughly", "around",
                                "works out", "comes to", "means", "which", "—", "–", " or", "i.e."]
    /// Period words that a per-unit figure may state besides its unit.
    static let periodKeys: Set<String> = ["month", "year", "day", "week", "quarter"]

    /// A total (or a price less a resale figure) that a per-unit figure divides.
    struct Dividend {
        var parts: [MentionFacts]
        var interval: ClosedRange<Double>
        var nominal: Double
        var shown: String
    }

    /// Per-unit figures of sentence `s` recomputed from its totals and counts.
    /// `agreed`: whether a mention already agrees with another check (then it is left alone).
    func quotients(_ ms: [MentionFacts], _ s: Int, _ numbers: [SentenceNumber], _ doc: DocumentFacts,
                   agreed: (Int) -> Bool, _ add: (Int, Check) -> Void) {
        let figures = ms.filter { !$0.mention.approx && !$0.amount.isRange }
        guard figures.count >= 2, figures.count <= 4, !numbers.isEmpty else { return }
        let start = doc.sentenceStart(s)
        let lower = doc.lowerSentence(s)
        let bytes = Array(doc.sentence(s).utf8)
        for u in figures where !agreed(u.index) {
            let uStart = u.mention.range.lowerBound - start
            let totals = figures.filter { t in
                t.index != u.index && t.amount.currency == u.amount.currency && t.mention.range.upperBound - start <= uStart
                    && t.amount.low > u.amount.high && !t.per.contains { !Self.periodKeys.contains(NearbyArithmeticCheck.unitKey($0.unit)) }
            }
            guard !totals.isEmpty else { continue }
            let dividends = Self.dividends(totals, lower, start)
            let counts = Self.counts(dividing: u, numbers, bytes, before: uStart, resale: dividends.contains { $0.parts.count == 2 })
            guard !counts.isEmpty else { continue }
            let perCount = u.per.compactMap(\.count).reduce(1, *)
            var miss: Check?
            search: for d in dividends {
                // both per a period: restate the total per the figure's period
                let periodFactor = d.parts[0].hasTime && u.hasTime
                    ? UnitNormalizer.timeScale(of: u.per) / UnitNormalizer.timeScale(of: d.parts[0].per) : 1
                for n in counts where n.interval.lowerBound > 0 {
                    let k = perCount * periodFactor
                    let computed = orderedRange(d.interval.lowerBound / n.interval.upperBound * k, d.interval.upperBound / n.interval.lowerBound * k)
                    let value = d.nominal / n.value * k
                    let shown = "derived: \(d.shown) ÷ \(n.text) (line \(doc.line(ofSentence: s)))"
                        + (k == 1 ? "" : " × \(MoneyFormatting.number(k))")
                        + " = \(MoneyFormatting.rate(low: value, high: value, currency: u.amount.currency, per: u.per)); the text says \(u.cited)"
                    let inputs = d.parts.enumerated().map { $1.input($0 == 0 ? "total" : "resale") }
                        + [CheckInput(name: "count", value: n.value, unit: n.text, source: "line \(doc.line(ofSentence: s))"), u.input("per-unit figure")]
                    if Tolerance.agrees(computed, u.interval) {
                        let c = Check(name: Self.name, inputs: inputs, arithmetic: shown + ", which agrees", agrees: true)
                        for p in d.parts { add(p.index, c) }
                        add(u.index, c)
                        miss = nil
                        break search
                    }
                    guard miss == nil, d.parts.count + 1 == Self.figureCount(u, doc),
                          Self.linksCount(n, to: uStart, lower), d.parts.allSatisfy({ $0.mention.range.upperBound - start <= n.range.lowerBound })
                    else { continue }
                    let slip = Self.powerOfTenSlip(computed, u.interval)
                    // the total's period left unconverted (`$180,000 a year ÷ 6,000` stated as `$30 per customer per month`)
                    let unconverted = periodFactor != 1
                        && Tolerance.agrees(orderedRange(computed.lowerBound / periodFactor, computed.upperBound / periodFactor), u.interval)
                    guard slip != nil || unconverted || Self.missesClearly(computed, u.interval) else { continue }
                    let how = unconverted ? "the total's period left unconverted"
                        : slip.map { "\(MoneyFormatting.times(pow(10, Double(abs($0))))) \($0 > 0 ? "too high" : "too low")" } ?? "a different figure"
                    miss = Check(name: Self.name, inputs: inputs, arithmetic: shown + ", \(how): it does not agree", agrees: false)
                    for p in d.parts { add(p.index, Check(name: Self.name, inputs: inputs, arithmetic: shown + ", \(how): it does not agree", agrees: nil)) }
                }
            }
            if let miss { add(u.index, miss) }
        }
    }

    /// The dividends a per-unit figure may divide: a price less a resale figure after it (when a resale word stands
    /// just before the second figure or right after it), else each total on its own.
    static func dividends(_ totals: [MentionFacts], _ lower: String, _ start: Int) -> [Dividend] {
        var out: [Dividend] = []
        let bytes = Array(lower.utf8)
        for (x, a) in totals.enumerated() {
            for b in totals[(x + 1)...] where a.amount.low > b.amount.high && a.per == b.per {
                // the words just before the second figure, or right after it (`went for $30,000 at auction`)
                let from = max(a.mention.range.upperBound - start, b.mention.range.lowerBound - start - 40)
                let to = min(bytes.count, b.mention.range.upperBound - start + 16)
                let near = String(decoding: bytes[from..<(b.mention.range.lowerBound - start)], as: UTF8.self) + " "
                    + String(decoding: bytes[(b.mention.range.upperBound - start)..<to], as: UTF8.self)
                guard resaleCues.contains(where: { FastText.contains(near, $0) }) else { continue }
                out.append(Dividend(parts: [a, b], interval: orderedRange(a.interval.lowerBound - b.interval.upperBound, a.interval.upperBound - b.interval.lowerBound),
                                    nominal: (a.amount.low + a.amount.high) / 2 - (b.amount.low + b.amount.high) / 2,
                                    shown: "(\(a.cited) − \(b.cited))"))
            }
        }
        // a resale sentence divides the difference only
        guard out.isEmpty else { return out }
        return totals.map { Dividend(parts: [$0], interval: $0.interval, nominal: ($0.amount.low + $0.amount.high) / 2, shown: $0.cited) }
    }

    /// Counts before the per-unit figure (at byte `before`) of the unit it is stated per (`400 buses` for
    /// `per bus`, `8,000 new customers` for `per customer`); for a figure per a period only, after a resale
    /// (`sell it for $6,000 after 36 months, so $500 a month`), a duration in that period.
    static func counts(dividing u: MentionFacts, _ numbers: [SentenceNumber], _ bytes: [UInt8], before: Int, resale: Bool) -> [SentenceNumber] {
        let keys = Set(u.per.map { NearbyArithmeticCheck.unitKey($0.unit) })
        let units = keys.subtracting(periodKeys)
        let earlier = numbers.filter { $0.range.upperBound <= before && !$0.fromEarlierSentence }
        if units.isEmpty {
            guard resale, keys.count == 1, let period = keys.first, let months = SentenceNumbers.durationUnits[period] else { return [] }
            return earlier.filter { $0.role == .duration }.map { n in
                var c = n
                c.value = n.value / months
                c.interval = orderedRange(n.interval.lowerBound / months, n.interval.upperBound / months)
                return c
            }
        }
        return earlier.filter { n in
            guard case .count(let unit?) = n.role else { return false }
            if sameUnit(unit, units) { return true }
            // `8,000 new customers`, `300,000 monthly players`: the word after a qualifier
            return NearbyArithmeticCheck.wordAfter(n.range.upperBound, in: bytes, skippingWord: true).map { sameUnit($0, units) } == true
        }
    }

    /// Whether a unit word names one of `units` (`buses` and `bus`, `orders` and `order`), compared by `unitStem`.
    static func sameUnit(_ word: String, _ units: Set<String>) -> Bool {
        let stem = unitStem(word)
        return units.contains { unitStem($0) == stem }
    }

    /// A unit word without the plural endings that singular forms mix up (`bus`, `buses`, `buse` → `bu`).
    static func unitStem(_ word: String) -> String {
        let key = NearbyArithmeticCheck.unitKey(word.lowercased())
        let stem = String(key.reversed().drop { $0 == "s" || $0 == "e" }.reversed())
        return stem.isEmpty ? key : stem
    }

    /// How many money figures of `u`'s currency its sentence states (with `ratesOnly`, only those stated per a unit).
    static func figureCount(_ u: MentionFacts, _ doc: DocumentFacts, ratesOnly: Bool = false) -> Int {
        doc.mentions(inSentence: u.sentenceIndex).filter {
            $0.amount.currency == u.amount.currency && $0.amount.high > 0 && (!ratesOnly || !$0.per.isEmpty)
        }.count
    }

    /// Whether the words between the count and the per-unit figure (at most 40 bytes) restate a division.
    static func linksCount(_ n: SentenceNumber, to uStart: Int, _ lower: String) -> Bool {
        guard n.range.upperBound <= uStart, uStart - n.range.upperBound <= 40 else { return false }
        let between = String(decoding: Array(lower.utf8)[n.range.upperBound..<uStart], as: UTF8.self)
        return quotientLinks.contains { FastText.contains(between, $0) }
    }
}
