/// Break-even months for a one-time, lifetime or per-user cost set against a
/// monthly price in the same document: `$5,000 ÷ $20 = 250 months ≈ 20.8 years`.
/// Informative: it shows what the figure implies, it does not judge it.
struct BreakEvenCheck {
    static let name = "break-even"
    static let maxLines = 3

    func run(_ m: MentionFacts, in doc: DocumentFacts) -> [Check] {
        guard m.kind == .cost, Self.isOneTimePerUser(m) else { return [] }
        var seen: Set<Double> = []
        var checks: [Check] = []
        for price in Self.monthlyPrices(near: m, in: doc) where checks.count < Self.maxLines {
            let monthly = Self.perMonth(price)
            guard monthly.high > 0, seen.insert(monthly.low * 7 + monthly.high).inserted else { continue }
            let months = Self.months(cost: orderedRange(m.amount.low, m.amount.high), monthly: monthly)
            checks.append(Check(
                name: Self.name,
                inputs: [m.input("one-time cost per user"), price.input("monthly price")],
                arithmetic: "break-even: \(m.cited) ÷ \(MoneyFormatting.money(low: monthly.low, high: monthly.high, currency: m.amount.currency)) per month (line \(price.line)) = \(Self.durationText(months))",
                agrees: nil))
        }
        return checks
    }

    /// A cost stated per user without a period, or a lump sum.
    static func isOneTimePerUser(_ m: MentionFacts) -> Bool {
        let d = m.dimensions
        return d == [NormalizedRate.user] || d.isEmpty && m.costClass == .conflation
    }

    /// Monthly prices in the document, nearest first.
    static func monthlyPrices(near m: MentionFacts, in doc: DocumentFacts) -> [MentionFacts] {
        // The monthly prices nearest the mention (a binary search in document order, then outward).
        let list = doc.monthlyPrices
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.mentions[list[mid]].sentenceIndex < m.sentenceIndex { lo = mid + 1 } else { hi = mid }
        }
        let window = list[max(0, lo - 8)..<min(list.count, lo + 8)].map { doc.mentions[$0] }
        return window
            .filter { $0.index != m.index && $0.amount.currency == m.amount.currency }
            .sorted { abs($0.sentenceIndex - m.sentenceIndex) < abs($1.sentenceIndex - m.sentenceIndex) }
    }

    /// The price per month (it may be stated per user per month).
    static func perMonth(_ price: MentionFacts) -> (low: Double, high: Double) {
        let s = UnitNormalizer.scale(of: price.per) / UnitNormalizer.daysPerMonth
        return (price.amount.low / s, price.amount.high / s)
    }

    static func months(cost: ClosedRange<Double>, monthly: (low: Double, high: Double)) -> ClosedRange<Double> {
        orderedRange(cost.lowerBound / monthly.high, cost.upperBound / max(monthly.low, 1e-12))
    }

    /// `250 months ≈ 20.8 years`, or `200 to 1,667 months (16.7 to 138.9 years)` for a range.
    static func durationText(_ months: ClosedRange<Double>) -> String {
        if months.upperBound - months.lowerBound <= 1e-9 * months.upperBound {
            return MoneyFormatting.duration(months: months.lowerBound)
        }
        return MoneyFormatting.duration(months: months.lowerBound) + " to " + MoneyFormatting.duration(months: months.upperBound)
    }
}
