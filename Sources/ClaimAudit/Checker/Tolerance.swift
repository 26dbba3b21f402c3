/// How far a stated figure reaches once rounding and qualifiers are allowed
/// for: `$5K` covers 4,500–5,499, `$0.10` covers 0.095–0.105, `about $700K`
/// covers ±5%, `20+` covers 20 and up, and a range covers its span.
public enum Tolerance {
    /// The half-unit of the last significant digit of a number as written
    /// (`5K` → 500, `5,000` → 500, `1.2bn` → 50M, `0.10` → 0.005, `20` → 0.5).
    /// Trailing zeros of a whole number with four or more digits are not significant.
    public static func halfUnit(ofWritten text: String) -> Double? {
        guard let token = NumberToken.first(in: text) else { return nil }
        return token.halfUnit
    }

    /// The half-unit implied by a value alone, when the text is not at hand.
    public static func halfUnit(ofValue v: Double) -> Double {
        let a = abs(v)
        guard a > 0 else { return 0.005 }
        if a == a.rounded() {
            guard a >= 1_000 else { return 0.5 }
            var place = 1.0
            while (a / (place * 10)).rounded() * place * 10 == a { place *= 10 }
            return place / 2
        }
        var decimals = 0
        var scaled = a
        while decimals < 9, abs(scaled - scaled.rounded()) > 1e-9 * max(1, scaled) {
            scaled *= 10
            decimals += 1
        }
        return 0.5 * pow10(-decimals)
    }

    /// The interval a stated amount covers. `text` is the amount as written
    /// (its digits give the precision); `qualifier` is the scanner's normalized
    /// bound (`about`, `over`, `up to`, `+`, …).
    public static func interval(low: Double, high: Double, text: String?, qualifier: String?, approx: Bool = false) -> ClosedRange<Double> {
        let tokens = text.map(NumberToken.all) ?? []
        let lowHalf = tokens.first.map(\.halfUnit) ?? halfUnit(ofValue: low)
        let highHalf = tokens.last.map(\.halfUnit) ?? halfUnit(ofValue: high)
        // A written token that does not match the value (words, cents) falls back to the value.
        let lh = tokens.first.map { abs($0.value - low) <= max(1e-9, low * 1e-6) } == true ? lowHalf : halfUnit(ofValue: low)
        let hh = tokens.last.map { abs($0.value - high) <= max(1e-9, high * 1e-6) } == true ? highHalf : halfUnit(ofValue: high)
        var lo = low - lh
        var hi = high + hh
        if approx {
            lo = min(lo, low * 0.95)
            hi = max(hi, high * 1.05)
        }
        switch Qualifier(qualifier) {
        case .approximately:
            lo = min(lo, low * 0.95)
            hi = max(hi, high * 1.05)
        case .atLeast:
            hi = max(hi, high * 2)
        case .atMost:
            lo = min(lo, low / 3)
        case .exact:
            break
        }
        return max(0, lo)...max(hi, max(0, lo))
    }

    /// How far the roundings of a calculation's operands may carry its result
    /// from the result of the operands as written: 3%. Writers multiply the
    /// figures they wrote (`$26 × 12` is $312, and `$302` misses it), though
    /// $26 and 12 each cover half a unit either way (293–331 together); the
    /// stated result keeps its own rounding.
    public static let operandSlack = 0.03

    /// `computed` (every operand's rounding carried through) narrowed to within
    /// `operandSlack` of `nominal` (the operands as written).
    public static func capped(_ computed: ClosedRange<Double>, nominal: ClosedRange<Double>) -> ClosedRange<Double> {
        let lo = max(computed.lowerBound, nominal.lowerBound * (1 - operandSlack))
        let hi = min(computed.upperBound, nominal.upperBound * (1 + operandSlack))
        return lo <= hi ? lo...hi : nominal
    }

    /// Whether two intervals overlap (with a hair of slack for floating point).
    public static func agrees(_ a: ClosedRange<Double>, _ b: ClosedRange<Double>) -> Bool {
        let slack = 1e-9 * max(abs(a.upperBound), abs(b.upperBound), 1e-12)
        return a.lowerBound <= b.upperBound + slack && b.lowerBound <= a.upperBound + slack
    }

