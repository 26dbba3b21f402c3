import Foundation

/// Prints numbers the way a person writes them: `5000`, not `5000.0`;
/// `0.1`, not `0.10000000000000001`; `0.00003`, not `3e-05`; and `0.7`,
/// not the `0.7000000000000001` that arithmetic leaves behind.
public enum JSONNumber {
    /// The shortest decimal, without an exponent, that reads back as
    /// `value` rounded to 15 significant digits (every figure written in a
    /// text has fewer; the 16th and 17th digits are floating-point noise).
    /// JSON `null` for NaN and infinities, which JSON cannot hold.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        // Whole numbers, the common case, need no rounding.
        if value == value.rounded(), abs(value) < 1e15 { return value == 0 ? "0" : String(Int64(value)) }
        let value = significantDigits(in: value) <= 15 ? value : Double(String(format: "%.15g", value)) ?? value
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        // Swift's description is the shortest round-tripping form; it may use
        // an exponent, which is expanded here.
        let text = "\(value)"
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        let mantissa = String(text[..<e])
        guard let exponent = Int(text[text.index(after: e)...]) else { return text }
        let negative = mantissa.hasPrefix("-")
        let unsigned = negative ? String(mantissa.dropFirst()) : mantissa
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0])
        let fracPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = intPart + fracPart
        // Position of the decimal point within `digits` after shifting.
        var point = intPart.count + exponent
        while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); point -= 1 }
        let body: String
        if point <= 0 {
            body = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            body = digits + String(repeating: "0", count: point - digits.count)
        } else {
            let i = digits.index(digits.startIndex, offsetBy: point)
            body = digits[..<i] + "." + digits[i...]
        }
        var trimmed = body
        if trimmed.contains(".") {
            while trimmed.hasSuffix("0") { trimmed.removeLast() }
            if trimmed.hasSuffix(".") { trimmed.removeLast() }
        }
        return (negative ? "-" : "") + trimmed
    }

    /// The significant digits of the shortest round-tripping form of `value`
    /// (`0.7000000000000001` has 16, `0.25` has 2).
    static func significantDigits(in value: Double) -> Int {
        var digits = 0, leading = true
        for b in "\(value)".utf8 {
            if b == 0x65 || b == 0x45 { break }  // the exponent
            guard b >= 0x30, b <= 0x39 else { continue }
            if leading, b == 0x30 { continue }
            leading = false
            digits += 1
        }
        return digits
    }
}
