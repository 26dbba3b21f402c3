/// Finds sentences and money mentions in prose.
///
/// Works on UTF-8 bytes in linear time: `SentenceSplitter` splits each block
/// in one pass (sentences are capped at 64 KB), `Tokenizer` turns a sentence
/// into tokens in a buffer allocated once per scan, and the money grammar
/// runs only at tokens that can start an amount, looking a bounded number
/// of tokens back (qualifiers, context words) and ahead (magnitudes, money
/// words, range ends, denominators).
///
/// The grammar, one concept per file:
/// - `SentenceParser`: figures with signs, codes, magnitudes and money words
///   (`$1.2bn`, `US$300`, `300 USD`, `1.234,56 €`, `5 grand`, `11.2p`);
/// - `NumberParser`, `NumberWords`: digits and separators, spelled-out numbers;
/// - `RangeJoiner`: `$3 to $15`, `$1–5K`, `between $1 and $5`, and the
///   changes over time that stay two mentions;
/// - `DenominatorParser`: `per user per month`, `/MTok`, `a month`, `monthly`;
/// - `ImpliedDenominators`: denominators stated around the amount
///   (`$5,000 in compute a month`, `$60.70 each`, `cost per user is $40`,
///   `annual bill of £1,450`, `$0.27 and $1.10 per million tokens`);
/// - `ArithmeticFigures`: bare figures in stated arithmetic (`5000 / 20 = 250`);
/// - `ApproximateAmounts`: `a few cents`, `tens of millions of dollars`,
///   `low single digits`, `six figures`;
/// - `MoneyContext`: money context for bare figures (`they burn 5k per
///   user`), counted nouns (`5K tokens`), qualifiers (`about`, `up to`).
///
/// Mentions come out in document order and never overlap.
public struct MoneyScanner: Sendable {
    public init() {}

    public func scan(_ prose: ProseText) -> ScanResult {
        prose.bytes.withUnsafeBufferPointer { buf in
            let sentences = SentenceSplitter.split(buf, blocks: prose.blocks)
            let capacity = TokenBuffer.defaultCapacity
            let tokenBuffer = UnsafeMutablePointer<Token>.allocate(capacity: capacity)
            defer { tokenBuffer.deallocate() }
            var parser = SentenceParser(bytes: buf, tokenBuffer: tokenBuffer, capacity: capacity)
            var mentions: [MoneyMention] = []
            mentions.reserveCapacity(min(sentences.count, buf.count / 256 + 16))
            var arithmetic: [Int] = []
            var structure = StructureDenominators()
            for (index, sentence) in sentences.enumerated() {
                parser.load(sentence.range)
                parser.noteCounts()
                let before = mentions.count
                parser.parseSentence(index, into: &mentions)
                parser.previousHadMoney = parser.flags.hasCurrency || parser.flags.hasCostWord || mentions.count > before
                if mentions.count > before { parser.recentCurrency = mentions[mentions.count - 1].amount.currency }
                for m in mentions[before...] { parser.seenAmounts.insert(m.amount.low); parser.seenAmounts.insert(m.amount.high) }
                parser.previousSentence = sentence.range
                if parser.flags.hasEquals, parser.hasStatedCalculation() { arithmetic.append(index) }
                // (reloads the parser's tokens: last in the loop)
                if mentions.count > before {
                    structure.apply(&mentions, from: before, blockIndex: sentence.blockIndex, blocks: prose.blocks, parser: &parser)
                }
            }
            if !arithmetic.isEmpty {
                parser.addArithmeticFigures(sentences: sentences, indices: arithmetic, mentions: &mentions)
            }
            return ScanResult(sentences: sentences, mentions: mentions)
        }
    }
}

extension SentenceParser {
    mutating func load(_ range: Range<Int>) {
        Tokenizer.tokenize(bytes, range, into: &tokens, flags: &flags)
    }

