import Foundation

/// An energy bill from a power draw, the hours it runs and a rate per unit of
/// energy: `$0.12 per kWh … draws 500 kW around the clock, about $1,440 a day`
/// (500 kW × 24 h × $0.12). The power (`kW`, `MW`, `watts`) and the hours
/// (running around the clock, or `N hours a day`) are in the figure's sentence;
/// the rate is in it or in the sentence before. Confirm-only.
extension DerivedStatementCheck {
    /// Power units in kilowatts.
    static let powerUnits: [String: Double] = ["w": 0.001, "watt": 0.001, "watts": 0.001, "kw": 1, "kilowatt": 1, "kilowatts": 1,
                                               "mw": 1_000, "megawatt": 1_000, "megawatts": 1_000, "gw": 1_000_000, "gigawatt": 1_000_000,
                                               "gigawatts": 1_000_000]

    func powerBills(_ s: Int, _ numbers: [SentenceNumber], _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        let powers: [(SentenceNumber, Double)] = numbers.compactMap { n in
            guard !n.fromEarlierSentence, case .count(let unit?) = n.role, let k = Self.powerUnits[unit.lowercased()], n.perTime == nil else { return nil }
            return (n, k)
        }
        guard !powers.isEmpty else { return }
        // hours a day: around the clock, or a stated count of hours per day
        var hours: (Double, String)?
        // hours with no period (`running 24 hours`, `for 8 hours`) price a bill stated per day only
        var dailyBillsOnly = false
        func isHours(_ n: SentenceNumber) -> Bool {
            if case .count(let u?) = n.role, ["hour", "hours", "h", "hrs"].contains(u.lowercased()) { return true }
            return false
        }
        if NearbyArithmeticCheck.aroundTheClockCues.contains(where: { doc.lowerSentence(s, contains: $0) }) {
            hours = (24, "24 hours a day")
        } else if let h = numbers.first(where: { isHours($0) && $0.perTime.map { abs($0 - 1) < 1e-9 } == true }), h.value > 0, h.value <= 24 {
            hours = (h.value, h.text)
        } else if let h = numbers.first(where: { isHours($0) && $0.perTime == nil && !$0.fromEarlierSentence }), h.value > 0, h.value <= 24 {
            hours = (h.value, h.text)
            // `running 24 hours` is around the clock, so any period's bill; fewer hours price one day
            dailyBillsOnly = h.value < 24
        }
        guard let (perDay, hoursText) = hours else { return }
        let here = doc.mentions(inSentence: s).filter { $0.kind != nil && !$0.mention.approx && $0.amount.low > 0 }
        let earlier = s > 0 ? doc.mentions(inSentence: s - 1).filter { $0.kind != nil && !$0.mention.approx && $0.amount.low > 0 } : []
        let energy: Set<String> = ["energy"]
        let rates = (earlier + here).filter { $0.dimensions == energy && $0.per.count == 1 }
        let bills = here.filter { $0.dimensions == [NormalizedRate.time] }
        for r in rates {
            // the rate per kWh (`per MWh` → ÷ 1,000)
            let kwh = UnitNormalizer.scale(of: r.per) / 1_000
            for b in bills where b.amount.currency == r.amount.currency && b.index != r.index && (!dailyBillsOnly || abs(b.perScale - 1) < 1e-9) {
                for (p, k) in powers {
                    let kw = p.value * k, days = b.perScale
                    let low = r.interval.lowerBound / kwh * p.interval.lowerBound * k * perDay * days
                    let high = r.interval.upperBound / kwh * p.interval.upperBound * k * perDay * days
                    guard Tolerance.agrees(orderedRange(low, high), b.interval) else { continue }
                    let value = r.amount.low / kwh * kw * perDay * days
                    let daysText = abs(days - 1) < 1e-9 ? "" : " × \(MoneyFormatting.number(days)) days"
                    let c = Check(name: Self.name,
                                  inputs: [r.input("rate"), CheckInput(name: "power", value: kw, unit: "kW", source: "line \(doc.line(ofSentence: s))"),
                                           CheckInput(name: "hours a day", value: perDay, unit: "hour", source: "line \(doc.line(ofSentence: s))"),
                                           b.input("bill")],
                                  arithmetic: "derived: \(p.text) × \(hoursText)\(daysText) = \(MoneyFormatting.number(kw * perDay * days)) kWh at \(r.cited)"
                                    + " = \(MoneyFormatting.rate(low: value, high: value, currency: b.amount.currency, per: b.per)); the text says \(b.cited), which agrees",
                                  agrees: true)
                    add(r.index, c); add(b.index, c)
                }
            }
        }
    }
}
