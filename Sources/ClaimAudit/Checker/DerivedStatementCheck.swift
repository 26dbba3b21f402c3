import Foundation

/// Recomputes arithmetic the text states or implies within a sentence and
/// the sentences, list items and table rows just before it:
/// - a figure restated per another period (`$700K a day is $255M a year`),
///   also in the next sentence, and annual plans with `N months free`;
/// - a unit figure times counts (`$0.02 per query × 1M queries = $20,000`),
///   with units converted (Wh ↔ kWh, GB ↔ TB, hours, efficiencies such as
///   `3.2 mi/kWh`), a period one side leaves implicit (`$1.20 per user` of a
///   `$600 a month` bill), counts on labelled lines and table header rates;
/// - totals after their parts (`Support adds $1.90 … so $4`, table rows);
/// - `N times` between two figures;
/// - `N% margin` between a price and a cost;
/// - break-even statements (`20+ years to break even`, `250 months`), also
///   from a price less its cost to serve;
/// - a figure per unit as a total (or a price less its resale) divided by a
///   count of that unit (`+Quotient`);
/// - a share of a figure restated as money that misses it (`+Shares`);
/// - a break-even counted in units sold (`+UnitBreakEven`);
/// - a payback against a monthly saving or margin (`+SavingsPayback`);
/// - a fleet's total per day or month from a rate per machine-hour (`+Fleet`);
/// - a rate restated per a longer period with the duty the text states
///   (`25 days a month`), or as a bare total the words put in that period
///   (`over a year that comes to $384`, `+DutyCycle`).
///
/// Rounding counts as agreement (see `Tolerance`). A disagreement is reported
/// only when the text links the figures (`is`, `=`, `that's`, `works out to`),
/// or when a stated product misses by a power of ten.
struct DerivedStatementCheck {
    static let name = "derived-statement"
    static let linkCues = [" is ", "=", "that's", "thats", " so ", "that is", "which is", "works out to", "comes to", "equals", "adds up to",
                           "came to", "come to", "coming to", "comes out to", "came out to", "worked out to", "added up to",
                           "totals", "totalling", "totaling", "means", "annualized", "annualised", "translates to",
                           "amounts to", "i.e.", "→", "gives", "in total", " to get ",
                           // a restatement someone names (`$35 a month, which the ad calls $400 a year`)
                           " calls ", " call it ", " called it ", " puts it at ", " put it at ", "making it ", "which makes "]
    static let breakEvenCues = ["break even", "break-even", "breakeven", "pay back", "payback", "pay for itself",
                                "recoup", "pay off", "to recover", "earn back", "money back", "earn it back", "earned back",
                                "paid back", "pays back", "make it back", "made back",
                                // `48 months of revenue per seat`
                                "of revenue", "of subscription", "of payments", "of fees", "worth of subscription"]
    static let sumCues = ["total", "in all", "altogether", "combined", "sum", "=", "together", "adds up", "add up",
                          "leaves", "left", "minus", "less", "after", "margin", "contribution", "remaining", "plus",
                          "difference", "discount", "absorb", " off ", " cut ", "knocks"]
    /// Words that join parts stated one after another to their total (`Support adds $1.90 … so $4`).
    static let runningSumCues = ["total", "add up", "adds up", "added up", "adds", "plus", "on top", "in all", "altogether",
                                 "combined", "together", "sum", "all-in", "all in", "another", "in addition", "on top of"]
    static let ratioCues = ["÷", "divided by", "ratio", " over ", "/"]

    /// Checks per mention index.
    func run(_ doc: DocumentFacts) -> [Int: [Check]] {
        var out: [Int: [Check]] = [:]
        func add(_ i: Int, _ c: Check) {
            if !(out[i]?.contains { $0.arithmetic == c.arithmetic } ?? false) { out[i, default: []].append(c) }
        }
        // Power-of-ten slips, reported at the end for figures nothing else confirms.
        var slips: [Int: Check] = [:]
        let labelled = Self.labelledCounts(doc)
        // Each sentence's numbers, found once (a sentence is also the previous one of the next).
        func numbersIn(_ s: Int) -> [SentenceNumber] { doc.numbers(inSentence: s) }
        for s in doc.sentences.indices {
            // Every check below needs a mention in this sentence or one of the two before.
            if (0...2).allSatisfy({ doc.bySentence[s - $0] == nil }) { continue }
            let ms = doc.mentions(inSentence: s).filter { $0.kind != nil && $0.amount.high > 0 }
            let lower = doc.lowerSentence(s)
            let numbers = numbersIn(s)
            // a fleet's total first: `8 H100s at $3 an hour each comes to $576 a day` is no restatement of $3 an hour
            fleetTotals(s, numbers, doc, add)
            dutyRestatements(ms, s, doc, add)
            bareTotalsOverPeriods(ms, doc, add)
            // across a sentence break too (`The plan is $29 a month. Over a year that comes to $384.`)
            if s > 0, doc.sameBlock(s - 1, s), let first = ms.first,
               let last = doc.mentions(inSentence: s - 1).last(where: { $0.kind != nil && $0.amount.high > 0 }) {
                bareTotalsOverPeriods([last, first], doc, add)
            }
            periodRestatements(ms, doc, agreed: { i in out[i]?.contains { $0.agrees == true } ?? false }, add)
            periodRestatementsAcross(ms, s, doc, add)
            conversions(ms, s, doc, add)
            // Unit figures from the two sentences before (a list of inputs, then the total); factors
            // from this sentence, or from the previous one when this one states none.
            var pool = ms.filter { !$0.mention.approx }
            var poolNumbers = numbers
            for back in 1...2 where s - back >= 0 {
                pool += doc.mentions(inSentence: s - back).filter { $0.kind != nil && $0.amount.high > 0 && !$0.mention.approx }
            }
            // In a table, a rate in an earlier cell (the header: `On-demand at ¥520/GPU-hr`) applies to the rows below it.
            if doc.isTableCell(sentence: s) {
                var back = 3
                while back <= 24, s - back >= 0, doc.isTableCell(sentence: s - back) {
                    pool += doc.mentions(inSentence: s - back).filter { $0.kind != nil && $0.amount.high > 0 && !$0.per.isEmpty && !$0.mention.approx }
                    back += 1
                }
            }
            if s > 0, !numbers.contains(where: { if case .duration = $0.role { return false } else { return true } }) {
                poolNumbers += numbersIn(s - 1).map { n in var n = n; n.fromEarlierSentence = true; return n }
            } else if s > 0 {
                // `$1.4 trillion is spread over eight years … around $175 billion a year, about 13 times revenue`
                poolNumbers += numbersIn(s - 1).filter { $0.role == .duration }.map { n in var n = n; n.fromEarlierSentence = true; return n }
            }
            // Counts stated as labelled lines earlier (`Miles driven: 412`) serve the sentences after them.
            poolNumbers += labelled.filter { $0.sentence < s && $0.sentence >= s - 12 }.map(\.number)
            products(results: pool, inputs: pool, current: s, poolNumbers, doc, add, addSlip: { slips[$0] = slips[$0] ?? $1 })
            sums(ms, lower, doc, add)
            runningSums(ms, s, doc, add)
            let ratioNumbers = Self.ratioCues.contains(where: { FastText.contains(lower, $0) })
                ? numbers.compactMap { n -> SentenceNumber? in
                    guard case .count(nil) = n.role else { return nil }
                    var r = n
                    r.role = .multiplier
                    r.interval = SentenceNumbers.widen(n.interval, 0.05)
                    return r
                } : []
            multiples(ms, numbers + ratioNumbers, doc, add)
            if !FastText.contains(lower, "margin"), s > 0, FastText.contains(doc.lowerSentence(s - 1), "margin") {
                // `sold at a 75% gross margin. On that basis $14,000 of usage costs about $3,500.`
                margins(ms, numbersIn(s - 1).filter { $0.role == .percent }, doc.lowerSentence(s - 1), add)
            } else {
                margins(ms, numbers, lower, add)
            }
            breakEven(s, numbers, lower, doc, add)
            unitBreakEven(s, numbers, lower, doc, add)
            savingsPayback(ms, s, numbers, lower, doc, add)
            lifetimeTotals(s, numbers, doc, add)
            powerBills(s, numbers, doc, add)
            percentChanges(ms, numbers, lower, add)
            quotients(ms, s, numbers, doc, agreed: { i in out[i]?.contains { $0.agrees == true } ?? false }, add)
            shareMisses(ms, s, numbers, doc, agreed: { i in out[i]?.contains { $0.agrees == true } ?? false }, add)
            amortizationMisses(ms, s, numbers, doc, agreed: { i in out[i]?.contains { $0.agrees == true } ?? false }, add)
        }
        leadingTotals(doc, add)
        listIntroTotals(doc, add)
        for (i, c) in slips where !(out[i]?.contains { $0.agrees == true } ?? false) { out[i, default: []].append(c) }
        return out
    }

