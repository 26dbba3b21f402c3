/// A break-even counted in units sold rather than months: a one-time cost
/// divided by what each unit leaves after its own cost (`The box sells for $60
/// and costs us $45 to pack and ship. With $300 of ads per customer, we break
/// even after 20 boxes`: $300 ÷ ($60 − $45) = 20).
///
/// The count must follow a break-even word in its sentence; the price, the
/// unit cost and the one-time cost come from that sentence and the one
/// before (at most four figures in all), the price and unit cost bare or per
/// the counted unit. Confirm-only: a miss says nothing (the count may be of
/// something else).
extension DerivedStatementCheck {
    func unitBreakEven(_ s: Int, _ numbers: [SentenceNumber], _ lower: String, _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        guard Self.breakEvenCues.contains(where: { FastText.contains(lower, $0) }) else { return }
        let counts = numbers.filter { n in
            guard case .count(let unit?) = n.role, !n.fromEarlierSentence, n.value >= 2 else { return false }
            return SentenceNumbers.durationUnits[unit] == nil
        }
        guard !counts.isEmpty else { return }
        let figures = (max(0, s - 1)...s).flatMap { doc.mentions(inSentence: $0) }
            .filter { $0.kind != nil && !$0.mention.approx && !$0.amount.isRange && $0.amount.high > 0 }
        guard figures.count >= 3, figures.count <= 4 else { return }
        for n in counts {
            guard case .count(let unit?) = n.role else { continue }
            // a figure per the counted unit, or a bare one
            let perUnit = { (m: MentionFacts) in m.per.isEmpty || m.per.count == 1 && Self.sameUnit(m.per[0].unit, [unit]) }
            for price in figures where perUnit(price) {
                for cost in figures where cost.index != price.index && perUnit(cost) && cost.amount.currency == price.amount.currency
                    && cost.amount.high < price.amount.low {
                    for upfront in figures where upfront.index != price.index && upfront.index != cost.index
                        && upfront.amount.currency == price.amount.currency && upfront.amount.low > price.amount.high && !upfront.hasTime {
                        let margin = orderedRange(max(price.interval.lowerBound - cost.interval.upperBound, 1e-12),
                                                  max(price.interval.upperBound - cost.interval.lowerBound, 1e-12))
                        let units = orderedRange(upfront.interval.lowerBound / margin.upperBound, upfront.interval.upperBound / margin.lowerBound)
                        guard Tolerance.agrees(units, n.interval) else { continue }
                        let net = (price.amount.low + price.amount.high) / 2 - (cost.amount.low + cost.amount.high) / 2
                        let exact = ((upfront.amount.low + upfront.amount.high) / 2) / net
                        let c = Check(name: Self.name,
                                      inputs: [upfront.input("one-time cost"), price.input("price per unit"), cost.input("cost per unit"),
                                               CheckInput(name: "stated break-even", value: n.value, unit: unit, source: "line \(doc.line(ofSentence: s))")],
                                      arithmetic: "derived: break-even = \(upfront.cited) ÷ (\(price.cited) − \(cost.cited)) = \(upfront.figure) ÷ "
                                        + "\(MoneyFormatting.money(net, currency: price.amount.currency)) = \(MoneyFormatting.number(exact)) \(MoneyFormatting.plural(of: unit)); "
                                        + "the text says \(n.text) (line \(doc.line(ofSentence: s))), which agrees",
                                      agrees: true)
                        add(upfront.index, c); add(price.index, c); add(cost.index, c)
                        return
                    }
                }
            }
        }
    }
}
