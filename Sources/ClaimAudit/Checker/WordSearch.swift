/// Finds a lowercase phrase at word boundaries in lowercased text, on UTF-8
/// bytes: `h100` matches `h100`, `h100s` and `(h100)`, not `gh100` or
/// `h1000`; `opus 4` does not match `opus 4.5`; with `prefix`, `train`
/// matches `training`. A word character is a letter (any script) or an
/// ASCII digit. Linear in the text.
enum WordSearch {
    static func contains(_ text: String, needle: String, prefix: Bool) -> Bool {
        var text = text
        var needle = needle
        return needle.withUTF8 { n in
            guard !n.isEmpty else { return false }
            return text.withUTF8 { t in find(n, in: t, prefix: prefix) }
        }
    }

    static func find(_ n: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>, prefix: Bool) -> Bool {
        guard n.count <= t.count else { return false }
        let needsStartBoundary = isWordScalar(scalar(at: 0, in: n).0)
        let lastIsWord = isWordScalar(scalar(endingAt: n.count, in: n))
        let first = n[0]
        let limit = t.count - n.count
        var i = 0
        while i <= limit {
            defer { i += 1 }
            guard t[i] == first else { continue }
            var k = 1
            while k < n.count, t[i + k] == n[k] { k += 1 }
            guard k == n.count else { continue }
            if needsStartBoundary, i > 0, isWordScalar(scalar(endingAt: i, in: t)) { continue }
            if prefix { return true }
            let end = i + n.count
            guard end < t.count else { return true }
            let (next, length) = scalar(at: end, in: t)
            let afterNext: Unicode.Scalar? = end + length < t.count ? scalar(at: end + length, in: t).0 : nil
            // a plural `s` is allowed: `h100` matches `H100s`
            if next == "s", lastIsWord, afterNext.map(isWordScalar) != true { return true }
            if isWordScalar(next) { continue }
            // `opus 4` must not match `opus 4.5`
            if next == "." || next == ",", let a = afterNext, ("0"..."9").contains(a) { continue }
            return true
        }
        return false
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? isWordByte(UInt8(c.value)) : c.properties.isAlphabetic
    }

    /// The scalar starting at byte `i` and its length in bytes (U+FFFD for a
    /// malformed sequence, which the loader never lets through).
    static func scalar(at i: Int, in t: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let b = t[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + length <= t.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(t[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends just before byte `i`.
    static func scalar(endingAt i: Int, in t: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var j = i - 1
        while j > 0, t[j] & 0xC0 == 0x80, i - j < 4 { j -= 1 }
        return scalar(at: j, in: t).0
    }
}