    // MARK: - period restatement

    func periodRestatements(_ ms: [MentionFacts], _ doc: DocumentFacts, agreed confirmed: (Int) -> Bool = { _ in false }, _ add: (Int, Check) -> Void) {
        var agreed: Set<Int> = []
        var misses: [(MentionFacts, MentionFacts, String, [CheckInput])] = []
        // `N months free` depends on the sentence only (all of `ms` share it): read it once, when first needed.
        var freeMonths: Double??
        func monthsFree(_ a: MentionFacts) -> Double? {
            if let known = freeMonths { return known }
            let found = Self.monthsFree(doc.lowerSentence(a.sentenceIndex))
            freeMonths = .some(found)
            return found
        }
        for (x, a) in ms.enumerated() {
            for b in ms[(x + 1)..<Self.pairEnd(x, ms.count)] where a.amount.currency == b.amount.currency && !a.per.isEmpty && !b.per.isEmpty
                && UnitNormalizer.comparable(a.dimensions, b.dimensions) {
                let sa = a.perScale, sb = b.perScale
                guard abs(sa - sb) > 1e-9 * max(sa, sb) else { continue }
                // a duty the text states (`25 days a month`) replaces the calendar (see `dutyRestatements`)
                guard Self.duty(from: a, to: b, doc) == nil else { continue }
                let factor = sb / sa
                let computed = orderedRange(a.interval.lowerBound * factor, a.interval.upperBound * factor)
                let computedText = MoneyFormatting.money(low: a.amount.low * factor, high: a.amount.high * factor, currency: a.amount.currency)
                let op = factor >= 1 ? "× \(MoneyFormatting.number(factor))" : "÷ \(MoneyFormatting.number(1 / factor))"
                let arithmetic = "\(a.cited) \(op) = \(computedText) \(MoneyFormatting.perPhrase(b.per)); the text says \(b.cited)"
                let inputs = [a.input("figure"), b.input("restated figure")]
                if Tolerance.agrees(computed, b.interval) {
                    let c = Check(name: Self.name, inputs: inputs, arithmetic: "derived: " + arithmetic + ", which agrees", agrees: true)
                    add(a.index, c); add(b.index, c)
                    agreed.formUnion([a.index, b.index])
                } else if let free = monthsFree(a), abs(sb / sa - 365 / UnitNormalizer.daysPerMonth) < 1e-6 {
                    // `$29 a month, or $290 a year (two months free)`: a year billed as 12 − N months
                    let months = 12 - free
                    let paid = orderedRange(a.interval.lowerBound * months, a.interval.upperBound * months)
                    guard Tolerance.agrees(paid, b.interval) else { continue }
                    let c = Check(name: Self.name, inputs: inputs,
                                  arithmetic: "derived: \(a.cited) × (12 − \(MoneyFormatting.number(free)) months free) = \(MoneyFormatting.money(a.amount.low * months, currency: a.amount.currency)) \(MoneyFormatting.perPhrase(b.per)); the text says \(b.cited), which agrees",
                                  agrees: true)
                    add(a.index, c); add(b.index, c)
                    agreed.formUnion([a.index, b.index])
                } else if linked(a, b, doc) && Self.closeBy(a, b, doc) || restatedApproximately(a, b, doc),
                          !Self.dutyCycleUnknown(a, b) {
                    misses.append((a, b, arithmetic, inputs))
                }
            }
        }
        // A restatement that matches nothing fails; pairs that simply belong to other figures are skipped.
        for (a, b, arithmetic, inputs) in misses where !agreed.contains(a.index) && !agreed.contains(b.index) && !confirmed(b.index) {
            add(b.index, Check(name: Self.name, inputs: inputs, arithmetic: "derived: " + arithmetic + ", which does not agree", agrees: false))
            add(a.index, Check(name: Self.name, inputs: inputs, arithmetic: "derived: " + arithmetic + ", which does not agree", agrees: nil))
        }
    }

    // MARK: - unit figure × counts = total

    /// Lump sums the sentence puts in a period (`last year`, `this month`) are read per that period.
    static let periodCues: [(String, String)] = [
        // a quarter first: `Q3 cloud spend was $1.8 million, about $600,000 a month` reads the lump sum per quarter
        ("q1 ", "quarter"), ("q2 ", "quarter"), ("q3 ", "quarter"), ("q4 ", "quarter"), ("last quarter", "quarter"),
        ("this quarter", "quarter"), ("per quarter", "quarter"), ("quarterly", "quarter"), ("each quarter", "quarter"),
        ("a quarter", "quarter"), ("in the quarter", "quarter"),
        ("last year", "year"), ("this year", "year"), ("for the year", "year"), ("per annum", "year"), ("a year", "year"), ("per year", "year"),
                                                 ("annual", "year"), ("in 20", "year"), ("for 20", "year"), ("each year", "year"),
                                                 ("last month", "month"), ("this month", "month"), ("a month", "month"),
                                                 ("per month", "month"), ("monthly", "month"), ("for the month", "month"),
                                                 ("each month", "month"), ("a day", "day"), ("per day", "day"), ("daily", "day")]

    /// The figure in base units, reading a lump sum per the period its sentence names.
    static func reading(_ m: MentionFacts, _ doc: DocumentFacts) -> (interval: ClosedRange<Double>, dimensions: Set<String>, per: [Denominator]) {
        guard m.per.isEmpty else { return (m.normalizedInterval, m.dimensions, m.per) }
        // The sentence's first period cue, found once per sentence (not once per pair of figures).
        let cueUnit: String? = doc.memo.value("period-cue", m.sentenceIndex) {
            let sentence = doc.lowerSentence(m.sentenceIndex)
            return periodCues.first(where: { cue in
                // `in 20`, `for 20` name a year (`in 2025`), not a count (`for 20 users`)
                if cue.0 == "a quarter" { return FastText.contains(sentence, "a quarter") && !FastText.contains(sentence, "a quarter of") }
                return cue.0.hasSuffix(" 20") ? namesYear(after: cue.0, in: sentence) : FastText.contains(sentence, cue.0)
            })?.1
        }
        if let unit = cueUnit {
            let per = [Denominator(unit: unit)]
            let k = UnitNormalizer.scale(of: per)
            return (orderedRange(m.interval.lowerBound / k, m.interval.upperBound / k), [NormalizedRate.time], per)
        }
        return (m.normalizedInterval, [], [])
    }