    /// Whether token `k` can begin an amount (cheap filter before parsing).
    @inline(__always) func mayStart(_ k: Int) -> Bool {
        let t = tokens[k]
        switch t.kind {
        case .number, .symbol: return true
        case .punct: return false
        case .word:
            if t.info >= 0 {
                let f = lexicon.flags[Int(t.info)]
                guard f & Lexicon.flagStarts != 0 else { return false }
                // "a", "from", …: only before something an amount can continue with
                guard f & Lexicon.flagNeedsNext != 0 else { return true }
                guard k + 1 < count else { return false }
                let n = tokens[k + 1]
                return n.kind == .number || n.kind == .symbol || (n.kind == .word && n.info >= 0) || (n.kind == .punct && n.mark == 0x2D)
            }
            return t.end - t.start <= 2 && k + 1 < count && (tokens[k + 1].kind == .symbol || rupeeAbbreviation(at: k) != nil)
        }
    }

    /// Appends the mentions of the loaded sentence to `out`.
    func parseSentence(_ sentenceIndex: Int, into out: inout [MoneyMention]) {
        let first = out.count
        var i = 0
        var lastCurrency: String? = nil
        while i < count {
            if mayStart(i) {
                let before = out.count
                let next = mention(at: i, sentenceIndex: sentenceIndex, lastCurrency: lastCurrency, into: &out)
                if out.count > before {
                    lastCurrency = out[out.count - 1].amount.currency
                    i = max(next, i + 1)
                    continue
                }
                // a ratio's money base, passed over whole
                if next > i + 1 { i = next; continue }
            }
            i += 1
        }
        if out.count - first >= 2 { shareDenominators(&out, from: first); sharePurposes(&out, from: first); bareCountsTakeUnit(&out, from: first) }
        yenAsYuan(&out, from: first)
    }

