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

    /// The UTF-8 encoding of a scalar value (U+FFFD for invalid values).
    static func encode(_ value: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(value), value != 0 else { return [0xEF, 0xBF, 0xBD] }
        return Array(String(Character(scalar)).utf8)
    }

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
}
