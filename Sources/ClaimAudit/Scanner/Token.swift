/// One token of a sentence, as the money grammar sees it.
struct Token {
    enum Kind: UInt8 {
        /// Letters (and digits after a letter: `H100`, `Q3`), apostrophes inside.
        case word
        /// Digits with `.`/`,` between digits: `1,234.56`, `3.5.1`.
        case number
        /// A currency sign: `$ € £ ¥ ₹ ¢`.
        case symbol
        /// Any other single character; `mark` holds it, normalized.
        case punct
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// For `punct`: the character (dashes → `-`, curly quotes → `'`/`"`,
    /// ellipsis → `…` as 0x85, `≈` as 0x7E like `~`); for `symbol`: the sign id.
    var mark: UInt8
    /// For `word`: index into `Lexicon.entries`, or -1.
    var info: Int32
    /// For `word`: every letter is uppercase (`USD`, `MTok` is not).
    var allUpper: Bool
}

/// The tokens of one sentence, in a buffer allocated once per scan. A
/// sentence is at most `SentenceSplitter.hardLimit` bytes (plus a few), so
/// the buffer never needs to grow; tokens past the capacity are dropped.
struct TokenBuffer {
    let base: UnsafeMutablePointer<Token>
    let capacity: Int
    var count = 0

    static let defaultCapacity = SentenceSplitter.hardLimit + 4096

    @inline(__always) mutating func append(_ t: Token) {
        if count < capacity { base[count] = t; count += 1 }
    }

    /// Token `k`; reading outside `0..<count` is a bug (checked in debug builds).
    @inline(__always) subscript(_ k: Int) -> Token {
        assert(k >= 0 && k < count, "token \(k) outside 0..<\(count)")
        return base[k]
    }
}

/// Currency sign ids stored in `Token.mark`.
enum SignID {
    static let dollar: UInt8 = 1, euro: UInt8 = 2, pound: UInt8 = 3, yen: UInt8 = 4, rupee: UInt8 = 5, cent: UInt8 = 6
}

/// Splits a sentence into tokens: one pass, no backtracking, no allocation
/// beyond the reused token buffer.
enum Tokenizer {
    static let ellipsisMark: UInt8 = 0x85
    /// `×`, `÷`, `−`, `∗` (arithmetic signs written in Unicode).
    static let operatorMark: UInt8 = 0x86

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout TokenBuffer, flags: inout SentenceFlags) {
        tokens.count = 0
        flags = SentenceFlags()
        let end = range.upperBound
        var p = range.lowerBound
        let lexicon = Lexicon.shared
        let table = ScanByte.classes
        while p < end {
            let b = bytes[p]
            if b < 0x80 {
                let cls = table[Int(b)]
                if cls & ScanByte.letterBit != 0 {
                    // the word's end and case: a tight loop over ASCII letters and digits
                    var q = p + 1, lowerSeen = cls & ScanByte.lowerBit, plain = true
                    while true {
                        while q < end {
                            let k = table[Int(bytes[q])]
                            if k & ScanByte.alnumBit == 0 { break }
                            lowerSeen |= k
                            q += 1
                        }
                        guard q < end else { break }
                        let c = bytes[q]
                        if c == 0x27, q + 1 < end, ScanByte.isASCIILetter(bytes[q + 1]) { plain = false; q += 1; continue }
                        if c < 0x80 { break }
                        let (kind, len) = ScanByte.special(bytes, q, end)
                        if kind == .letter || (kind == .apostrophe && q + len < end && ScanByte.isASCIILetter(bytes[q + len])) {
                            plain = false
                            q = min(end, q + len)
                            continue
                        }
                        break
                    }
                    let upper = lowerSeen & ScanByte.lowerBit == 0
                    var info: Int32 = -1
                    if plain, q - p <= 16 {
                        let (ka, kb) = packedKey(bytes, p, q)
                        info = lexicon.find(ka, kb)
                        if info >= 0 {
                            let f = lexicon.flags[Int(info)]
                            if f & Lexicon.flagCurrency != 0 || (f & Lexicon.flagCode != 0 && upper) { flags.hasCurrency = true }
                            if f & Lexicon.flagCost != 0 { flags.hasCostWord = true }
                        }
                    }
                    // "Rs 500": the rupee abbreviation (SentenceParser.rupeeAbbreviation)
                    if q - p == 2, bytes[p] == 0x52, bytes[p + 1] == 0x73 { flags.hasCurrency = true }
                    tokens.append(Token(start: p, end: q, kind: .word, mark: 0, info: info, allUpper: upper))
                    p = q
                    continue
                }
                if cls & ScanByte.spaceBit != 0 { p += 1; continue }
                // "$.50": a fraction right after a currency sign
                var leadingPoint = false
                if b == 0x2E, p + 1 < end, ScanByte.isDigit(bytes[p + 1]), tokens.count > 0 {
                    let last = tokens[tokens.count - 1]
                    leadingPoint = last.kind == .symbol && last.end == p
                }
                // "at .40 a pull", "like .02 per query": forum shorthand for cents, two digits
                // after a point that follows a space and ends the number
                if b == 0x2E, !leadingPoint, p > range.lowerBound, ScanByte.isSpace(bytes[p - 1]), p + 2 < end,
                   ScanByte.isDigit(bytes[p + 1]), ScanByte.isDigit(bytes[p + 2]),
                   p + 3 >= end || !ScanByte.isDigit(bytes[p + 3]) && bytes[p + 3] != 0x2E && bytes[p + 3] != 0x2C {
                    leadingPoint = true
                }
                if cls & ScanByte.digitBit != 0 || leadingPoint {
                    var q = p + 1
                    while q < end {
                        let c = bytes[q]
                        if ScanByte.isDigit(c) { q += 1 }
                        else if (c == 0x2E || c == 0x2C), q + 1 < end, ScanByte.isDigit(bytes[q + 1]) { q += 2 }
                        else { break }
                    }
                    tokens.append(Token(start: p, end: q, kind: .number, mark: 0, info: -1, allUpper: false))
                    p = q
                    continue
                }
                if b == 0x24 {
                    flags.hasCurrency = true
                    tokens.append(Token(start: p, end: p + 1, kind: .symbol, mark: SignID.dollar, info: -1, allUpper: false))
                    p += 1
                    continue
                }
                var mark = b
                if b == 0x60 { mark = 0x27 }
                if b == 0x3D { flags.hasEquals = true }
                tokens.append(Token(start: p, end: p + 1, kind: .punct, mark: mark, info: -1, allUpper: false))
                p += 1
                continue
            }
            let (kind, len) = ScanByte.special(bytes, p, end)
            let q = min(end, p + len)
            switch kind {
            case .space: break
            case .cent, .pound, .yen, .euro, .rupee:
                let id: UInt8
                switch kind {
                case .cent: id = SignID.cent
                case .pound: id = SignID.pound
                case .yen: id = SignID.yen
                case .euro: id = SignID.euro
                default: id = SignID.rupee
                }
                flags.hasCurrency = true
                tokens.append(Token(start: p, end: q, kind: .symbol, mark: id, info: -1, allUpper: false))
            case .dash: tokens.append(Token(start: p, end: q, kind: .punct, mark: 0x2D, info: -1, allUpper: false))
            case .apostrophe: tokens.append(Token(start: p, end: q, kind: .punct, mark: 0x27, info: -1, allUpper: false))
            case .quote: tokens.append(Token(start: p, end: q, kind: .punct, mark: 0x22, info: -1, allUpper: false))
            case .ellipsis: tokens.append(Token(start: p, end: q, kind: .punct, mark: ellipsisMark, info: -1, allUpper: false))
            case .approx:
                flags.hasEquals = true
                tokens.append(Token(start: p, end: q, kind: .punct, mark: 0x7E, info: -1, allUpper: false))
            case .other: tokens.append(Token(start: p, end: q, kind: .punct, mark: 0x80, info: -1, allUpper: false))
            case .operator: tokens.append(Token(start: p, end: q, kind: .punct, mark: Tokenizer.operatorMark, info: -1, allUpper: false))
            case .letter:
                let e = wordEnd(bytes, p, end)
                tokens.append(Token(start: p, end: e, kind: .word, mark: 0, info: -1, allUpper: false))
                p = e
                continue
            }
            p = q
        }
    }

