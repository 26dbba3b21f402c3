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
    /// Pure line-level tests (a small value: calling them copies no masker state).
    let syntax: MarkdownSyntax
    var builder: ProseBuilder
    var inline = MarkdownInline()

    /// Raw ranges of the open paragraph's lines (contiguous ones merged).
    var para: [Range<Int>] = []
    var paraKind: Block.Kind = .paragraph
    var paraDepth = 0
    var paraLines = 0
    var tableOpen = false
    /// Tables seen so far and the next row of the open one (0 = header).
    var tableCount = 0
    var tableRowIndex = 0
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
        syntax = MarkdownSyntax(raw: raw)
        builder = ProseBuilder(reservingCapacity: raw.count)
    }

    typealias Line = MarkdownSyntax.Line

    mutating func run() -> ProseText {
        var i = frontMatterEnd() ?? start
        while i < raw.count {
            let l = syntax.line(at: i)
            process(l)
            i = l.next
        }
        flush()
        return builder.build()
    }

    // MARK: - Front matter

    /// Index past a closed `---`/`+++` front matter block at the start.
    func frontMatterEnd() -> Int? {
        let first = syntax.line(at: start)
        guard let marker = syntax.delimiterLine(first), marker != UInt8(ascii: ".") else { return nil }
        var i = first.next
        while i < raw.count {
            let l = syntax.line(at: i)
            if let m = syntax.delimiterLine(l), m == marker || (marker == UInt8(ascii: "-") && m == UInt8(ascii: ".")) { return l.next }
            i = l.next
        }
        return nil
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
                if syntax.isClosingFence(from: p, end: l.end, f) { fence = nil }
                return
            }
            fence = nil
        }
        if let h = htmlBlock {
            if syntax.lineEnds(h, from: p, end: l.end) { htmlBlock = nil }
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
        if paraOpen, depth <= paraDepth, k == lists.count, let level = syntax.setextLevel(c, l.end) {
            paraKind = .heading(level: level)
            flush()
            return
        }
        if let f = syntax.fenceStart(c, l.end) {
            flush(); trimLists(k)
            fence = (f.char, f.length, depth)
            return
        }
        if let h = syntax.atxHeading(c, l.end) {
            flush(); trimLists(k)
            emitBlock(.heading(level: h.level), h.content)
            return
        }
        if syntax.isThematicBreak(c, l.end) { flush(); trimLists(k); return }
        if let h = syntax.htmlBlockStart(c, l.end) {
            flush(); trimLists(k)
            if !syntax.lineEnds(h, from: c + 2, end: l.end) { htmlBlock = h }
            return
        }
        // Only a list's first item has to start with 1 to interrupt a paragraph.
        if let m = syntax.listMarker(c, l.end, cols: cols, interrupting: paraOpen && lists.isEmpty) {
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
            } else if paraLines == 1, syntax.isDelimiterRow(c, l.end), let header = para.first, syntax.contains(UInt8(ascii: "|"), header) {
                para = []
                tableOpen = true
                tableCount += 1
                tableRowIndex = 0
                tableRow(header.lowerBound, syntax.trimmedEnd(header))
            } else {
                appendLine(p, l)
            }
            return
        }
        if let text = syntax.footnoteDefinitionText(c, l.end) {
            trimLists(k)
            startParagraph(.paragraph, depth: depth, from: text, l)
            return
        }
        if syntax.isReferenceDefinition(c, l.end) { self.afterDefinition = true; return }
        if afterDefinition, syntax.isQuotedTitle(c, l.end) { return }
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

    mutating func flush() {
        tableOpen = false
        guard !para.isEmpty else { return }
        let last = para[para.count - 1]
        let end = syntax.trimmedEnd(last)
        if end > last.lowerBound { para[para.count - 1] = last.lowerBound..<end } else { para.removeLast() }
        if para.count == 1 { emitBlock(paraKind, para[0]) } else if !para.isEmpty { emitBlock(paraKind, para) }
        if !para.isEmpty { para.removeAll(keepingCapacity: true) }
    }

    mutating func emitBlock(_ kind: Block.Kind, _ segments: [Range<Int>]) {
        guard let lastSegment = segments.last else { return }
        builder.beginBlock(kind)
        inline.process(raw, segments: segments, into: &builder)
        builder.endBlock()
        builder.separate(for: lastSegment.upperBound..<lastSegment.upperBound, blockBreak: true)
    }

    /// `emitBlock` for a block of one raw range (no array to allocate).
    mutating func emitBlock(_ kind: Block.Kind, _ range: Range<Int>) {
        builder.beginBlock(kind)
        inline.process(raw, range: range, into: &builder)
        builder.endBlock()
        builder.separate(for: range.upperBound..<range.upperBound, blockBreak: true)
    }

    // MARK: - Tables

    /// Emits each cell of a table row as a `.tableCell` block.
    mutating func tableRow(_ c: Int, _ end: Int) {
        var e = end
        while e > c, ByteClass.isSpace(raw[e - 1]) { e -= 1 }
        var s = c
        if s < e, raw[s] == UInt8(ascii: "|") { s += 1 }
        if e > s, raw[e - 1] == UInt8(ascii: "|"), e - 2 < s || raw[e - 2] != UInt8(ascii: "\\") { e -= 1 }
        var cellStart = s
        var k = s
        var column = 0
        defer { tableRowIndex += 1; builder.currentCell = nil }
        while k <= e {
            if k == e || raw[k] == UInt8(ascii: "|") {
                var a = cellStart, b = k
                while a < b, ByteClass.isSpace(raw[a]) { a += 1 }
                while b > a, ByteClass.isSpace(raw[b - 1]) { b -= 1 }
                builder.currentCell = TableCell(table: tableCount, row: tableRowIndex, column: column)
                if b > a { emitBlock(.tableCell, a..<b) }
                column += 1
                cellStart = k + 1
            } else if raw[k] == UInt8(ascii: "\\") {
                k += 1
            }
            k += 1
        }
    }

}
