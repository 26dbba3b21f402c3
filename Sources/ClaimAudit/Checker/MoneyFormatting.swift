import Foundation

/// Formats money, counts, rates and durations the way explanations print them:
/// `$5,000`, `$0.10`, `$0.003`, `$1.2B`, `$78.4M`, `$0.10–$2.00`,
/// `$25 per user per month`, `250 months ≈ 20.8 years`.
public enum MoneyFormatting {
    /// The symbol printed before an amount (`$`, `€`, `£`), or the code and a space.
    public static func symbol(for currency: String) -> String {
        switch currency.uppercased() {
        case "USD": "$"
        case "EUR": "€"
        case "GBP": "£"
        case "JPY", "CNY": "¥"
        case "INR": "₹"
        default: currency.uppercased() + " "
        }
    }

    /// One amount: `$5,000`, `$20`, `$2.50`, `$0.10`, `$0.0036`, `$78.4M`, `$1.2B`, `$1.4T`.
    public static func money(_ value: Double, currency: String = "USD") -> String {
        let sign = value < 0 ? "-" : ""
        return sign + symbol(for: currency) + magnitude(abs(value), cents: true)
    }

    /// A range or single figure: `$0.10–$2.00`, `$5,000`.
    public static func money(_ amount: MoneyAmount) -> String {
        money(low: amount.low, high: amount.high, currency: amount.currency)
    }

    /// `$low–$high`, or one figure when they are equal. Both ends of a range
    /// get the same number of decimals (`$0.10–$2.00`).
    public static func money(low: Double, high: Double, currency: String = "USD") -> String {
        if low == high || abs(high - low) <= 1e-12 * max(abs(low), abs(high)) { return money(low, currency: currency) }
        let needCents = [low, high].map(snapped).contains { $0 < 1_000 && $0 != $0.rounded() }
        func one(_ v: Double) -> String {
            if needCents, snapped(v) < 10, v >= 0.01 { return symbol(for: currency) + grouped(v, decimals: 2) }
            return money(v, currency: currency)
        }
        return one(low) + "–" + one(high)
    }

    /// A rate: `$25 per user per month`, `$30 per million tokens`, `$5,000` for a lump sum.
    public static func rate(low: Double, high: Double, currency: String, per: [Denominator]) -> String {
        let amount = money(low: low, high: high, currency: currency)
        return per.isEmpty ? amount : amount + " " + perPhrase(per)
    }

    /// `per user per month`, `per 1K tokens`, `per million tokens`, `per GPU-hour`.
    public static func perPhrase(_ per: [Denominator]) -> String {
        per.map { "per " + unitPhrase($0) }.joined(separator: " ")
    }

    /// The plural of a unit noun: `queries`, `searches`, `tokens`; a unit already in `s` stays.
    static func plural(of unit: String) -> String {
        if unit.hasSuffix("s") { return unit }
        if unit.hasSuffix("ch") || unit.hasSuffix("sh") || unit.hasSuffix("x") { return unit + "es" }
        if unit.hasSuffix("y"), let before = unit.dropLast().last, !"aeiou".contains(before) { return unit.dropLast() + "ies" }
        return unit + "s"
    }

    static func unitPhrase(_ d: Denominator) -> String {
        let unit = d.unit == "gpu-hour" ? "GPU-hour" : d.unit
        guard let count = d.count, count != 1 else { return unit }
        let plural = Self.plural(of: unit)
        switch count {
        case 1_000: return "1K " + plural
        case 1_000_000: return "million " + plural
        case 1_000_000_000: return "billion " + plural
        default: return number(count) + " " + plural
        }
    }

    /// A plain number: `2,500`, `20.8`, `0.25`, `1.2 million`.
    public static func number(_ value: Double) -> String {
        let a = abs(value)
        if a >= 1e9 && a < 1e15 || a >= 1e6 && a < 1e9 && value != value.rounded() {
            return (value < 0 ? "-" : "") + magnitude(a, cents: false, words: true)
        }
        if a >= 100 || value == value.rounded() { return grouped(value.rounded(), decimals: 0) }
        return trimmed(significant(value, digits: 3))
    }

    /// `250 months ≈ 20.8 years`; short spans stay in months (`25 months ≈ 2.1 years`, `6 months`).
    public static func duration(months: Double) -> String {
        let m = months >= 10 ? number(months.rounded()) : trimmed(String(format: "%.1f", months))
        let unit = m == "1" ? "month" : "months"
        guard months >= 12 else { return "\(m) \(unit)" }
        let years = months / 12
        return "\(m) \(unit) ≈ \(trimmed(String(format: "%.1f", years))) years"
    }

    /// A ratio: `12.5×`, `250×`, `2,500×`.
    public static func times(_ value: Double) -> String {
        value >= 100 ? grouped(value.rounded(), decimals: 0) + "×" : trimmed(significant(value, digits: 3)) + "×"
    }

    // MARK: - helpers

    static func magnitude(_ raw: Double, cents: Bool, words: Bool = false) -> String {
        let a = snapped(raw)
        let steps: [(Double, String, String)] = [(1e12, "T", " trillion"), (1e9, "B", " billion"), (1e6, "M", " million")]
        for (size, short, long) in steps where a >= size {
            return trimmed(significant(a / size, digits: 4, maxDecimals: 3)) + (words ? long : short)
        }
        if a >= 1_000 { return grouped(a, decimals: a == a.rounded() ? 0 : 2) }
        if a == a.rounded() { return grouped(a, decimals: 0) }
        if a >= 0.01 && cents {
            // Whole cents print with two decimals; finer amounts keep their digits.
            let c = (a * 100).rounded() / 100
            if abs(c - a) < 1e-9 { return String(format: "%.2f", a) }
        }
        return trimmed(significant(a, digits: 3))
    }

    /// A value within floating-point noise of a whole number or whole cent, snapped to it.
    static func snapped(_ v: Double) -> Double {
        let r = v.rounded()
        if abs(v - r) <= 1e-9 * max(1, abs(v)) { return r }
        let c = (v * 100).rounded() / 100
        if abs(v - c) <= 1e-9 * max(1, abs(v)) { return c }
        return v
    }

    static func grouped(_ v: Double, decimals: Int) -> String {
        let s = String(format: "%.\(decimals)f", abs(v))
        let parts = s.split(separator: ".", maxSplits: 1)
        var intPart = String(parts[0])
        var out = ""
        while intPart.count > 3 {
            out = "," + intPart.suffix(3) + out
            intPart = String(intPart.dropLast(3))
        }
        out = intPart + out
        if parts.count == 2 { out += "." + parts[1] }
        return (v < 0 ? "-" : "") + out
    }

    static func significant(_ v: Double, digits: Int, maxDecimals: Int = 12) -> String {
        guard v != 0 else { return "0" }
        // A figure past Double's range (`$` and 400 nines) must not trap.
        guard v.isFinite else { return v.isNaN ? "?" : "∞" }
        let exponent = Int(floor(log10(abs(v))))
        let decimals = min(maxDecimals, max(0, digits - 1 - exponent))
        return String(format: "%.\(decimals)f", v)
    }

    static func trimmed(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}
