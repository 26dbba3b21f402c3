/// Recomputes arithmetic written out in a sentence: `8 × 10 × $2.50 = $200`,
/// `$186,000 divided by 3,000 customers is $62`, `$1.6bn divided by $5.576M is
/// about 287`, `2.788 million hours at $2 an hour is $5.576 million`,
/// `25% of $14,000 is $3,500`.
///
/// Operators: `×`, `x`, `*`, `times`, `at`, `of` (after a percentage),
/// `multiplied by`, `/`, `÷`, `divided by`, `over`, `spread over`, `+`, `plus`,
/// `−`, `minus`. A result follows `=`, `≈`, `→`, `is`, `are`, `comes to`,
/// `works out to`, `gives`, `equals`, `costs`. Operands are money mentions and
/// plain numbers; unit words after an operand are skipped. Rounding counts as
/// agreement. A result that disagrees fails when it is a money mention.
struct ArithmeticExpressionCheck {
    enum Op: String { case mul = "×", div = "÷", add = "+", sub = "−" }

    struct Operand {
        var interval: ClosedRange<Double>
        var nominal: Double
        /// For a money figure stated per a count (`$5 per million tokens`), the value per one.
        var perOne: Double?
        var mention: MentionFacts?
        var text: String

        /// The operand as written (`MentionFacts.asWritten`; a plain number is its value).
        var asWritten: ClosedRange<Double> { mention?.asWritten(middle: nominal) ?? nominal...nominal }
    }

    enum Item {
        case operand(Operand)
        /// `symbolic`: written `×`, `/`, `+`; `spelled`: an arithmetic word (`times`, `divided by`, `plus`), not
        /// a word that can mean something else in prose (`at`, `of`, `over`).
        case op(Op, symbolic: Bool, spelled: Bool = false)
        case eq(symbolic: Bool)
        case word(String)
        case stop
    }

    static let eqWords: Set<String> = ["is", "are", "was", "equals", "gives", "give", "makes", "comes", "means", "costs", "cost",
                                       "totals", "that's", "thats", "works", "amounts", "->", "got", "gets"]
    static let skipAfterEq: Set<String> = ["to", "out", "about", "roughly", "around", "approximately", "approx", "~", "just", "only",
                                           "under", "over", "nearly", "almost", "a", "an", "some", "than", "more", "less", "then",
                                           "that", "it", "is", "of", "up", "in", "total", "you", "get", "and"]
    /// Words that link a computation to its result after a comma (`$26 x 12, which is $302`).
    static let relativeLinks: Set<String> = ["which", "so", "that", "and"]
    static let looseQualifiers: Set<String> = ["about", "roughly", "around", "approximately", "approx", "~", "nearly", "almost", "some"]
    static let boundQualifiers: Set<String> = ["under", "over", "more", "less", "than", "just"]

    func run(_ doc: DocumentFacts) -> [Int: [Check]] {
        var out: [Int: [Check]] = [:]
        // An expression needs a money mention among its operands or as its result.
        for s in doc.sentences.indices where doc.bySentence[s] != nil {
            let items = tokenize(s, doc)
            for (e, item) in items.enumerated() {
                guard case .eq(let symbolic) = item else { continue }
                guard var (lhs, ops, start) = leftSide(items, before: e), !ops.isEmpty else { continue }
                guard let (rhs, qualifier) = rightSide(items, after: e) else { continue }
                // `240 x $3 = $720 input + 32 x $15 = $480 output`: a sum that starts with the result of the
                // equation before it chains two lines of working; the second stands alone.
                if Self.followsResult(items, start), ops.count > 1, ops[0].0 == .add || ops[0].0 == .sub,
                   Self.agrees(Array(lhs.dropFirst()), ops.dropFirst().map(\.0), rhs, qualifier) {
                    lhs.removeFirst()
                    ops.removeFirst()
                }
                guard lhs.contains(where: { $0.mention != nil }) || rhs.mention != nil else { continue }
                let written = ops.allSatisfy(\.1)
                let spelled = ops.allSatisfy { $0.1 || $0.2 }
                judge(lhs, ops.map(\.0), rhs, qualifier, written: written, spelled: spelled, line: doc.line(ofSentence: s), &out)
            }
        }
        return out
    }

