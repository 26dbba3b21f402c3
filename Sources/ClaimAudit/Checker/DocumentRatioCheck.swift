/// Sets a figure against the document's own marginal figures: how many
/// conversations, sessions or user-months it buys at their price
/// (`$5,000 is 2,500 to 50,000 conversations at $0.10–$2.00 each`), or how
/// many times another figure in the same unit it is. Informative.
struct DocumentRatioCheck {
    static let name = "document-ratio"
    static let maxLines = 3

    func run(_ m: MentionFacts, in doc: DocumentFacts) -> [Check] {
        guard m.kind == .cost, m.amount.high > 0 else { return [] }
        let dims = m.dimensions
        var checks: [Check] = []
        let all = doc.mentions
        // The document's marginal figures, nearest sentence first (the sentence itself, then one
        // before, one after, two before, …; document order within a sentence); each sentence's
        // list is built once. At most `maxCandidates` of them are looked at.
        // A figure the document negates ("cents, not thousands of dollars") measures nothing.
        func marginal(in s: Int) -> [Int] {
            doc.memo.value("ratio-marginal", s) {
                (doc.bySentence[s] ?? []).filter { i in
                    all[i].kind == .cost && all[i].costClass == .marginal && all[i].classification?.stance != .negated
                        && all[i].amount.low > 0
                }
            }
        }
        var looked = 0
        sentences: for d in 0...Self.radius {
            for s in d == 0 ? [m.sentenceIndex] : [m.sentenceIndex - d, m.sentenceIndex + d] where s >= 0 {
                for i in marginal(in: s) where all[i].index != m.index && all[i].amount.currency == m.amount.currency
                    && all[i].amount != m.amount {
                    guard checks.count < Self.maxLines, looked < Self.maxCandidates else { break sentences }
                    looked += 1
                    if let c = check(m, against: all[i], dims: dims) { checks.append(c) }
                }
            }
        }
        return checks
    }

    /// Sentences either side of the figure whose marginal figures it is set against.
    static let radius = 40
    /// The most marginal figures one figure is set against (nearest first): a bound for sentences
    /// or paragraphs of thousands of figures; real documents hold far fewer within the radius.
    static let maxCandidates = 256

    /// The line setting `m` against the marginal figure `r`, if their units allow one.
    func check(_ m: MentionFacts, against r: MentionFacts, dims: Set<String>) -> Check? {
        do {
            let rd = r.dimensions
            if rd == dims, !dims.isEmpty, m.costClass != .marginal {
                // Same rate: how many times the marginal figure. (Two lump sums have no shared
                // unit to compare: "$7.6B is 723.8 million× $10.50" tells the reader nothing.)
                let ratioLow = m.amount.low / r.amount.high, ratioHigh = m.amount.high / r.amount.low
                return (Check(name: Self.name, inputs: [m.input("figure"), r.input("document's marginal figure")],
                                    arithmetic: "\(m.cited) is \(Self.range(ratioLow, ratioHigh, "×")) the marginal figure \(r.cited)",
                                    agrees: nil))
            } else if let extra = Self.extraDimension(of: rd, over: dims) {
                // One more denominator: how many units the figure buys.
                let extraDenominators = r.per.filter { UnitNormalizer.baseUnits(of: $0).contains { $0.dimension == extra } }
                // In base units the shared denominators cancel; the quotient
                // counts base units of the extra dimension, restated in the
                // unit the text uses ($5,000 ÷ $15 per user-month = 333 months).
                let scale = UnitNormalizer.scale(of: r.per) / UnitNormalizer.scale(of: m.per)
                    / UnitNormalizer.scale(of: extraDenominators)
                let low = m.amount.low / r.amount.high * scale
                let high = m.amount.high / r.amount.low * scale
                // "cents is 0.005 to 9.9 conversations": a figure that does not buy one unit is no yardstick
                guard low >= 1 else { return nil }
                let unitWord = extraDenominators.first.map { MoneyFormatting.plural(of: $0.unit) } ?? extra
                return (Check(name: Self.name, inputs: [m.input("figure"), r.input("document's marginal figure")],
                                    arithmetic: "\(m.cited) is \(Self.range(low, high, "")) \(unitWord) at \(r.cited)",
                                    agrees: nil))
            }
        }
        return nil
    }

    /// The one dimension `other` has beyond `base`, users aside (a per-user
    /// figure is set against per-conversation figures of the same users).
    static func extraDimension(of other: Set<String>, over base: Set<String>) -> String? {
        let o = other.subtracting([NormalizedRate.user]), b = base.subtracting([NormalizedRate.user])
        guard o.isSuperset(of: b), o.subtracting(b).count == 1 else { return nil }
        return o.subtracting(b).first
    }

    static func range(_ low: Double, _ high: Double, _ suffix: String) -> String {
        if abs(high - low) <= 1e-9 * high { return MoneyFormatting.number(low) + suffix }
        return MoneyFormatting.number(low) + suffix + " to " + MoneyFormatting.number(high) + suffix
    }
}