    /// Whether `prefix` (`in 20`) occurs followed by exactly two more digits (`in 2025`, `for 2024,`).
    static func namesYear(after prefix: String, in sentence: String) -> Bool {
        guard FastText.contains(sentence, prefix) else { return false }
        let bytes = Array(sentence.utf8), p = Array(prefix.utf8)
        func digit(_ i: Int) -> Bool { i < bytes.count && (0x30...0x39).contains(bytes[i]) }
        var i = 0
        while i + p.count <= bytes.count {
            if bytes[i] == p[0], Array(bytes[i..<(i + p.count)]) == p, i == 0 || !SentenceNumbers.isLetter(bytes[i - 1]) {
                let e = i + p.count
                if digit(e), digit(e + 1), !digit(e + 2) { return true }
            }
            i += 1
        }
        return false
    }

    static let knownDimensions = Set(UnitNormalizer.aliases.values.map(\.dimension))

    func products(results: [MentionFacts], inputs: [MentionFacts], current: Int, _ numbers: [SentenceNumber],
                  _ doc: DocumentFacts, _ add: (Int, Check) -> Void, addSlip: (Int, Check) -> Void = { _, _ in }) {
        guard !numbers.isEmpty, !results.isEmpty, inputs.count >= 2 else { return }
        let knownDimensions = Self.knownDimensions
        let user: Set<String> = [NormalizedRate.user]
        // Each factor: its interval in base units, the dimension it cancels, whether it adds a period.
        struct Factor {
            var number: SentenceNumber; var interval: ClosedRange<Double>; var cancels: String?; var counts: Bool; var addsTime: Bool
            /// Base units per unit of the count (`hours` → 1/24 of a day).
            var unitScale = 1.0
            /// The dimension the factor brings in (an efficiency: `÷ 3.2 mi/kWh` turns per kWh into per mile).
            var adds: String? = nil
            /// The factor divides (its interval is the reciprocal of the number).
            var divides = false
        }
        func chain(_ subset: [Factor]) -> String {
            subset.enumerated().map { i, f in (i == 0 ? (f.divides ? "÷ " : "× ") : (f.divides ? " ÷ " : " × ")) + f.number.text }.joined()
        }
        // An efficiency (`3.2 mi/kWh`) converts a figure per kWh into one per mile (÷) and back (×).
        var efficiencies: [Factor] = []
        for f in numbers {
            guard let per = f.perUnit, case .count(let unit?) = f.role else { continue }
            let u = UnitNormalizer.baseUnits(of: Denominator(unit: unit)).first!, p = UnitNormalizer.baseUnits(of: Denominator(unit: per)).first!
            let perBase = orderedRange(f.interval.lowerBound * u.scale / p.scale, f.interval.upperBound * u.scale / p.scale)
            efficiencies.append(Factor(number: f, interval: orderedRange(1 / perBase.upperBound, 1 / perBase.lowerBound), cancels: p.dimension,
                                       counts: true, addsTime: false, adds: u.dimension, divides: true))
            efficiencies.append(Factor(number: f, interval: perBase, cancels: u.dimension, counts: true, addsTime: false, adds: p.dimension))
        }
        let factors: [Factor] = efficiencies + numbers.compactMap { f in
            switch f.role {
            case .duration:
                let k = UnitNormalizer.daysPerMonth
                return Factor(number: f, interval: orderedRange(f.interval.lowerBound * k, min(f.interval.upperBound, f.value * 1.05) * k),
                              cancels: NormalizedRate.time, counts: true, addsTime: false)
            case .percent:
                // `25% of $14,000 is $3,500`: a percentage from another sentence (`add 10% for losses`) is no factor.
                guard !f.fromEarlierSentence else { return nil }
                return Factor(number: f, interval: f.interval, cancels: nil, counts: false, addsTime: false)
            case .multiplier:
                return nil
            case .count(let unit):
                // one of a thing (`1 GPU`) multiplies nothing: a figure "times 1" is only its own restatement
                guard f.value != 1 else { return nil }
                var interval = f.interval
                var cancels: String?
                var unitScale = 1.0
                if let unit {
                    let base = UnitNormalizer.baseUnits(of: Denominator(unit: unit)).first
                    let dim = base?.dimension ?? unit
                    if knownDimensions.contains(dim) {
                        let k = base?.scale ?? 1
                        interval = orderedRange(interval.lowerBound * k, interval.upperBound * k)
                        unitScale = k
                    }
                    cancels = dim
                }
                if let t = f.perTime { interval = orderedRange(interval.lowerBound / t, interval.upperBound / t) }
                return Factor(number: f, interval: interval, cancels: cancels, counts: true, addsTime: f.perTime != nil, unitScale: unitScale)
            }
        }
        guard !factors.isEmpty else { return }
        let subsets = Self.subsets(factors, maxSize: 2)
        // `costs about 25 cents at the top of that range`: one end of a range stands for it.
        let lowerCurrent = doc.lowerSentence(current)
        let currentInListOrTable = doc.isListOrTable(sentence: current)
        let end: Bool? = ["top of", "upper end", "high end", "higher end"].contains { FastText.contains(lowerCurrent, $0) } ? true
            : ["bottom of", "lower end", "low end"].contains { FastText.contains(lowerCurrent, $0) } ? false : nil
        // Past `allPairsUpTo` inputs, a result is paired only with the inputs within `pairWindow`
        // mentions of it (in their order among the inputs).
        let positionOf: [Int: Int] = inputs.count > Self.allPairsUpTo
            ? Dictionary(inputs.enumerated().map { ($1.index, $0) }, uniquingKeysWith: { first, _ in first }) : [:]
        func inputsNear(_ b: MentionFacts) -> [MentionFacts] {
            guard inputs.count > Self.allPairsUpTo else { return inputs }
            return ((b.index - Self.pairWindow)...(b.index + Self.pairWindow)).compactMap { positionOf[$0] }.sorted().map { inputs[$0] }
        }
        for b in results {
            // A product the sentence states that is off by a power of ten (`$0.02 a query and a million
            // queries a day, that's $2M a day`); reported only when nothing else gives the figure.
            var slip: Check?
            var bAgrees = false
            defer { if let slip, !bAgrees { addSlip(b.index, slip) } }
            for var a in inputsNear(b) where a.index != b.index && a.amount.currency == b.amount.currency
                && (a.sentenceIndex == current || b.sentenceIndex == current)
                && (!a.amount.isRange || b.amount.isRange || end != nil && b.sentenceIndex == current) {
                // A bound on one side only (`$49 a month × 61 ≈ $2,989` against `$2,000+ a month`) reaches
                // so far that an unstated product would agree by chance.
                if a.isBound != b.isBound { continue }
                if a.amount.isRange, !b.amount.isRange, let top = end {
                    let v = top ? a.amount.high : a.amount.low
                    a.mention.amount.low = v
                    a.mention.amount.high = v
                    a.interval = Tolerance.interval(low: v, high: v, text: nil, qualifier: nil)
                }
                let da = a.dimensions.subtracting(user)
                var readingsOfB = [(b.normalizedInterval, b.dimensions, b.per)]
                if b.per.isEmpty { let r = Self.reading(b, doc); if !r.dimensions.isEmpty { readingsOfB.append(r) } }
                var matched: ([Factor], [Denominator], Double, Double)?
                // the time scales the comparisons below need, once per pair (not once per subset of factors)
                let aTime = UnitNormalizer.timeScale(of: a.per)
                search: for (bn, dbFull, bPer) in readingsOfB {
                    let db = dbFull.subtracting(user)
                    let bTime = UnitNormalizer.timeScale(of: bPer)
                    let an = a.normalizedInterval
                    // Implicit products use at most two factors; longer chains must be written out (see ArithmeticExpressionCheck).
                    for subset in subsets {
                        guard subset.contains(where: \.counts) || da == db else { continue }
                        // one number once (an efficiency gives two readings of it)
                        guard subset.count < 2 || subset[0].number != subset[1].number else { continue }
                        // Figures of two sentences and counts only from the earlier one (`We pay $12 per seat and have
                        // 40 seats. The coffee budget is $480 a month.`): the later sentence must point back to them.
                        // (Cells of a table row and list items are read together.)
                        if a.sentenceIndex != b.sentenceIndex, subset.allSatisfy(\.number.fromEarlierSentence),
                           !currentInListOrTable, !Self.pointsBack(lowerCurrent) { continue }
                        // Dimensions after the factors: A's, minus what the counts cancel, plus a period.
                        var dims = da
                        var ok = true
                        var hours = 1.0
                        // `32 GPUs for 50 hours at $3 per GPU-hour`: a count of GPUs and one of hours make the GPU-hours.
                        let gpusTimesHours = da.contains("gpu-hour") && subset.count == 2 && subset.contains { Self.countsGPUs($0.number) }
                        for f in subset where f.counts {
                            if let c = f.cancels, knownDimensions.contains(c) {
                                if c == NormalizedRate.user { continue }
                                if gpusTimesHours, c == NormalizedRate.time, f.number.perTime == nil, !dims.contains(c) {
                                    hours /= f.unitScale
                                    continue
                                }
                                // `600 GPU-hours` of a rate per hour: hours of time.
                                if c == "gpu-hour", !dims.contains(c), dims.contains(NormalizedRate.time) {
                                    dims.remove(NormalizedRate.time)
                                    hours = 1.0 / 24
                                    continue
                                }
                                // `at $1.30 each`: a bare unit figure takes its unit from the count
                                // (`that hour costs $0.015 … 100 hours a month`), counted in that unit.
                                guard dims.contains(c) || a.per.isEmpty else { ok = false; break }
                                if !dims.contains(c) {
                                    // only when the text by the figure names that unit (`that hour costs $0.015`)
                                    guard let unit = Self.unitWord(of: f.number), Self.namesUnit(unit, near: a, doc) else { ok = false; break }
                                    hours /= f.unitScale
                                }
                                dims.remove(c)
                            } else if let c = f.cancels, dims.contains(c) {
                                dims.remove(c)
                            } else if f.cancels == nil || !knownDimensions.contains(f.cancels!) && f.number.perTime == nil,
                                      dims.subtracting([NormalizedRate.time]).count == 1 {
                                // `one who plays 50 costs about 25 cents`: a count with no unit (or a word that is
                                // none) counts the figure's own unit
                                dims.remove(dims.subtracting([NormalizedRate.time]).first!)
                            } else if let c = f.cancels, !knownDimensions.contains(c), !a.per.isEmpty, Self.physicalUnits.contains(c) {
                                // a count of another physical quantity is no factor of a rate (`$49 a month` × `50 km`)
                                ok = false
                                break
                            }
                            if f.addsTime { dims.insert(NormalizedRate.time) }
                            if let d = f.adds {
                                // an efficiency needs the unit it converts from
                                guard !dims.contains(d) else { ok = false; break }
                                dims.insert(d)
                            }
                        }
                        guard ok else { continue }
                        // A percentage gives a figure of its own sentence (`10% of the cap, that's $350`).
                        if subset.contains(where: { !$0.counts }), b.sentenceIndex != current { continue }
                        let p = subset.reduce(hours...hours) { orderedRange($0.lowerBound * $1.interval.lowerBound, $0.upperBound * $1.interval.upperBound) }
                        // the factors as written (their middles): what the cap and a reported miss compute with
                        let factors = subset.reduce(hours) { $0 * ($1.interval.lowerBound + $1.interval.upperBound) / 2 }
                        var computed = Tolerance.capped(orderedRange(an.lowerBound * p.lowerBound, an.upperBound * p.upperBound),
                                                        nominal: orderedRange(a.amount.low * factors / a.perScale, a.amount.high * factors / a.perScale))
                        var target = bn
                        var shownScale = 1.0
                        // the product is the total over the count's own period (`20 sessions in a month`)
                        var periodTotal = false
                        if dims != db {
                            // One side states a period the other leaves implicit (`$1.20 per user` of a `$600 a month`
                            // bill; `8,58 € per customer per month` of a June invoice): compare per that period.
                            guard dims.symmetricDifference(db) == [NormalizedRate.time] else { continue }
                            if let period = subset.first(where: \.addsTime)?.number.perTime, !db.contains(NormalizedRate.time),
                               subset.filter(\.addsTime).count == 1, !subset.contains(where: { $0.cancels == NormalizedRate.time }) {
                                // `plays 1,000 tracks a month costs $3 to $5`: the total for that period
                                computed = orderedRange(computed.lowerBound * period, computed.upperBound * period)
                                shownScale = period
                                periodTotal = true
                            } else if subset.contains(where: { $0.addsTime || $0.cancels == NormalizedRate.time }) {
                                continue
                            } else if db.contains(NormalizedRate.time) {
                                let k = bTime
                                target = orderedRange(bn.lowerBound * k, bn.upperBound * k)
                                shownScale = 1 / k
                            } else {
                                let k = aTime
                                computed = orderedRange(computed.lowerBound * k, computed.upperBound * k)
                                shownScale = k
                            }
                        }
                        if Tolerance.agrees(computed, target) { matched = (subset, bPer, shownScale, hours); break search }
                        if slip == nil, subset.count == 1, subset[0].counts, !subset[0].number.fromEarlierSentence,
                           b.sentenceIndex == current, !a.mention.approx, !a.per.isEmpty, !b.mention.approx,
                           a.sentenceIndex == current ? Self.inOrder(a, subset[0].number, b, doc) && (linked(a, b, doc, verbs: true) || Self.restatesResult(a, b, doc))
                               || Self.countFirst(subset[0].number, a, b, doc) && (Self.restatesResult(a, b, doc) || Self.resultRightAfter(a, b, doc) && Self.countsOwnUnit(subset[0].number, of: a))
                               : a.sentenceIndex == current - 1 && (dims == db && !b.per.isEmpty || Self.atThatRate(lowerCurrent) || Self.countLinksTo(subset[0].number, b, doc))
                                 && Self.countsOwnUnit(subset[0].number, of: a) && Self.countBefore(subset[0].number, b, doc) {
                            let k = Self.powerOfTenSlip(computed, target)
                            // Any other miss fails only when the sentence states just the two figures
                            // (`$25 per user …; with 80 users that is $2,500`) and misses by more than its rounding.
                            // The count must be of the rate's own unit, the total stated per what the product gives
                            // (or a lump sum when the count leaves none: `$149 a set, so four sets come to $496`).
                            // A bare total may be the total over the count's period (`20 sessions in a month cost us
                            // $12.40`). The rate may stand in the sentence before, as its only rate, when this sentence
                            // says so (`At the same rate, a 60,000-word memoir comes to €6,200`) or links the count to
                            // its one figure (`$52 per guest. With 90 guests, the bill would be $5,580.`).
                            let figures = a.sentenceIndex == current ? Self.onlyTwoFigures(a, b, doc)
                                : (Self.atThatRate(lowerCurrent) || Self.countLinksTo(subset[0].number, b, doc))
                                  && Self.figureCount(b, doc) == 1 && Self.figureCount(a, doc, ratesOnly: true) == 1
                            let plainMiss = k == nil && figures
                                && (dims == db && (!b.per.isEmpty || dims.isEmpty) || periodTotal && b.per.isEmpty)
                                && Self.countsOwnUnit(subset[0].number, of: a) && Self.missesClearly(computed, target, margin: 1.05)
                            if k != nil || plainMiss {
                                let mid = (a.amount.low + a.amount.high) / 2 / a.perScale * factors * UnitNormalizer.scale(of: bPer) * shownScale
                                let miss = k.map { "\(MoneyFormatting.times(pow(10, Double(abs($0))))) \($0 > 0 ? "too high" : "too low")" } ?? "a different figure"
                                slip = Check(name: Self.name, inputs: [a.input("unit figure"), b.input("total")] + subset.map {
                                    CheckInput(name: "factor", value: $0.number.value, unit: $0.number.text, source: "line \(doc.line(ofSentence: current))")
                                }, arithmetic: "derived: \(a.cited) " + chain(subset)
                                    + " ≈ \(MoneyFormatting.rate(low: mid, high: mid, currency: a.amount.currency, per: bPer)); the text says \(b.cited), "
                                    + "\(miss): it does not agree",
                                    agrees: false)
                            }
                        }
                    }
                }
                guard let (subset, bPer, shownScale, hours) = matched else { continue }
                bAgrees = true
                let product = subset.reduce(hours) { $0 * ($1.interval.lowerBound + $1.interval.upperBound) / 2 }
                let scaleB = UnitNormalizer.scale(of: bPer) * shownScale
                let lowA = a.amount.low / a.perScale * product * scaleB
                let highA = a.amount.high / a.perScale * product * scaleB
                let arithmetic = "derived: \(a.cited) " + chain(subset)
                    + " ≈ \(MoneyFormatting.rate(low: lowA, high: highA, currency: a.amount.currency, per: bPer)); the text says \(b.cited), which agrees"
                let c = Check(name: Self.name, inputs: [a.input("unit figure"), b.input("total")] + subset.map {
                    CheckInput(name: "factor", value: $0.number.value, unit: $0.number.text, source: "line \(doc.line(ofSentence: current))")
                }, arithmetic: arithmetic, agrees: true)
                add(a.index, c); add(b.index, c)
            }
        }
    }

