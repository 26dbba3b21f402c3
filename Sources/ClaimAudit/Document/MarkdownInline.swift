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
    // Open emphasis runs by character, reused from block to block.
    var stars: [Int] = [], unders: [Int] = [], tildes: [Int] = []
    /// The block has emphasis delimiter runs to match.
    var hasDelimiters = false

    static let special: [Bool] = {
        var t = [Bool](repeating: false, count: 256)
        // `:` and `.` stand for bare URLs: the key byte of `http://`, `https://`, `www.`.
        for c in "\\`<&[]!*_~:.".utf8 { t[Int(c)] = true }
        return t
    }()

    /// Masks the block made of raw `segments` into `builder`.
    mutating func process(_ raw: [UInt8], segments: [Range<Int>], into builder: inout ProseBuilder) {
        guard let first = segments.first else { return }
        var src: Source
        if segments.count == 1 {
            process(raw, range: first, into: &builder)
            return
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

    /// Masks the block made of the one raw range `range` into `builder`.
    mutating func process(_ raw: [UInt8], range: Range<Int>, into builder: inout ProseBuilder) {
        let src = Source(bytes: raw, lo: range.lowerBound, hi: range.upperBound)
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
        if !ops.isEmpty { ops.removeAll(keepingCapacity: true) }
        if !brackets.isEmpty { brackets.removeAll(keepingCapacity: true) }
        if !ticks.isEmpty { ticks.removeAll(keepingCapacity: true) }
        hasDelimiters = false
        ticksScanned = false
        tickCursor = 0
        budget = 8 * (src.hi - src.lo) + 4096
        let v = src.bytes
        let lo = src.lo, hi = src.hi
        guard lo < hi else { return }
        precondition(lo >= 0 && hi <= v.count)
        Self.special.withUnsafeBufferPointer { special in
            v.withUnsafeBufferPointer { buf in
                let p = buf.baseAddress!
                var i = lo
                var textStart = i
                while i < hi {
                    if !special[Int(p[i])] {   // runs of specials need no word setup
                        i = Self.nextCandidate(p, from: i, end: hi)
                        guard i < hi else { break }
                    }
                    let b = p[i]
                    guard special[Int(b)] else { i &+= 1; continue }
                    if b == UInt8(ascii: ":") || b == UInt8(ascii: ".") {
                        // A bare URL starting a few bytes back, among text bytes not yet consumed.
                        if let url = ByteScan.urlEndingKey(in: v, p, key: i, floor: textStart, end: hi,
                                                           accept: { s in s >= lo && (s == lo || !ByteClass.isAlnum(p[s - 1])) }) {
                            if url.start > textStart { add(.text, textStart, url.start) }
                            add(.space, url.start, url.end)
                            i = url.end
                            textStart = i
                        } else {
                            i &+= 1
                        }
                        continue
                    }
                    if i > textStart { add(.text, textStart, i) }
                    let next = handle(src, at: i)
                    i = next
                    textStart = i
                }
                if hi > textStart { add(.text, textStart, hi) }
            }
        }
        // Unresolved brackets stay literal.
        for k in brackets where ops[k].kind == .bracket { ops[k].kind = .text }
    }

    /// First index in `p[from..<end]` of a byte that may be special: in
    /// 0x21…0x2F, 0x3A…0x3C, 0x5B…0x60 or 0x7E (a superset of `special`,
    /// tested eight bytes at a time); `end` if none.
    @inline(__always)
    static func nextCandidate(_ p: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        @inline(__always) func inRange(_ x: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
            // x has each byte ≤ 0x7F, so none of these sums carries.
            let ge = x &+ ByteScan.ones &* UInt64(0x80 - lo)
            let gt = x &+ ByteScan.ones &* UInt64(0x7F - hi)
            return ge & ~gt
        }
        var i = from
        while i &+ 8 <= end {
            let w = ByteScan.word(p, i)
            let x = w & ByteScan.lows
            let m = (inRange(x, 0x21, 0x2F) | inRange(x, 0x3A, 0x3C) | inRange(x, 0x5B, 0x60) | inRange(x, 0x7E, 0x7E))
                & ~w & ByteScan.highs
            if m != 0 { return i &+ ByteScan.firstByte(m) }
            i &+= 8
        }
        return i < end ? i : end
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
                hasDelimiters = true
                ops.append(Op(kind: .delimiter, start: i, end: j, a: Int(b), b: (canOpen ? 1 : 0) | (canClose ? 2 : 0)))
            } else {
                add(.text, i, j)
            }
            return j
        default:
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
        let name = TagName(v, nameStart..<nameEnd)
        let role = HTMLMasker.roleTable[name]
        switch role {
        case .masked(let gap, _)? where !closing:
            // Hide the element's content up to its closing tag (or the block's end).
            var end = hi
            var k = tagEnd
            let nameBytes = name.bytes
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
            if !closing, let role {
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
        guard hasDelimiters else { return }
        if !stars.isEmpty { stars.removeAll(keepingCapacity: true) }
        if !unders.isEmpty { unders.removeAll(keepingCapacity: true) }
        if !tildes.isEmpty { tildes.removeAll(keepingCapacity: true) }
        for k in ops.indices where ops[k].kind == .delimiter {
            let canOpen = ops[k].b & 1 != 0, canClose = ops[k].b & 2 != 0
            switch UInt8(ops[k].a) {
            case UInt8(ascii: "*"): Self.match(k, canOpen: canOpen, canClose: canClose, &stars, &ops)
            case UInt8(ascii: "_"): Self.match(k, canOpen: canOpen, canClose: canClose, &unders, &ops)
            default: Self.match(k, canOpen: canOpen, canClose: canClose, &tildes, &ops)
            }
        }
        for k in stars { ops[k].kind = .text }
        for k in unders { ops[k].kind = .text }
        for k in tildes { ops[k].kind = .text }
    }

    /// Closes the delimiter run `k` against the top of `stack`, or opens it.
    @inline(__always)
    static func match(_ k: Int, canOpen: Bool, canClose: Bool, _ stack: inout [Int], _ ops: inout [Op]) {
        if canClose, let o = stack.popLast() {
            ops[o].kind = .drop
            ops[k].kind = .drop
            return
        }
        if canOpen { stack.append(k) } else { ops[k].kind = .text }
    }

    // MARK: - Pass 3: emission

    func emit(_ src: Source, raw: [UInt8], into builder: inout ProseBuilder) {
        let baseKind = builder.openBlockKind ?? .paragraph
        // Adjacent text ops are copied in one go: their boundaries are at
        // ASCII bytes, so copying them apart or together gives the same prose.
        var pendingStart = 0, pendingEnd = -1
        func flush(_ builder: inout ProseBuilder) {
            if pendingEnd > pendingStart { copy(src, raw: raw, pendingStart..<pendingEnd, into: &builder) }
            pendingEnd = -1
        }
        for op in ops {
            switch op.kind {
            case .text, .delimiter, .bracket:
                if op.start == pendingEnd {
                    pendingEnd = op.end
                } else {
                    flush(&builder)
                    pendingStart = op.start
                    pendingEnd = op.end
                }
            case .decoded:
                flush(&builder)
                builder.emit(scalar: UInt32(op.a), for: src.rawRange(op.start..<op.end))
            case .space:
                flush(&builder)
                builder.separate(for: src.rawRange(op.start..<op.end), blockBreak: false)
            case .blockBreak:
                flush(&builder)
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
        flush(&builder)
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
