import Foundation

/// A total over a stated time of a one-time cost and a running one:
/// `costs $80,000 to install and $6,000 a year to run. Over ten years that is
/// $140,000` ($80,000 + $6,000 × 10). The total and the duration share a
/// sentence; the one-time figure (stated without a period) and the running
/// figure (stated per a period only) are in it or in the sentence before.
/// Confirm-only: a miss may add something the text leaves out.
extension DerivedStatementCheck {
    func lifetimeTotals(_ s: Int, _ numbers: [SentenceNumber], _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        let durations = numbers.filter { $0.role == .duration && !$0.fromEarlierSentence && $0.value >= 2 }
        guard !durations.isEmpty else { return }
        let here = doc.mentions(inSentence: s).filter { $0.kind != nil && !$0.mention.approx && !$0.amount.isRange && $0.amount.low > 0 }
        let totals = here.filter { $0.per.isEmpty }
        guard !totals.isEmpty else { return }
        let before = s > 0 ? doc.mentions(inSentence: s - 1).filter { $0.kind != nil && !$0.mention.approx && !$0.amount.isRange && $0.amount.low > 0 } : []
        let pool = before + here
        guard pool.count <= Self.allPairsUpTo else { return }
        let time: Set<String> = [NormalizedRate.time]
        let running = pool.filter { $0.dimensions == time }
        let oneTime = pool.filter { $0.per.isEmpty }
        for total in totals {
            for r in running where r.amount.currency == total.amount.currency {
                for a in oneTime where a.index != total.index && a.amount.currency == total.amount.currency && a.amount.low < total.amount.low {
                    for d in durations {
                        // periods of the running figure in the duration (`ten years` of `$6,000 a year` → 10)
                        let periods = d.value * UnitNormalizer.daysPerMonth / r.perScale
                        let periodsRange = orderedRange(d.interval.lowerBound * UnitNormalizer.daysPerMonth / r.perScale,
                                                        d.interval.upperBound * UnitNormalizer.daysPerMonth / r.perScale)
                        guard periods >= 2 else { continue }
                        let computed = orderedRange(a.interval.lowerBound + r.interval.lowerBound * periodsRange.lowerBound,
                                                    a.interval.upperBound + r.interval.upperBound * periodsRange.upperBound)
                        guard Tolerance.agrees(computed, total.interval) else { continue }
                        let value = a.amount.low + r.amount.low * periods
                        let c = Check(name: Self.name,
                                      inputs: [a.input("one-time figure"), r.input("running figure"),
                                               CheckInput(name: "duration", value: periods, unit: d.text, source: "line \(doc.line(ofSentence: s))"),
                                               total.input("total")],
                                      arithmetic: "derived: \(a.cited) + \(r.cited) × \(MoneyFormatting.number(periods)) (\(d.text), line \(doc.line(ofSentence: s)))"
                                        + " = \(MoneyFormatting.money(value, currency: total.amount.currency)); the text says \(total.cited), which agrees",
                                      agrees: true)
                        add(a.index, c); add(r.index, c); add(total.index, c)
                    }
                }
            }
        }
    }
}