    // MARK: - parts adding up to a total

    func sums(_ ms: [MentionFacts], _ lower: String, _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        guard ms.count >= 3, ms.count <= Self.allPairsUpTo else { return }
        let cue = Self.sumCues.contains(where: { FastText.contains(lower, $0) })
        for total in ms {
            // without a cue word, a total introduces its parts with a colon (`a fixed base of €98 million a year: €52 million …`,
            // `$3 million on cloud last year: $2 million …`); the parts after that colon take its denominators.
            let colonLed = Self.colonBeforeNext(total, in: ms, doc)
            guard cue || Self.colonAfter(total, doc) || colonLed else { continue }
            let parts = ms.filter { $0.index != total.index && $0.amount.currency == total.amount.currency
                && (Self.addsInto($0, total) || colonLed && $0.per.isEmpty && $0.index > total.index || Self.sharesSentenceUnit($0, total))
                && $0.amount.high < total.amount.low }
            guard parts.count >= 2, Self.onePeriod(parts + [total]) else { continue }
            guard Self.sumAgrees(parts, total) else {
                // `$200 a day on embeddings and $600 a day on generation, $900 a day in total`: a total that
                // names itself, after every other figure of the sentence, and misses their sum fails.
                if parts.count == ms.count - 1, parts.allSatisfy({ $0.index < total.index }), parts.allSatisfy({ !$0.amount.isRange }),
                   !total.amount.isRange, Self.namesItselfTotal(total, doc) {
                    let sum = parts.reduce(0) { $0 + $1.amount.low }
                    let arithmetic = "derived: " + parts.map(\.cited).joined(separator: " + ")
                        + " = \(MoneyFormatting.money(sum, currency: total.amount.currency)); the text says \(total.cited), which does not agree"
                    let inputs = parts.map { $0.input("part") } + [total.input("total")]
                    add(total.index, Check(name: Self.name, inputs: inputs, arithmetic: arithmetic, agrees: false))
                    for p in parts { add(p.index, Check(name: Self.name, inputs: inputs, arithmetic: arithmetic, agrees: nil)) }
                }
                continue
            }
            let c = Self.sumCheck(parts, sum: parts.reduce(0) { $0 + $1.amount.low }, total: total)
            for p in parts { add(p.index, c) }
            add(total.index, c)
        }
    }