    /// The lowercase key of an ASCII alphanumeric word of at most 16 bytes,
    /// as two little-endian words (OR 0x20 lowercases letters and leaves
    /// digits alone). Loads 16 bytes at once when the buffer allows.
    @inline(__always) static func packedKey(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int, _ q: Int) -> (UInt64, UInt64) {
        let n = q - p
        guard n <= 16 else { return (0, 0) }
        if p + 16 <= bytes.count, let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base + p)
            var a = raw.loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020
            var b = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) | 0x2020_2020_2020_2020
            if n < 8 { a &= (1 << UInt64(n * 8)) &- 1; b = 0 } else if n == 8 { b = 0 } else if n < 16 { b &= (1 << UInt64((n - 8) * 8)) &- 1 }
            return (a.littleEndian, b.littleEndian)
        }
        var a: UInt64 = 0, b: UInt64 = 0, shift: UInt64 = 0
        for i in p..<q {
            let l = UInt64(bytes[i] | 0x20)
            if shift < 64 { a |= l << shift } else { b |= l << (shift - 64) }
            shift += 8
        }
        return (a, b)
    }

    /// End of a word starting at `p`: letters, digits, non-ASCII letters, and
    /// an apostrophe between letters (`don't`, `Anthropic’s`).
    @inline(__always) static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int, _ end: Int) -> Int {
        var q = p
        while q < end {
            let c = bytes[q]
            if c < 0x80 {
                if ScanByte.isAlnum(c) { q += 1; continue }
                if c == 0x27, q + 1 < end, ScanByte.isASCIILetter(bytes[q + 1]), q > p { q += 1; continue }
                break
            }
            let (kind, len) = ScanByte.special(bytes, q, end)
            if kind == .letter { q = min(end, q + len); continue }
            if kind == .apostrophe, q + len < end, ScanByte.isASCIILetter(bytes[q + len]) { q += len; continue }
            break
        }
        return max(q, p + 1)
    }
}

/// Facts about a sentence gathered while tokenizing it.
struct SentenceFlags {
    /// A currency sign, code or money word appears.
    var hasCurrency = false
    /// A cost/spend/price/pay/… word appears.
    var hasCostWord = false
    /// An `=` or `≈` appears (stated arithmetic).
    var hasEquals = false
}
