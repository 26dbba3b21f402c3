/// Prose of a Markdown document (CommonMark with the GFM table, strikethrough
/// and autolink extensions), line by line in one pass.
///
/// Masked (never prose): YAML `---` / TOML `+++` front matter at the start,
/// fenced code (``` and ~~~, ≥ 3, closed by a fence of the same character at
/// least as long, or by the end of the enclosing quote or file), indented code
/// (4 columns beyond the enclosing list item, not inside a paragraph), HTML
/// comment / `<script>` / `<pre>` / `<style>` / `<textarea>` blocks, link
/// reference definitions, thematic breaks, and — inline, see
/// `MarkdownInline` — code spans, link destinations and titles, autolinks,
/// inline tags, bare URLs.
///
/// Blocks: paragraphs, headings (ATX and setext; `#` markers left out), list
/// items (marker and task box left out), block quotes (`>` left out) and
/// GFM table cells (pipes left out, one `.tableCell` block per cell, the
/// delimiter row skipped). A soft line break inside a block stays the raw
/// `\n`; a block boundary puts a `\n` in prose.
struct MarkdownMasker {
    let raw: [UInt8]
    let start: Int
    var builder: ProseBuilder
    var inline = MarkdownInline()

    /// Raw ranges of the open paragraph's lines (contiguous ones merged).
    var para: [Range<Int>] = []
    var paraKind: Block.Kind = .paragraph
    var paraDepth = 0
    var paraLines = 0
    var tableOpen = false
    /// Content indents of the open list items, outermost first.
    var lists: [Int] = []
    var fence: (char: UInt8, length: Int, depth: Int)?
    var htmlBlock: HTMLBlockEnd?
    /// The previous line was a link reference definition (its title may follow).
    var afterDefinition = false

    enum HTMLBlockEnd { case comment, processing, declaration, cdata, element([UInt8]) }

    static func prose(_ raw: [UInt8], start: Int) -> ProseText {
        var masker = MarkdownMasker(raw: raw, start: start)
        return masker.run()
    }

    init(raw: [UInt8], start: Int) {
        self.raw = raw
        self.start = start
        builder = ProseBuilder(reservingCapacity: raw.count)
    }

    struct Line { var start: Int; var end: Int; var next: Int }

    func line(at i: Int) -> Line {
        let nl = ByteClass.find(0x0A, in: raw, from: i, end: raw.count)
        var e = nl
        if e > i, raw[e - 1] == 0x0D { e -= 1 }
        return Line(start: i, end: e, next: nl < raw.count ? nl + 1 : raw.count)
    }

    mutating func run() -> ProseText {
        var i = frontMatterEnd() ?? start
        while i < raw.count {
            let l = line(at: i)
            process(l)
            i = l.next
        }
        flush()
        return builder.build()
    }

    // MARK: - Front matter

    /// Index past a closed `---`/`+++` front matter block at the start.
    func frontMatterEnd() -> Int? {
        let first = line(at: start)
        guard let marker = delimiterLine(first), marker != UInt8(ascii: ".") else { return nil }
        var i = first.next
        while i < raw.count {
            let l = line(at: i)
            if let m = delimiterLine(l), m == marker || (marker == UInt8(ascii: "-") && m == UInt8(ascii: ".")) { return l.next }
            i = l.next
        }
        return nil
    }