    // MARK: - N times

    func multiples(_ ms: [MentionFacts], _ numbers: [SentenceNumber], _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        let multipliers = numbers.filter { $0.role == .multiplier && $0.value > 1 }
        guard !multipliers.isEmpty, ms.count >= 2 else { return }
        for n in multipliers {
            for (x, a) in ms.enumerated() {
                for b in ms[(x + 1)..<Self.pairEnd(x, ms.count)] where a.amount.currency == b.amount.currency
                    && UnitNormalizer.comparable(a.dimensions, b.dimensions) {
                    let an = a.normalizedInterval, bn = b.normalizedInterval
                    let big = an.lowerBound >= bn.lowerBound ? (a, an) : (b, bn)
                    let small = an.lowerBound >= bn.lowerBound ? (b, bn) : (a, an)
                    let ratio = orderedRange(big.1.lowerBound / max(small.1.upperBound, 1e-12), big.1.upperBound / max(small.1.lowerBound, 1e-12))
                    let shown = big.0.amount.low / big.0.perScale / (small.0.amount.low / small.0.perScale)
                    let arithmetic = "derived: \(big.0.cited) ÷ \(small.0.cited) = \(MoneyFormatting.times(shown)); the text says \(n.text)"
                    let inputs = [big.0.input("larger figure"), small.0.input("smaller figure"),
                                  CheckInput(name: "stated multiple", value: n.value, unit: "times", source: "line \(a.line)")]
                    if Tolerance.agrees(ratio, n.interval) {
                        let c = Check(name: Self.name, inputs: inputs, arithmetic: arithmetic + ", which agrees", agrees: true)
                        add(a.index, c); add(b.index, c)
                    }
                }
            }
        }
    }

    // MARK: - N% margin

    func margins(_ ms: [MentionFacts], _ numbers: [SentenceNumber], _ lower: String, _ add: (Int, Check) -> Void) {
        guard FastText.contains(lower, "margin"), ms.count >= 2 else { return }
        for pct in numbers where pct.role == .percent {
            for (x, a) in ms.enumerated() {
                for b in ms[(x + 1)..<Self.pairEnd(x, ms.count)] where a.amount.currency == b.amount.currency && UnitNormalizer.comparable(a.dimensions, b.dimensions) {
                    let (p, c) = a.normalizedInterval.lowerBound >= b.normalizedInterval.lowerBound ? (a, b) : (b, a)
                    let pn = p.normalizedInterval, cn = c.normalizedInterval
                    let margin = orderedRange(1 - cn.upperBound / pn.lowerBound, 1 - cn.lowerBound / pn.upperBound)
                    let shown = 1 - (c.amount.low / c.perScale) / (p.amount.low / p.perScale)
                    let target = orderedRange(pct.interval.lowerBound - 0.02, pct.interval.upperBound + 0.02)
                    guard Tolerance.agrees(margin, target) else { continue }
                    let check = Check(name: Self.name, inputs: [p.input("price"), c.input("cost"),
                                                                CheckInput(name: "stated margin", value: pct.value, unit: "fraction", source: "line \(p.line)")],
                                      arithmetic: "derived: margin = 1 − \(c.cited) ÷ \(p.cited) = \(MoneyFormatting.number(shown * 100))%; the text says \(pct.text), which agrees",
                                      agrees: true)
                    add(p.index, check); add(c.index, check)
                }
            }
        }
    }

    // MARK: - break-even statements

