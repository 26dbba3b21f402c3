/// A 1-based line and column in a raw input file.
///
/// Columns count Unicode scalar values from the start of the line, as the
/// contract (`spec/claims.md` §1) and SARIF's `unicodeCodePoints` column kind
/// require.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open byte range `[start, end)` in the raw input file, with the
/// locations of both ends.
public struct SourceSpan: Sendable, Hashable, Codable {
    /// UTF-8 byte offset of the first byte.
    public var start: Int
    /// UTF-8 byte offset one past the last byte.
    public var end: Int
    /// Location of `start`.
    public var location: SourceLocation
    /// Location of `end` (the position just after the span).
    public var endLocation: SourceLocation

    public init(start: Int, end: Int, location: SourceLocation, endLocation: SourceLocation) {
        self.start = start
        self.end = end
        self.location = location
        self.endLocation = endLocation
    }
}
