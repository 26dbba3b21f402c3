/// Approximate amounts in words, marked `approx`: `a few cents`,
/// `a couple of bucks`, `thousands of dollars`, `tens of millions of
/// dollars`, `low single digits` (when dollars are the topic), `cents`
/// alone when it is the amount (`measured in cents`).
enum ApproximateAmounts {
    static func register(into lx: inout Lexicon) {
        lx.set("few") { $0.approxCount = (2, 5) }
        lx.set("couple") { $0.approxCount = (2, 3) }
        lx.set("several") { $0.approxCount = (3, 9) }
        lx.set("handful") { $0.approxCount = (3, 5) }
        for (w, v) in [("tens", 10.0), ("hundreds", 100), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12)] {
            lx.set(w) { $0.approxScale = v }
        }
        for (w, v) in [("single", 1.0), ("double", 10), ("triple", 100)] { lx.set(w) { $0.digitsBase = v } }
        lx.set(["multi", "multibillion", "multimillion", "multitrillion"]) { _ in }
    }

    /// The range a plural scale stands for: thousands → 1,000–9,999;
    /// millions → 1e6–9.9e6.
    static func span(base: Double) -> (Double, Double) {
        (base, base >= 1e6 ? base * 9.9 : base * 10 - 1)
    }

    /// Words after which `cents` alone is the amount (`measured in cents`).
    static let centsLeaders: Set<String> = ["in", "just", "only", "mere", "merely", "cost", "costs", "costing", "pay",
                                            "pays", "paid", "few", "than"]
}

extension SentenceParser {
    func parseApproximate(at i: Int) -> ParsedAmount? {
        guard let e = entry(i) else { return nil }
        if let a = parseMulti(at: i) { return a }
        var j = i
        // a few cents, a couple of bucks, several thousand dollars
        let isA = isWord(i, "a")
        if isA || e.approxCount != nil {
            if isA { j += 1 }
            if let (lo, hi) = entry(j)?.approxCount {
                j += 1
                if isWord(j, "of") { j += 1 }
                var mult = 1.0
                if let s = entry(j)?.scale { mult = s; j += 1 }
                guard let ce = entry(j), let c = ce.currency else {
                    return approxBareScale(i, j, lo * mult, hi * mult, requireScale: mult > 1)
                }
                if ce.needsMoneyContext && !isWord(j + 1, "sterling") && !moneyContext(i, j + 1) { return nil }
                let s = ce.currencyScale
                var r = ParsedAmount(low: NumberParser.apply(lo * mult, unit: s), high: NumberParser.apply(hi * mult, unit: s), currency: c, startToken: i, endToken: j + 1, approx: true)
                r.context = Self.contextKind(ce)
                return r
            }
            // a fraction of a cent
            if isA, isWord(j, "fraction"), isWord(j + 1, "of"), isWord(j + 2, "a") || isWord(j + 2, "an"),
               let ce = entry(j + 3), let c = ce.currency, ce.currencyScale <= 1 {
                return ParsedAmount(low: NumberParser.apply(0.1, unit: ce.currencyScale), high: NumberParser.apply(0.9, unit: ce.currencyScale), currency: c,
                                    startToken: i, endToken: j + 4, approx: true)
            }
            return nil
        }
        if isWord(i, "fractions"), isWord(i + 1, "of"), isWord(i + 2, "a"), let ce = entry(i + 3), let c = ce.currency, ce.currencyScale <= 1 {
            return ParsedAmount(low: NumberParser.apply(0.1, unit: ce.currencyScale), high: NumberParser.apply(0.9, unit: ce.currencyScale), currency: c,
                                startToken: i, endToken: i + 4, approx: true)
        }
        // tens of millions of dollars, thousands of dollars
        if let s1 = e.approxScale {
            var base = s1
            j = i + 1
            if s1 < 1000, isWord(j, "of"), let s2 = entry(j + 1)?.approxScale, s2 >= 1000 {
                base = s1 * s2; j += 2
            }
            if isWord(j, "of"), let ce = entry(j + 1), let c = ce.currency, !ce.afterNumberOnly {
                if ce.needsMoneyContext && !moneyContext(i, j + 2) { return nil }
                let (lo, hi) = ApproximateAmounts.span(base: base)
                return ParsedAmount(low: NumberParser.apply(lo, unit: ce.currencyScale), high: NumberParser.apply(hi, unit: ce.currencyScale), currency: c,
                                    startToken: i, endToken: j + 2, approx: true)
            }
            guard base >= 100 else { return nil }
            let (lo, hi) = ApproximateAmounts.span(base: base)
            return approxBareScale(i, j, lo, hi, requireScale: false)
        }
        // low single digits, high six figures
        if let a = parseDigitsPhrase(at: i) { return a }
        if let a = parseFiguresPhrase(at: i) { return a }
        // measured in cents
        if isWord(i, "cents") || isWord(i, "pennies"), i > 0, let prev = word(i - 1), ApproximateAmounts.centsLeaders.contains(prev) {
            return ParsedAmount(low: 0.01, high: 0.99, currency: "USD", startToken: i, endToken: i + 1, approx: true)
        }
        return nil
    }

