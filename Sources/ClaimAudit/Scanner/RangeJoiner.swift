/// Joins two amounts into one range when they bound one quantity
/// (`$3 to $15`, `$0.10–$2.00`, `$3-15`, `$1–5K`, `between $1 and $5`,
/// `from $1 to $5`, `$10 or even $100 billion`), and keeps them apart for a
/// change over time (`rose from $2M to $144M`) or a falling pair (`$8 to $2`).
extension SentenceParser {
    enum RangeLead { case none, between, from }

    /// Tries the connector and second amount after `a`; returns the joined
    /// amount, or nil when there is no range.
    func joinRange(_ a: ParsedAmount, lead: RangeLead, leadToken: Int) -> ParsedAmount? {
        if a.approx {
            // "from a fraction of a cent to a few cents"
            guard isWord(a.endToken, "to"), let b = parseAmount(at: a.endToken + 1), b.approx,
                  a.currency != nil, a.currency == b.currency, a.low <= b.high else { return nil }
            var r = a
            r.high = b.high
            r.endToken = b.endToken
            return r
        }
        var j = a.endToken
        guard j < count else { return nil }
        let byTo = isWord(j, "to")
        switch lead {
        case .between:
            guard isWord(j, "and") else { return nil }
            j += 1
        default:
            if isPunct(j, 0x2D) {
                j += 1
            } else if isWord(j, "to") || isWord(j, "through") {
                j += 1
            } else if isWord(j, "or"), isWord(j + 1, "even") {
                j += 2
            } else {
                return nil
            }
        }
        guard var b = parseAmount(at: j) else { return nil }
        // "a tenth of a cent to a few cents": an exact end and an approximate one
        if b.approx {
            guard byTo, let c = a.currency, c == b.currency, a.low <= b.high else { return nil }
            var r = a
            r.high = b.high
            r.endToken = b.endToken
            r.approx = true
            return r
        }
        // a change over time is two mentions
        if lead == .from || (lead == .none && byTo), changeWordBefore(leadToken) { return nil }
        var first = a
        switch (first.currency, b.currency) {
        case (nil, nil): return nil
        case (let x?, nil):
            // "$3-15 users" is no range of money
            if pluralNounAt(b.endToken) { return nil }
            b.currency = x
        case (nil, let y?): first.currency = y
        case (let x?, let y?): if x != y { return nil }
        }
        // the money word's unit and the magnitude at the end apply to both ends
        if first.unitScale == nil, let s = b.unitScale, s != 1 {
            first.low = NumberParser.apply(first.low, unit: s); first.high = first.low
        }
        if first.magnitude == nil, let m = b.magnitude, first.low * m <= b.low {
            first.low *= m; first.high *= m
        }
        guard first.low <= b.high else { return nil }
        first.high = b.high
        first.endToken = b.endToken
        first.magnitude = first.magnitude ?? b.magnitude
        first.plus = b.plus
        first.needsMoneyContext = first.needsMoneyContext || b.needsMoneyContext
        return first
    }

    /// A plural noun that is no money word or unit (`users` in `$3-15 users`).
    func pluralNounAt(_ k: Int) -> Bool {
        guard k < count, tokens[k].kind == .word else { return false }
        if let e = entry(k), e.currency != nil || e.safeFollower || e.adverbUnit != nil || e.code != nil { return false }
        let last = bytes[tokens[k].end - 1]
        return last == 0x73 && tokens[k].end - tokens[k].start > 3
    }

    /// A verb of change within five words before token `k` (`rose from`,
    /// `cut prices from`, `up from`, `raised its standard plan from`).
    func changeWordBefore(_ k: Int) -> Bool {
        var m = k - 1, words = 0
        while m >= 0, words < 5 {
            if tokens[m].kind == .word {
                words += 1
                // "an H100 goes for $1.70 to $2.35": `go for` sells, it does not change
                let sells = isWord(m + 1, "for") && (isWord(m, "go") || isWord(m, "goes") || isWord(m, "going") || isWord(m, "went"))
                if entry(m)?.changeVerb == true, !sells { return true }
            } else if tokens[m].kind != .punct || tokens[m].mark != 0x2C {
                // "raised its ad-free plan from": a hyphen inside a compound word
                let compound = tokens[m].kind == .punct && tokens[m].mark == 0x2D && adjacent(m - 1, m) && adjacent(m, m + 1)
                if tokens[m].kind == .punct, !compound { break }
            }
            m -= 1
        }
        return false
    }
}
