/// Assembles a `ProseText` piece by piece while keeping the offset map exact.
///
/// Maskers walk the raw bytes once and call `copy` for prose runs, `emit` for
/// decoded text that replaces a raw range (`&amp;` → `&`), and `separate` for
/// skipped markup that must still separate words or blocks.
public struct ProseBuilder: Sendable {
    public private(set) var bytes: [UInt8] = []
    public private(set) var map = OffsetMap()
    public private(set) var blocks: [Block] = []
    private var openBlock: (start: Int, kind: Block.Kind)?

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
        let end = range.upperBound
        var runStart = range.lowerBound
        var i = runStart
        while i < end {
            let b = raw[i]
            if b >= 0x20 && b < 0x7F || b == 0x0A || b == 0x09 { i += 1; continue }
            if b >= 0x80 {
                let len = UTF8Validation.sequenceLength(raw, at: i, end: end)
                if len > 0 { i += len; continue }
                copyVerbatim(raw, runStart..<i)
                emit(scalar: 0xFFFD, for: i..<(i - len))
                i -= len
                runStart = i
                continue
            }
            copyVerbatim(raw, runStart..<i)
            if b == 0x0D {
                let nextIsLF = i + 1 < raw.count && raw[i + 1] == 0x0A
                if !nextIsLF { emit(byte: 0x0A, for: i..<(i + 1)) }
            } else {
                emit(byte: 0x20, for: i..<(i + 1))
            }
            i += 1
            runStart = i
        }
        copyVerbatim(raw, runStart..<end)
    }

    private mutating func copyVerbatim(_ raw: [UInt8], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        bytes.append(contentsOf: raw[range])
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
        if end > open.start { blocks.append(Block(range: open.start..<end, kind: open.kind)) }
        openBlock = nil
    }

    /// Finishes the prose.
    public mutating func build() -> ProseText {
        endBlock()
        return ProseText(bytes: bytes, map: map, blocks: blocks)
    }
}