    // MARK: - judging

    /// Whether the item before `start` (past unit words) is an `=`: the operand at `start` is the result
    /// of an equation before it.
    static func followsResult(_ items: [Item], _ start: Int) -> Bool {
        var i = start - 1
        var words = 0
        while i >= 0, case .word(let w) = items[i], w != ",", words < 3 { i -= 1; words += 1 }
        guard i >= 0, case .eq = items[i] else { return false }
        return true
    }

    /// The target a result covers, widened by its qualifier (`about`, `under`).
    static func target(_ rhs: Operand, _ qualifier: String?) -> ClosedRange<Double> {
        var target = rhs.interval
        if let q = qualifier, looseQualifiers.contains(q) {
            target = orderedRange(min(target.lowerBound, rhs.nominal * 0.95), max(target.upperBound, rhs.nominal * 1.05))
        } else if let q = qualifier, boundQualifiers.contains(q) {
            target = orderedRange(min(target.lowerBound, rhs.nominal * 0.85), max(target.upperBound, rhs.nominal * 1.15))
        }
        return target
    }

    /// Whether `lhs` with `ops` comes to `rhs` (as written, or with rates per one unit).
    static func agrees(_ lhs: [Operand], _ ops: [Op], _ rhs: Operand, _ qualifier: String?) -> Bool {
        let target = target(rhs, qualifier)
        let raw = computed(lhs, ops)
        let perOne = lhs.contains { $0.perOne != nil }
            ? computed(lhs.map { o in
                guard let p = o.perOne else { return o }
                var one = o
                one.interval = orderedRange(o.interval.lowerBound * p / o.nominal, o.interval.upperBound * p / o.nominal)
                one.nominal = p
                return one
            }, ops)
            : nil
        return raw.map { Tolerance.agrees($0, target) } == true || perOne.map { Tolerance.agrees($0, target) } == true
    }

    /// `written`: the operation is spelled with symbols (`×`, `/`, `=`), so a
    /// disagreement is a wrong calculation, not a misreading of prose.
    /// `spelled`: every operator is a symbol or an arithmetic word (`times`, `divided by`): a clear miss
    /// (`$95 a call times 23,600 calls is about $3.2 million`) is a wrong calculation too.
    private func judge(_ lhs: [Operand], _ ops: [Op], _ rhs: Operand, _ qualifier: String?, written: Bool, spelled: Bool, line: Int,
                       _ out: inout [Int: [Check]]) {
        let target = Self.target(rhs, qualifier)
        let raw = Self.computed(lhs, ops)
        let agrees = Self.agrees(lhs, ops, rhs, qualifier)
        let nominal = Self.evaluate(lhs.map { orderedRange($0.nominal, $0.nominal) }, ops)?.lowerBound
        var expression = lhs[0].text
        for (i, op) in ops.enumerated() { expression += " \(op.rawValue) " + lhs[i + 1].text }
        let computed = nominal.map { v -> String in
            if let m = rhs.mention { return MoneyFormatting.money(v, currency: m.amount.currency) }
            return MoneyFormatting.number(v)
        } ?? "?"
        let said = (qualifier.map { $0 + " " } ?? "") + rhs.text
        let arithmetic = "derived: \(expression) = \(computed) (line \(line)); the text says \(said), which \(agrees ? "agrees" : "does not agree")"
        let inputs = (lhs + [rhs]).map { o in
            o.mention?.input("operand") ?? CheckInput(name: "operand", value: o.nominal, unit: "number", source: "line \(line)")
        }
        let mentions = (lhs + [rhs]).compactMap(\.mention)
        if agrees {
            let c = Check(name: DerivedStatementCheck.name, inputs: inputs, arithmetic: arithmetic, agrees: true)
            for m in mentions { out[m.index, default: []].append(c) }
        } else {
            // A written-out result that disagrees fails; the inputs are only shown. So does the result of a share
            // spelled in words (`40% of the $50 million budget, about $25 million`): a percentage of one figure.
            let shareOfFigure = lhs.count == 2 && ops == [.mul] && lhs[0].mention == nil && lhs[0].text.hasSuffix("%")
                && lhs[1].mention != nil && rhs.mention.map { $0.amount.currency == lhs[1].mention!.amount.currency } == true
                && raw.map { DerivedStatementCheck.missesClearly($0, target) } == true
            let spelledMiss = spelled && raw.map { DerivedStatementCheck.missesClearly($0, target) || DerivedStatementCheck.powerOfTenSlip($0, target) != nil } == true
            for m in mentions {
                let verdict: Bool? = (written || shareOfFigure || spelledMiss) && m.index == rhs.mention?.index ? false : nil
                out[m.index, default: []].append(Check(name: DerivedStatementCheck.name, inputs: inputs, arithmetic: arithmetic, agrees: verdict))
            }
        }
    }

