/// Bare figures inside arithmetic the text states (`5000 / 20 = 250`,
/// `410 x 12 / 52 = 94.6`, `0.56/3.2 = 0.175`): a figure whose value is a
/// money amount elsewhere in the document is money, and the result is
/// money when the money operands leave one money unit (money × count,
/// money ÷ count); money ÷ money is a ratio or a count.
extension SentenceParser {
    /// One operand of a stated calculation.
    struct Operand {
        var amount: ParsedAmount
        var money: Bool
        var currency: String?
        var isMention: Bool
    }

    /// Adds the money figures of the arithmetic in sentences `indices`,
    /// keeping `mentions` in document order.
    mutating func addArithmeticFigures(sentences: [Sentence], indices: [Int], mentions: inout [MoneyMention]) {
        var known: [Double: String] = [:]
        known.reserveCapacity(mentions.count)
        for m in mentions where !m.approx {
            known[m.amount.low] = m.amount.currency
            if m.amount.high != m.amount.low { known[m.amount.high] = m.amount.currency }
        }
        var added: [MoneyMention] = []
        for index in indices.prefix(10_000) {
            load(sentences[index].range)
            let existing = mentionsIn(sentences[index].range, mentions)
            var k = 0
            while k < count {
                if let (found, next) = calculation(at: k, known: known, existing: existing, sentenceIndex: index) {
                    added += found
                    k = next
                } else {
                    k += 1
                }
            }
        }
        guard !added.isEmpty else { return }
        mentions += added
        mentions.sort { $0.amountRange.lowerBound < $1.amountRange.lowerBound }
    }

    /// The loaded sentence has `=` or `≈` right after a figure (`… 20 = 250`,
    /// `5.576M =`): worth a second look once every amount is known.
    func hasStatedCalculation() -> Bool {
        var k = 1
        while k < count {
            if isPunct(k, 0x3D) || isPunct(k, 0x7E) {
                if tokens[k - 1].kind == .number { return true }
                if k >= 2, tokens[k - 2].kind == .number, tokens[k - 1].kind == .word, adjacent(k - 2, k - 1) { return true }
            }
            k += 1
        }
        return false
    }