    func breakEven(_ s: Int, _ numbers: [SentenceNumber], _ lower: String, _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        guard Self.breakEvenCues.contains(where: { FastText.contains(lower, $0) }),
              let stated = numbers.first(where: { $0.role == .duration }) else { return }
        // `Against a $45 plan, that is 48 months of revenue`: a bare plan price is a monthly price, not the cost.
        let plans = lower.contains("plan") || lower.contains("subscription") || lower.contains("tier")
        let barePlans: [MentionFacts] = plans ? doc.mentions(inSentence: s).filter { $0.kind == .price && $0.per.isEmpty && !$0.mention.approx }.map {
            var p = $0
            p.per = [Denominator(unit: "month")]
            return p
        } : []
        // (a bare cost that says it serves something, `$10 to serve`, is a running cost, not the one-time cost)
        let isCost = { (m: MentionFacts) in
            (BreakEvenCheck.isOneTimePerUser(m) || m.dimensions.isEmpty) && !barePlans.contains { $0.index == m.index }
                && !(m.per.isEmpty && Self.servesSomething(m, doc))
        }
        var costs = doc.mentions(inSentence: s).filter(isCost)
        if costs.isEmpty, s > 0, doc.sameBlock(s - 1, s) || !barePlans.isEmpty {
            costs = doc.mentions(inSentence: s - 1).filter(isCost)
        }
        let prices = Self.nearestMonthlyPriceCandidates(to: s, in: doc, count: 12) + barePlans
        guard !costs.isEmpty, !prices.isEmpty else { return }
        let statedInput = CheckInput(name: "stated break-even", value: stated.value, unit: "months", source: "line \(doc.line(ofSentence: s))")
        var anyAgrees = false
        var nearestMiss: (MentionFacts, MentionFacts, ClosedRange<Double>)?
        var servingMiss: (MentionFacts, MentionFacts, MentionFacts, Double, ClosedRange<Double>)?
        // A bound for sentences of thousands of figures: the first `allPairsUpTo` costs.
        for cost in costs.prefix(Self.allPairsUpTo) {
            for price in prices.sorted(by: { abs($0.sentenceIndex - s) < abs($1.sentenceIndex - s) }).prefix(12)
            where price.amount.currency == cost.amount.currency && price.index != cost.index {
                // Paid back from the contribution: the price less the monthly cost to serve stated beside it
                // (`pays $145 a month and costs about $20 a month to serve, so we earn it back in 3.3 months`).
                // A bare cost of the price's sentence that says what it serves (`$30 a month and costs us $10 to serve`) is
                // per the price's month too.
                let servings = doc.memo.value("break-even-serving", price.sentenceIndex) {
                    (doc.bySentence[price.sentenceIndex] ?? []).filter { i in
                        let m = doc.mentions[i]
                        return m.kind == .cost && (m.isMonthly || m.per.isEmpty && Self.servesSomething(m, doc))
                    }
                }
                for serving in servings.prefix(Self.allPairsUpTo).map({ doc.mentions[$0] }) where serving.amount.currency == price.amount.currency && serving.amount.high < price.amount.low && serving.index != cost.index {
                    let perMonth = { (m: MentionFacts) in orderedRange(m.normalizedInterval.lowerBound * UnitNormalizer.daysPerMonth, m.normalizedInterval.upperBound * UnitNormalizer.daysPerMonth) }
                    // a bare serving cost is per the price's month (`$30 a month and costs us $10 to serve`)
                    let p = perMonth(price), c = serving.per.isEmpty ? serving.interval : perMonth(serving)
                    let contribution = orderedRange(max(p.lowerBound - c.upperBound, 1e-12), max(p.upperBound - c.lowerBound, 1e-12))
                    let months = orderedRange(cost.interval.lowerBound / contribution.upperBound, cost.interval.upperBound / contribution.lowerBound)
                    let pm = BreakEvenCheck.perMonth(price)
                    let cm = serving.per.isEmpty ? (low: serving.amount.low, high: serving.amount.high) : BreakEvenCheck.perMonth(serving)
                    let net = (pm.low + pm.high) / 2 - (cm.low + cm.high) / 2
                    let exact = BreakEvenCheck.months(cost: orderedRange(cost.amount.low, cost.amount.high), monthly: (net, net))
                    guard Tolerance.agrees(months, stated.interval) else {
                        // the miss is measured against the contribution, not the whole price
                        if servingMiss == nil, price.sentenceIndex == s, cost.sentenceIndex == s, serving.sentenceIndex == s {
                            servingMiss = (cost, price, serving, net, exact)
                        }
                        continue
                    }
                    let c2 = Check(name: Self.name, inputs: [cost.input("one-time cost"), price.input("monthly price"), serving.input("monthly cost to serve"), statedInput],
                                   arithmetic: "derived: break-even = \(cost.cited) ÷ (\(price.cited) − \(serving.cited)) = \(cost.figure) ÷ \(MoneyFormatting.money(net, currency: price.amount.currency)) per month = \(BreakEvenCheck.durationText(exact)); the text says \(stated.text) (line \(doc.line(ofSentence: s))), which agrees",
                                   agrees: true)
                    add(cost.index, c2); add(price.index, c2); add(serving.index, c2)
                    anyAgrees = true
                }
                // nothing is paid back by a free plan (`$0` reads 0 to 50 cents a month, any break-even at all)
                guard price.amount.low > 0 else { continue }
                let monthlyInterval = orderedRange(price.normalizedInterval.lowerBound * UnitNormalizer.daysPerMonth, price.normalizedInterval.upperBound * UnitNormalizer.daysPerMonth)
                let months = orderedRange(cost.interval.lowerBound / monthlyInterval.upperBound, cost.interval.upperBound / max(monthlyInterval.lowerBound, 1e-12))
                let monthly = BreakEvenCheck.perMonth(price)
                let exact = BreakEvenCheck.months(cost: orderedRange(cost.amount.low, cost.amount.high), monthly: monthly)
                let arithmetic = "derived: break-even = \(cost.cited) ÷ \(MoneyFormatting.money(low: monthly.low, high: monthly.high, currency: price.amount.currency)) per month (line \(price.line)) = \(BreakEvenCheck.durationText(exact)); the text says \(stated.text) (line \(doc.line(ofSentence: s)))"
                if Tolerance.agrees(months, stated.interval) {
                    let c = Check(name: Self.name, inputs: [cost.input("one-time cost"), price.input("monthly price"), statedInput],
                                  arithmetic: arithmetic + ", which agrees", agrees: true)
                    add(cost.index, c); add(price.index, c)
                    anyAgrees = true
                } else if nearestMiss == nil, price.sentenceIndex == s, cost.sentenceIndex == s, !barePlans.contains(where: { $0.index == price.index }) {
                    nearestMiss = (cost, price, exact)
                    _ = arithmetic
                }
            }
        }
        if !anyAgrees, let (cost, price, serving, net, exact) = servingMiss {
            add(cost.index, Check(name: Self.name, inputs: [cost.input("one-time cost"), price.input("monthly price"), serving.input("monthly cost to serve"), statedInput],
                                  arithmetic: "derived: break-even = \(cost.cited) ÷ (\(price.cited) − \(serving.cited)) = \(cost.figure) ÷ \(MoneyFormatting.money(net, currency: price.amount.currency)) per month = \(BreakEvenCheck.durationText(exact)); the text says \(stated.text) (line \(doc.line(ofSentence: s))), which does not agree",
                                  agrees: false))
        } else if !anyAgrees, let (cost, price, exact) = nearestMiss {
            let monthly = BreakEvenCheck.perMonth(price)
            add(cost.index, Check(name: Self.name, inputs: [cost.input("one-time cost"), price.input("monthly price"), statedInput],
                                  arithmetic: "derived: break-even = \(cost.cited) ÷ \(MoneyFormatting.money(low: monthly.low, high: monthly.high, currency: price.amount.currency)) per month (line \(price.line)) = \(BreakEvenCheck.durationText(exact)); the text says \(stated.text), which does not agree",
                                  agrees: false))
        }
    }

    // MARK: - helpers

