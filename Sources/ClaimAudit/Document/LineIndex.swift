/// Converts raw byte offsets to 1-based line and column (Unicode scalars).
public struct LineIndex: Sendable {
    private let lineStarts: [Int]
    private let bytes: [UInt8]
    /// `leadsBefore[k]`: scalar lead bytes in `bytes[0 ..< k * stride]`, so a
    /// column costs at most `stride` steps even on a very long line.
    private let leadsBefore: [Int]
    private static let stride = 256

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var leads = [0]
        leads.reserveCapacity(bytes.count / Self.stride + 1)
        var count = 0
        for (i, b) in bytes.enumerated() {
            if b == 0x0A { starts.append(i + 1) }
            if b & 0xC0 != 0x80 { count += 1 }
            if (i + 1) % Self.stride == 0 { leads.append(count) }
        }
        lineStarts = starts
        leadsBefore = leads
    }

    /// Scalar lead bytes in `bytes[0 ..< offset]`.
    private func leads(before offset: Int) -> Int {
        let block = offset / Self.stride
        var count = leadsBefore[block]
        var i = block * Self.stride
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The location of raw byte `offset` (clamped to the file).
    public func location(of offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let column = 1 + leads(before: offset) - leads(before: lineStarts[lo])
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
