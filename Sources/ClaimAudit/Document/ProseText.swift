/// The prose of a document: what remains once markup, code, front matter and
/// the like are masked, as valid UTF-8 bytes, with a map back to raw offsets
/// and the document's block structure.
///
/// Block boundaries (paragraphs, headings, list items, table cells) always
/// end a sentence. Builders put at least one `\n` between blocks so that a
/// scanner that looks only at bytes sees the break too.
public struct ProseText: Sendable {
    /// Prose bytes (valid UTF-8).
    public var bytes: [UInt8]
    /// Maps prose offsets to raw-file offsets.
    public var map: OffsetMap
    /// Blocks in document order; their ranges are prose offsets, do not
    /// overlap, and need not cover every byte.
    public var blocks: [Block]

    public init(bytes: [UInt8], map: OffsetMap, blocks: [Block]) {
        self.bytes = bytes
        self.map = map
        self.blocks = blocks
    }

    /// The prose slice as a `String`.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// Index of the block that contains `offset`, if any (binary search).
    public func blockIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = blocks.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = blocks[mid].range
            if offset < r.lowerBound { hi = mid - 1 } else if offset >= r.upperBound { lo = mid + 1 } else { return mid }
        }
        return nil
    }
}

/// A structural unit of a document.
public struct Block: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case paragraph
        case heading(level: Int)
        case listItem
        case tableCell
        case quote
    }

    /// Prose range of the block's text (markers such as `#` or `- ` excluded).
    public var range: Range<Int>
    public var kind: Kind
    /// For a `.tableCell` block whose table the masker laid out: its row and
    /// column (row 0 is the header row), so that a column header such as
    /// `Per ride` can state the unit of the figures under it.
    public var cell: TableCell?

    public init(range: Range<Int>, kind: Kind, cell: TableCell? = nil) {
        self.range = range
        self.kind = kind
        self.cell = cell
    }
}

/// Where a table cell sits: `table` numbers the tables of a document, `row`
/// 0 is the header row, `column` counts from 0 at the left.
public struct TableCell: Sendable, Hashable {
    public var table: Int
    public var row: Int
    public var column: Int

    public init(table: Int, row: Int, column: Int) {
        self.table = table
        self.row = row
        self.column = column
    }
}
