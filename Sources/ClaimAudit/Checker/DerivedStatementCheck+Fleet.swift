/// A fleet kept running around the clock: a count of machines times a rate
/// per machine-hour times the hours of the total's period (`A 1,000-GPU
/// cluster at $2 per GPU-hour costs $48,000 a day`: 1,000 × $2 × 24 hours =
/// $48,000; `40 servers at $0.50 per server-hour … $480 a day`).
///
/// One sentence states the count (its unit the rate's machine: GPUs, H100s,
/// or the word before `-hour`), one rate per machine-hour, and one total per
/// a period (day, week, month, year), and no other figure of that currency;
/// the count must not be of hours. A month is read as 30 or 30.4 days. A
/// bare hourly rate beside a count of GPUs (`8 H100s at $3 an hour each …
/// $576 a day`) is read per GPU-hour, and only confirms.
/// Agreement holds both; a power-of-ten slip or a clear miss fails the
/// total.
extension DerivedStatementCheck {
    func fleetTotals(_ s: Int, _ numbers: [SentenceNumber], _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        let all = doc.mentions(inSentence: s).filter { $0.amount.high > 0 }
        guard all.count == 2, all[0].amount.currency == all[1].amount.currency,
              let rate = all.first(where: { $0.per.count == 1 && (Self.machine(ofHourlyUnit: $0.per[0].unit) != nil || Self.isHourly($0)) }),
              let total = all.first(where: { $0.index != rate.index && $0.dimensions == [NormalizedRate.time] && $0.per.count == 1
                  && UnitNormalizer.timeScale(of: $0.per) >= 1 }),
              !rate.amount.isRange, !total.amount.isRange, !rate.mention.approx else { return }
        // A bare hourly rate beside a count of GPUs (`8 H100s at $3 an hour each`) is read per GPU-hour, to confirm only.
        let named = Self.machine(ofHourlyUnit: rate.per[0].unit)
        let bareHourly = named == nil
        let machine = named ?? "gpu"
        let counts = numbers.filter { n in
            guard !n.fromEarlierSentence, n.perTime == nil, n.value >= 2, case .count(let unit?) = n.role else { return false }
            return machine == "gpu" ? Self.countsGPUs(n) || Self.countsGPUModels(n, doc.lowerSentence(s)) : UnitNormalizer.singular(unit) == machine
        }
        guard counts.count == 1, var count = counts.first else { return }
        if Self.countsGPUModels(count, doc.lowerSentence(s)) {
            // `8 H100s` as written, not `8 H`
            let bytes = Array(doc.sentence(s).utf8)
            var e = count.range.upperBound
            while e < bytes.count, bytes[e] != 0x20, bytes[e] != 0x2C, bytes[e] != 0x0A { e += 1 }
            count.text = String(decoding: bytes[count.range.lowerBound..<e], as: UTF8.self)
        }
        // hours in the total's period: 24 a day, and a month of 30 or 365/12 days
        let days = UnitNormalizer.timeScale(of: total.per)
        var periods = [days]
        if abs(days - UnitNormalizer.daysPerMonth) < 1e-6 { periods.append(30) }
        let line = doc.line(ofSentence: s)
        let inputs = [CheckInput(name: "count", value: count.value, unit: count.text, source: "line \(line)"),
                      rate.input("rate per machine-hour"), total.input("total")]
        let rateHour = (rate.amount.low + rate.amount.high) / 2
        func arithmetic(_ d: Double) -> String {
            let hours = d * 24
            let product = count.value * rateHour * hours
            return "derived: \(count.text) × \(rate.cited) × \(MoneyFormatting.number(hours)) hours "
                + "= \(MoneyFormatting.money(product, currency: rate.amount.currency)) \(MoneyFormatting.perPhrase(total.per)); "
                + "the text says \(total.cited)"
        }
        // the reading nearest the stated total first (a month of 30 days for `$14,400 a month`)
        let stated = (total.amount.low + total.amount.high) / 2
        periods.sort { abs(count.value * rateHour * $0 * 24 - stated) < abs(count.value * rateHour * $1 * 24 - stated) }
        /// count × rate × the hours of `d` days, with their roundings
        func computed(_ d: Double) -> ClosedRange<Double> {
            let hours = d * 24
            return orderedRange(count.interval.lowerBound * rate.interval.lowerBound * hours, count.interval.upperBound * rate.interval.upperBound * hours)
        }
        for d in periods {
            if Tolerance.agrees(computed(d), total.interval) {
                let c = Check(name: Self.name, inputs: inputs, arithmetic: arithmetic(d) + ", which agrees", agrees: true)
                add(rate.index, c); add(total.index, c)
                return
            }
        }
        let nominal = computed(days)
        guard !bareHourly, !total.mention.approx, Self.powerOfTenSlip(nominal, total.interval) != nil || Self.missesClearly(nominal, total.interval) else { return }
        add(total.index, Check(name: Self.name, inputs: inputs, arithmetic: arithmetic(days) + ", which does not agree", agrees: false))
    }

    /// The machine a rate per machine-hour counts: `gpu` for GPU-hours (`gpu-hr`, `H100-hour`), else the word
    /// before `-hour` (`server-hour` → `server`); nil for any other unit.
    static func machine(ofHourlyUnit unit: String) -> String? {
        let u = unit.lowercased()
        if let base = UnitNormalizer.baseUnits(of: Denominator(unit: u)).first, base.dimension == "gpu-hour" { return base.scale == 1 ? "gpu" : nil }
        for suffix in ["-hour", "-hr", "-hours"] where u.hasSuffix(suffix) {
            let head = String(u.dropLast(suffix.count))
            guard !head.isEmpty, head.allSatisfy(\.isLetter), !["man", "person", "work", "kilowatt", "watt", "megawatt"].contains(head) else { return nil }
            return UnitNormalizer.singular(head)
        }
        return nil
    }

    /// A rate per hour and nothing else (`$3 an hour`).
    static func isHourly(_ m: MentionFacts) -> Bool {
        m.dimensions == [NormalizedRate.time] && abs(UnitNormalizer.timeScale(of: m.per) - 1.0 / 24) < 1e-9
    }

    /// `8 H100s`, `16 A100s`: a count whose unit word is a model letter followed by digits.
    static func countsGPUModels(_ n: SentenceNumber, _ lower: String) -> Bool {
        guard case .count(let unit?) = n.role, ["h", "a", "b", "l"].contains(unit) else { return false }
        let bytes = Array(lower.utf8)
        let end = n.range.upperBound
        return end < bytes.count && (0x30...0x39).contains(bytes[end])
    }
}