    func mentionsIn(_ r: Range<Int>, _ mentions: [MoneyMention]) -> [Range<Int>] {
        var lo = 0, hi = mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if mentions[mid].range.upperBound <= r.lowerBound { lo = mid + 1 } else { hi = mid } }
        var out: [Range<Int>] = []
        while lo < mentions.count, mentions[lo].range.lowerBound < r.upperBound { out.append(mentions[lo].amountRange); lo += 1 }
        return out
    }

    /// One of the sorted, disjoint `ranges` holds byte `p` (binary search,
    /// so a sentence full of figures stays linear).
    static func covers(_ ranges: [Range<Int>], _ p: Int) -> Bool {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= p { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].contains(p)
    }

    /// The currency of a value stated as money in the document, also with
    /// a magnitude dropped (`13.5` for `$13.5 billion`).
    func knownCurrency(_ v: Double, _ known: [Double: String]) -> (String, Double)? {
        for m in [1.0, 1e3, 1e6, 1e9, 1e12] {
            if let c = known[v * m] { return (c, m) }
        }
        return nil
    }

    func operand(at k: Int, known: [Double: String], existing: [Range<Int>]) -> Operand? {
        guard k < count, tokens[k].kind == .number || tokens[k].kind == .symbol else { return nil }
        guard let a = parseAmount(at: k), !a.approx else { return nil }
        let start = tokens[k].start
        let isMention = Self.covers(existing, start)
        if let c = a.currency { return Operand(amount: a, money: true, currency: c, isMention: isMention) }
        if let (c, m) = knownCurrency(a.low, known) {
            var b = a
            b.low *= m; b.high *= m
            return Operand(amount: b, money: true, currency: c, isMention: isMention)
        }
        return Operand(amount: a, money: false, currency: nil, isMention: isMention)
    }

    /// The token after an operand, past a unit noun that names what a
    /// count counts (`40,000 GB x $0.09`, `3 seats × $12`).
    func unitAfter(_ o: Operand) -> Int {
        let k = o.amount.endToken
        return !o.money && k < count && tokens[k].kind == .word && entry(k)?.unit != nil ? k + 1 : k
    }

    /// A calculation `A op B [op C …] (= | ≈) R` starting at token `k`.
    func calculation(at k0: Int, known: [Double: String], existing: [Range<Int>], sentenceIndex: Int) -> ([MoneyMention], Int)? {
        guard var first = operand(at: k0, known: known, existing: existing) else { return nil }
        var operands = [first]
        var degree = first.money ? 1 : 0
        var value = first.amount.low
        var divisions = 0
        var k = unitAfter(first)
        while operands.count < 6 {
            let op: UInt8
            if isPunct(k, Tokenizer.operatorMark) {
                // × or ÷ (2 bytes, C3 97 / C3 B7), − ∗ (3 bytes)
                let b = bytes[tokens[k].start + 1]
                op = tokens[k].end - tokens[k].start == 2 ? (b == 0xB7 ? 0x2F : 0x2A) : (b == 0x88 && bytes[tokens[k].start + 2] == 0x92 ? 0x2D : 0x2A)
            } else if isPunct(k, 0x2A) || isPunct(k, 0x2F) || isPunct(k, 0x2B) || isPunct(k, 0x2D) {
                op = tokens[k].mark
            } else if isWord(k, "x") {
                op = 0x2A
            } else {
                break
            }
            guard let next = operand(at: k + 1, known: known, existing: existing) else { return nil }
            let d = next.money ? 1 : 0
            switch op {
            case 0x2A: degree += d; value *= next.amount.low
            case 0x2F: degree -= d; divisions += 1; guard next.amount.low != 0 else { return nil }; value /= next.amount.low
            case 0x2B: degree = max(degree, d); value += next.amount.low
            default: degree = max(degree, d); value -= next.amount.low
            }
            operands.append(next)
            k = unitAfter(next)
        }
        guard operands.count >= 2 else { return nil }
        guard isPunct(k, 0x3D) || isPunct(k, 0x7E) else { return nil }
        var r = k + 1
        while r < count, entry(r)?.qualifier != nil || isPunct(r, 0x7E) { r += 1 }
        guard let result = operand(at: r, known: known, existing: existing) else { return nil }
        // the arithmetic must hold (within rounding)
        let tolerance = isPunct(k, 0x3D) ? 0.03 : 0.08
        guard result.amount.low > 0, abs(value - result.amount.low) <= tolerance * result.amount.low else { return nil }
        // "9000/0.09 = 100000": a count per unit of money is no quantity here, so the dividend is money too
        if degree < 0, divisions == 1, operands.count == 2, !operands[0].money { operands[0].money = true; operands[0].currency = operands[1].currency; degree = 0 }
        guard operands.contains(where: { $0.money }) else { return nil }
        let currency = operands.first(where: { $0.money })?.currency ?? "USD"
        var out: [MoneyMention] = []
        func add(_ o: Operand, isResult: Bool = false) {
            guard !o.isMention else { return }
            let a = o.amount
            let amountRange = tokens[a.startToken].start..<tokens[a.endToken - 1].end
            // "= 3,600 a month": the result keeps the rate written after it
            let (per, end) = isResult ? trailingDenominators(from: a.endToken) : ([], a.endToken)
            let range = amountRange.lowerBound..<(per.isEmpty ? amountRange.upperBound : tokens[end - 1].end)
            out.append(MoneyMention(range: range, amountRange: amountRange,
                                    amount: MoneyAmount(low: a.low, high: a.high, currency: o.currency ?? currency),
                                    per: per, sentenceIndex: sentenceIndex))
        }
        for o in operands where o.money { add(o) }
        if degree == 1 {
            var res = result
            if !res.money { res.currency = currency }
            add(res, isResult: true)
        }
        first = operands[0]
        return (out, result.amount.endToken)
    }
}
