/// The line-level syntax tests of `MarkdownMasker`: pure functions of the
/// raw bytes, kept in their own small value so that calling them from the
/// masker's mutating methods does not copy the masker's state.
struct MarkdownSyntax {
    let raw: [UInt8]

    struct Line { var start: Int; var end: Int; var next: Int }

    @inline(__always)
    func line(at i: Int) -> Line {
        let nl = ByteClass.find(0x0A, in: raw, from: i, end: raw.count)
        var e = nl
        if e > i, raw[e - 1] == 0x0D { e -= 1 }
        return Line(start: i, end: e, next: nl < raw.count ? nl + 1 : raw.count)
    }

    @inline(__always)
    func trimmedEnd(_ r: Range<Int>) -> Int {
        var e = r.upperBound
        while e > r.lowerBound, ByteClass.isWhitespace(raw[e - 1]) { e -= 1 }
        return e
    }

    @inline(__always)
    func contains(_ byte: UInt8, _ r: Range<Int>) -> Bool { ByteClass.find(byte, in: raw, from: r.lowerBound, end: r.upperBound) < r.upperBound }

    @inline(__always)
    func isDelimiterRow(_ c: Int, _ end: Int) -> Bool {
        var dashes = 0, pipes = 0
        var k = c
        while k < end {
            switch raw[k] {
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: ":"), 0x20, 0x09: break
            default: return false
            }
            k += 1
        }
        return dashes > 0 && (pipes > 0 || dashes >= 1)
    }

    @inline(__always)
    func fenceStart(_ c: Int, _ end: Int) -> (char: UInt8, length: Int)? {
        guard c < end else { return nil }
        let ch = raw[c]
        guard ch == UInt8(ascii: "`") || ch == UInt8(ascii: "~") else { return nil }
        var k = c
        while k < end, raw[k] == ch { k += 1 }
        guard k - c >= 3 else { return nil }
        if ch == UInt8(ascii: "`"), ByteClass.find(ch, in: raw, from: k, end: end) < end { return nil }
        return (ch, k - c)
    }

    @inline(__always)
    func isClosingFence(from p: Int, end: Int, _ f: (char: UInt8, length: Int, depth: Int)) -> Bool {
        var k = p
        while k < end, ByteClass.isSpace(raw[k]) { k += 1 }
        let s = k
        while k < end, raw[k] == f.char { k += 1 }
        guard k - s >= f.length else { return false }
        while k < end, ByteClass.isSpace(raw[k]) { k += 1 }
        return k == end
    }

    @inline(__always)
    func atxHeading(_ c: Int, _ end: Int) -> (level: Int, content: Range<Int>)? {
        var k = c
        while k < end, raw[k] == UInt8(ascii: "#") { k += 1 }
        let level = k - c
        guard level >= 1, level <= 6, k == end || ByteClass.isSpace(raw[k]) else { return nil }
        var s = k
        while s < end, ByteClass.isSpace(raw[s]) { s += 1 }
        var e = end
        while e > s, ByteClass.isSpace(raw[e - 1]) { e -= 1 }
        // Optional closing sequence of #s, preceded by a space.
        var h = e
        while h > s, raw[h - 1] == UInt8(ascii: "#") { h -= 1 }
        if h < e, h == s || ByteClass.isSpace(raw[h - 1]) {
            e = h
            while e > s, ByteClass.isSpace(raw[e - 1]) { e -= 1 }
        }
        return (level, s..<e)
    }

    @inline(__always)
    func setextLevel(_ c: Int, _ end: Int) -> Int? {
        let ch = raw[c]
        guard ch == UInt8(ascii: "=") || ch == UInt8(ascii: "-") else { return nil }
        var k = c
        while k < end, raw[k] == ch { k += 1 }
        while k < end, ByteClass.isSpace(raw[k]) { k += 1 }
        guard k == end else { return nil }
        return ch == UInt8(ascii: "=") ? 1 : 2
    }

    @inline(__always)
    func isThematicBreak(_ c: Int, _ end: Int) -> Bool {
        let ch = raw[c]
        guard ch == UInt8(ascii: "-") || ch == UInt8(ascii: "*") || ch == UInt8(ascii: "_") else { return false }
        var count = 0
        var k = c
        while k < end {
            if raw[k] == ch { count += 1 } else if !ByteClass.isSpace(raw[k]) { return false }
            k += 1
        }
        return count >= 3
    }

    @inline(__always)
    func listMarker(_ c: Int, _ end: Int, cols: Int, interrupting: Bool) -> (contentStart: Int, contentIndent: Int)? {
        var k = c
        let ch = raw[c]
        if ch == UInt8(ascii: "-") || ch == UInt8(ascii: "*") || ch == UInt8(ascii: "+") {
            k += 1
        } else {
            while k < end, k - c < 9, ByteClass.isDigit(raw[k]) { k += 1 }
            guard k > c, k < end, raw[k] == UInt8(ascii: ".") || raw[k] == UInt8(ascii: ")") else { return nil }
            if interrupting, !(k - c == 1 && raw[c] == UInt8(ascii: "1")) { return nil }
            k += 1
        }
        let markerWidth = k - c
        if k == end { return interrupting ? nil : (k, cols + markerWidth + 1) }
        guard ByteClass.isSpace(raw[k]) else { return nil }
        var s = k, spaces = 0
        while s < end, ByteClass.isSpace(raw[s]) { s += 1; spaces += 1 }
        if s == end, interrupting { return nil }
        if spaces > 4 { s = k + 1; spaces = 1 }
        // Task-list box.
        if s + 3 <= end, raw[s] == UInt8(ascii: "["), raw[s + 2] == UInt8(ascii: "]"),
           ByteClass.isOneOf(raw[s + 1], " xX"), s + 3 == end || ByteClass.isSpace(raw[s + 3]) {
            s += 3
            while s < end, ByteClass.isSpace(raw[s]) { s += 1 }
        }
        return (s, cols + markerWidth + spaces)
    }

    @inline(__always)
    func htmlBlockStart(_ c: Int, _ end: Int) -> MarkdownMasker.HTMLBlockEnd? {
        guard c + 1 < end, raw[c] == UInt8(ascii: "<") else { return nil }
        if ByteClass.hasPrefix(raw, at: c, end: end, "<!--") { return .comment }
        if ByteClass.hasPrefix(raw, at: c, end: end, "<![cdata[") { return .cdata }
        if raw[c + 1] == UInt8(ascii: "?") { return .processing }
        if raw[c + 1] == UInt8(ascii: "!"), c + 2 < end, ByteClass.isLetter(raw[c + 2]) { return .declaration }
        for name in ["script", "pre", "style", "textarea"] {
            let n = name.utf8.count
            guard c + 1 + n <= end else { continue }
            var match = true
            for (m, byte) in name.utf8.enumerated() where ByteClass.lower(raw[c + 1 + m]) != byte { match = false; break }
            if match, c + 1 + n == end || raw[c + 1 + n] == UInt8(ascii: ">") || ByteClass.isWhitespace(raw[c + 1 + n]) {
                return .element(Array(("</" + name).utf8))
            }
        }
        return nil
    }

    @inline(__always)
    func lineEnds(_ h: MarkdownMasker.HTMLBlockEnd, from: Int, end: Int) -> Bool {
        switch h {
        case .comment: return ByteClass.find("-->", in: raw, from: from, end: end) != nil
        case .processing: return ByteClass.find("?>", in: raw, from: from, end: end) != nil
        case .declaration: return ByteClass.find(UInt8(ascii: ">"), in: raw, from: from, end: end) < end
        case .cdata: return ByteClass.find("]]>", in: raw, from: from, end: end) != nil
        case .element(let close):
            var k = from
            while let lt = ByteClass.find("</", in: raw, from: k, end: end) {
                var m = 0
                while m < close.count, lt + m < end, ByteClass.lower(raw[lt + m]) == close[m] { m += 1 }
                if m == close.count { return true }
                k = lt + 2
            }
            return false
        }
    }

    /// Where the text of a footnote definition `[^label]: text` starts.
    @inline(__always)
    func footnoteDefinitionText(_ c: Int, _ end: Int) -> Int? {
        guard c + 2 < end, raw[c] == UInt8(ascii: "["), raw[c + 1] == UInt8(ascii: "^") else { return nil }
        var k = c + 2
        while k < end, raw[k] != UInt8(ascii: "]"), !ByteClass.isWhitespace(raw[k]) { k += 1 }
        guard k + 1 < end, k > c + 2, raw[k] == UInt8(ascii: "]"), raw[k + 1] == UInt8(ascii: ":") else { return nil }
        k += 2
        while k < end, ByteClass.isSpace(raw[k]) { k += 1 }
        return k
    }

    /// A line holding only a link title: `"…"`, `'…'` or `(…)`.
    @inline(__always)
    func isQuotedTitle(_ c: Int, _ end: Int) -> Bool {
        var e = end
        while e > c, ByteClass.isSpace(raw[e - 1]) { e -= 1 }
        guard e - c >= 2 else { return false }
        let open = raw[c], close = raw[e - 1]
        return (open == UInt8(ascii: "\"") && close == open) || (open == UInt8(ascii: "'") && close == open)
            || (open == UInt8(ascii: "(") && close == UInt8(ascii: ")"))
    }

    /// `[label]: destination …` on one line.
    @inline(__always)
    func isReferenceDefinition(_ c: Int, _ end: Int) -> Bool {
        guard raw[c] == UInt8(ascii: "[") else { return false }
        var k = c + 1
        while k < end, raw[k] != UInt8(ascii: "]") {
            if raw[k] == UInt8(ascii: "[") { return false }
            k += raw[k] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard k + 1 < end, k > c + 1, raw[k + 1] == UInt8(ascii: ":") else { return false }
        k += 2
        while k < end, ByteClass.isSpace(raw[k]) { k += 1 }
        return k < end
    }

    /// `-` for a `---` line, `+` for `+++`, `.` for `...` (trailing blanks allowed).
    @inline(__always)
    func delimiterLine(_ l: Line) -> UInt8? {
        guard l.end - l.start >= 3 else { return nil }
        let c = raw[l.start]
        guard c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: "."),
              raw[l.start + 1] == c, raw[l.start + 2] == c else { return nil }
        var k = l.start + 3
        while k < l.end, ByteClass.isSpace(raw[k]) { k += 1 }
        return k == l.end ? c : nil
    }
}
