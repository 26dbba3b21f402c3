/// Prose of a plain-text document.
///
/// Everything is prose except bare URLs. Blank lines separate paragraphs;
/// lines starting with `- `, `* `, `+ `, `• `, `1. ` or `1) ` start list
/// items (the marker is left out); a short line that starts with a capital
/// or digit, does not end in punctuation and is followed by a blank line and
/// more text is taken as a heading (level 2).
///
/// Text whose paragraphs are not hard-wrapped (at least one line in ten is
/// longer than 100 bytes, as in text copied from a web page) is read one
/// block per line: there a line break ends the paragraph, and a short line
/// without final punctuation is a heading even with no blank line after it.
struct TextMasker {
    let raw: [UInt8]
    let start: Int
    var builder: ProseBuilder
    /// Text waiting to be copied: contiguous pieces (a line, its line break,
    /// the next line) are copied in one go.
    var pending: Range<Int>?

    static func prose(_ raw: [UInt8], start: Int) -> ProseText {
        var masker = TextMasker(raw: raw, start: start)
        return masker.run()
    }

    init(raw: [UInt8], start: Int) {
        self.raw = raw
        self.start = start
        builder = ProseBuilder(reservingCapacity: raw.count)
    }

    /// A line: `[start, contentEnd)` is its text, `next` the start of the next line.
    struct Line { var start: Int; var contentEnd: Int; var next: Int }

    @inline(__always)
    func line(at i: Int) -> Line {
        let n = raw.count
        let nl = ByteClass.find(0x0A, in: raw, from: i, end: n)
        var ce = nl
        if ce > i, raw[ce - 1] == 0x0D { ce -= 1 }
        return Line(start: i, contentEnd: ce, next: nl < n ? nl + 1 : n)
    }

    @inline(__always)
    func isBlank(_ l: Line) -> Bool {
        var i = l.start
        while i < l.contentEnd { if !ByteClass.isWhitespace(raw[i]) { return false }; i += 1 }
        return true
    }

    /// Index just past a list marker and its space at `i`, if any.
    @inline(__always)
    func listMarkerEnd(at i: Int, end: Int) -> Int? {
        guard i < end else { return nil }
        let b = raw[i]
        if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+") {
            return i + 1 < end && ByteClass.isSpace(raw[i + 1]) ? i + 2 : nil
        }
        if b == 0xE2, i + 3 < end, raw[i + 1] == 0x80, raw[i + 2] == 0xA2, ByteClass.isSpace(raw[i + 3]) { return i + 4 }
        var j = i
        while j < end, j - i < 3, ByteClass.isDigit(raw[j]) { j += 1 }
        if j > i, j + 1 < end, raw[j] == UInt8(ascii: ".") || raw[j] == UInt8(ascii: ")"), ByteClass.isSpace(raw[j + 1]) { return j + 2 }
        return nil
    }

    /// End of a line's text, trailing spaces dropped, when the line could be a
    /// title: 1 to 80 bytes starting with a capital letter or a digit.
    @inline(__always)
    func titleEnd(_ l: Line, contentStart: Int) -> Int? {
        let len = l.contentEnd - contentStart
        guard len > 0, len <= 80 else { return nil }
        let first = raw[contentStart]
        guard (first >= 0x41 && first <= 0x5A) || ByteClass.isDigit(first) else { return nil }
        var e = l.contentEnd
        while e > contentStart, ByteClass.isSpace(raw[e - 1]) { e -= 1 }
        return e > contentStart ? e : nil
    }

    @inline(__always)
    func looksLikeHeading(_ l: Line, contentStart: Int) -> Bool {
        guard let e = titleEnd(l, contentStart: contentStart), !ByteClass.isOneOf(raw[e - 1], ".!?:;,") else { return false }
        // Followed by a blank line, then more text.
        guard l.next < raw.count else { return false }
        let after = line(at: l.next)
        guard isBlank(after) else { return false }
        var k = after.next
        while k < raw.count {
            let m = line(at: k)
            if !isBlank(m) { return true }
            k = m.next
        }
        return false
    }

    /// Whether paragraphs are one long line each rather than hard-wrapped.
    func isUnwrapped() -> Bool {
        var long = 0, nonBlank = 0
        var i = start
        while i < raw.count {
            let l = line(at: i)
            if !isBlank(l) { nonBlank += 1 }
            if l.contentEnd - l.start > 100 { long += 1 }
            i = l.next
        }
        return long > 0 && long * 10 >= nonBlank
    }

    @inline(__always)
    func isShortTitle(_ l: Line, contentStart: Int) -> Bool {
        guard let e = titleEnd(l, contentStart: contentStart) else { return false }
        return !ByteClass.isOneOf(raw[e - 1], ".!?:;,\"')")
    }

    /// Queues `range` for copying (bare URLs left out).
    mutating func text(_ range: Range<Int>) {
        if let p = pending, p.upperBound == range.lowerBound {
            pending = p.lowerBound..<range.upperBound
            return
        }
        flushText()
        pending = range
    }

    /// Copies the queued text. A line break between two lines holds no URL
    /// start and a URL ends before it, so copying the lines and breaks in one
    /// `copySkippingURLs` call gives what copying each would.
    mutating func flushText() {
        guard let p = pending else { return }
        pending = nil
        builder.copySkippingURLs(raw, p)
    }

    /// Ends the open block and puts a block break for `rawRange`.
    mutating func breakBlock(_ rawRange: Range<Int>) {
        flushText()
        builder.endBlock()
        builder.separate(for: rawRange, blockBreak: true)
    }

    mutating func run() -> ProseText {
        let unwrapped = isUnwrapped()
        var i = start
        var inBlock = false
        var previousLineEnd = 0
        while i < raw.count {
            let l = line(at: i)
            defer { i = l.next }
            if isBlank(l) {
                if inBlock { breakBlock(l.start..<l.next); inBlock = false }
                continue
            }
            var cs = l.start
            while cs < l.contentEnd, ByteClass.isSpace(raw[cs]) { cs += 1 }
            if let markerEnd = listMarkerEnd(at: cs, end: l.contentEnd) {
                if inBlock { breakBlock(previousLineEnd..<l.start) }
                flushText()
                builder.beginBlock(.listItem)
                inBlock = true
                text(markerEnd..<l.contentEnd)
            } else if unwrapped {
                if inBlock { breakBlock(previousLineEnd..<l.start) }
                flushText()
                builder.beginBlock(isShortTitle(l, contentStart: cs) && l.next < raw.count ? .heading(level: 2) : .paragraph)
                inBlock = true
                text(cs..<l.contentEnd)
            } else if inBlock {
                text(previousLineEnd..<l.start)   // the soft line break
                text(cs..<l.contentEnd)
            } else {
                flushText()
                builder.beginBlock(looksLikeHeading(l, contentStart: cs) ? .heading(level: 2) : .paragraph)
                inBlock = true
                text(cs..<l.contentEnd)
            }
            previousLineEnd = l.contentEnd
        }
        flushText()
        return builder.build()
    }
}
