/// Maps byte offsets in extracted prose back to byte offsets in the raw file.
///
/// Prose is assembled from pieces: verbatim runs of raw bytes (mapped one to
/// one) and replacement runs (a decoded character reference such as `&amp;`,
/// or a synthetic separator standing for a skipped tag) that stand for a raw
/// range as a whole. Lookups are binary searches over the pieces, so the map
/// costs memory per piece, not per byte.
public struct OffsetMap: Sendable {
    struct Piece: Sendable {
        var proseStart: Int
        var rawStart: Int
        var rawEnd: Int
        /// Verbatim pieces map byte for byte; the others map as a whole.
        var verbatim: Bool
    }

    private(set) var pieces: [Piece] = []
    /// Length of the prose the map covers.
    public private(set) var proseLength = 0

    public init() {}

    /// The identity map over `length` bytes.
    public static func identity(length: Int) -> OffsetMap {
        var map = OffsetMap()
        map.appendVerbatim(rawStart: 0, length: length)
        return map
    }

    mutating func appendVerbatim(rawStart: Int, length: Int) {
        guard length > 0 else { return }
        if let last = pieces.last, last.verbatim,
           last.rawEnd == rawStart, last.proseStart + (last.rawEnd - last.rawStart) == proseLength {
            pieces[pieces.count - 1].rawEnd += length
        } else {
            pieces.append(Piece(proseStart: proseLength, rawStart: rawStart, rawEnd: rawStart + length, verbatim: true))
        }
        proseLength += length
    }

    mutating func appendReplacement(rawStart: Int, rawEnd: Int, proseLength length: Int) {
        guard length > 0 else { return }
        pieces.append(Piece(proseStart: proseLength, rawStart: rawStart, rawEnd: rawEnd, verbatim: false))
        proseLength += length
    }

    private func pieceIndex(containing proseOffset: Int) -> Int {
        var lo = 0, hi = pieces.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if pieces[mid].proseStart <= proseOffset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The raw offset of the prose byte at `proseOffset`.
    public func rawStart(of proseOffset: Int) -> Int {
        guard !pieces.isEmpty else { return proseOffset }
        let piece = pieces[pieceIndex(containing: max(0, min(proseOffset, proseLength - 1)))]
        if proseOffset >= proseLength { return piece.rawEnd }
        return piece.verbatim ? piece.rawStart + (proseOffset - piece.proseStart) : piece.rawStart
    }

    /// The raw offset just past the prose byte before `proseEnd`: the raw end
    /// of a prose range that ends at `proseEnd`.
    public func rawEnd(of proseEnd: Int) -> Int {
        guard !pieces.isEmpty, proseEnd > 0 else { return rawStart(of: proseEnd) }
        let piece = pieces[pieceIndex(containing: min(proseEnd, proseLength) - 1)]
        return piece.verbatim ? piece.rawStart + (min(proseEnd, proseLength) - piece.proseStart) : piece.rawEnd
    }

    /// The raw range of a prose range.
    public func rawRange(of proseRange: Range<Int>) -> Range<Int> {
        let start = rawStart(of: proseRange.lowerBound)
        let end = proseRange.isEmpty ? start : rawEnd(of: proseRange.upperBound)
        return start..<max(start, end)
    }
}
