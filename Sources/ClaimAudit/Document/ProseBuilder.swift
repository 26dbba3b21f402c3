/// Assembles a `ProseText` piece by piece while keeping the offset map exact.
///
/// Maskers walk the raw bytes once and call `copy` for prose runs, `emit` for
/// decoded text that replaces a raw range (`&amp;` → `&`), and `separate` for
/// skipped markup that must still separate words or blocks.
///
/// Speed: `copy` skips plain ASCII eight or sixteen bytes at a time
/// (`ByteScan`) and appends each verbatim run with one bulk copy; adjacent
/// verbatim runs merge into one offset-map piece, so the map grows with the
/// markup, not with the text.
public struct ProseBuilder: Sendable {
    public private(set) var bytes: [UInt8] = []
    public private(set) var map = OffsetMap()
    public private(set) var blocks: [Block] = []
    private var openBlock: (start: Int, kind: Block.Kind)?
    /// The table cell that `.tableCell` blocks begun from now on belong to.
    public var currentCell: TableCell?

    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Current prose length.
    public var count: Int { bytes.count }

    /// Copies raw bytes `range` from `raw`, keeping the prose valid UTF-8 and
    /// free of control characters. This is the one place where raw bytes are
    /// sanitised:
    /// - printable ASCII and well-formed UTF-8 are copied verbatim (fast path);
    /// - each maximal ill-formed UTF-8 subpart becomes U+FFFD;
    /// - `\r\n` becomes `\n` (the `\r` is dropped) and a lone `\r` becomes `\n`;
    /// - other C0 controls and DEL (tab and newline excepted) become a space.
    public mutating func copy(_ raw: [UInt8], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        precondition(range.lowerBound >= 0 && range.upperBound <= raw.count)
        raw.withUnsafeBufferPointer { buf in copy(buf.baseAddress!, count: buf.count, range) }
    }

    /// `copy` over a raw buffer of `count` bytes at `raw`.
    mutating func copy(_ raw: UnsafePointer<UInt8>, count: Int, _ range: Range<Int>) {
        let end = range.upperBound
        var runStart = range.lowerBound
        var i = runStart
        while true {
            // Fast path: skip printable ASCII, tab and newline eight bytes at a time.
            i = ByteScan.firstUnplain(raw, from: i, end: end)
            guard i < end else { break }
            sanitize(raw, count: count, at: &i, runStart: &runStart, end: end)
        }
        copyVerbatim(raw, runStart..<end)
    }

    /// `copy`, leaving out bare URLs (`https://…`, `www.…`): one pass that
    /// finds both the bytes to sanitise and the key bytes of URLs. `bytes`
    /// is the array whose buffer `raw` is.
    mutating func copySkippingURLs(_ bytes: [UInt8], _ raw: UnsafePointer<UInt8>, _ range: Range<Int>) {
        let count = bytes.count
        let end = range.upperBound
        var runStart = range.lowerBound
        var floor = runStart   // URLs start at or after the end of the last one
        var i = runStart
        while true {
            i = ByteScan.firstUnplainColonOrDot(raw, from: i, end: end)
            guard i < end else { break }
            let b = raw[i]
            if b == UInt8(ascii: ":") || b == UInt8(ascii: ".") {
                if let url = ByteScan.urlEndingKey(in: bytes, raw, key: i, floor: floor, end: end, accept: { _ in true }) {
                    // The URL's bytes before `i` are letters, already vetted.
                    copyVerbatim(raw, runStart..<url.start)
                    i = url.end
                    runStart = i
                    floor = i
                } else {
                    i += 1
                }
                continue
            }
            sanitize(raw, count: count, at: &i, runStart: &runStart, end: end)
        }
        copyVerbatim(raw, runStart..<end)
    }