    /// Whether a count is of GPUs (`32 GPUs`, `8 H100s`).
    static func countsGPUs(_ n: SentenceNumber) -> Bool {
        guard let unit = unitWord(of: n)?.lowercased() else { return false }
        return ["gpu", "h100", "a100", "h200", "h800", "b200", "card", "accelerator"].contains { unit == $0 || unit == $0 + "s" }
    }

    /// Words right after a bare cost that say it is the cost of serving one unit (`$10 to serve`).
    static let servingWords = ["to serve", "to run", "to host", "to deliver", "to support", "to operate", "in serving", "of serving",
                               "to provide", "in hosting", "in compute", "in inference"]

    /// Whether a bare cost is followed by a serving phrase within 24 bytes.
    static func servesSomething(_ m: MentionFacts, _ doc: DocumentFacts) -> Bool {
        let prose = doc.document.scanned.prose
        let end = m.mention.range.upperBound
        let after = prose.string(end..<min(prose.bytes.count, end + 24)).lowercased()
        return servingWords.contains { FastText.contains(after, $0) }
    }

    /// The monthly prices that can be among the `count` nearest to sentence
    /// `s` once sorted by distance (ties in document order): `count` on each
    /// side of `s`, plus any earlier prices of the same sentence as the
    /// farthest one before (they sort ahead of it). In document order.
    static func nearestMonthlyPriceCandidates(to s: Int, in doc: DocumentFacts, count: Int) -> [MentionFacts] {
        let list = doc.monthlyPrices
        guard doc.mentionsInSentenceOrder else { return list.map { doc.mentions[$0] } }
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.mentions[list[mid]].sentenceIndex < s { lo = mid + 1 } else { hi = mid }
        }
        var start = max(0, lo - count)
        while start > 0, doc.mentions[list[start - 1]].sentenceIndex == doc.mentions[list[start]].sentenceIndex { start -= 1 }
        let end = min(list.count, lo + count)
        return list[start..<end].map { doc.mentions[$0] }
    }

    /// Whether a count names the unit a rate is stated per (`50 million queries` of `$0.10 per 1,000 queries`).
    static func countsOwnUnit(_ n: SentenceNumber, of a: MentionFacts) -> Bool {
        guard let unit = unitWord(of: n) else { return false }
        let key = NearbyArithmeticCheck.unitKey(unit)
        return a.per.contains { NearbyArithmeticCheck.unitKey($0.unit) == key }
    }

    /// Whether the count comes before the total in the total's sentence (`At 50 million queries a month we pay $500`).
    static func countBefore(_ n: SentenceNumber, _ b: MentionFacts, _ doc: DocumentFacts) -> Bool {
        n.range.upperBound <= b.mention.range.lowerBound - doc.sentenceStart(b.sentenceIndex)
    }

    /// Whether `a` and `b` are the only figures of their currency in their sentence.
    static func onlyTwoFigures(_ a: MentionFacts, _ b: MentionFacts, _ doc: DocumentFacts) -> Bool {
        figureCount(b, doc) == 2
    }

    /// A miss well beyond rounding and short of a misreading: the stated figure is more than 15% from every
    /// value the computation covers, and within three times of it (a wider miss is more likely another relation).
    /// `margin`: how far beyond the computation the figure must stand (a product of one rate and a count of
    /// its own unit, whose operands are taken as written, needs less than a loose reading of prose).
    static func missesClearly(_ computed: ClosedRange<Double>, _ stated: ClosedRange<Double>, margin: Double = 1.15) -> Bool {
        let t = (stated.lowerBound + stated.upperBound) / 2
        guard t > 0, computed.lowerBound > 0 else { return false }
        let high = t > computed.upperBound * margin && t < computed.upperBound * 3
        let low = t < computed.lowerBound / margin && t > computed.lowerBound / 3
        return high || low
    }

    /// Words that open a sentence restating what the one before computes (`That is $480 a month`, `So the bill is …`).
    static let backOpeners = ["that", "this", "so ", "so,", "thus", "therefore", "which", "hence", "in total", "in all", "altogether",
                              "all told", "overall", "together", "combined", "at that", "at those", "at these", "at this", "=", "or ",
                              "i.e", "in other words", "put differently", "meaning", "the total", "total", "the bill", "the tab",
                              "the monthly", "the annual", "the yearly", "the daily", "multiply", "multiplied", "for all", "for those",
                              "for these", "for that", "across", "over a year", "over a month", "over the year", "a year", "a month",
                              "per year", "per month", "annually", "monthly", "yearly", "all in", "all-in", "it ", "it's", "its ",
                              "our bill", "our total", "the result", "the sum", "roughly", "about", "around", "call it"]
    /// Words anywhere in a sentence that refer to a computation before it.
    static let backCues = ["that's", "that is", "that comes", "comes to", "come to", "works out", "work out", "adds up", "add up",
                           "in total", "a total", "totals", "total of", "therefore", "so the", "which means", "that means", "altogether",
                           "in all", "all told", "multipl", "those", "these", "overall", "bill", "all of them", "the lot", "each month",
                           "each year", "every month", "every year", "in aggregate", "aggregate", "together", "combined"]

    /// Whether a sentence points back at the figures and counts of the one before it.
    static func pointsBack(_ lower: String) -> Bool {
        let trimmed = lower.drop { $0 == " " || $0 == "\n" || $0 == "-" || $0 == "*" || $0 == "(" || $0 == "\"" }
        return backOpeners.contains { trimmed.hasPrefix($0) } || backCues.contains { FastText.contains(lower, $0) }
    }

    /// Whether the text between two mentions of one sentence links them (`is`, `=`, `that's`); with
    /// `verbs`, a cost verb does too (`At 72 cents a session, 20 sessions cost us $12.40`).
    func linked(_ a: MentionFacts, _ b: MentionFacts, _ doc: DocumentFacts, verbs: Bool = false) -> Bool {
        guard let lower = Self.text(between: a, b, doc)?.lowercased() else { return false }
        let between = " " + Self.quotesAndBreaksAsSpaces(lower) + " "
        return Self.linkCues.contains { FastText.contains(between, $0) } || verbs && Self.costVerbLinks.contains { FastText.contains(between, $0) }
    }

    /// Units of physical quantities the normalizer does not convert: a count in one of them does not count
    /// a rate's own unit (`2 kW` is a power, not 2 kWh; `50 km` is no number of months).
    static let physicalUnits: Set<String> = ["kw", "mw", "w", "gw", "hp", "km", "kms", "kilometer", "kilometre", "meter", "metre", "m", "cm", "mm",
                                             "kg", "kgs", "kilogram", "g", "lb", "lbs",
                                             "ton", "tons", "tonne", "tonnes", "l", "litre", "litres", "liter", "liters", "gallon", "gallons",
                                             "mph", "kph", "km/h", "°c", "°f", "db", "mbps", "gbps"]

    /// Verbs that state a count's cost as a result (`20 sessions cost us $12.40`).
    static let costVerbLinks = [" cost us ", " costs us ", " cost me ", " costs me ", " cost them ", " costs them ", " will cost ",
                                " would cost ", " cost ", " costs "]

    /// Whether a count of this sentence is linked to the total after it by a result word or a cost verb
    /// (`With 90 guests, the bill would be $5,580`; `the 600-book catalogue came to $8,400`), within 60 bytes.
    static func countLinksTo(_ n: SentenceNumber, _ b: MentionFacts, _ doc: DocumentFacts) -> Bool {
        let start = doc.sentenceStart(b.sentenceIndex)
        let from = start + n.range.upperBound, to = b.mention.range.lowerBound
        guard from <= to, to - from <= 60 else { return false }
        let between = " " + quotesAndBreaksAsSpaces(doc.document.scanned.prose.string(from..<to).lowercased()) + " "
        return countResultLinks.contains { FastText.contains(between, $0) }
    }

    /// What links a count to its total: a result word, a cost verb, or a plain `would be` / `was`.
    static let countResultLinks = linkCues + costVerbLinks + [" would be ", " will be ", " was ", " were "]

    /// Whether the total follows the unit figure with only a result word between (`Four shipments a year at $168
    /// comes to $612`).
    static func resultRightAfter(_ a: MentionFacts, _ b: MentionFacts, _ doc: DocumentFacts) -> Bool {
        guard let between = text(between: a, b, doc, atMost: 24) else { return false }
        let words = " " + quotesAndBreaksAsSpaces(between.lowercased()).trimmingCharacters(in: .whitespaces) + " "
        return resultLinks.contains { words == $0 } || resultLinksAfterPeriod.contains { words.hasPrefix($0) }
    }

    static let resultLinks = [" comes to ", " come to ", " came to ", " is ", " makes ", " totals ", " adds up to ", " works out to ", " = "]
    /// The same links after a period or `each` (`Four shipments a year at $168 each comes to …`).
    static let resultLinksAfterPeriod = [" a year", " a month", " each"].flatMap { lead in resultLinks.map { lead + $0 } }

    /// Whether a sentence takes the rate of the one before (`At the same rate, …`, `at that price`).
    static func atThatRate(_ lower: String) -> Bool {
        ["at the same rate", "at that rate", "at this rate", "at the same price", "at that price", "at those rates",
         "at the same per-", "at that per-"].contains { FastText.contains(lower, $0) }
    }

    /// Whether at most `restatementGap` words stand between two figures (`$700K a day is about $255M a
    /// year`): a restatement follows its figure closely. (`partners charge $600 an hour, so $49 a month is
    /// not a line item anyone notices` links two different figures.)
    static func closeBy(_ a: MentionFacts, _ b: MentionFacts, _ doc: DocumentFacts) -> Bool {
        guard let between = text(between: a, b, doc) else { return false }
        return between.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count <= restatementGap
    }

    static let restatementGap = 6

    /// A rate per hour or minute against a figure per day or longer: how many hours a day it runs is
    /// not stated (a lawyer's $600 an hour is not $438,000 a month), so only an agreement counts.
    static func dutyCycleUnknown(_ a: MentionFacts, _ b: MentionFacts) -> Bool {
        let short: Set<String> = ["hour", "minute", "second"]
        let long: Set<String> = ["day", "week", "month", "year", "quarter"]
        let ua = Set(a.per.map { $0.unit }), ub = Set(b.per.map { $0.unit })
        return !ua.isDisjoint(with: short) && !ub.isDisjoint(with: long) || !ub.isDisjoint(with: short) && !ua.isDisjoint(with: long)
    }

    /// Qualifiers that make `X, or about Y` a restatement of X, not a second offer.
    static let restatingQualifiers = ["about", "roughly", "around", "nearly", "almost", "some", "approximately", "close to"]

    /// `$15 a month, or about $180 a year`: only a comma, `or` and a rounding
    /// qualifier stand between the figures. A bare `or` (`$15 a month or $150 a
    /// year`) offers an annual plan and is no restatement.
    func restatedApproximately(_ a: MentionFacts, _ b: MentionFacts, _ doc: DocumentFacts) -> Bool {
        // `$640M a year, or about $1.11 per subscriber per month` divides by a count the text does not give.
        guard a.dimensions == b.dimensions, let between = Self.text(between: a, b, doc, atMost: 40) else { return false }
        return Self.restating(between.lowercased())
    }

    /// The prose between two figures of a document, in either order (`nil` when they overlap or, with
    /// `atMost`, stand more than that many bytes apart).
    static func text(between a: MentionFacts, _ b: MentionFacts, _ doc: DocumentFacts, atMost limit: Int = .max) -> String? {
        let (first, second) = a.mention.range.lowerBound < b.mention.range.lowerBound ? (a, b) : (b, a)
        guard first.mention.range.upperBound <= second.mention.range.lowerBound,
              second.mention.range.lowerBound - first.mention.range.upperBound <= limit else { return nil }
        return doc.document.scanned.prose.string(first.mention.range.upperBound..<second.mention.range.lowerBound)
    }

    /// Whether `between` reads `, or about ` (a comma, `or`, one rounding qualifier).
    static func restating(_ between: String) -> Bool {
        let words = between.split { $0 == " " || $0 == "\n" }.map(String.init)
        guard words.count >= 3, words[0] == ",", words[1] == "or" else { return false }
        return restatingQualifiers.contains(words.dropFirst(2).joined(separator: " "))
    }

    /// `text` with quotation marks (`"`, `“`, `”`) and line breaks read as
    /// spaces, rewritten on UTF-8 bytes only when it holds one.
    static func quotesAndBreaksAsSpaces(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8]? = nil  // nil until the first replacement
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var skip = 0
            if b == 0x22 || b == 0x0A {
                skip = 1
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D {
                skip = 3
            }
            if skip > 0 {
                if out == nil { out = Array(bytes[0..<i]) }
                out!.append(0x20)
                i += skip
            } else {
                out?.append(b)
                i += 1
            }
        }
        return out.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// Whether parts add up to a total: the sum as written falls within the total's rounding, or the total
    /// as written within the parts' summed roundings. (Both roundings at once let `$7 + $1 + $2` pass for `$12`:
    /// 8.50–11.50 touches 11.50–12.50.)
    static func sumAgrees(_ parts: [MentionFacts], _ total: MentionFacts) -> Bool {
        let lo = parts.reduce(0) { $0 + $1.interval.lowerBound }, hi = parts.reduce(0) { $0 + $1.interval.upperBound }
        let sum = parts.reduce(0) { $0 + ($1.amount.low + $1.amount.high) / 2 }
        let stated = (total.amount.low + total.amount.high) / 2
        return Tolerance.agrees(sum...sum, total.interval) || Tolerance.agrees(orderedRange(lo, hi), stated...stated)
    }

    /// A bare total and a part stated per a unit of use in the same sentence (`Our per-order cost is $4 for
    /// picking, $2.50 for packing and $6 for shipping, $12.50 in all`): the sentence names the unit for both.
    static func sharesSentenceUnit(_ part: MentionFacts, _ total: MentionFacts) -> Bool {
        total.per.isEmpty && !part.per.isEmpty && !part.hasTime && part.sentenceIndex == total.sentenceIndex
    }

    /// Agreement of a stated total with the sum of its parts, the sum shown.
    static func sumCheck(_ parts: [MentionFacts], sum: Double, total: MentionFacts) -> Check {
        Check(name: name, inputs: parts.map { $0.input("part") } + [total.input("total")],
              arithmetic: "derived: " + parts.map(\.cited).joined(separator: " + ")
                + " = \(MoneyFormatting.money(sum, currency: total.amount.currency)); the text says \(total.cited), which agrees",
              agrees: true)
    }

    /// Pair-wise checks within one sentence (restatements, multiples,
    /// margins) pair every figure with every other while the sentence holds
    /// at most `allPairsUpTo` figures (every real document so far); beyond
    /// that, each figure is paired with the `pairWindow` figures after it
    /// only, and the sentence is not read as a sum of all its figures, so
    /// that a sentence of thousands of figures costs linear time.
    static let allPairsUpTo = 64
    static let pairWindow = 32

    /// The end of the figures after position `x` (of `count`) to pair it with.
    static func pairEnd(_ x: Int, _ count: Int) -> Int {
        count <= allPairsUpTo ? count : min(count, x + 1 + pairWindow)
    }

    static func subsets<T>(_ items: [T], maxSize: Int) -> [[T]] {
        var out: [[T]] = []
        let n = min(items.count, 10)
        for mask in 1..<(1 << n) where mask.nonzeroBitCount <= maxSize {
            out.append((0..<n).filter { mask & (1 << $0) != 0 }.map { items[$0] })
        }
        return out.sorted { $0.count < $1.count }
    }
}
