/// An amount parsed at some token, before denominators and qualifiers.
struct ParsedAmount {
    var low: Double
    var high: Double
    /// nil for a bare figure (`5k`) until context supplies one.
    var currency: String?
    /// Multiplier from a magnitude (`k`, `million`), if the text has one.
    var magnitude: Double?
    /// Value of one unit of the money word (`cents` → 0.01), if any.
    var unitScale: Double?
    var startToken: Int
    /// Token after the amount.
    var endToken: Int
    var approx = false
    var fractionDigits = 0
    /// `20+`, `$5K+`.
    var plus = false
    /// `pounds`: a mention only with money context.
    var needsMoneyContext = false
    /// The currency is a default that the context may change: `cents` is
    /// EUR in a euro text, `a penny` GBP in a sterling one, `seven figures`
    /// takes the text's currency.
    var context = ContextCurrency.none
    /// A bare figure that the grammar around it makes money (`it costs
    /// them fifty`, `they charge 18`, `300 bucks, not 4,800`).
    var statedBare = false

    enum ContextCurrency { case none, cent, penny, any }
}

/// Parses the tokens of one sentence into money mentions. One instance is
/// reused for every sentence of a document; its token buffer keeps its
/// capacity.
struct SentenceParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon = Lexicon.shared
    var tokens: TokenBuffer
    var flags = SentenceFlags()
    /// The previous sentence talked about money (for `low single digits`).
    var previousHadMoney = false
    /// Currency of the last mention in an earlier sentence.
    var recentCurrency: String?
    /// Range of the previous sentence (for `$5 each` naming a noun there).
    var previousSentence: Range<Int>?
    /// Values of the document's mentions so far: a bare `5.6M` that repeats
    /// one of them is that amount again.
    var seenAmounts: Set<Double> = []
    /// Values of bare figures the document has used as counts (`CountMemory`).
    var seenCounts: Set<Double> = []

    init(bytes: UnsafeBufferPointer<UInt8>, tokenBuffer: UnsafeMutablePointer<Token>, capacity: Int) {
        self.bytes = bytes
        self.tokens = TokenBuffer(base: tokenBuffer, capacity: capacity)
    }

    var count: Int { tokens.count }

    // MARK: token helpers

    @inline(__always) func entry(_ k: Int) -> LexEntry? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].info >= 0 else { return nil }
        return lexicon.entries[Int(tokens[k].info)]
    }

    /// The lowercase word at `k` when it is in the lexicon.
    @inline(__always) func word(_ k: Int) -> String? { entry(k)?.word }

    /// Token `k` is the word `w` (ASCII, compared case-insensitively).
    @inline(__always) func isWord(_ k: Int, _ w: StaticString) -> Bool {
        guard k >= 0, k < tokens.count else { return false }
        let t = tokens[k]
        let n = w.utf8CodeUnitCount
        guard t.kind == .word, t.end - t.start == n else { return false }
        let p = w.utf8Start
        for i in 0..<n where ScanByte.lower(bytes[t.start + i]) != p[i] { return false }
        return true
    }

    @inline(__always) func isPunct(_ k: Int, _ mark: UInt8) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .punct && tokens[k].mark == mark
    }

    /// No whitespace between tokens `a` and `b` (`a < b`).
    @inline(__always) func adjacent(_ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < tokens.count && tokens[a].end == tokens[b].start
    }

    /// Lowercased text of token `k` (allocates; used only on candidates).
    func lowercased(_ k: Int) -> String {
        if let w = word(k) { return w }
        let t = tokens[k]
        var out: [UInt8] = []
        out.reserveCapacity(min(t.end - t.start, 32))
        var p = t.start
        while p < t.end, out.count < 32 { out.append(ScanByte.lower(bytes[p])); p += 1 }
        return String(decoding: out, as: UTF8.self)
    }

    /// ISO code written in capitals at token `k`.
    func code(_ k: Int) -> String? {
        guard k >= 0, k < count, tokens[k].allUpper, let c = entry(k)?.code else { return nil }
        return c
    }

    /// `Rs 500`, `Rs. 1,200`, `Rs500`: the index of the number after the
    /// rupee abbreviation at `k`, if it is one.
    func rupeeAbbreviation(at k: Int) -> Int? {
        let t = tokens[k]
        guard t.end - t.start == 2, bytes[t.start] == 0x52, bytes[t.start + 1] == 0x73 else { return nil }
        var n = k + 1
        if isPunct(n, 0x2E), adjacent(k, n) { n += 1 }
        guard n < count, tokens[n].kind == .number, tokens[n].start - tokens[n - 1].end <= 1 else { return nil }
        return n
    }

    // MARK: amounts

    /// A single amount starting at token `i`: a figure with its sign, code,
    /// magnitude and money word, or a spelled-out or approximate amount.
    /// Bare figures (no currency) are returned with `currency == nil`.
    func parseAmount(at i: Int) -> ParsedAmount? {
        guard i < count else { return nil }
        let t = tokens[i]
        var currency: String? = nil
        var k = i
        if t.kind == .symbol {
            guard t.mark != SignID.cent, i + 1 < count, tokens[i + 1].kind == .number,
                  tokens[i + 1].start - t.end <= 1 else { return nil }
            // `foo$1`: a variable, not money
            if i > 0, adjacent(i - 1, i), tokens[i - 1].kind == .word || tokens[i - 1].kind == .number { return nil }
            currency = CurrencyLexicon.code(ofSign: t.mark)
            k = i + 1
        } else if t.kind == .word {
            if i + 2 < count, tokens[i + 1].kind == .symbol, tokens[i + 1].mark == SignID.dollar, adjacent(i, i + 1),
               let c = CurrencyLexicon.dollarPrefix(bytes, t), tokens[i + 2].kind == .number, tokens[i + 2].start - tokens[i + 1].end <= 1 {
                currency = c
                k = i + 2
            } else if let c = code(i), i + 1 < count, tokens[i + 1].kind == .number {
                currency = c
                k = i + 1
            } else if let r = rupeeAbbreviation(at: i) {
                currency = "INR"
                k = r
            } else {
                return parseWordAmount(at: i)
            }
        } else if t.kind != .number {
            return nil
        }
        return parseFigure(numberAt: k, start: i, prefixCurrency: currency)
    }

    /// The figure at token `k` (a number token), with what follows it.
    func parseFigure(numberAt k: Int, start i: Int, prefixCurrency: String?) -> ParsedAmount? {
        var currency = prefixCurrency
        let numTok = tokens[k]
        var numberEnd = k + 1 // token after the digits (may grow with space groups)
        // 1 234,56 €: space-grouped thousands, accepted only with a euro after
        var spaceGroups = 0
        if numTok.end - numTok.start <= 3, !containsSeparator(numTok) {
            var m = k + 1
            while m < count, tokens[m].kind == .number, tokens[m].start - tokens[m - 1].end <= 3,
                  isSpaceGroup(tokens[m]), spaceGroups < 5 {
                spaceGroups += 1
                m += 1
                if containsSeparator(tokens[m - 1]) { break }
            }
            if spaceGroups > 0 {
                let afterIsEuro = (m < count && ((tokens[m].kind == .symbol && tokens[m].mark == SignID.euro) ||
                                                 code(m) == "EUR" || entry(m)?.currency == "EUR"))
                if afterIsEuro || prefixCurrency == "EUR" { numberEnd = m } else { spaceGroups = 0 }
            }
        }
        var j = numberEnd
        var magnitude: Double? = nil
        if j < count, tokens[j].kind == .word {
            if adjacent(j - 1, j) {
                if currency == nil, spaceGroups == 0, isWord(j, "p") || isWord(j, "c"),
                   let num = NumberParser.parse(bytes, numTok.start, numTok.end), num.value < 1000,
                   !(isPunct(j + 1, 0x2D) && adjacent(j, j + 1) && !isWord(j + 2, "a")) {
                    // 11.2p (pence), 17.5c (cents); not 720p or 4c-style names
                    let pence = isWord(j, "p")
                    let resolution = pence && num.fractionDigits == 0 && [144.0, 240, 360, 480, 576, 720].contains(num.value)
                    if !resolution, pence || flags.hasCurrency || costWordNear(i, j + 1) || unitRateAt(j + 1) {
                        let v = num.value / 100
                        return ParsedAmount(low: v, high: v, currency: pence ? "GBP" : "USD", magnitude: nil, unitScale: 0.01,
                                            startToken: i, endToken: j + 1, fractionDigits: num.fractionDigits)
                    }
                }
                if isWord(j, "ish") {
                    // "$5ish": an approximate figure, the suffix is part of the amount
                    j += 1
                } else {
                    guard let m = entry(j)?.adjacentMagnitude else { return nil } // 10x, 3rd, $1abc
                    magnitude = m; j += 1
                }
            } else if let m = entry(j)?.spacedMagnitude {
                magnitude = m; j += 1
            } else if isWord(j, "hundred") {
                magnitude = 100; j += 1
                if let m = entry(j)?.spacedMagnitude { magnitude = 100 * m; j += 1 }
            }
        }
        // 40%, 5 percent
        if j < count {
            if isPunct(j, 0x25) { return nil }
            if isWord(j, "percent") || (isWord(j, "per") && isWord(j + 1, "cent")) { return nil }
        }
        var unitScale: Double? = nil
        var needsContext = false
        var context = ParsedAmount.ContextCurrency.none
        var plus = false
        if isPunct(j, 0x2B), adjacent(j - 1, j) { plus = true; j += 1 }
        // "$1 million-plus"
        if !plus, isPunct(j, 0x2D), adjacent(j - 1, j), isWord(j + 1, "plus"), adjacent(j, j + 1) { plus = true; j += 2 }
        if j < count {
            let s = tokens[j]
            if s.kind == .symbol, s.mark != SignID.dollar, currency == nil, s.start - tokens[j - 1].end <= 1 {
                if s.mark == SignID.cent { currency = "USD"; unitScale = 0.01 } else { currency = CurrencyLexicon.code(ofSign: s.mark) }
                j += 1
            } else if let c = code(j) {
                if currency == nil || currency == "USD" && tokens[i].kind == .symbol && tokens[i].mark == SignID.dollar { currency = c }
                if currency == c { j += 1 }
            } else if currency == nil, isPunct(j, 0x2D), adjacent(j - 1, j), adjacent(j, j + 1), let e = entry(j + 1),
                      let c = e.currency, !e.needsMoneyContext {
                // "a 70-cent figure", "a 5-dollar bill"
                currency = c
                unitScale = e.currencyScale
                j += 2
            } else if currency == nil, isWord(j, "us"), ScanByte.isUpper(bytes[tokens[j].start]), let e = entry(j + 1),
                      e.currency == "USD", !e.afterNumberOnly {
                // "300 US dollars", "4 US cents"
                currency = "USD"
                unitScale = e.currencyScale
                context = .none
                j += 2
            } else if currency == nil, let e = entry(j), let c = e.currency {
                // "five grand" works too, but "a grand total" is no amount
                if e.needsMoneyContext {
                    if isWord(j + 1, "of") { return nil } // 5 pounds of flour
                    if isWord(j + 1, "sterling") { j += 1 } else { needsContext = true }
                }
                currency = c
                unitScale = e.currencyScale
                context = Self.contextKind(e)
                j += 1
            }
        }
        if !plus, isPunct(j, 0x2B), adjacent(j - 1, j) { plus = true; j += 1 }
        // "$10-ish per user": the suffix belongs to the amount, so the rate after it is read
        if isPunct(j, 0x2D), adjacent(j - 1, j), isWord(j + 1, "ish"), adjacent(j, j + 1) { j += 2 }
        let euroHint = currency == "EUR"
        var total: Double
        var fractionDigits = 0
        if spaceGroups > 0 {
            guard let v = spaceGroupedValue(k, numberEnd) else { return nil }
            total = v * (magnitude ?? 1)
        } else {
            guard let num = NumberParser.parse(bytes, numTok.start, numTok.end, euroHint: euroHint) else { return nil }
            total = num.scaled(by: magnitude ?? 1)
            fractionDigits = num.fractionDigits
        }
        total = NumberParser.apply(total, unit: unitScale ?? 1)
        // "twenty dollars and fifty cents", "5 dollars and 50 cents"
        if unitScale == 1, currency == "USD", isWord(j, "and") {
            if let (c, nj) = centsPart(at: j + 1) { total += c; j = nj }
        }
        return ParsedAmount(low: total, high: total, currency: currency, magnitude: magnitude, unitScale: unitScale,
                            startToken: i, endToken: j, fractionDigits: fractionDigits, plus: plus, needsMoneyContext: needsContext,
                            context: context)
    }

    /// A rate per a known unit starts at `k` (`/kwh`, `per gallon`): it makes
    /// `30c` before it money (`30c/kwh`).
    func unitRateAt(_ k: Int) -> Bool {
        (isPunct(k, 0x2F) && adjacent(k - 1, k) || isWord(k, "per")) && entry(k + 1)?.unit != nil
    }

    /// `fifty cents` / `50 cents` at `k`: the value in dollars.
    func centsPart(at k: Int) -> (Double, Int)? {
        if k < count, tokens[k].kind == .number, let n = NumberParser.parse(bytes, tokens[k].start, tokens[k].end),
           isWord(k + 1, "cents") || isWord(k + 1, "cent") {
            return (n.value / 100, k + 2)
        }
        if let (v, nk) = parseNumberWords(at: k), isWord(nk, "cents") || isWord(nk, "cent") { return (v / 100, nk + 1) }
        return nil
    }

    func containsSeparator(_ t: Token) -> Bool {
        var p = t.start
        while p < t.end { if !ScanByte.isDigit(bytes[p]) { return true }; p += 1 }
        return false
    }

    /// `234` or `234,56`.
    func isSpaceGroup(_ t: Token) -> Bool {
        let n = t.end - t.start
        if n == 3 { return !containsSeparator(t) }
        guard n >= 5, n <= 6, bytes[t.start + 3] == 0x2C else { return false }
        return !containsSeparator(Token(start: t.start, end: t.start + 3, kind: .number, mark: 0, info: -1, allUpper: false))
    }

    func spaceGroupedValue(_ from: Int, _ to: Int) -> Double? {
        var v = 0.0, frac = 0.0, scale = 1.0, inFrac = false
        for m in from..<to {
            var p = tokens[m].start
            while p < tokens[m].end {
                let c = bytes[p]
                if ScanByte.isDigit(c) {
                    if inFrac { scale /= 10; frac += Double(c - 0x30) * scale } else { v = v * 10 + Double(c - 0x30) }
                } else if c == 0x2C { inFrac = true } else { return nil }
                p += 1
            }
        }
        return v + frac
    }

    /// Amounts that start with a word: spelled-out (`twenty dollars`,
    /// `a quarter of a cent`) and approximate (`a few cents`).
    func parseWordAmount(at i: Int) -> ParsedAmount? {
        if let a = parseApproximate(at: i) { return a }
        guard let (value, j) = parseNumberWords(at: i) else { return nil }
        guard let e = entry(j), let c = e.currency else {
            // "raised a million in seed money": a bare spelled-out figure with a scale
            if value >= 2, value < 1000, entry(j - 1)?.scale == nil, !isWord(i, "a"), !isWord(i, "an"),
               afterCostVerb(i), !countedNounAt(j), !isWord(j, "of"),
               flags.hasCurrency || previousHadMoney || recentCurrency != nil {
                var r = ParsedAmount(low: value, high: value, currency: nil, magnitude: nil, unitScale: nil, startToken: i, endToken: j)
                r.statedBare = true
                return r
            }
            guard value >= 1000, j > i, entry(j - 1)?.scale != nil else { return nil }
            guard costWordNear(i, j) else { return nil }
            return ParsedAmount(low: value, high: value, currency: nil, magnitude: entry(j - 1)?.scale, unitScale: nil,
                                startToken: i, endToken: j)
        }
        // "a grand total" is no amount; "five grand" is
        if e.afterNumberOnly, isWord(i, "a") || isWord(i, "an") { return nil }
        // dollar-for-dollar
        if isPunct(j + 1, 0x2D), adjacent(j, j + 1) { return nil }
        var needsContext = false
        var end = j + 1
        if e.needsMoneyContext {
            if isWord(end, "of") { return nil }
            if isWord(end, "sterling") { end += 1 } else { needsContext = true }
        }
        var total = NumberParser.apply(value, unit: e.currencyScale)
        if e.currencyScale == 1, c == "USD", isWord(end, "and"), let (cents, nj) = centsPart(at: end + 1) {
            total += cents; end = nj
        } else if isWord(end, "and"), isWord(end + 1, "a") || isWord(end + 1, "an"), isWord(end + 2, "half") {
            // "a cent and a half", "two dollars and a half"
            total += NumberParser.apply(0.5, unit: e.currencyScale); end += 3
        }
        // "a buck or two", "a dollar or two": an approximate range
        if isWord(end, "or"), let n = entry(end + 1)?.number, n > value, n < 10, !(isWord(end + 2, "of")) {
            let high = NumberParser.apply(n, unit: e.currencyScale)
            return ParsedAmount(low: total, high: high, currency: c, magnitude: nil, unitScale: e.currencyScale,
                                startToken: i, endToken: end + 2, approx: true, needsMoneyContext: needsContext,
                                context: Self.contextKind(e))
        }
        return ParsedAmount(low: total, high: total, currency: c, magnitude: nil, unitScale: e.currencyScale,
                            startToken: i, endToken: end, needsMoneyContext: needsContext, context: Self.contextKind(e))
    }

    /// Which context may change the currency of a money word.
    static func contextKind(_ e: LexEntry) -> ParsedAmount.ContextCurrency {
        switch e.word {
        case "cent", "cents": return .cent
        case "penny", "pennies": return .penny
        case "fiver", "fivers", "tenner", "tenners": return .any
        default: return .none
        }
    }
}
