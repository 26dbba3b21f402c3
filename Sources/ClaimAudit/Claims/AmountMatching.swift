import Foundation

/// Whether two stated amounts are the same figure, within the rounding the
/// text implies: `$5K` stands for 4,500 up to (not including) 5,500, so it
/// matches `$5,000`, `$5,400` and `$4,500`, not `$5,500` or `$4,000`.
///
/// A round figure that starts with 1 (`$10 billion`, `$100`, `$1K`) is read
/// to two significant digits: writers say `$10 billion` for 9.5–10.5 billion,
/// not for anything from 5 to 15 billion, so `$10 billion` and `$8 billion`
/// (or `$100 million` and `$78.4 million`) stay two figures.
public enum AmountMatching {
    /// Half a unit of the last significant digit: 500 for 5,000, 0.005 for
    /// 0.03; for a figure that is a 1 followed by zeros, half a unit of the
    /// next digit: 50 for 1,000, 0.5 for 10.
    public static func tolerance(_ value: Double) -> Double {
        let v = abs(value)
        guard v > 0, v.isFinite else { return 0 }
        var unit = 1e-6
        while unit < 1e15 {
            let next = unit * 10
            let q = v / next
            if abs(q - q.rounded()) > 1e-9 * max(1, q) { break }
            unit = next
        }
        if abs(v / unit - 1) < 1e-9 { unit /= 10 }
        return unit / 2
    }

    /// Whether `a` and `b` can be the same figure written with different precision.
    public static func sameFigure(_ a: Double, _ b: Double) -> Bool {
        let (rough, exact) = tolerance(a) >= tolerance(b) ? (a, b) : (b, a)
        let t = tolerance(rough)
        let eps = 1e-9 * max(abs(a), abs(b))
        return exact >= rough - t - eps && exact < rough + t - eps
    }

    /// Whether `a` and `b` can be the same figure when one is a small round amount written out in
    /// full: a one-digit figure under 1,000 (`$200`, `$20`, `$5`) is a price or a cost as stated, so
    /// it matches only itself, not every figure within half a unit of its digit (`$150` is no `$200`).
    public static func sameStatedFigure(_ a: Double, _ b: Double) -> Bool {
        let rough = tolerance(a) >= tolerance(b) ? a : b
        if abs(rough) < 1000, abs(rough) >= 1, isOneDigit(rough) { return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) }
        return sameFigure(a, b)
    }

    /// A value with one significant digit (`200`, `5`, `0.03`).
    static func isOneDigit(_ v: Double) -> Bool {
        let e = pow(10, floor(log10(abs(v))))
        let q = abs(v) / e
        return abs(q - q.rounded()) < 1e-9
    }

    /// Same currency and the same figure at both ends of a range.
    public static func sameAmount(_ a: MoneyAmount, _ b: MoneyAmount) -> Bool {
        a.currency == b.currency && sameFigure(a.low, b.low) && sameFigure(a.high, b.high)
    }

    /// Same currency and the same value at both ends of a range, whatever the
    /// precision it is written with (`$5K` and `$5,000`; not `$6M` and `$5.576M`).
    /// `sameAmount` with `sameStatedFigure` at both ends.
    public static func sameStatedAmount(_ a: MoneyAmount, _ b: MoneyAmount) -> Bool {
        a.currency == b.currency && sameStatedFigure(a.low, b.low) && sameStatedFigure(a.high, b.high)
    }

    public static func equalAmount(_ a: MoneyAmount, _ b: MoneyAmount) -> Bool {
        func equal(_ x: Double, _ y: Double) -> Bool { abs(x - y) <= 1e-9 * max(abs(x), abs(y)) }
        return a.currency == b.currency && equal(a.low, b.low) && equal(a.high, b.high)
    }

    /// The same denominators, or one side states none. Words for one person of
    /// the audience count as the same denominator (`per user`, `a head`, `per
    /// subscriber`, `per person`): a text that says "$5,000 per user" and then
    /// "$5K a head" repeats one figure.
    /// A repeat may also leave out the period (`$30 per tenant a year`, then
    /// "each new tenant costs $30").
    public static func compatiblePer(_ a: [Denominator], _ b: [Denominator]) -> Bool {
        if a.isEmpty || b.isEmpty { return true }
        let ka = Set(a.map(perKey)), kb = Set(b.map(perKey))
        if ka == kb { return true }
        let (small, large) = ka.count < kb.count ? (ka, kb) : (kb, ka)
        return small.isSubset(of: large) && large.subtracting(small).allSatisfy { periodKeys.contains($0) }
    }

    static let periodKeys: Set<String> = ["month", "year", "week", "day", "quarter"]

    /// Units that name one person of a product's audience.
    static let personUnits: Set<String> = ["user", "head", "person", "capita", "individual", "subscriber",
                                           "customer", "member", "account"]

    /// A denominator as grouping compares it: person words folded into one.
    static func perKey(_ d: Denominator) -> String {
        guard d.count == nil, personUnits.contains(d.unit.lowercased()) else { return d.description }
        return "person"
    }
}
