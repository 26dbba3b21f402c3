import Foundation

/// A figure the document reports from someone else (attributed,
/// hypothetical or negated) that is a power of ten away, digit for digit, from
/// a figure of the same unit that the document's own arithmetic confirms: a
/// dropped zero or a slipped decimal point (`$27.50 per subscriber per month`
/// computed; a broker note `has it at about $2.75 per subscriber per month`).
///
/// Same unit means the same stated denominators, or, for a bare figure, the
/// same paragraph. The confirmed figure is within `reach` sentences. Only the
/// reported figure fails; the confirmed one keeps its own checks. Figures the
/// document asserts itself are left alone (two asserted figures ten times
/// apart usually measure different things).
struct TenfoldSlipCheck {
    static let name = "derived-statement"
    /// How many sentences before or after the figure the confirmed one may be.
    static let reach = 12
    /// How many confirmed figures nearest the figure are compared (a bound for sentences of thousands of figures).
    static let nearest = 64

    /// Words that scale a figure on purpose.
    static let scalingCues = ["times", "fold", "×", "10x", "100x", "1000x", "1,000x", "tenfold", "double", "triple", "grew", "grow",
                              // a scenario with other inputs (`if only 5% of users …, and five each rather than ten`)
                              "rather than", "instead of", "if only"]

    /// Extra checks per mention index, given each mention's checks so far.
    func run(_ doc: DocumentFacts, checks: [[Check]]) -> [Int: [Check]] {
        var out: [Int: [Check]] = [:]
        var confirmed: [Int: [Int]] = [:]
        for o in doc.mentions where o.kind != nil && !o.amount.isRange && o.amount.low > 0
            && checks[o.index].contains(where: { $0.name == DerivedStatementCheck.name && $0.agrees == true }) {
            confirmed[o.sentenceIndex, default: []].append(o.index)
        }
        guard !confirmed.isEmpty, !doc.sentences.isEmpty else { return out }
        let last = doc.sentences.count - 1
        for m in doc.mentions where m.isJudged && m.costClass != .conflation && !m.mention.approx && !m.amount.isRange && m.amount.low > 0 {
            guard let stance = m.classification?.stance, stance != .asserted,
                  !checks[m.index].contains(where: { $0.agrees != nil }) else { continue }
            let s = m.sentenceIndex
            guard s <= last else { continue }
            // a scenario scaled on purpose (`ten times the users, ten times the bill`) is no slip
            guard !Self.scalingCues.contains(where: { doc.lowerSentence(s, contains: $0) }) else { continue }
            var candidates: [Int] = confirmed[s] ?? []
            for d in 1...Self.reach where candidates.count < Self.nearest {
                if s - d >= 0 { candidates += confirmed[s - d] ?? [] }
                if s + d <= last { candidates += confirmed[s + d] ?? [] }
            }
            for oi in candidates.prefix(Self.nearest) where oi != m.index {
                let o = doc.mentions[oi]
                guard o.amount.currency == m.amount.currency, o.amount.low != m.amount.low else { continue }
                let sameUnit = !m.per.isEmpty && o.per == m.per || m.per.isEmpty && doc.sameBlock(o.sentenceIndex, s)
                guard sameUnit, let k = Self.shift(m, o), let basis = checks[oi].first(where: { $0.name == DerivedStatementCheck.name && $0.agrees == true })
                else { continue }
                let factor = pow(10, Double(abs(k)))
                let arithmetic = "derived: \(m.cited) is \(MoneyFormatting.times(factor)) \(k > 0 ? "above" : "below") \(o.cited), which the document's own arithmetic gives (\(basis.arithmetic)); the same digits with the decimal point moved: it does not agree"
                out[m.index] = [Check(name: Self.name, inputs: [m.input("reported figure"), o.input("confirmed figure")],
                                      arithmetic: arithmetic, agrees: false)]
                break
            }
        }
        return out
    }

    /// The power of ten (±1 to ±3) that takes `m` onto `o` within rounding and 3%, if any.
    static func shift(_ m: MentionFacts, _ o: MentionFacts) -> Int? {
        let mv = (m.amount.low + m.amount.high) / 2, ov = (o.amount.low + o.amount.high) / 2
        guard mv > 0, ov > 0 else { return nil }
        let k = Int(log10(mv / ov).rounded())
        guard k != 0, abs(k) <= 3 else { return nil }
        let f = pow(10, Double(k))
        let shifted = orderedRange(m.interval.lowerBound / f, m.interval.upperBound / f)
        guard Tolerance.agrees(shifted, o.interval), abs(mv / f - ov) <= 0.03 * ov else { return nil }
        return k
    }
}
