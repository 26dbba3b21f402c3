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

    @inline(__always) subscript(_ k: Int) -> Token { base[k] }
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
        while p < end {
            let b = bytes[p]
            if b < 0x80 {
                if ScanByte.isSpace(b) { p += 1; continue }
                if ScanByte.isDigit(b) {
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
                if ScanByte.isASCIILetter(b) {
                    // one pass: the word's end, its case and its packed lowercase key
                    var q = p, upper = true, plain = true
                    var ka: UInt64 = 0, kb: UInt64 = 0, shift: UInt64 = 0
                    while q < end {
                        let c = bytes[q]
                        if c < 0x80 {
                            if ScanByte.isAlnum(c) {
                                if ScanByte.isLower(c) { upper = false }
                                let l = UInt64(c | (ScanByte.isUpper(c) ? 0x20 : 0))
                                if shift < 64 { ka |= l << shift } else if shift < 128 { kb |= l << (shift &- 64) }
                                shift &+= 8
                                q += 1
                                continue
                            }
                            if c == 0x27, q + 1 < end, ScanByte.isASCIILetter(bytes[q + 1]) { plain = false; q += 1; continue }
                            break
                        }
                        let (kind, len) = ScanByte.special(bytes, q, end)
                        if kind == .letter || (kind == .apostrophe && q + len < end && ScanByte.isASCIILetter(bytes[q + len])) {
                            plain = false
                            q = min(end, q + len)
                            continue
                        }
                        break
                    }
                    var info: Int32 = -1
                    if plain, shift <= 128 {
                        info = lexicon.find(ka, kb)
                        if info >= 0 {
                            let f = lexicon.flags[Int(info)]
                            if f & Lexicon.flagCurrency != 0 || (f & Lexicon.flagCode != 0 && upper) { flags.hasCurrency = true }
                            if f & Lexicon.flagCost != 0 { flags.hasCostWord = true }
                        }
                    }
                    tokens.append(Token(start: p, end: q, kind: .word, mark: 0, info: info, allUpper: upper))
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
            case .approx: tokens.append(Token(start: p, end: q, kind: .punct, mark: 0x7E, info: -1, allUpper: false))
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
}