    /// What `lhs` with `ops` comes to: every operand's rounding carried through, but no further than
    /// `Tolerance.operandSlack` from the operands as written (`$26 × 12` is $312, never $302).
    static func computed(_ lhs: [Operand], _ ops: [Op]) -> ClosedRange<Double>? {
        guard let raw = evaluate(lhs.map(\.interval), ops) else { return nil }
        // a difference can come near zero, where a share of the result means nothing: rounding alone decides
        guard !ops.contains(.sub), let nominal = evaluate(lhs.map(\.asWritten), ops) else { return raw }
        return Tolerance.capped(raw, nominal: nominal)
    }

    static func evaluate(_ values: [ClosedRange<Double>], _ ops: [Op]) -> ClosedRange<Double>? {
        guard values.count == ops.count + 1 else { return nil }
        // × and ÷ first, then + and −, left to right.
        var terms: [ClosedRange<Double>] = [values[0]]
        var signs: [Op] = []
        for (i, op) in ops.enumerated() {
            let v = values[i + 1]
            switch op {
            case .mul:
                let t = terms.removeLast()
                terms.append(orderedRange(t.lowerBound * v.lowerBound, t.upperBound * v.upperBound))
            case .div:
                guard v.lowerBound > 0 else { return nil }
                let t = terms.removeLast()
                terms.append(orderedRange(t.lowerBound / v.upperBound, t.upperBound / v.lowerBound))
            case .add, .sub:
                signs.append(op)
                terms.append(v)
            }
        }
        var result = terms[0]
        for (i, op) in signs.enumerated() {
            let t = terms[i + 1]
            result = op == .add ? orderedRange(result.lowerBound + t.lowerBound, result.upperBound + t.upperBound)
                : orderedRange(result.lowerBound - t.upperBound, max(result.lowerBound - t.upperBound, result.upperBound - t.lowerBound))
        }
        return result
    }

    // MARK: - parsing

    /// The operands and operators before the `=` at `e`, and the item index of the first operand.
    private func leftSide(_ items: [Item], before e: Int) -> ([Operand], [(Op, Bool, Bool)], Int)? {
        var operands: [Operand] = []
        var ops: [(Op, Bool, Bool)] = []
        var i = e - 1
        var words = 0
        var linking: [String] = []
        // the last operand, skipping unit words after it (and a comma before a relative link:
        // `$26 x 12, which is $302`)
        while i >= 0 {
            if case .operand(let o) = items[i] { operands.append(o); i -= 1; break }
            if case .word(let w) = items[i], w != ",", words < 6 { words += 1; linking.append(w); i -= 1; continue }
            if case .word(",") = items[i], !linking.isEmpty, linking.allSatisfy(Self.relativeLinks.contains), words < 6 {
                words += 1; linking.append(","); i -= 1; continue
            }
            return nil
        }
        guard !operands.isEmpty else { return nil }
        var start = i + 1
        while i >= 0 {
            var j = i
            var skipped = 0
            while j >= 0, case .word(let w) = items[j], w != ",", skipped < 3 { j -= 1; skipped += 1 }
            guard j >= 0, case .op(let op, let symbolic, let spelled) = items[j] else { break }
            var k = j - 1
            var filler = 0
            while k >= 0, case .word = items[k], filler < 4 { k -= 1; filler += 1 }
            guard k >= 0, case .operand(let o) = items[k] else { break }
            operands.append(o)
            ops.append((op, symbolic, spelled))
            start = k
            i = k - 1
        }
        return (operands.reversed(), ops.reversed(), start)
    }

