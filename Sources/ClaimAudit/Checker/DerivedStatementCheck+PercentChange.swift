/// A percentage change stated between two figures of one sentence:
/// `rose 20% to $600 a month, from $500`, `now costs $360, 20% more`,
/// `fell 40%, from $50,000 to $30,000`, `spent $2.6 million, 30% over`.
///
/// A rise is measured from the smaller figure, a fall from the larger one.
/// Confirm-only: a percentage that agrees with neither reading says nothing
/// (it may be a share, a growth in users, or a change of something else).
/// The percentage keeps its own rounding (`29%` covers 28.5–29.5%); the
/// figures keep theirs, so a coincidental pair rarely lands inside.
extension DerivedStatementCheck {
    /// Words that say a figure went up relative to another.
    static let riseCues = ["up ", "rose", "rise", "rising", "grew", "grow", "increase", "jump", "climb", "more", "higher",
                           " over", "hike", "raised", "above", "pricier", "surge", "went up", "markup", "premium"]
    /// Words that say a figure went down relative to another.
    static let fallCues = ["down ", "fell", "fall", "drop", "cut", "less", "lower", "cheaper", "decline", "shrank", "shrunk",
                           "saving", "reduc", "below", "under", "discount", "off ", "slash", "trimmed", "decrease"]

    /// Words right after a percentage that say how one figure differs from the other (`a 50% markup`, `20% more`).
    /// (A cut, fee or discount is a share taken from a figure, read by `NearbyArithmeticCheck` as its complement.)
    static let relationWords: Set<String> = ["markup", "mark-up", "more", "less", "premium", "higher", "lower", "cheaper", "pricier",
                                             "increase", "decrease", "rise", "hike"]

    func percentChanges(_ ms: [MentionFacts], _ numbers: [SentenceNumber], _ lower: String, _ add: (Int, Check) -> Void) {
        guard ms.count >= 2 else { return }
        let percents = numbers.filter { $0.role == .percent && $0.value >= 0.01 && $0.value <= 10 && !$0.fromEarlierSentence }
        guard !percents.isEmpty else { return }
        let rise = Self.riseCues.contains { FastText.contains(lower, $0) }
        let fall = Self.fallCues.contains { FastText.contains(lower, $0) }
        guard rise || fall else { return }
        let bytes = Array(lower.utf8)
        let fromTo = FastText.contains(lower, " from ")
        for pct in percents {
            // `25% of $40`: a share, not a change.
            let after = NearbyArithmeticCheck.wordAfter(pct.range.upperBound, in: bytes)
            if after == "of" { continue }
            let relation = after.map(Self.relationWords.contains) == true
            for (x, a) in ms.enumerated() {
                for b in ms[(x + 1)..<Self.pairEnd(x, ms.count)] where a.amount.currency == b.amount.currency
                    && !a.mention.approx && !b.mention.approx {
                    // `rose 20% to $600 a month, from $500`: the bare start of a change takes the unit of its end.
                    let sameUnit = UnitNormalizer.comparable(a.dimensions, b.dimensions)
                    // (also when the sentence states just these two figures and the percentage names how they differ:
                    // `buys at $40 a dose and charges $60, a 50% markup`)
                    let bareStart = !sameUnit && (fromTo || ms.count == 2 && relation) && (a.per.isEmpty != b.per.isEmpty)
                    guard sameUnit || bareStart else { continue }
                    let an = sameUnit ? a.normalizedInterval : a.interval, bn = sameUnit ? b.normalizedInterval : b.interval
                    guard an.lowerBound > 0, bn.lowerBound > 0 else { continue }
                    let (big, small) = an.lowerBound >= bn.lowerBound ? ((a, an), (b, bn)) : ((b, bn), (a, an))
                    let up = orderedRange(big.1.lowerBound / small.1.upperBound - 1, big.1.upperBound / small.1.lowerBound - 1)
                    let down = orderedRange(1 - small.1.upperBound / big.1.lowerBound, 1 - small.1.lowerBound / big.1.upperBound)
                    let bigValue = big.0.amount.low / (sameUnit ? big.0.perScale : 1), smallValue = small.0.amount.low / (sameUnit ? small.0.perScale : 1)
                    var arithmetic: String?
                    if rise, Tolerance.agrees(up, pct.interval) {
                        arithmetic = "derived: \(big.0.cited) ÷ \(small.0.cited) − 1 = \(MoneyFormatting.number((bigValue / smallValue - 1) * 100))% more"
                    } else if fall, Tolerance.agrees(down, pct.interval) {
                        arithmetic = "derived: 1 − \(small.0.cited) ÷ \(big.0.cited) = \(MoneyFormatting.number((1 - smallValue / bigValue) * 100))% less"
                    }
                    guard let text = arithmetic else { continue }
                    let c = Check(name: Self.name,
                                  inputs: [small.0.input("smaller figure"), big.0.input("larger figure"),
                                           CheckInput(name: "stated change", value: pct.value, unit: "fraction", source: "line \(a.line)")],
                                  arithmetic: text + "; the text says \(pct.text), which agrees", agrees: true)
                    add(a.index, c); add(b.index, c)
                }
            }
        }
    }
}
