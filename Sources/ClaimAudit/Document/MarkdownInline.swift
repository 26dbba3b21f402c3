/// The inline layer of the Markdown masker: code spans, links, images,
/// autolinks, inline HTML, emphasis, escapes, character references and bare
/// URLs inside one block's text.
///
/// Link text stays prose; destinations, titles and reference labels do not.
/// An image `![alt](src)` is masked whole, alt text included (HTML's `alt`
/// attribute is not prose either). Footnote references `[^1]` are masked.
///
/// Works in three linear passes over the block's bytes: tokenise into `Op`s
/// (resolving brackets into links as it goes), match emphasis delimiters,
/// then emit into the `ProseBuilder`. Lookaheads (link destinations, tags)
/// draw on a work budget proportional to the input, so hostile input cannot
/// make the pass quadratic: once the budget is spent, lookaheads fail and the
/// bytes stay literal text.
struct MarkdownInline {
    struct Op {
        enum Kind: UInt8 { case text, decoded, space, blockBreak, delimiter, bracket, drop }
        var kind: Kind
        var start: Int
        var end: Int
        /// `.decoded`: the scalar value. `.delimiter`: byte, flags. `.blockBreak`: kind code.
        var a = 0
        var b = 0
    }

    /// The block's text as one byte sequence: the raw bytes themselves when
    /// the block is one contiguous raw range, else a copy of its segments
    /// (block-quote markers between lines left out) with a map back.
    struct Source {
        var bytes: [UInt8]
        var lo: Int
        var hi: Int
        /// Virtual start, raw start and length of each segment; empty when
        /// `bytes` is the raw file itself.
        var segments: [(v: Int, raw: Int, len: Int)] = []

        func segmentIndex(_ v: Int) -> Int {
            var lo = 0, hi = segments.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if segments[mid].v <= v { lo = mid } else { hi = mid - 1 }
            }
            return lo
        }

        func rawStart(_ v: Int) -> Int {
            if segments.isEmpty { return v }
            let s = segments[segmentIndex(v)]
            return s.raw + min(v - s.v, s.len)
        }

        func rawEnd(_ v: Int) -> Int {
            if segments.isEmpty || v == 0 { return rawStart(v) }
            let s = segments[segmentIndex(v - 1)]
            return s.raw + min(v - s.v, s.len)
        }

