/// Prose of an HTML document.
///
/// - Tags and their attributes, comments, `<!doctype>`, `<?…?>` and CDATA
///   sections are skipped.
/// - The content of `script`, `style`, `code`, `pre`, `template`,
///   `noscript`, `textarea`, `svg`, `math`, `iframe`, `object`, `canvas`,
///   `kbd`, `samp`, `var` and `sup` is masked: `sup` holds footnote markers,
///   so `$5<sup>1</sup>` reads `$5`. An element never closed is masked to
///   the end of the file, as a browser would hide it.
/// - `<head>` is skipped except its `<title>`, which becomes a level-1
///   heading block.
/// - Block elements (p, div, h1–h6, li, tr, td, th, br, hr, section, …)
///   end the current block and put a `\n` in prose. Headings become
///   `.heading` blocks, `li` `.listItem`, `td`/`th` `.tableCell`, and text
///   inside `blockquote` `.quote` blocks. Inline elements (a, b, span, …)
///   become nothing, so `<b>$5</b>K` reads `$5K`; `img`, `input` and masked
///   code become a space.
/// - Character references are decoded (`&#36;5` reads `$5`, its raw span
///   covering `&#36;5`). Bare URLs in text are left out.
/// - Whitespace at the start of a block is dropped, and whitespace holding
///   a blank line becomes one space (HTML renders it so).
struct HTMLMasker {
    enum Role: Sendable {
        case block, heading(Int), listItem, tableCell, quote, lineBreak
        /// Content hidden; `gap` says whether the element stands for a space.
        case masked(gap: Bool, block: Bool)
        case head, title, spaced
    }

    static let roles: [String: Role] = {
        var r: [String: Role] = [:]
        for name in ["p", "div", "section", "article", "header", "footer", "ul", "ol", "table", "dd", "dt", "dl",
                     "figcaption", "figure", "main", "nav", "aside", "caption", "thead", "tbody", "tfoot", "tr",
                     "address", "details", "summary", "form", "fieldset", "legend", "center", "body", "html",
                     "menu", "hgroup", "search", "option"] { r[name] = .block }
        for level in 1...6 { r["h\(level)"] = .heading(level) }
        r["li"] = .listItem; r["td"] = .tableCell; r["th"] = .tableCell; r["blockquote"] = .quote
        r["br"] = .lineBreak; r["hr"] = .lineBreak
        for name in ["script", "style", "template", "noscript", "textarea", "iframe", "object", "canvas", "select"] {
            r[name] = .masked(gap: true, block: false)
        }
        for name in ["code", "kbd", "samp", "var", "svg", "math"] { r[name] = .masked(gap: true, block: false) }
        r["pre"] = .masked(gap: true, block: true)
        r["sup"] = .masked(gap: false, block: false)
        r["head"] = .head; r["title"] = .title
        for name in ["img", "input", "button", "audio", "video", "embed"] { r[name] = .spaced }
        return r
    }()

    /// `roles` keyed by packed name, for the masking loops.
    static let roleTable = TagRoleTable(roles)

    /// Element names common enough to count as HTML when sniffing a format.
    static let knownElements: Set<String> = Set(roles.keys).union(["a", "b", "i", "em", "strong", "span", "small",
        "abbr", "sub", "meta", "link", "u", "s", "cite", "q", "mark", "time", "label"])

