/// Converts raw byte offsets to 1-based line and column (Unicode scalars).
public struct LineIndex: Sendable {
    private let lineStarts: [Int]
    private let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var i = 0
        while true {   // memchr from newline to newline
            i = ByteScan.find(0x0A, in: bytes, from: i, end: bytes.count)
            guard i < bytes.count else { break }
            i += 1
            starts.append(i)
        }
        lineStarts = starts
    }

    /// The location of raw byte `offset` (clamped to the file).
    public func location(of offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        // A scalar whose lead byte is before `offset` but which continues past it
        // does not add a column: only lead bytes strictly before `offset` count.
        return SourceLocation(line: lo + 1, column: column)
    }

    /// The span of a raw byte range.
    public func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(start: range.lowerBound, end: range.upperBound,
                   location: location(of: range.lowerBound), endLocation: location(of: range.upperBound))
    }

    /// Number of lines.
    public var lineCount: Int { lineStarts.count }
}