        func rawRange(_ r: Range<Int>) -> Range<Int> { rawStart(r.lowerBound)..<max(rawStart(r.lowerBound), rawEnd(r.upperBound)) }
    }

    var ops: [Op] = []
    var brackets: [Int] = []
    var budget = 0
    // Backtick runs, found once per block: start, length, index of the next run of the same length.
    var ticks: [(pos: Int, len: Int, next: Int)] = []
    var ticksScanned = false
    var tickCursor = 0

    static let special: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        for c in "\\`<&[]!*_~hHwW".utf8 { t[Int(c)] = true }
        return t
    }()

    /// Masks the block made of raw `segments` into `builder`.
    mutating func process(_ raw: [UInt8], segments: [Range<Int>], into builder: inout ProseBuilder) {
        guard let first = segments.first else { return }
        var src: Source
        if segments.count == 1 {
            src = Source(bytes: raw, lo: first.lowerBound, hi: first.upperBound)
        } else {
            var bytes: [UInt8] = []
            var segs: [(v: Int, raw: Int, len: Int)] = []
            for s in segments {
                segs.append((bytes.count, s.lowerBound, s.count))
                bytes.append(contentsOf: raw[s])
            }
            src = Source(bytes: bytes, lo: 0, hi: bytes.count, segments: segs)
        }
        tokenize(src)
        matchDelimiters()
        emit(src, raw: raw, into: &builder)
    }

    // MARK: - Pass 1: tokens

    mutating func add(_ kind: Op.Kind, _ start: Int, _ end: Int) {
        if kind == .text, let last = ops.last, last.kind == .text, last.end == start {
            ops[ops.count - 1].end = end
            return
        }
        ops.append(Op(kind: kind, start: start, end: end))
    }

    mutating func tokenize(_ src: Source) {
        ops.removeAll(keepingCapacity: true)
        brackets.removeAll(keepingCapacity: true)
        ticks.removeAll(keepingCapacity: true)
        ticksScanned = false
        tickCursor = 0
        budget = 8 * (src.hi - src.lo) + 4096
        let v = src.bytes
        let hi = src.hi
        var i = src.lo
        var textStart = i
        while i < hi {
            let b = v[i]
            guard Self.special[Int(b)] else { i += 1; continue }
            if i > textStart { add(.text, textStart, i) }
            let next = handle(src, at: i)
            i = next
            textStart = i
        }
        if hi > textStart { add(.text, textStart, hi) }
        // Unresolved brackets stay literal.
        for k in brackets where ops[k].kind == .bracket { ops[k].kind = .text }
    }

    /// Handles the special byte at `i`; returns the index to go on from.
    mutating func handle(_ src: Source, at i: Int) -> Int {
        let v = src.bytes
        let lo = src.lo, hi = src.hi
        let b = v[i]
        switch b {
        case UInt8(ascii: "\\"):
            if i + 1 < hi, ByteClass.isPunct(v[i + 1]) {
                add(.drop, i, i + 1)
                add(.text, i + 1, i + 2)
                return i + 2
            }
            if i + 1 < hi, v[i + 1] == 0x0A { add(.drop, i, i + 1); return i + 1 }
            add(.text, i, i + 1)
            return i + 1
        case UInt8(ascii: "`"):
            var j = i
            while j < hi, v[j] == b { j += 1 }
            if let close = closingTicks(src, at: i, length: j - i) {
                add(.space, i, close)
                return close
            }
            add(.text, i, j)
            return j
        case UInt8(ascii: "<"):
            if let end = inlineHTML(src, at: i) { return end }
            add(.text, i, i + 1)
            return i + 1
        case UInt8(ascii: "&"):
            if let ref = CharacterReference.decode(v, at: i, end: hi) {
                ops.append(Op(kind: .decoded, start: i, end: i + ref.length, a: Int(ref.scalar)))
                return i + ref.length
            }
            add(.text, i, i + 1)
            return i + 1
        case UInt8(ascii: "!"):
            if i + 1 < hi, v[i + 1] == UInt8(ascii: "[") {
                brackets.append(ops.count)
                ops.append(Op(kind: .bracket, start: i, end: i + 2))
                return i + 2
            }
            add(.text, i, i + 1)
            return i + 1
        case UInt8(ascii: "["):
            // A footnote reference `[^label]` is a marker, not prose (like `<sup>`).
            if i + 2 < hi, v[i + 1] == UInt8(ascii: "^") {
                var j = i + 2
                while j < hi, j - i < 100, v[j] != UInt8(ascii: "]"), !ByteClass.isWhitespace(v[j]), v[j] != UInt8(ascii: "[") { j += 1 }
                if j < hi, j > i + 2, v[j] == UInt8(ascii: "]") {
                    add(.drop, i, j + 1)
                    return j + 1
                }
            }
            brackets.append(ops.count)
            ops.append(Op(kind: .bracket, start: i, end: i + 1))
            return i + 1
        case UInt8(ascii: "]"):
            return closeBracket(src, at: i)
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
            var j = i
            while j < hi, v[j] == b { j += 1 }
            let prev: UInt8 = i > lo ? v[i - 1] : 0x20
            let next: UInt8 = j < hi ? v[j] : 0x20
            let prevSpace = ByteClass.isWhitespace(prev), nextSpace = ByteClass.isWhitespace(next)
            let prevPunct = ByteClass.isPunct(prev), nextPunct = ByteClass.isPunct(next)
            let left = !nextSpace && (!nextPunct || prevSpace || prevPunct)
            let right = !prevSpace && (!prevPunct || nextSpace || nextPunct)
            var canOpen = left, canClose = right
            if b == UInt8(ascii: "_") {
                canOpen = left && (!right || prevPunct)
                canClose = right && (!left || nextPunct)
            }
            // Strikethrough is `~~`; a single `~` usually means "about" (`~$40M`).
            if b == UInt8(ascii: "~"), j - i != 2 { canOpen = false; canClose = false }
            if canOpen || canClose {
                ops.append(Op(kind: .delimiter, start: i, end: j, a: Int(b), b: (canOpen ? 1 : 0) | (canClose ? 2 : 0)))
            } else {
                add(.text, i, j)
            }
            return j
        default: // h, w: bare URLs
            if let end = BareURL.end(in: v, at: i, end: hi), i >= lo, (i == lo || !ByteClass.isAlnum(v[i - 1])) {
                add(.space, i, end)
                return end
            }
            add(.text, i, i + 1)
            return i + 1
        }
    }

    /// The end of the code span whose opening run of `length` backticks is
    /// at `i`, if a closing run of the same length follows.
    mutating func closingTicks(_ src: Source, at i: Int, length: Int) -> Int? {
        if !ticksScanned {
            ticksScanned = true
            let v = src.bytes
            var k = src.lo
            var lastOfLength: [Int: Int] = [:]
            while k < src.hi {
                if v[k] == UInt8(ascii: "`") {
                    var j = k
                    while j < src.hi, v[j] == UInt8(ascii: "`") { j += 1 }
                    ticks.append((k, j - k, -1))
                    k = j
                } else { k += 1 }
            }
            for idx in stride(from: ticks.count - 1, through: 0, by: -1) {
                ticks[idx].next = lastOfLength[ticks[idx].len] ?? -1
                lastOfLength[ticks[idx].len] = idx
            }
        }
        while tickCursor < ticks.count, ticks[tickCursor].pos < i { tickCursor += 1 }
        guard tickCursor < ticks.count, ticks[tickCursor].pos == i, ticks[tickCursor].len == length else { return nil }
        let next = ticks[tickCursor].next
        guard next >= 0 else { return nil }
        return ticks[next].pos + ticks[next].len
    }

    /// Resolves `]` against the nearest open bracket: an inline link
    /// `](dest "title")` or a reference link `][label]` drops the brackets
    /// and the destination; anything else stays literal.
    mutating func closeBracket(_ src: Source, at i: Int) -> Int {
        let v = src.bytes, hi = src.hi
        guard let opener = brackets.popLast() else { add(.text, i, i + 1); return i + 1 }
        if i + 1 < hi, v[i + 1] == UInt8(ascii: "("), let end = linkTail(src, from: i + 2) {
            if v[ops[opener].start] == UInt8(ascii: "!"), spend(ops.count - opener) {
                // An image: its alt text is an attribute in HTML terms, not prose.
                for k in opener..<ops.count { ops[k].kind = .drop }
                add(.space, i, end)
                return end
            }
            ops[opener].kind = .drop
            add(.drop, i, end)
            return end
        }
        if i + 1 < hi, v[i + 1] == UInt8(ascii: "[") {
            var j = i + 2
            while j < hi, j - i < 1000, v[j] != UInt8(ascii: "]"), v[j] != UInt8(ascii: "["), spend() { j += 1 }
            if j < hi, v[j] == UInt8(ascii: "]") {
                ops[opener].kind = .drop
                add(.drop, i, j + 1)
                return j + 1
            }
        }
        ops[opener].kind = .text
        add(.text, i, i + 1)
        return i + 1
    }

    @inline(__always) mutating func spend(_ n: Int = 1) -> Bool {
        budget -= n
        return budget > 0
    }

    /// Parses `dest "title")` after `](`; returns the index past `)`.
    mutating func linkTail(_ src: Source, from start: Int) -> Int? {
        let v = src.bytes, hi = src.hi
        var j = start
        func skipSpace() { while j < hi, ByteClass.isWhitespace(v[j]) { j += 1 } }
        skipSpace()
        guard j < hi else { return nil }
        if v[j] == UInt8(ascii: "<") {
            j += 1
            while j < hi, v[j] != UInt8(ascii: ">"), v[j] != 0x0A, v[j] != UInt8(ascii: "<") {
                guard spend() else { return nil }
                j += v[j] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard j < hi, v[j] == UInt8(ascii: ">") else { return nil }
            j += 1
        } else {
            var depth = 0
            while j < hi {
                let c = v[j]
                guard spend() else { return nil }
                if c <= 0x20 || c == 0x7F { break }
                if c == UInt8(ascii: "\\") { j += 2; continue }
                if c == UInt8(ascii: "(") { depth += 1; if depth > 32 { return nil } }
                if c == UInt8(ascii: ")") { if depth == 0 { break }; depth -= 1 }
                j += 1
            }
            j = min(j, hi)
        }
        skipSpace()
        guard j < hi else { return nil }
        let q = v[j]
        if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") || q == UInt8(ascii: "(") {
            let close = q == UInt8(ascii: "(") ? UInt8(ascii: ")") : q
            j += 1
            while j < hi, v[j] != close {
                guard spend() else { return nil }
                j += v[j] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard j < hi else { return nil }
            j += 1
            skipSpace()
        }
        guard j < hi, v[j] == UInt8(ascii: ")") else { return nil }
        return j + 1
    }

    /// Autolinks, comments, tags and declarations at `i`; returns the index
    /// past what was consumed, or nil when `<` is literal.
    mutating func inlineHTML(_ src: Source, at i: Int) -> Int? {
        let v = src.bytes, hi = src.hi
        guard i + 1 < hi else { return nil }
        let c = v[i + 1]
        // Autolink <scheme:…> or <user@host>.
        if ByteClass.isLetter(c) {
            var j = i + 1
            var sawColon = false, sawAt = false
            while j < hi, j - i < 2048 {
                let d = v[j]
                if d == UInt8(ascii: ">") { break }
                if d <= 0x20 || d == UInt8(ascii: "<") { j = hi; break }
                if d == UInt8(ascii: ":") { sawColon = true }
                if d == UInt8(ascii: "@") { sawAt = true }
                j += 1
            }
            if j < hi, v[j] == UInt8(ascii: ">"), sawColon || sawAt {
                // A scheme is letters, digits, + . - before the colon.
                var k = i + 1
                while k < j, ByteClass.isAlnum(v[k]) || v[k] == UInt8(ascii: "+") || v[k] == UInt8(ascii: ".") || v[k] == UInt8(ascii: "-") { k += 1 }
                if (k < j && v[k] == UInt8(ascii: ":") && k - i - 1 >= 2) || sawAt {
                    guard spend(j - i) else { return nil }
                    add(.space, i, j + 1)
                    return j + 1
                }
            }
        }
        if c == UInt8(ascii: "!") {
            if ByteClass.hasPrefix(v, at: i, end: hi, "<!--") {
                guard let close = ByteClass.find("-->", in: v, from: i + 4, end: hi), spend(close - i) else { return nil }
                add(.drop, i, close + 3)
                return close + 3
            }
            let close = ByteClass.find(UInt8(ascii: ">"), in: v, from: i + 2, end: hi)
            guard close < hi, spend(close - i) else { return nil }
            add(.drop, i, close + 1)
            return close + 1
        }
        if c == UInt8(ascii: "?") {
            guard let close = ByteClass.find("?>", in: v, from: i + 2, end: hi), spend(close - i) else { return nil }
            add(.drop, i, close + 2)
            return close + 2
        }
        let closing = c == UInt8(ascii: "/")
        let nameStart = closing ? i + 2 : i + 1
        guard nameStart < hi, ByteClass.isLetter(v[nameStart]) else { return nil }
        var j = nameStart
        while j < hi, ByteClass.isAlnum(v[j]) || v[j] == UInt8(ascii: "-") { j += 1 }
        let nameEnd = j
        // Attributes: up to `>`, quotes respected.
        while j < hi {
            guard spend() else { return nil }
            let d = v[j]
            if d == UInt8(ascii: ">") || d == UInt8(ascii: "<") { break }
            if d == UInt8(ascii: "\"") || d == UInt8(ascii: "'") {
                let q = ByteClass.find(d, in: v, from: j + 1, end: hi)
                guard q < hi, spend(q - j) else { return nil }
                j = q
            }
            j += 1
        }
        guard j < hi, v[j] == UInt8(ascii: ">") else { return nil }
        let tagEnd = j + 1
        let name = ByteClass.lowercasedName(v, nameStart..<nameEnd)
        switch HTMLMasker.roles[name] {
        case .masked(let gap, _)? where !closing:
            // Hide the element's content up to its closing tag (or the block's end).
            var end = hi
            var k = tagEnd
            let nameBytes = Array(name.utf8)
            while let lt = ByteClass.find("</", in: v, from: k, end: hi) {
                guard spend(lt - k + 2) else { break }
                var m = 0, p = lt + 2
                while m < nameBytes.count, p < hi, ByteClass.lower(v[p]) == nameBytes[m] { m += 1; p += 1 }
                if m == nameBytes.count {
                    end = min(hi, ByteClass.find(UInt8(ascii: ">"), in: v, from: p, end: hi) + 1)
                    break
                }
                k = lt + 2
            }
            add(gap ? .space : .drop, i, end)
            return end
        case .block?, .heading?, .listItem?, .tableCell?, .quote?, .lineBreak?, .title?:
            // The text after an opening tag gets the element's block kind;
            // after a closing tag, the Markdown block's own kind.
            var kindCode = 0
            if !closing, let role = HTMLMasker.roles[name] {
                switch role {
                case .tableCell: kindCode = 1
                case .listItem: kindCode = 2
                case .quote: kindCode = 3
                case .heading(let level): kindCode = 10 + level
                default: kindCode = 0
                }
            }
            ops.append(Op(kind: .blockBreak, start: i, end: tagEnd, a: kindCode))
        case .spaced?:
            add(.space, i, tagEnd)
        default:
            add(.drop, i, tagEnd)
        }
        return tagEnd
    }

    // MARK: - Pass 2: emphasis

    /// Matches `*`, `_` and `~` runs: a run that can close pairs with the
    /// nearest open run of the same character; matched runs are dropped,
    /// the others stay literal text.
    mutating func matchDelimiters() {
        var stars: [Int] = [], unders: [Int] = [], tildes: [Int] = []
        for k in ops.indices where ops[k].kind == .delimiter {
            let canOpen = ops[k].b & 1 != 0, canClose = ops[k].b & 2 != 0
            let ch = UInt8(ops[k].a)
            func matched(_ stack: inout [Int]) -> Bool {
                if canClose, let o = stack.popLast() {
                    ops[o].kind = .drop
                    ops[k].kind = .drop
                    return true
                }
                if canOpen { stack.append(k) } else { ops[k].kind = .text }
                return false
            }
            switch ch {
            case UInt8(ascii: "*"): _ = matched(&stars)
            case UInt8(ascii: "_"): _ = matched(&unders)
            default: _ = matched(&tildes)
            }
        }
        for k in stars + unders + tildes { ops[k].kind = .text }
    }

    // MARK: - Pass 3: emission

    func emit(_ src: Source, raw: [UInt8], into builder: inout ProseBuilder) {
        let baseKind = builder.openBlockKind ?? .paragraph
        for op in ops {
            switch op.kind {
            case .text, .delimiter, .bracket:
                copy(src, raw: raw, op.start..<op.end, into: &builder)
            case .decoded:
                builder.emit(scalar: UInt32(op.a), for: src.rawRange(op.start..<op.end))
            case .space:
                builder.separate(for: src.rawRange(op.start..<op.end), blockBreak: false)
            case .blockBreak:
                let kind: Block.Kind
                switch op.a {
                case 1: kind = .tableCell
                case 2: kind = .listItem
                case 3: kind = .quote
                case 11...16: kind = .heading(level: op.a - 10)
                default: kind = baseKind
                }
                builder.endBlock()
                builder.separate(for: src.rawRange(op.start..<op.end), blockBreak: true)
                builder.beginBlock(kind)
            case .drop:
                break
            }
        }
    }

    func copy(_ src: Source, raw: [UInt8], _ range: Range<Int>, into builder: inout ProseBuilder) {
        guard !range.isEmpty else { return }
        if src.segments.isEmpty { builder.copy(raw, range); return }
        var k = src.segmentIndex(range.lowerBound)
        var v = range.lowerBound
        while v < range.upperBound, k < src.segments.count {
            let s = src.segments[k]
            let segEnd = s.v + s.len
            let upto = min(segEnd, range.upperBound)
            if upto > v { builder.copy(raw, (s.raw + v - s.v)..<(s.raw + upto - s.v)) }
            v = upto
            k += 1
        }
    }
}