    private func rightSide(_ items: [Item], after e: Int) -> (Operand, String?)? {
        var i = e + 1
        var qualifier: String?
        var skipped = 0
        while i < items.count, skipped < 5 {
            switch items[i] {
            case .operand(let o): return (o, qualifier)
            case .word(let w) where Self.skipAfterEq.contains(w) || w == ",":
                if Self.looseQualifiers.contains(w) || Self.boundQualifiers.contains(w) && qualifier == nil { qualifier = w }
                skipped += 1
                i += 1
            case .eq:
                skipped += 1
                i += 1
            default:
                return nil
            }
        }
        return nil
    }

    private func tokenize(_ s: Int, _ doc: DocumentFacts) -> [Item] {
        let text = doc.sentence(s)
        let bytes = Array(text.utf8)
        let start = doc.sentenceStart(s)
        var mentionAt: [Int: MentionFacts] = [:]
        for m in doc.mentions(inSentence: s) { mentionAt[m.mention.range.lowerBound - start] = m }
        var numberAt: [Int: NumberToken] = [:]
        let mentionRanges = doc.mentionRanges(inSentence: s)
        for t in NumberToken.all(in: text) where !mentionRanges.contains(where: { $0.overlaps(t.range) }) {
            numberAt[t.range.lowerBound] = t
        }
        var items: [Item] = []
        var i = 0
        func isLetter(_ b: UInt8) -> Bool { SentenceNumbers.isLetter(b) || b == 0x27 }
        while i < bytes.count {
            if let m = mentionAt[i] {
                let len = m.mention.range.count
                let counts = m.per.compactMap(\.count).reduce(1, *)
                // `£35 billion / 25.2 billion kWh`: the scanner read the divisor as a denominator.
                let written = String(decoding: bytes[i..<min(bytes.count, i + len)], as: UTF8.self)
                if counts != 1, written.contains("/") {
                    let amount = (m.amount.low + m.amount.high) / 2
                    items.append(.operand(Operand(interval: m.interval, nominal: amount, perOne: nil, mention: m, text: MoneyFormatting.money(m.amount))))
                    items.append(.op(.div, symbolic: true))
                    let h = Tolerance.halfUnit(ofValue: counts)
                    items.append(.operand(Operand(interval: orderedRange(counts - h, counts + h), nominal: counts, perOne: nil, mention: nil,
                                                  text: MoneyFormatting.number(counts))))
                    i += max(1, len)
                    continue
                }
                items.append(.operand(Operand(interval: m.interval, nominal: (m.amount.low + m.amount.high) / 2,
                                              perOne: counts != 1 ? (m.amount.low + m.amount.high) / 2 / counts : nil,
                                              mention: m, text: MoneyFormatting.money(m.amount))))
                i += max(1, len)
                continue
            }
            if let t = numberAt[i] {
                var end = t.range.upperBound
                // `24/7` is round the clock, not a division
                if t.value == 24, end + 1 < bytes.count, bytes[end] == 0x2F, bytes[end + 1] == 0x37,
                   end + 2 >= bytes.count || !(0x30...0x39).contains(bytes[end + 2]) {
                    items.append(.word("24/7"))
                    i = end + 2
                    continue
                }
                // clock times and timestamps (09:26) are not operands
                if end < bytes.count, bytes[end] == 0x3A || i > 0 && bytes[i - 1] == 0x3A {
                    items.append(.stop)
                    i = end
                    continue
                }
                var value = t.value
                var interval = orderedRange(t.value - t.halfUnit, t.value + t.halfUnit)
                if end < bytes.count, bytes[end] == 0x25 { // %
                    value /= 100
                    interval = orderedRange(interval.lowerBound / 100, interval.upperBound / 100)
                    end += 1
                } else if end < bytes.count, bytes[end] == 0x70 || bytes[end] == 0x63, // 24.5p, 4c: pence and cents
                          end + 1 >= bytes.count || !SentenceNumbers.isLetter(bytes[end + 1]) {
                    value /= 100
                    interval = orderedRange(interval.lowerBound / 100, interval.upperBound / 100)
                    end += 1
                }
                let glued = i > 0 && (SentenceNumbers.isLetter(bytes[i - 1]) || bytes[i - 1] == 0x2D && i > 1 && SentenceNumbers.isLetter(bytes[i - 2]))
                if glued { items.append(.word("model")); i = end; continue }
                items.append(.operand(Operand(interval: interval, nominal: value, perOne: nil, mention: nil,
                                              text: String(decoding: bytes[i..<end], as: UTF8.self))))
                i = end
                continue
            }
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x28 || b == 0x29 || b == 0x22 || b == 0x2A { i += 1; continue }
            if b == 0x3D { items.append(.eq(symbolic: true)); i += 1; continue } // =
            if b == 0x2A { items.append(.op(.mul, symbolic: true)); i += 1; continue }
            if b == 0x2F { // `/`: division, except between the two halves of a pair (`$3/$15`)
                let nextIsMoney = mentionAt[i + 1] != nil
                if case .operand(let o) = items.last, o.mention != nil, nextIsMoney { items.append(.stop) } else { items.append(.op(.div, symbolic: true)) }
                i += 1
                continue
            }
            if b == 0x2B { items.append(.op(.add, symbolic: true)); i += 1; continue }
            if b == 0x7E, i + 1 < bytes.count, bytes[i + 1] == 0x3D { items.append(.eq(symbolic: true)); i += 2; continue } // ~=
            if b == 0x7E { items.append(.word("~")); i += 1; continue }
            if b == 0x2D, i + 1 < bytes.count, bytes[i + 1] == 0x3E { items.append(.eq(symbolic: true)); i += 2; continue } // ->
            if b == 0x2D, i > 0, bytes[i - 1] == 0x20, i + 1 < bytes.count, bytes[i + 1] == 0x20 { items.append(.op(.sub, symbolic: true)); i += 1; continue }
            if b == 0xC3, i + 1 < bytes.count, bytes[i + 1] == 0x97 { items.append(.op(.mul, symbolic: true)); i += 2; continue } // ×
            if b == 0xC3, i + 1 < bytes.count, bytes[i + 1] == 0xB7 { items.append(.op(.div, symbolic: true)); i += 2; continue } // ÷
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x89, bytes[i + 2] == 0x88 { items.append(.eq(symbolic: true)); i += 3; continue } // ≈
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x86, bytes[i + 2] == 0x92 { items.append(.eq(symbolic: true)); i += 3; continue } // →
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x88, bytes[i + 2] == 0x92 { items.append(.op(.sub, symbolic: true)); i += 3; continue } // −
            if b == 0x2C { items.append(.word(",")); i += 1; continue } // a comma ends a left side (see leftSide)
            if b == 0x2E || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F { items.append(.stop); i += 1; continue }
            if isLetter(b) {
                var j = i
                while j < bytes.count, isLetter(bytes[j]) || bytes[j] == 0x2D { j += 1 }
                let word = String(decoding: bytes[i..<j], as: UTF8.self).lowercased()
                i = j
                switch word {
                case "x" where items.last.map(Self.isOperand) == true: items.append(.op(.mul, symbolic: true))
                case "times", "multiplied": items.append(.op(.mul, symbolic: false, spelled: true))
                case "at": items.append(.op(.mul, symbolic: false))
                case "of" where Self.lastIsPercent(items): items.append(.op(.mul, symbolic: false))
                case "divided": items.append(.op(.div, symbolic: false, spelled: true))
                case "over", "across": items.append(.op(.div, symbolic: false))
                case "plus": items.append(.op(.add, symbolic: false, spelled: true))
                case "minus": items.append(.op(.sub, symbolic: false, spelled: true))
                case "by" where Self.lastIsOp(items): continue
                default:
                    if Self.eqWords.contains(word) { items.append(.eq(symbolic: false)) } else { items.append(.word(word)) }
                }
                continue
            }
            items.append(.word(String(UnicodeScalar(b))))
            i += 1
        }
        return items
    }

    static func isOperand(_ item: Item) -> Bool { if case .operand = item { return true } else { return false } }
    static func lastIsOp(_ items: [Item]) -> Bool { if case .op = items.last { return true } else { return false } }
    static func lastIsPercent(_ items: [Item]) -> Bool {
        if case .operand(let o) = items.last, o.mention == nil, o.text.hasSuffix("%") { return true }
        return false
    }
}