    /// Handles the byte at `i`, which is not printable ASCII, tab or line
    /// feed: a well-formed UTF-8 sequence is skipped (it stays in the run);
    /// anything else ends the verbatim run and is replaced.
    @inline(__always)
    private mutating func sanitize(_ raw: UnsafePointer<UInt8>, count: Int, at i: inout Int, runStart: inout Int, end: Int) {
        let b = raw[i]
        if b >= 0x80 {
            let len = UTF8Validation.sequenceLength(raw, at: i, end: end)
            if len > 0 { i += len; return }
            copyVerbatim(raw, runStart..<i)
            emit(scalar: 0xFFFD, for: i..<(i - len))
            i -= len
            runStart = i
            return
        }
        copyVerbatim(raw, runStart..<i)
        if b == 0x0D {
            let nextIsLF = i + 1 < count && raw[i + 1] == 0x0A
            if !nextIsLF { emit(byte: 0x0A, for: i..<(i + 1)) }
        } else {
            emit(byte: 0x20, for: i..<(i + 1))
        }
        i += 1
        runStart = i
    }

    /// Appends raw bytes as they are, in one bulk copy.
    @inline(__always)
    private mutating func copyVerbatim(_ raw: UnsafePointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: raw + range.lowerBound, count: range.count))
        map.appendVerbatim(rawStart: range.lowerBound, length: range.count)
    }

    /// The kind of the open block, if any.
    public var openBlockKind: Block.Kind? { openBlock?.kind }

    /// Whether the prose is at the start of a line (empty, or ends in `\n`).
    public var atLineStart: Bool { bytes.last.map { $0 == 0x0A } ?? true }

    /// Emits `text` standing for the raw range `rawRange` as a whole.
    /// `text` must be valid UTF-8.
    public mutating func emit<Bytes: Collection>(_ text: Bytes, for rawRange: Range<Int>) where Bytes.Element == UInt8 {
        guard !text.isEmpty else { return }
        bytes.append(contentsOf: text)
        map.appendReplacement(rawStart: rawRange.lowerBound, rawEnd: rawRange.upperBound, proseLength: text.count)
    }

    /// Emits one ASCII byte standing for the raw range `rawRange`.
    public mutating func emit(byte: UInt8, for rawRange: Range<Int>) {
        bytes.append(byte)
        map.appendReplacement(rawStart: rawRange.lowerBound, rawEnd: rawRange.upperBound, proseLength: 1)
    }

    /// Emits the Unicode scalar `value` (U+FFFD when it is not a valid
    /// scalar or is NUL) standing for the raw range `rawRange`, as for a
    /// decoded character reference.
    public mutating func emit(scalar value: UInt32, for rawRange: Range<Int>) {
        let before = bytes.count
        UTF8Validation.append(UTF8Validation.sanitized(value), to: &bytes)
        map.appendReplacement(rawStart: rawRange.lowerBound, rawEnd: rawRange.upperBound, proseLength: bytes.count - before)
    }

    /// Emits a separator for skipped raw bytes: a space between words, or a
    /// newline at a block boundary. Collapses repeats of the same separator,
    /// and emits nothing at the start of the prose.
    public mutating func separate(for rawRange: Range<Int>, blockBreak: Bool) {
        let sep: UInt8 = blockBreak ? 0x0A : 0x20
        guard let last = bytes.last, last != sep, last != 0x0A else { return }   // nothing to separate at the start
        emit(byte: sep, for: rawRange)
    }

    /// Starts a block at the current position, closing any open one.
    public mutating func beginBlock(_ kind: Block.Kind) {
        endBlock()
        openBlock = (bytes.count, kind)
    }

    /// Ends the open block, if any.
    public mutating func endBlock() {
        guard let open = openBlock else { return }
        var end = bytes.count
        while end > open.start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        if end > open.start {
            let cell = open.kind == .tableCell ? currentCell : nil
            blocks.append(Block(range: open.start..<end, kind: open.kind, cell: cell))
        }
        openBlock = nil
    }

    /// Finishes the prose.
    public mutating func build() -> ProseText {
        endBlock()
        // A table with one column lays a page out (an HTML newsletter inside one `<td>`): its
        // blocks are paragraphs, not cells of a row.
        let dataTables = Set(blocks.compactMap { $0.cell.flatMap { $0.column > 0 ? $0.table : nil } })
        for i in blocks.indices where blocks[i].kind == .tableCell {
            if let cell = blocks[i].cell, !dataTables.contains(cell.table) {
                blocks[i].kind = .paragraph
                blocks[i].cell = nil
            }
        }
        return ProseText(bytes: bytes, map: map, blocks: blocks)
    }
}