    /// Whether `c` can follow `<` in a tag, comment or declaration.
    @inline(__always)
    static func canStartTag(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "/") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || ByteClass.isLetter(c)
    }

    let raw: [UInt8]
    let start: Int
    /// `HTMLMasker.roleTable`, held here so the hot path skips the global's lazy-init check.
    let roleTable = HTMLMasker.roleTable
    var builder: ProseBuilder
    /// Open block elements, each with the block kind its text gets.
    var stack: [(name: TagName, kind: Block.Kind)] = []
    var inHead = false
    /// Tables seen so far and the row and column of the open cell, for `Block.cell`.
    var tableCount = 0
    var tableRowIndex = -1
    var tableColumn = -1
    var inTitle = false

    static func prose(_ raw: [UInt8], start: Int) -> ProseText {
        var masker = HTMLMasker(raw: raw, start: start)
        return masker.run()
    }

    init(raw: [UInt8], start: Int) {
        self.raw = raw
        self.start = start
        builder = ProseBuilder(reservingCapacity: raw.count / 2)
    }

    var hidingText: Bool { inHead && !inTitle }

    mutating func run() -> ProseText {
        let n = raw.count
        builder.beginBlock(.paragraph)
        guard start < n else { return builder.build() }
        raw.withUnsafeBufferPointer { buf in
            let p = buf.baseAddress!
            var i = start
            var textStart = i
            /// Start of the bytes not yet consumed by a tag, reference or URL.
            var floor = i
            while true {
                i = Self.nextSpecial(p, from: i, end: n)
                guard i < n else { break }
                let b = p[i]
                if b == UInt8(ascii: "<") {
                    if i + 1 < n, Self.canStartTag(p[i + 1]) {
                        flushText(textStart..<i)
                        textStart = i
                        if let end = tagEnd(at: i) {
                            i = end
                            textStart = i
                            floor = i
                            continue
                        }
                    }
                } else if b == UInt8(ascii: "&") {
                    if let ref = CharacterReference.decode(raw, at: i, end: n, legacy: true) {
                        flushText(textStart..<i)
                        if !hidingText { builder.emit(scalar: ref.scalar, for: i..<(i + ref.length)) }
                        i += ref.length
                        textStart = i
                        floor = i
                        continue
                    }
                } else if let url = ByteScan.urlEndingKey(in: raw, p, key: i, floor: floor, end: n, accept: { _ in true }) {
                    // `:` or `.`: the key byte of a bare URL that starts a few bytes back.
                    flushText(textStart..<url.start)
                    i = url.end
                    textStart = i
                    floor = i
                    continue
                }
                i += 1
            }
            flushText(textStart..<n)
        }
        return builder.build()
    }

    /// First index in `p[from..<end]` of `<`, `&`, `:` or `.` (the last two
    /// may be the key byte of a bare URL); `end` if none.
    @inline(__always)
    static func nextSpecial(_ p: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        if i < end {   // runs of special bytes (`<<<<`) need no word setup
            let b = p[i]
            if b == UInt8(ascii: "<") || b == UInt8(ascii: "&") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".") { return i }
        }
        while i &+ 16 <= end {   // a cheap yes/no screen, sixteen bytes per step
            let a = ByteScan.word(p, i), b = ByteScan.word(p, i &+ 8)
            let screen = ByteScan.screenEqual(a, UInt8(ascii: "<")) | ByteScan.screenEqual(a, UInt8(ascii: "&"))
                | ByteScan.screenEqual(a, UInt8(ascii: ":")) | ByteScan.screenEqual(a, UInt8(ascii: "."))
                | ByteScan.screenEqual(b, UInt8(ascii: "<")) | ByteScan.screenEqual(b, UInt8(ascii: "&"))
                | ByteScan.screenEqual(b, UInt8(ascii: ":")) | ByteScan.screenEqual(b, UInt8(ascii: "."))
            if screen != 0 { break }
            i &+= 16
        }
        while i &+ 8 <= end {
            let w = ByteScan.word(p, i)
            let m = ByteScan.equalMask(w, UInt8(ascii: "<")) | ByteScan.equalMask(w, UInt8(ascii: "&"))
                | ByteScan.equalMask(w, UInt8(ascii: ":")) | ByteScan.equalMask(w, UInt8(ascii: "."))
            if m != 0 { return i &+ ByteScan.firstByte(m) }
            i &+= 8
        }
        while i < end {
            let b = p[i]
            if b == UInt8(ascii: "<") || b == UInt8(ascii: "&") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".") { break }
            i &+= 1
        }
        return i
    }

    /// Copies a text run: leading whitespace of a block dropped, whitespace
    /// holding a blank line turned into one space.
    mutating func flushText(_ range: Range<Int>) {
        guard !range.isEmpty, !hidingText else { return }
        var i = range.lowerBound
        let end = range.upperBound
        if builder.atLineStart { while i < end, ByteClass.isWhitespace(raw[i]) { i += 1 } }
        var runStart = i
        while i < end {
            let nl = ByteClass.find(0x0A, in: raw, from: i, end: end)
            guard nl < end else { break }
            var j = nl + 1, newlines = 1
            while j < end, ByteClass.isWhitespace(raw[j]) { if raw[j] == 0x0A { newlines += 1 }; j += 1 }
            if newlines >= 2 {
                var ws = nl
                while ws > runStart, ByteClass.isWhitespace(raw[ws - 1]) { ws -= 1 }
                builder.copy(raw, runStart..<ws)
                builder.separate(for: ws..<j, blockBreak: false)
                runStart = j
            }
            i = j
        }
        builder.copy(raw, runStart..<end)
    }

    /// If a tag, comment or declaration starts at `i`, handles it and returns
    /// the index past it (past a masked element's content); nil when the `<`
    /// is literal text.
    mutating func tagEnd(at i: Int) -> Int? {
        let n = raw.count
        guard i + 1 < n else { return nil }
        let c = raw[i + 1]
        if c == UInt8(ascii: "!") {
            if ByteClass.hasPrefix(raw, at: i, end: n, "<!--") {
                if ByteClass.hasPrefix(raw, at: i, end: n, "<!-->") { return i + 5 }
                return (ByteClass.find("-->", in: raw, from: i + 4, end: n)).map { $0 + 3 } ?? n
            }
            if ByteClass.hasPrefix(raw, at: i, end: n, "<![cdata[") {
                return (ByteClass.find("]]>", in: raw, from: i + 9, end: n)).map { $0 + 3 } ?? n
            }
            return min(n, ByteClass.find(UInt8(ascii: ">"), in: raw, from: i + 2, end: n) + 1)
        }
        if c == UInt8(ascii: "?") {
            return min(n, ByteClass.find(UInt8(ascii: ">"), in: raw, from: i + 2, end: n) + 1)
        }
        let closing = c == UInt8(ascii: "/")
        let nameStart = closing ? i + 2 : i + 1
        guard nameStart < n, ByteClass.isLetter(raw[nameStart]) else { return nil }
        var j = nameStart
        while j < n, ByteClass.isAlnum(raw[j]) || raw[j] == UInt8(ascii: "-") || raw[j] == UInt8(ascii: ":") { j += 1 }
        let name = TagName(raw, nameStart..<j)
        let end = attributesEnd(from: j)
        if closing { close(name, raw: i..<end) } else { return open(name, raw: i..<end) }
        return end
    }

    /// Index past the `>` that ends a tag whose attributes start at `j`
    /// (quoted values may hold `>`); the end of the file when unclosed.
    @inline(__always)
    func attributesEnd(from j: Int) -> Int {
        let n = raw.count
        var k = j
        while k < n {
            let b = raw[k]
            if b == UInt8(ascii: ">") { return k + 1 }
            if b == UInt8(ascii: "=") {
                k += 1
                while k < n, ByteClass.isWhitespace(raw[k]) { k += 1 }
                if k < n, raw[k] == UInt8(ascii: "\"") || raw[k] == UInt8(ascii: "'") {
                    k = ByteClass.find(raw[k], in: raw, from: k + 1, end: n) + 1
                }
                continue
            }
            k += 1
        }
        return n
    }

    @inline(__always)
    func currentKind() -> Block.Kind { stack.last?.kind ?? .paragraph }

    @inline(__always)
    func kind(of role: Role) -> Block.Kind {
        switch role {
        case .heading(let level): return .heading(level: level)
        case .listItem: return .listItem
        case .tableCell: return .tableCell
        case .quote: return .quote
        default: return currentKind()
        }
    }

    mutating func breakBlock(_ range: Range<Int>) {
        builder.endBlock()
        builder.separate(for: range, blockBreak: true)
        builder.beginBlock(currentKind())
    }

    /// Pops the nearest open `names` element, unless a `barriers` element is nearer.
    mutating func popNearest(_ names: [TagName], barriers: [TagName]) {
        var k = stack.count - 1
        while k >= 0 {
            if names.contains(stack[k].name) { stack.removeSubrange(k...); return }
            if barriers.contains(stack[k].name) { return }
            k -= 1
        }
    }

    mutating func open(_ name: TagName, raw range: Range<Int>) -> Int {
        guard let role = roleTable[name] else { return range.upperBound }
        let selfClosing = range.count >= 2 && raw[range.upperBound - 2] == UInt8(ascii: "/")
        switch role {
        case .masked(let gap, let block):
            let end = selfClosing ? range.upperBound : closeTagEnd(name, from: range.upperBound)
            if block { breakBlock(range.lowerBound..<end) } else if gap { builder.separate(for: range.lowerBound..<end, blockBreak: false) }
            return end
        case .head:
            inHead = true
        case .title:
            inTitle = true
            builder.endBlock()
            builder.separate(for: range, blockBreak: true)
            builder.beginBlock(.heading(level: 1))
        case .spaced:
            builder.separate(for: range, blockBreak: false)
        case .lineBreak:
            breakBlock(range)
        case .block, .heading, .listItem, .tableCell, .quote:
            inHead = false   // block content cannot be in <head>: the browser closes it
            if let top = stack.last, top.name == .p { stack.removeLast() }
            switch name {
            case .li: popNearest([.li], barriers: [.ul, .ol, .menu])
            case .td, .th:
                popNearest([.td, .th], barriers: [.tr, .table])
                tableColumn += 1
                builder.currentCell = TableCell(table: tableCount, row: max(0, tableRowIndex), column: tableColumn)
            case .tr:
                popNearest([.tr], barriers: [.table, .thead, .tbody, .tfoot])
                tableRowIndex += 1
                tableColumn = -1
            case .table:
                tableCount += 1
                tableRowIndex = -1
                tableColumn = -1
            case .dt, .dd: popNearest([.dt, .dd], barriers: [.dl])
            default: break
            }
            if !selfClosing, stack.count < 256 { stack.append((name, kind(of: role))) }
            breakBlock(range)
        }
        return range.upperBound
    }

    mutating func close(_ name: TagName, raw range: Range<Int>) {
        guard let role = roleTable[name] else { return }
        switch role {
        case .head: inHead = false
        case .title:
            inTitle = false
            breakBlock(range)
        case .block, .heading, .listItem, .tableCell, .quote:
            if let k = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(k...) }
            breakBlock(range)
        case .lineBreak: breakBlock(range)
        default: break
        }
    }

    /// Index past the `</name …>` that closes a masked element, or the end of
    /// the file.
    @inline(__always)
    func closeTagEnd(_ name: TagName, from: Int) -> Int {
        let n = raw.count
        let nameBytes = name.bytes
        var k = from
        while let lt = ByteClass.find("</", in: raw, from: k, end: n) {
            var j = lt + 2
            var m = 0
            while m < nameBytes.count, j < n, ByteClass.lower(raw[j]) == nameBytes[m] { j += 1; m += 1 }
            if m == nameBytes.count, j < n, raw[j] == UInt8(ascii: ">") || ByteClass.isWhitespace(raw[j]) || raw[j] == UInt8(ascii: "/") {
                return min(n, ByteClass.find(UInt8(ascii: ">"), in: raw, from: j, end: n) + 1)
            }
            k = lt + 2
        }
        return n
    }
}
