/// Splits prose into tokens in one pass over its bytes.
///
/// Words are runs of letters and digits, with inner apostrophes (`doesn't`)
/// and ampersands (`R&D`); hyphens split words and are dropped (`one-time` →
/// `one`, `time`),
/// so a lexicon phrase written either way matches both spellings. Numbers
/// keep inner `,` and `.` (`5,000`, `0.03`) and trailing letters (`5K`).
/// Contractions expand into several tokens over the same range
/// (`doesn't` → `do`, `not`).
public enum CueTokenizer {
    /// Tokens of `bytes[range]`, in order.
    public static func tokenize(_ bytes: [UInt8], _ range: Range<Int>) -> [CueToken] {
        var stems: [String: WordForms] = [:]
        return tokenize(bytes, range, stems: &stems)
    }

    /// How a word as written is matched: its normalized parts, and its
    /// lower-cased form for exact matching.
    struct WordForms {
        var parts: [String]
        var lower: String
    }

    /// Tokens of `bytes[range]`, in order, reusing and filling `stems` (the
    /// normalized parts of each word as written): words repeat, so a
    /// document tokenized sentence by sentence stems each distinct word once.
    static func tokenize(_ bytes: [UInt8], _ range: Range<Int>, stems: inout [String: WordForms]) -> [CueToken] {
        var scalars: [(Unicode.Scalar, Int)] = []  // scalar and its byte offset
        scalars.reserveCapacity(range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            let (scalar, length) = decode(bytes, i, range.upperBound)
            scalars.append((scalar, i))
            i += length
        }
        func end(_ k: Int) -> Int { k < scalars.count ? scalars[k].1 : range.upperBound }
        var tokens: [CueToken] = []
        var k = 0
        while k < scalars.count {
            let (c, start) = scalars[k]
            if isSpace(c) { k += 1; continue }
            if isDigit(c) {
                var j = k + 1
                while j < scalars.count {
                    let s = scalars[j].0
                    if isDigit(s) || isLetter(s) { j += 1; continue }
                    if (s == "," || s == "."), j + 1 < scalars.count, isDigit(scalars[j + 1].0) { j += 2; continue }
                    break
                }
                let digits = text(bytes, start..<end(j), scalars[k..<j])
                tokens.append(CueToken(kind: .number, range: start..<end(j), norm: digits.lowercased()))
                k = j
                continue
            }
            if isLetter(c) {
                var j = k + 1
                while j < scalars.count {
                    let s = scalars[j].0
                    if isLetter(s) || isDigit(s) { j += 1; continue }
                    if (s == "'" || s == "\u{2019}" || s == "&"), j + 1 < scalars.count, isLetter(scalars[j + 1].0) { j += 2; continue }
                    break
                }
                // A trailing possessive apostrophe (`users'`) belongs to the word.
                if j < scalars.count, scalars[j].0 == "'" || scalars[j].0 == "\u{2019}",
                   scalars[j - 1].0 == "s", j + 1 == scalars.count || !isLetter(scalars[j + 1].0) { j += 1 }
                let word = text(bytes, start..<end(j), scalars[k..<j])
                let capital = isUppercase(c)
                let name = scalars[(k + 1)..<j].contains { isUppercase($0.0) || isDigit($0.0) }
                let forms: WordForms
                if let known = stems[word] {
                    forms = known
                } else {
                    forms = WordForms(parts: WordStemmer.stem(word).split(separator: " ").map(String.init), lower: word.lowercased())
                    stems[word] = forms
                }
                for part in forms.parts {
                    tokens.append(CueToken(kind: .word, range: start..<end(j), norm: part,
                                        exact: forms.parts.count == 1 ? forms.lower : part,
                                        isCapitalized: capital, looksLikeName: name))
                }
                k = j
                continue
            }
            // A plain hyphen only joins words (`one-time`, `GPT-4`); it is not a token,
            // so `one-time` and `one time` tokenize alike.
            if c != "-" && c != "\u{2010}" && c != "\u{2011}" {
                tokens.append(CueToken(kind: .punctuation, range: start..<end(k + 1), norm: foldPunctuation(c)))
            }
            k += 1
        }
        return tokens
    }

    /// The normalized tokens of a lexicon phrase (`Spends` → `spend`).
    public static func norms(of phrase: String) -> [String] {
        let bytes = Array(phrase.utf8)
        return tokenize(bytes, 0..<bytes.count).map(\.norm)
    }

    static func foldPunctuation(_ c: Unicode.Scalar) -> String {
        switch c {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return "\""
        case "\u{2018}", "\u{2019}": return "'"
        case "\u{2013}", "\u{2014}", "\u{2015}": return "—"
        default: return String(Character(c))
        }
    }

    /// The text of a word or number: its bytes when they are ASCII (the
    /// common case, no decoding), else its decoded scalars.
    static func text(_ bytes: [UInt8], _ byteRange: Range<Int>, _ scalars: ArraySlice<(Unicode.Scalar, Int)>) -> String {
        if bytes[byteRange].allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes[byteRange], as: UTF8.self) }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars.map { $0.0 })
        return text
    }

    // ASCII answers directly; other scalars ask their Unicode properties.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 0x20 || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x41...0x5A).contains(c.value) || (0x61...0x7A).contains(c.value) : c.properties.isAlphabetic
    }
    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (0x41...0x5A).contains(c.value) : c.properties.isUppercase
    }

    /// Decodes one scalar of valid UTF-8 (invalid bytes decode as U+FFFD, length 1).
    static func decode(_ b: [UInt8], _ i: Int, _ limit: Int) -> (Unicode.Scalar, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var length = 0
        var value: UInt32 = 0
        if b0 & 0xE0 == 0xC0 { length = 2; value = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { length = 3; value = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { length = 4; value = UInt32(b0 & 0x07) }
        guard length > 0, i + length <= limit else { return ("\u{FFFD}", 1) }
        for j in 1..<length {
            let bj = b[i + j]
            guard bj & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(bj & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
