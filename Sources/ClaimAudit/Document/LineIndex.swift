/// Converts raw byte offsets to 1-based line and column (Unicode scalars).
///
/// A lookup costs a binary search over line starts plus a count of scalar
/// lead bytes over at most `stride` bytes: the index keeps, every `stride`
/// bytes, how many scalars start before that point. So columns on a single
/// 50 MB line cost the same as on short lines, and locating every mention of
/// a document stays linear in its size.
public struct LineIndex: Sendable {
    private let lineStarts: [Int]
    private let bytes: [UInt8]
    /// `scalarsBefore[k]` = number of scalar lead bytes in `bytes[0 ..< k * stride]`.
    private let scalarsBefore: [Int]
    private static let stride = 512

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
        var checkpoints = [Int]()
        checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
        var scalars = 0
        bytes.withUnsafeBufferPointer { buffer in
            for (index, byte) in buffer.enumerated() {
                if index % Self.stride == 0 { checkpoints.append(scalars) }
                if byte & 0xC0 != 0x80 { scalars += 1 }
            }
        }
        scalarsBefore = checkpoints
    }

    /// Number of scalar lead bytes in `bytes[0 ..< offset]`.
    private func scalarCount(before offset: Int) -> Int {
        guard offset > 0 else { return 0 }
        let block = offset / Self.stride
        guard block < scalarsBefore.count else {
            // offset == bytes.count on a stride boundary: count the last block.
            return scalarCount(before: offset - 1) + (bytes[offset - 1] & 0xC0 != 0x80 ? 1 : 0)
        }
        var count = scalarsBefore[block]
        var i = block * Self.stride
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// The location of raw byte `offset` (clamped to the file).
    ///
    /// Only scalars whose lead byte is strictly before `offset` count, so an
    /// offset inside a multi-byte scalar gets that scalar's column.
    public func location(of offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let column = 1 + scalarCount(before: offset) - scalarCount(before: lineStarts[lo])
        return SourceLocation(line: lo + 1, column: column)
    }

    /// The span of a raw byte range.
    public func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(start: range.lowerBound, end: range.upperBound,
                   location: location(of: range.lowerBound), endLocation: location(of: range.upperBound))
    }

    /// Number of lines.
    public var lineCount: Int { lineStarts.count }

    /// Whether line `number` (1-based) holds nothing but blanks.
    public func isBlank(line number: Int) -> Bool {
        guard number >= 1 && number <= lineStarts.count else { return true }
        let end = number < lineStarts.count ? lineStarts[number] : bytes.count
        return bytes[lineStarts[number - 1]..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