    /// `$0.004 per compound, or $4 per thousand`: a bare `per thousand` or
    /// `per million` (read as tokens when nothing names the unit) counts the
    /// unit of an earlier figure of its sentence, when that figure states one
    /// unit that is neither a period nor a token.
    func bareCountsTakeUnit(_ out: inout [MoneyMention], from first: Int) {
        for i in (first + 1)..<out.count {
            guard out[i].per.count == 1, let c = out[i].per[0].count, c >= 1000, out[i].per[0].unit == "token" else { continue }
            // the figure and the words right after it (`per million input and output tokens`)
            let end = min(bytes.count, out[i].range.upperBound + 40)
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[out[i].range.lowerBound..<end]), as: UTF8.self).lowercased()
            guard !text.contains("tok"), !text.contains("/") else { continue }
            guard let unit = out[first..<i].reversed().lazy.compactMap({ m -> String? in
                guard m.per.count == 1, m.per[0].count == nil else { return nil }
                let u = m.per[0].unit
                return u == "token" || DenominatorParser.periods.contains(u) ? nil : u
            }).first else { continue }
            out[i].per = [Denominator(count: c, unit: unit)]
        }
    }

    /// `¥` is JPY unless the sentence says yuan, RMB or renminbi: then CNY.
    func yenAsYuan(_ out: inout [MoneyMention], from first: Int) {
        var checked = false, yuan = false
        for n in first..<out.count where out[n].amount.currency == "JPY" {
            let k = tokenIndex(atByte: out[n].amountRange.lowerBound)
            guard k < count, tokens[k].kind == .symbol, tokens[k].mark == SignID.yen else { continue }
            if !checked {
                checked = true
                for m in 0..<count where tokens[m].kind == .word {
                    if isWord(m, "yuan") || isWord(m, "rmb") || isWord(m, "renminbi") || isWord(m, "cny") { yuan = true; break }
                }
            }
            if yuan { out[n].amount.currency = "CNY" }
        }
    }

    /// Index of the first token starting at or after byte `p`.
    func tokenIndex(atByte p: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < p { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Two figures joined by `and`/`or`/`vs`/`plus` share the denominators
    /// stated after the second (`input at $0.27 and output at $1.10 per
    /// million tokens`, `€18 and €180 a month`), and so do the figures of a
    /// list that ends in such a pair (`$5, $10 and $25 a month`); a change
    /// joined by `to` shares them both ways (`from $25 to $29 per seat`,
    /// `cost per conversation from 4 cents to 1 cent`).
    func shareDenominators(_ out: inout [MoneyMention], from first: Int) {
        // the later mentions first, so that a list passes the rate back along its commas
        var listShared = Set<Int>()
        for n in stride(from: out.count - 1, through: first + 1, by: -1) {
            let m1 = out[n - 1], m2 = out[n]
            let a = tokenIndex(atByte: m1.range.upperBound), b = tokenIndex(atByte: m2.amountRange.lowerBound)
            // "Per-token prices fell from $30 to $5 per million tokens": the second end states the rate in full
            if !m1.per.isEmpty, m2.per.count == m1.per.count, m2.per != m1.per, b == a + 1, isWord(a, "to"), opensChange(m1),
               zip(m1.per, m2.per).allSatisfy({ $0.unit == $1.unit && $0.count == nil }) {
                out[n - 1].per = m2.per
                continue
            }
            guard m1.per.isEmpty != m2.per.isEmpty else { continue }
            guard a < b, b - a <= 4 else { continue }
            // "6 cents per minute (was 21 cents)", "$85 an hour (it was $60)", "(up from $2.50)": the old rate
            if m2.per.isEmpty, isPunct(a, 0x28), wasBefore(a + 1, b) {
                out[n].per = m1.per
                continue
            }
            var connector = ""
            var ok = true
            if b - a == 1, isPunct(a, 0x2C), m1.per.isEmpty, listShared.contains(n) {
                connector = ","
            } else {
                for k in a..<b {
                    guard tokens[k].kind == .word, let e = entry(k) else {
                        // one plain word is allowed ("output at"), but not after the connector: "a cent and a
                        // half and got $600,000 a day" links a clause, not a pair
                        if tokens[k].kind == .word, !ScanByte.isUpper(bytes[tokens[k].start]), connector.isEmpty { continue }
                        ok = false; break
                    }
                    switch e.word {
                    case "and", "or", "vs", "versus", "to":
                        if connector.isEmpty { connector = e.word } else { ok = false }
                    // "$0.27 in and $1.10 out per million tokens": the two directions of one token price
                    case "at", "about", "around", "roughly", "nearly", "just", "only", "under", "over", "input", "output", "even", "in":
                        break
                    // "$3 for input and $15 for output per million tokens"
                    case "for" where isWord(k + 1, "input") || isWord(k + 1, "output"):
                        break
                    default:
                        if e.qualifier == nil { ok = false }
                    }
                    if !ok { break }
                }
            }
            guard ok, !connector.isEmpty else { continue }
            // "at $2 an hour comes to $4 million": `to` after a verb gives a result, not a change
            if connector == "to", !opensChange(m1) { continue }
            if m1.per.isEmpty {
                out[n - 1].per = m2.per
                if connector == "and" || connector == "or" || connector == "," { listShared.insert(n - 1) }
            } else if connector == "to" {
                out[n].per = m1.per
            }
        }
    }

    /// `was`, `it was`, `up from`, `down from`, `previously`, `formerly` (with
    /// `up to` or `about`) filling the tokens from `k` to `b`: what a
    /// parenthesis after a rate says of its old value.
    func wasBefore(_ k: Int, _ b: Int) -> Bool {
        var w = k
        if isWord(w, "it") { w += 1 }
        if isWord(w, "was") || isWord(w, "were") || isWord(w, "previously") || isWord(w, "formerly") {
            w += 1
        } else if isWord(w, "up") || isWord(w, "down"), isWord(w + 1, "from") {
            w += 2
        } else {
            return false
        }
        if w == b { return true }
        if isWord(w, "up"), isWord(w + 1, "to") { w += 2 } else if w < b, tokens[w].kind == .word, entry(w)?.qualifier != nil { w += 1 }
        return w == b
    }

    /// Two figures for two purposes of one subject share its denominators
    /// (`each satellite costs $1.2 million to build and $400,000 to launch`,
    /// `$2 per unit to make and $1 to ship`): the second, stated without
    /// one, follows `to VERB … and` and is followed by `to`.
    func sharePurposes(_ out: inout [MoneyMention], from first: Int) {
        for n in (first + 1)..<out.count where out[n].per.isEmpty && !out[n - 1].per.isEmpty {
            let a = tokenIndex(atByte: out[n - 1].range.upperBound), b = tokenIndex(atByte: out[n].amountRange.lowerBound)
            guard isWord(a, "to"), b - a >= 3, b - a <= 5, isWord(b - 1, "and") else { continue }
            var plain = true
            for k in (a + 1)..<(b - 1) where tokens[k].kind != .word || ScanByte.isUpper(bytes[tokens[k].start]) { plain = false }
            let e = tokenIndex(atByte: out[n].range.upperBound)
            guard plain, isWord(e, "to"), e + 1 < count, tokens[e + 1].kind == .word else { continue }
            out[n].per = out[n - 1].per
        }
    }

    /// `from` (maybe with a qualifier) before the mention `m`: the first end
    /// of a change (`went from $25 to $29`), which shares its denominators
    /// with the second, unlike a rate and the result it `comes to`.
    func opensChange(_ m: MoneyMention) -> Bool {
        var k = tokenIndex(atByte: m.amountRange.lowerBound) - 1
        if k >= 0, tokens[k].kind == .word, entry(k)?.qualifier != nil { k -= 1 }
        return isWord(k, "from")
    }

    /// Appends the mention (or, for a pair like `$5/$25`, the two mentions)
    /// starting at token `i` to `out`; returns the token after it.
    func mention(at i: Int, sentenceIndex: Int, lastCurrency: String?, into out: inout [MoneyMention]) -> Int {
        var lead = RangeLead.none
        var a0 = i
        if isWord(i, "between") { lead = .between; a0 = i + 1 } else if isWord(i, "from") { lead = .from; a0 = i + 1 }
        guard var a = parseAmount(at: a0) else { return i }
        // "for every $1 of revenue": the base of a ratio is no mention (skipped whole)
        if lead == .none, isRatioBase(a0) { return a.endToken }
        var start = a0
        var joined = false
        if lead != .none {
            if let r = joinRange(a, lead: lead, leadToken: i) { a = r; start = i; joined = true }
        } else if let r = joinRange(a, lead: .none, leadToken: a0) {
            a = r; joined = true
        }
        guard accept(&a, lastCurrency: lastCurrency), let currency = a.currency else { return i }
        var (per, end) = trailingDenominators(from: a.endToken)
        // "$60.70 each": the noun the sentence counts
        // "$12 a pop" says the same as "each"
        let pop = isWord(a.endToken, "a") && isWord(a.endToken + 1, "pop")
        if per.isEmpty, pop || isWord(a.endToken, "each") || isWord(a.endToken, "apiece") {
            // "Each visit note takes six minutes, so $2.40 apiece": the quantified subject first
            per = Self.subjectRule ? subjectDenominators(before: start) : []
            if per.isEmpty { per = eachDenominators(before: start) }
            if !per.isEmpty { end = a.endToken + (pop ? 2 : 1) }
        }
        // "$5/$25 per MTok": two quantities sharing the denominators
        var second: (MoneyMention, Int)? = nil
        if !joined, per.isEmpty, isPunct(a.endToken, 0x2F), a.endToken + 1 < count,
           tokens[a.endToken + 1].kind == .symbol,
           let pair = pairMention(at: a.endToken + 1, sentenceIndex: sentenceIndex, currency: currency) {
            per = pair.0.per
            second = pair
        }
        // "Inference per conversation: $0.10 to $2.00"
        if per.isEmpty, second == nil { per = leadingDenominators(before: start) }
        // "Per year, that is … ≈ $175 billion", "Per day: where $15 million came from",
        // "Per listener, the show earns 3 cents a month": the label's units come first
        if second == nil {
            let lead = sentenceLeadDenominators(before: start, after: a.endToken)
            if per.isEmpty {
                per = lead
            } else if !lead.isEmpty, per.allSatisfy({ DenominatorParser.periods.contains($0.unit) }),
                      !lead.contains(where: { d in per.contains(where: { $0.unit == d.unit }) }) {
                per = lead + per
            }
        }
        // "every subscriber costs $5,000", "our cost per user is $40 a month"
        if second == nil {
            var lead = namedRateDenominators(before: start, hasTrailing: !per.isEmpty)
            // "each generation costs $0.04 per image": a unit after the amount outranks the subject's
            // "on a $12.99 plan", "Anthropic's $200 Max tier": a price that names a product is no rate of the subject
            if lead.isEmpty, Self.subjectRule, per.allSatisfy({ DenominatorParser.periods.contains($0.unit) }),
               !namesProduct(after: a.endToken) {
                lead = subjectDenominators(before: start)
            }
            for d in lead.reversed() where !per.contains(where: { $0.unit == d.unit }) { per.insert(d, at: 0) }
            if per.isEmpty {
                per = periodAdjectiveDenominators(amountStart: start, amountEnd: a.endToken)
            } else if !per.contains(where: { DenominatorParser.periods.contains($0.unit) }) {
                // "annual billing is $708 per seat": the noun's period joins the stated unit
                per += periodAdjectiveDenominators(amountStart: start, amountEnd: a.endToken)
            }
        }
        var qualifier = lead == .between ? nil : qualifier(before: start)
        if qualifier == nil, a.plus { qualifier = "+" }
        let amountRange = tokens[start].start..<tokens[a.endToken - 1].end
        let rangeEnd = end > a.endToken && second == nil ? tokens[end - 1].end : amountRange.upperBound
        out.append(MoneyMention(range: amountRange.lowerBound..<rangeEnd, amountRange: amountRange,
                                amount: MoneyAmount(low: a.low, high: a.high, currency: currency), per: per,
                                approx: a.approx, qualifier: qualifier, sentenceIndex: sentenceIndex))
        if let (m, next) = second {
            out.append(m)
            return next
        }
        return max(end, a.endToken)
    }

    /// The amount ending before token `e` modifies a product noun, maybe
    /// after up to two capitalised names (`a $12.99 plan`, `the $200 Max
    /// tier`, `a $20 Plus subscription`).
    func namesProduct(after e: Int) -> Bool {
        var k = e
        while k < count, k - e < 2, tokens[k].kind == .word, ScanByte.isUpper(bytes[tokens[k].start]) { k += 1 }
        guard k < count, tokens[k].kind == .word else { return false }
        return Self.productNouns.contains(lowercased(k))
    }

    static let productNouns: Set<String> = ["plan", "plans", "tier", "tiers", "subscription", "subscriptions",
                                            "membership", "memberships", "bundle", "bundles", "edition"]

    /// Denominators in a label before a colon that introduces the amount
    /// (`Support per user per month: $1 to $5`).
    func leadingDenominators(before start: Int) -> [Denominator] {
        var colon = start - 1
        guard colon > 0 else { return [] }
        if tokens[colon].kind == .word, entry(colon)?.qualifier != nil { colon -= 1 }
        guard colon > 0, isPunct(colon, 0x3A) else { return [] }
        var first = -1
        var k = colon - 1
        while k >= 0, colon - k <= 10 {
            if isWord(k, "per") { first = k }
            k -= 1
        }
        guard first >= 0 else { return [] }
        let (per, end) = parseDenominators(from: first)
        return end == colon ? per : []
    }

    /// Denominators that open the sentence as a label set off by a colon
    /// (`Per day: where "$15 million" came from`, `Per seat: $6 hosting`)
    /// or by a comma before the clause that states the amount (`Per seat,
    /// that's $9 more`, `Per GPU, the cluster cost $31,000`), for an amount
    /// at `start` that is not an operand of a division or product (`$1.4T ÷ 8`).
    func sentenceLeadDenominators(before start: Int, after end: Int) -> [Denominator] {
        var f = 0
        while f < count, f < 2, tokens[f].kind == .punct, tokens[f].mark == 0x22 || tokens[f].mark == 0x27 || tokens[f].mark == 0x28 { f += 1 }
        guard f < start, isWord(f, "per") else { return [] }
        let (per, e0) = denominatorChain(from: f)
        guard !per.isEmpty, e0 < start else { return [] }
        // "per hour of video it's 90 cents": a short `of` phrase on the unit, then the clause
        var e = e0
        if isWord(e, "of") {
            var m = e + 1
            while m < start, m - e <= 3, tokens[m].kind == .word, entry(m)?.safeFollower != true, !opensClause(m) { m += 1 }
            if m > e + 1 { e = m }
        }
        guard isPunct(e0, 0x3A) || isPunct(e, 0x2C) && commaLeadReaches(from: e + 1, to: start)
            || opensClause(e) && commaLeadReaches(from: e, to: start) else { return [] }
        if isPunct(end, Tokenizer.operatorMark) || isPunct(end, 0x2A) || isWord(end, "x") || isWord(end, "divided")
            || isPunct(end, 0x2F) && end + 1 < count && tokens[end + 1].kind == .number { return [] }
        return per
    }

    /// A pronoun that opens a clause after an unpunctuated label (`per seat
    /// it's $9`, `per hour we pay $40`).
    func opensClause(_ k: Int) -> Bool {
        guard k < count, tokens[k].kind == .word else { return false }
        let w = lowercased(k)
        if ["it", "that", "this", "we", "you", "they", "i"].contains(w) { return true }
        return w.hasPrefix("it'") || w.hasPrefix("that'") || w.hasPrefix("it\u{2019}") || w.hasPrefix("that\u{2019}")
    }

    /// The clause after a comma-led `Per X,` label runs on to the amount at
    /// `start`: at most 20 tokens, with no other clause break (`;`, `:`,
    /// `,`, a bracket) or contrast (`but`, `while`, `whereas`, `although`) between.
    /// A clause about an average (`Per ride, the average fare was $22.69`)
    /// states a lump figure, as `the average user costs $12` does.
    func commaLeadReaches(from k0: Int, to start: Int) -> Bool {
        guard start - k0 <= 20 else { return false }
        for k in k0..<start {
            if tokens[k].kind == .punct, [0x3B, 0x3A, 0x2C, 0x28, 0x2E].contains(tokens[k].mark) { return false }
            if isWord(k, "but") || isWord(k, "while") || isWord(k, "whereas") || isWord(k, "although") || isWord(k, "though")
                || isWord(k, "average") || isWord(k, "typical") || isWord(k, "median") || isWord(k, "mean") {
                return false
            }
        }
        return true
    }

    /// The second figure of a `$5/$25` pair.
    func pairMention(at k: Int, sentenceIndex: Int, currency: String?) -> (MoneyMention, Int)? {
        guard var b = parseAmount(at: k), !b.approx else { return nil }
        if b.currency == nil { b.currency = currency }
        guard b.currency != nil else { return nil }
        let (per, end) = parseDenominators(from: b.endToken)
        let amountRange = tokens[k].start..<tokens[b.endToken - 1].end
        let rangeEnd = per.isEmpty ? amountRange.upperBound : tokens[end - 1].end
        let m = MoneyMention(range: amountRange.lowerBound..<rangeEnd, amountRange: amountRange,
                             amount: MoneyAmount(low: b.low, high: b.high, currency: b.currency!), per: per,
                             approx: false, qualifier: b.plus ? "+" : nil, sentenceIndex: sentenceIndex)
        return (m, max(end, b.endToken))
    }

    /// Applies the context rules: bare figures need money context and no
    /// counted noun; `pounds` needs money context; `$1` between slashes is a
    /// regex group. Fills in the currency of bare figures.
    func accept(_ a: inout ParsedAmount, lastCurrency: String?) -> Bool {
        let s = a.startToken
        if tokens[s].kind == .symbol, isPunct(s - 1, 0x2F), adjacent(s - 1, s), isPunct(a.endToken, 0x2F),
           adjacent(a.endToken - 1, a.endToken), !(a.endToken + 1 < count && tokens[a.endToken + 1].kind == .word && adjacent(a.endToken, a.endToken + 1)) {
            return false // s/(\w+)/$1/
        }
        if a.needsMoneyContext, !costWordNear(s, a.endToken), !flags.hasCurrency { return false }
        if a.context != .none, let ctx = lastCurrency ?? recentCurrency, ctx != a.currency {
            switch a.context {
            case .cent where ctx == "EUR", .penny where ctx == "GBP", .any: a.currency = ctx
            default: break
            }
        }
        // a figure glued to a word, a number or a sign before it (`abc$4.5k€`, `x4 dollars`)
        if tokens[s].kind == .number, s > 0, adjacent(s - 1, s), tokens[s - 1].kind != .punct || tokens[s - 1].mark == 0x2E { return false }
        guard a.currency == nil else { return true }
        if a.approx {
            a.currency = lastCurrency ?? "USD"
            return true
        }
        if badBarePrefix(s) { return false }
        // "went from 40 to 55 cents": the first end of a change takes the second end's money word
        if a.magnitude == nil, let (currency, factor) = changeStartMoney(s, a.endToken, lastCurrency: lastCurrency) {
            a.currency = currency
            a.low *= factor
            a.high *= factor
            return true
        }
        if a.statedBare || a.magnitude == nil && bareMoneyByGrammar(s, a, lastCurrency: lastCurrency) {
            a.currency = lastCurrency ?? recentCurrency ?? "USD"
            return true
        }
        // "4K: about 7 GB an hour" (a label), "6 x 25.2 million" (arithmetic on counts)
        if isPunct(a.endToken, 0x3A) { return false }
        if s > 0, isPunct(s - 1, Tokenizer.operatorMark) || isPunct(s - 1, 0x2A) || isWord(s - 1, "x") { return false }
        if a.magnitude != nil {
            // a bare "5.6M" that repeats an amount the document stated with its sign
            guard moneyContext(s, a.endToken) || seenAmounts.contains(a.low), !countedNounAt(a.endToken), !repeatsCount(a) else { return false }
        } else if a.fractionDigits == 2, flags.hasCurrency {
            // "(262.50/month)" beside other prices
            let (per, _) = parseDenominators(from: a.endToken)
            guard !per.isEmpty, isPunct(a.endToken, 0x2F) || isWord(a.endToken, "per") else { return false }
        } else {
            return false
        }
        a.currency = lastCurrency ?? "USD"
        return true
    }

    /// A bare figure (no magnitude) that the grammar makes money in a text
    /// about money: the object of a price verb (`they charge 18`, `it costs
    /// them 50 to serve`) or the figure a `not` contrasts with a money
    /// figure earlier in the sentence (`300 bucks on that guy, not 4,800`).
    /// Not a year, a count (`pay 3 visits`), a share (`paid 10 of them`) or
    /// a label (`costs: 4`).
    func bareMoneyByGrammar(_ s: Int, _ a: ParsedAmount, lastCurrency: String?) -> Bool {
        guard tokens[s].kind == .number, flags.hasCurrency || previousHadMoney || recentCurrency != nil else { return false }
        let e = a.endToken
        if countedNounAt(e) || isWord(e, "of") || isPunct(e, 0x3A) || isPunct(e, 0x2D) { return false }
        // "pay like 20/mo", not "24/7"
        if isPunct(e, 0x2F), e + 1 >= count || tokens[e + 1].kind != .word || entry(e + 1)?.unit == nil && entry(e + 1)?.adverbUnit == nil {
            return false
        }
        if a.fractionDigits == 0, !containsSeparator(tokens[s]), a.low >= 1900, a.low <= 2100 { return false }
        if isWord(s - 1, "not"), lastCurrency != nil, isPunct(s - 2, 0x2C) { return true }
        if lastCurrency != nil, endsChangeFromMoney(beforeTo: s - 1) { return true }
        // "Basic is $19 a month, Pro is 49 a month": a bare rate after a copula beside a money figure
        if lastCurrency != nil, isCopula(s - 1), namesOffer(s - 2), startsTimeRate(e) { return true }
        // ".40 a pull": a point-led figure (the tokenizer takes only two digits) is cents shorthand
        if bytes[tokens[s].start] == 0x2E { return true }
        return afterCostVerb(s)
    }

    /// `from $15.49 to` before the bare figure after `to` at `k + 1`: the
    /// second end of a change over time (`went from $15.49 to 17.99`), which
    /// the range joiner keeps apart, takes the first end's currency.
    func endsChangeFromMoney(beforeTo k: Int) -> Bool {
        guard isWord(k, "to") else { return false }
        var m = k - 1, steps = 0, money = false
        while m >= 0, steps < 4 {
            if tokens[m].kind == .symbol || entry(m)?.currency != nil || entry(m)?.code != nil {
                money = true
            } else if tokens[m].kind != .number, entry(m)?.adjacentMagnitude == nil, entry(m)?.spacedMagnitude == nil {
                break
            }
            m -= 1; steps += 1
        }
        return money && isWord(m, "from")
    }

    /// `from` before the bare figure at `s` and `to` after it (at `e`), then
    /// a figure in a money word (`from 40 to 55 cents`, `from 3 to 4 million
    /// dollars`): the currency and the factor (cents, magnitude) the first end
    /// shares with the second. The range joiner keeps such a change apart.
    func changeStartMoney(_ s: Int, _ e: Int, lastCurrency: String?) -> (String, Double)? {
        guard isWord(s - 1, "from"), isWord(e, "to"), e + 2 < count, tokens[e + 1].kind == .number else { return nil }
        var k = e + 2
        var factor = 1.0
        if let m = entry(k)?.spacedMagnitude, entry(k)?.currency == nil { factor = m; k += 1 }
        guard let word = entry(k), let currency = word.currency, !word.needsMoneyContext, !word.afterNumberOnly else { return nil }
        // `cents` is euro cents in a euro text
        let code = word.currencyScale < 1 && (lastCurrency ?? recentCurrency) == "EUR" ? "EUR" : currency
        return (code, factor * word.currencyScale)
    }

    /// Token `k` names what is sold: a capitalised name inside the sentence
    /// (`Pro`, `Max`) or an offer noun (`the team plan`, `the fee`).
    func namesOffer(_ k: Int) -> Bool {
        guard k >= 0, tokens[k].kind == .word else { return false }
        if k > 0, ScanByte.isUpper(bytes[tokens[k].start]) { return true }
        return Self.offerNouns.contains(lowercased(k))
    }

    static let offerNouns: Set<String> = ["plan", "plans", "tier", "tiers", "price", "prices", "fee", "fees", "fare", "fares",
                                          "subscription", "membership", "bundle", "package", "edition", "licence", "license"]

    /// `is`, `are`, `was`, `were` at token `k`.
    func isCopula(_ k: Int) -> Bool {
        isWord(k, "is") || isWord(k, "are") || isWord(k, "was") || isWord(k, "were")
    }

    /// A rate per unit of time starts at token `k`: `a month`, `per year`, `/mo`.
    func startsTimeRate(_ k: Int) -> Bool {
        guard isWord(k, "a") || isWord(k, "an") || isWord(k, "per") || isPunct(k, 0x2F), k + 1 < count,
              let unit = entry(k + 1)?.unit else { return false }
        return DenominatorParser.periods.contains(unit)
    }

    /// A price verb right before token `s`, maybe with an object pronoun
    /// and a hedge between (`charge 18`, `costs them about 50`, `pay like 20`).
    func afterCostVerb(_ s: Int) -> Bool {
        var k = s - 1
        if isWord(k, "about") || isWord(k, "like") || isWord(k, "only") || isWord(k, "just") || isWord(k, "maybe") || isWord(k, "roughly") { k -= 1 }
        if isWord(k, "them") || isWord(k, "us") || isWord(k, "me") || isWord(k, "you") || isWord(k, "him") || isWord(k, "her") { k -= 1 }
        guard k >= 0, tokens[k].kind == .word, let w = entry(k)?.word else { return false }
        return Self.priceVerbs.contains(w)
    }

    static let priceVerbs: Set<String> = ["charge", "charges", "charged", "charging", "pay", "pays", "paid", "paying", "cost", "costs",
                                          "costing", "spend", "spends", "spent", "spending", "earn", "earns", "earned", "earning"]

    /// A bare figure glued to what precedes it is a name, a version, a time
    /// or a date part (`GPT-4`, `v2.1`, `10:30`, `24/7`, `Llama 3.1 405B`).
    func badBarePrefix(_ s: Int) -> Bool {
        guard s > 0 else { return false }
        let p = tokens[s - 1]
        if adjacent(s - 1, s) {
            if p.kind == .word || p.kind == .number { return true }
            if p.kind == .punct, p.mark != 0x28, p.mark != 0x7E, p.mark != 0x22, p.mark != 0x27 { return true }
        }
        if p.kind == .number { return true }
        if p.kind == .word, s - 1 > 0, ScanByte.isUpper(bytes[p.start]), entry(s - 1)?.costWord != true,
           entry(s - 1)?.safeFollower != true, tokens[s - 2].kind == .word {
            return true // Llama 70B
        }
        return false
    }
}
