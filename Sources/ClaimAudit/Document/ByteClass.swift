/// Small byte classification helpers shared by the maskers (ASCII only; any
/// byte ≥ 0x80 counts as a letter).
enum ByteClass {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    @inline(__always) static func isWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B
    }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) || b >= 0x80 }
    /// ASCII punctuation as CommonMark defines it.
    @inline(__always) static func isPunct(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isLetter(b) ? b | 0x20 : b }

    /// A lowercased tag name as a small (inline, heap-free) string; empty
    /// for names over 15 bytes, which no known element has.
    static func lowercasedName(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard range.count <= 15 else { return "" }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (k, i) in range.enumerated() { buffer[k] = lower(bytes[i]) }
            return range.count
        }
    }

    /// Whether `bytes[i...]` starts with the ASCII `word`, ignoring case.
    static func hasPrefix(_ bytes: [UInt8], at i: Int, end: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= end else { return false }
        return word.withUTF8Buffer { w in
            for k in 0..<n where lower(bytes[i + k]) != w[k] { return false }
            return true
        }
    }

    /// First index of `byte` in `bytes[from..<end]`, or `end`.
    static func find(_ byte: UInt8, in bytes: [UInt8], from: Int, end: Int) -> Int {
        var i = from
        while i < end, bytes[i] != byte { i += 1 }
        return i
    }

    /// First index of the ASCII sequence `seq` in `bytes[from..<end]`, or nil.
    static func find(_ seq: StaticString, in bytes: [UInt8], from: Int, end: Int, ignoringCase: Bool = false) -> Int? {
        let n = seq.utf8CodeUnitCount
        return seq.withUTF8Buffer { w -> Int? in
            let first = w[0]
            var i = from
            while i + n <= end {
                let b = ignoringCase ? lower(bytes[i]) : bytes[i]
                if b == first {
                    var k = 1
                    while k < n, (ignoringCase ? lower(bytes[i + k]) : bytes[i + k]) == w[k] { k += 1 }
                    if k == n { return i }
                }
                i += 1
            }
            return nil
        }
    }
}

/// Finds bare URLs (`http://…`, `https://…`, `www.…`) so that their bytes
/// never reach prose: a URL can hold `$` signs and digits.
enum BareURL {
    /// If a bare URL starts at `i`, the index just past it; else nil. The URL
    /// must start a word and ends at whitespace or `<`; trailing punctuation
    /// and an unbalanced `)` are left out, as GFM's autolink extension does.
    static func end(in bytes: [UInt8], at i: Int, end: Int) -> Int? {
        let b = bytes[i] | 0x20
        guard b == UInt8(ascii: "h") || b == UInt8(ascii: "w") else { return nil }
        if i > 0 {
            let p = bytes[i - 1]
            if ByteClass.isAlnum(p) || p == UInt8(ascii: "/") || p == UInt8(ascii: "@") || p == UInt8(ascii: ".") { return nil }
        }
        var j: Int
        if ByteClass.hasPrefix(bytes, at: i, end: end, "https://") { j = i + 8 }
        else if ByteClass.hasPrefix(bytes, at: i, end: end, "http://") { j = i + 7 }
        else if ByteClass.hasPrefix(bytes, at: i, end: end, "www.") { j = i + 4 }
        else { return nil }
        let hostStart = j
        while j < end {
            let c = bytes[j]
            if c <= 0x20 || c == UInt8(ascii: "<") || c == 0x7F { break }
            j += 1
        }
        // Trim trailing punctuation.
        var open = 0, close = 0
        for k in hostStart..<j { if bytes[k] == UInt8(ascii: "(") { open += 1 } else if bytes[k] == UInt8(ascii: ")") { close += 1 } }
        while j > hostStart {
            let c = bytes[j - 1]
            if c == UInt8(ascii: ")") {
                if close > open { j -= 1; close -= 1; continue }
                break
            }
            if ".,:;!?\"'*_~".utf8.contains(c) { j -= 1; continue }
            break
        }
        guard j > hostStart, ByteClass.isAlnum(bytes[hostStart]) else { return nil }
        return j
    }
}