    /// `-` for a `---` line, `+` for `+++`, `.` for `...` (trailing blanks allowed).
    func delimiterLine(_ l: Line) -> UInt8? {
        guard l.end - l.start >= 3 else { return nil }
        let c = raw[l.start]
        guard c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: "."),
              raw[l.start + 1] == c, raw[l.start + 2] == c else { return nil }
        var k = l.start + 3
        while k < l.end, ByteClass.isSpace(raw[k]) { k += 1 }
        return k == l.end ? c : nil
    }

    // MARK: - Lines

    mutating func process(_ l: Line) {
        let definitionBefore = afterDefinition
        afterDefinition = false
        processLine(l, afterDefinition: definitionBefore)
    }

    mutating func processLine(_ l: Line, afterDefinition: Bool) {
        // Block-quote markers.
        var p = l.start
        var depth = 0
        while true {
            var q = p, spaces = 0
            while q < l.end, raw[q] == 0x20, spaces < 3 { q += 1; spaces += 1 }
            guard q < l.end, raw[q] == UInt8(ascii: ">") else { break }
            depth += 1
            p = q + 1
            if p < l.end, ByteClass.isSpace(raw[p]) { p += 1 }
        }
        if let f = fence {
            if depth >= f.depth {
                if isClosingFence(from: p, end: l.end, f) { fence = nil }
                return
            }
            fence = nil
        }
        if let h = htmlBlock {
            if lineEnds(h, from: p, end: l.end) { htmlBlock = nil }
            return
        }
        var c = p, cols = 0
        while c < l.end, ByteClass.isSpace(raw[c]) { cols += raw[c] == 0x09 ? 4 - cols % 4 : 1; c += 1 }
        if c == l.end { flush(); return }   // blank line; lists stay open

        var k = lists.count
        while k > 0, lists[k - 1] > cols { k -= 1 }
        let rel = cols - (k > 0 ? lists[k - 1] : 0)
        let paraOpen = !para.isEmpty

        if rel >= 4 {
            if paraOpen { appendLine(p, l) } else if tableOpen { tableRow(c, l.end) } else { trimLists(k) }   // indented code
            return
        }
        if paraOpen, depth <= paraDepth, k == lists.count, let level = setextLevel(c, l.end) {
            paraKind = .heading(level: level)
            flush()
            return
        }
        if let f = fenceStart(c, l.end) {
            flush(); trimLists(k)
            fence = (f.char, f.length, depth)
            return
        }
        if let h = atxHeading(c, l.end) {
            flush(); trimLists(k)
            emitBlock(.heading(level: h.level), [h.content])
            return
        }
        if isThematicBreak(c, l.end) { flush(); trimLists(k); return }
        if let h = htmlBlockStart(c, l.end) {
            flush(); trimLists(k)
            if !lineEnds(h, from: c + 2, end: l.end) { htmlBlock = h }
            return
        }
        // Only a list's first item has to start with 1 to interrupt a paragraph.
        if let m = listMarker(c, l.end, cols: cols, interrupting: paraOpen && lists.isEmpty) {
            flush(); trimLists(k)
            lists.append(m.contentIndent)
            startParagraph(.listItem, depth: depth, from: m.contentStart, l)
            return
        }
        if tableOpen { tableRow(c, l.end); return }
        if paraOpen {
            if depth > paraDepth {
                flush()
                startParagraph(.quote, depth: depth, from: c, l)
            } else if paraLines == 1, isDelimiterRow(c, l.end), let header = para.first, contains(UInt8(ascii: "|"), header) {
                para = []
                tableOpen = true
                tableRow(header.lowerBound, trimmedEnd(header))
            } else {
                appendLine(p, l)
            }
            return
        }
        if let text = footnoteDefinitionText(c, l.end) {
            trimLists(k)
            startParagraph(.paragraph, depth: depth, from: text, l)
            return
        }
        if isReferenceDefinition(c, l.end) { self.afterDefinition = true; return }
        if afterDefinition, isQuotedTitle(c, l.end) { return }
        trimLists(k)
        startParagraph(depth > 0 ? .quote : (k > 0 ? .listItem : .paragraph), depth: depth, from: c, l)
    }

    mutating func trimLists(_ k: Int) { if lists.count > k { lists.removeSubrange(k...) } }

    mutating func startParagraph(_ kind: Block.Kind, depth: Int, from c: Int, _ l: Line) {
        paraKind = kind
        paraDepth = depth
        paraLines = 0
        appendLine(c, l)
    }

    mutating func appendLine(_ from: Int, _ l: Line) {
        paraLines += 1
        let r = from..<l.next
        if let last = para.last, last.upperBound == r.lowerBound {
            para[para.count - 1] = last.lowerBound..<r.upperBound
        } else {
            para.append(r)
        }
    }

    func trimmedEnd(_ r: Range<Int>) -> Int {
        var e = r.upperBound
        while e > r.lowerBound, ByteClass.isWhitespace(raw[e - 1]) { e -= 1 }
        return e
    }

    func contains(_ byte: UInt8, _ r: Range<Int>) -> Bool { ByteClass.find(byte, in: raw, from: r.lowerBound, end: r.upperBound) < r.upperBound }

    mutating func flush() {
        tableOpen = false
        guard !para.isEmpty else { return }
        let last = para[para.count - 1]
        let end = trimmedEnd(last)
        if end > last.lowerBound { para[para.count - 1] = last.lowerBound..<end } else { para.removeLast() }
        let segments = para
        para.removeAll(keepingCapacity: true)
        emitBlock(paraKind, segments)
    }

    mutating func emitBlock(_ kind: Block.Kind, _ segments: [Range<Int>]) {
        guard let lastSegment = segments.last else { return }
        builder.beginBlock(kind)
        inline.process(raw, segments: segments, into: &builder)
        builder.endBlock()
        builder.separate(for: lastSegment.upperBound..<lastSegment.upperBound, blockBreak: true)
    }

    // MARK: - Tables

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

    /// Emits each cell of a table row as a `.tableCell` block.
    mutating func tableRow(_ c: Int, _ end: Int) {
        var e = end
        while e > c, ByteClass.isSpace(raw[e - 1]) { e -= 1 }
        var s = c
        if s < e, raw[s] == UInt8(ascii: "|") { s += 1 }
        if e > s, raw[e - 1] == UInt8(ascii: "|"), e - 2 < s || raw[e - 2] != UInt8(ascii: "\\") { e -= 1 }
        var cellStart = s
        var k = s
        while k <= e {
            if k == e || raw[k] == UInt8(ascii: "|") {
                var a = cellStart, b = k
                while a < b, ByteClass.isSpace(raw[a]) { a += 1 }
                while b > a, ByteClass.isSpace(raw[b - 1]) { b -= 1 }
                if b > a { emitBlock(.tableCell, [a..<b]) }
                cellStart = k + 1
            } else if raw[k] == UInt8(ascii: "\\") {
                k += 1
            }
            k += 1
        }
    }

    // MARK: - Block starts

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

    func isClosingFence(from p: Int, end: Int, _ f: (char: UInt8, length: Int, depth: Int)) -> Bool {
        var k = p
        while k < end, ByteClass.isSpace(raw[k]) { k += 1 }
        let s = k
        while k < end, raw[k] == f.char { k += 1 }
        guard k - s >= f.length else { return false }
        while k < end, ByteClass.isSpace(raw[k]) { k += 1 }
        return k == end
    }

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

    func setextLevel(_ c: Int, _ end: Int) -> Int? {
        let ch = raw[c]
        guard ch == UInt8(ascii: "=") || ch == UInt8(ascii: "-") else { return nil }
        var k = c
        while k < end, raw[k] == ch { k += 1 }
        while k < end, ByteClass.isSpace(raw[k]) { k += 1 }
        guard k == end else { return nil }
        return ch == UInt8(ascii: "=") ? 1 : 2
    }

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
           " xX".utf8.contains(raw[s + 1]), s + 3 == end || ByteClass.isSpace(raw[s + 3]) {
            s += 3
            while s < end, ByteClass.isSpace(raw[s]) { s += 1 }
        }
        return (s, cols + markerWidth + spaces)
    }

    func htmlBlockStart(_ c: Int, _ end: Int) -> HTMLBlockEnd? {
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

    func lineEnds(_ h: HTMLBlockEnd, from: Int, end: Int) -> Bool {
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
    func isQuotedTitle(_ c: Int, _ end: Int) -> Bool {
        var e = end
        while e > c, ByteClass.isSpace(raw[e - 1]) { e -= 1 }
        guard e - c >= 2 else { return false }
        let open = raw[c], close = raw[e - 1]
        return (open == UInt8(ascii: "\"") && close == open) || (open == UInt8(ascii: "'") && close == open)
            || (open == UInt8(ascii: "(") && close == UInt8(ascii: ")"))
    }

    /// `[label]: destination …` on one line.
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
}