    /// The bound a qualifier puts on a figure.
    enum Qualifier {
        case exact, approximately, atLeast, atMost

        init(_ text: String?) {
            switch text?.lowercased() {
            case nil: self = .exact
            case "about", "around", "roughly", "approximately", "approx", "~", "nearly", "almost", "some",
                 "close to", "circa", "ca.", "estimated", "in the region of", "on the order of":
                self = .approximately
            case "over", "more than", "at least", "+", "above", "upwards of", "north of", "in excess of", "over and above", "exceeding":
                self = .atLeast
            case "under", "less than", "up to", "at most", "below", "no more than", "as much as", "as little as":
                self = .atMost
            default: self = .approximately
            }
        }
    }

    static func pow10(_ n: Int) -> Double {
        var r = 1.0
        if n >= 0 { for _ in 0..<n { r *= 10 } } else { for _ in 0..<(-n) { r /= 10 } }
        return r
    }
}

/// A number as written in text, with its magnitude word (`5K`, `1.2 bn`,
/// `5,000`, `0.10`, `3 cents`).
struct NumberToken: Sendable, Hashable {
    var value: Double
    var halfUnit: Double
    /// Offsets of the token in the scanned text's UTF-8 bytes.
    var range: Range<Int>

    static let magnitudes: [(String, Double)] = [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
        ("mm", 1e6), ("bn", 1e9), ("k", 1e3), ("m", 1e6), ("b", 1e9), ("t", 1e12),
        ("cents", 0.01), ("cent", 0.01), ("¢", 0.01),
    ]

    static func first(in text: String) -> NumberToken? { all(in: text).first }

    /// Every number in `text`, left to right.
    static func all(in text: String) -> [NumberToken] {
        let b = Array(text.utf8)
        var out: [NumberToken] = []
        var i = 0
        func isDigit(_ j: Int) -> Bool { j < b.count && b[j] >= 0x30 && b[j] <= 0x39 }
        while i < b.count {
            guard isDigit(i) || (b[i] == 0x2E && isDigit(i + 1) && (i == 0 || !isDigit(i - 1))) else { i += 1; continue }
            let start = i
            var intDigits: [UInt8] = []
            var fracDigits: [UInt8] = []
            while i < b.count {
                if isDigit(i) { intDigits.append(b[i]); i += 1 }
                else if b[i] == 0x2C, isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) { i += 1 }
                else { break }
            }
            if i < b.count, b[i] == 0x2E, isDigit(i + 1) {
                i += 1
                while isDigit(i) { fracDigits.append(b[i]); i += 1 }
            }
            let numberText = String(decoding: intDigits, as: UTF8.self) + (fracDigits.isEmpty ? "" : "." + String(decoding: fracDigits, as: UTF8.self))
            guard let base = Double(numberText.isEmpty ? "0" : numberText) else { continue }
            // Magnitude word right after (optionally after one space).
            var j = i
            if j < b.count, b[j] == 0x20 || b[j] == 0x0A { j += 1 }
            var factor = 1.0
            var end = i
            let rest = String(decoding: b[j..<min(b.count, j + 9)], as: UTF8.self).lowercased()
            for (word, f) in magnitudes where rest.hasPrefix(word) {
                let after = j + word.utf8.count
                let boundary = after >= b.count || !(b[after] >= 0x61 && b[after] <= 0x7A || b[after] >= 0x41 && b[after] <= 0x5A)
                if boundary { factor = f; end = after; break }
            }
            var half: Double
            if !fracDigits.isEmpty {
                half = 0.5 * Tolerance.pow10(-fracDigits.count)
            } else {
                var trailing = 0
                if intDigits.count >= 4 { for d in intDigits.reversed() { if d == 0x30 { trailing += 1 } else { break } } }
                if trailing == intDigits.count { trailing = 0 }
                half = 0.5 * Tolerance.pow10(trailing)
                // `5,000` written out in full: its zeros may be significant, so allow 5% at most.
                if factor == 1, trailing > 0 { half = max(0.5, min(half, base * 0.05)) }
            }
            out.append(NumberToken(value: base * factor, halfUnit: half * factor, range: start..<end))
            i = max(i, end)
        }
        return out
    }
}