    /// `multi-billion losses`, `a multibillion-dollar deal`, `multi-million
    /// dollar contracts`: 2 to 9.9 of the scale, money when a money word,
    /// money noun or cost word comes with it.
    func parseMulti(at i: Int) -> ParsedAmount? {
        var scale: Double
        var j: Int
        if isWord(i, "multi"), isPunct(i + 1, 0x2D), adjacent(i, i + 1), adjacent(i + 1, i + 2), let s = entry(i + 2)?.scale, s >= 1e6 {
            scale = s; j = i + 3
        } else if isWord(i, "multibillion") { scale = 1e9; j = i + 1 }
        else if isWord(i, "multimillion") { scale = 1e6; j = i + 1 }
        else if isWord(i, "multitrillion") { scale = 1e12; j = i + 1 }
        else { return nil }
        var currency: String? = nil
        if isPunct(j, 0x2D), adjacent(j - 1, j), let ce = entry(j + 1), let c = ce.currency, ce.currencyScale == 1, !ce.needsMoneyContext {
            currency = c; j += 2
        } else if let ce = entry(j), let c = ce.currency, ce.currencyScale == 1, !ce.needsMoneyContext, !ce.afterNumberOnly {
            currency = c; j += 1
        }
        if currency == nil {
            guard moneyNounWithin(j, 2) || costWordNear(i, j, radius: 3) else { return nil }
        }
        return ParsedAmount(low: 2 * scale, high: 9.9 * scale, currency: currency, startToken: i, endToken: j, approx: true)
    }

    /// `cost thousands per user`: a plural scale with no money word, money
    /// only next to a cost word and when no counted noun follows.
    func approxBareScale(_ i: Int, _ j: Int, _ lo: Double, _ hi: Double, requireScale: Bool) -> ParsedAmount? {
        guard lo >= (requireScale ? 1000 : 100) else { return nil }
        if isWord(j, "of") || countedNounAt(j) { return nil }
        guard costWordNear(i, j) else { return nil }
        return ParsedAmount(low: lo, high: hi, currency: nil, startToken: i, endToken: j, approx: true)
    }

    /// `six figures`, `high six figures`, `a seven-figure sum`, when dollars
    /// are the topic: six figures = 100,000–999,999.
    func parseFiguresPhrase(at i: Int) -> ParsedAmount? {
        var j = i
        var part = 0
        if isWord(j, "low") { part = 1; j += 1 } else if isWord(j, "mid") { part = 2; j += 1 } else if isWord(j, "high") { part = 3; j += 1 }
        if part != 0, isPunct(j, 0x2D), adjacent(j - 1, j) { j += 1 }
        guard let n = entry(j)?.number, n >= 4, n <= 12 else { return nil }
        j += 1
        if isPunct(j, 0x2D), adjacent(j - 1, j) { j += 1 }
        guard isWord(j, "figures") || isWord(j, "figure") else { return nil }
        j += 1
        guard flags.hasCurrency || flags.hasCostWord || previousHadMoney else { return nil }
        let base = NumberParser.pow10(Int(n) - 1)
        let (lo, hi): (Double, Double)
        switch part {
        case 1: (lo, hi) = (base, base * 3)
        case 2: (lo, hi) = (base * 4, base * 6)
        case 3: (lo, hi) = (base * 7, base * 10 - 1)
        default: (lo, hi) = (base, base * 10 - 1)
        }
        var r = ParsedAmount(low: lo, high: hi, currency: "USD", startToken: i, endToken: j, approx: true)
        r.context = .any
        return r
    }

    /// `low single digits`, `high single digits`, `double digits`,
    /// `single-digit cents`, when dollars are the topic.
    func parseDigitsPhrase(at i: Int) -> ParsedAmount? {
        var j = i
        var part = 0 // 0 whole, 1 low, 2 mid, 3 high
        if isWord(j, "low") { part = 1; j += 1 } else if isWord(j, "mid") { part = 2; j += 1 } else if isWord(j, "high") { part = 3; j += 1 }
        if part != 0, isPunct(j, 0x2D), adjacent(j - 1, j) { j += 1 }
        guard let base = entry(j)?.digitsBase else { return nil }
        j += 1
        if isPunct(j, 0x2D), adjacent(j - 1, j) { j += 1 }
        guard isWord(j, "digits") || isWord(j, "digit") else { return nil }
        j += 1
        if isPunct(j, 0x25) || isWord(j, "percent") { return nil }
        if j < count, tokens[j].kind == .word, lowercased(j).hasPrefix("percent") { return nil }
        var scale = 1.0, currency = "USD"
        var context = ParsedAmount.ContextCurrency.any
        if let ce = entry(j), let c = ce.currency, !ce.afterNumberOnly, !ce.needsMoneyContext {
            scale = ce.currencyScale; currency = c; j += 1
            context = Self.contextKind(ce)
        } else {
            guard flags.hasCurrency || flags.hasCostWord || previousHadMoney else { return nil }
            if countedNounAt(j) { return nil }
            // "a return in the high single digits" is a percentage
            var m = i - 1, words = 0
            while m >= 0, words < 5 {
                if tokens[m].kind == .word { words += 1; if entry(m)?.percentContext == true { return nil } }
                m -= 1
            }
        }
        var (lo, hi): (Double, Double)
        switch part {
        case 1: (lo, hi) = (base, base * 3)
        case 2: (lo, hi) = (base * 4, base * 6)
        case 3: (lo, hi) = (base * 7, base * 9.9)
        default: (lo, hi) = (base, base == 1 ? 9 : base * 9.9)
        }
        if part == 3, base == 1 { hi = 9 }
        var r = ParsedAmount(low: NumberParser.apply(lo, unit: scale), high: NumberParser.apply(hi, unit: scale), currency: currency, startToken: i, endToken: j, approx: true)
        r.context = context
        return r
    }
}
