/// Byte-level UTF-8 validation shared by the loader (to report the first bad
/// byte) and `ProseBuilder.copy` (to replace bad bytes with U+FFFD).
enum UTF8Validation {
    /// The length of the well-formed UTF-8 sequence that starts at `i` (1…4),
    /// or the negated length of its maximal invalid subpart (−1…−3): that many
    /// bytes become one U+FFFD, as the Unicode standard recommends.
    @inline(__always)
    static func sequenceLength(_ bytes: [UInt8], at i: Int, end: Int) -> Int {
        let b0 = bytes[i]
        if b0 < 0x80 { return 1 }
        let need: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return -1
        }
        var j = 1
        while j <= need {
            guard i + j < end else { return -j }
            let b = bytes[i + j]
            if j == 1 { if b < lo || b > hi { return -1 } } else if b & 0xC0 != 0x80 { return -j }
            j += 1
        }
        return need + 1
    }

    /// Offset of the first byte that is not well-formed UTF-8, if any.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] < 0x80 { i += 1; continue }
            let len = sequenceLength(bytes, at: i, end: n)
            if len < 0 { return i }
            i += len
        }
        return nil
    }

    /// `value` if it is a Unicode scalar other than NUL, else U+FFFD.
    static func sanitized(_ value: UInt32) -> UInt32 {
        value == 0 || Unicode.Scalar(value) == nil ? 0xFFFD : value
    }

    /// Appends the UTF-8 encoding of scalar `value` (already sanitised) to `bytes`.
    @inline(__always)
    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6))); bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12))); bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18))); bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F))); bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

}
