/// A document after the parser: its prose and the money mentions in it.
public struct ScannedDocument: Sendable {
    public var source: SourceDocument
    public var prose: ProseText
    public var scan: ScanResult
    public var lines: LineIndex

    public init(source: SourceDocument, prose: ProseText, scan: ScanResult, lines: LineIndex) {
        self.source = source
        self.prose = prose
        self.scan = scan
        self.lines = lines
    }

    /// Raw span of a prose range.
    public func span(of proseRange: Range<Int>) -> SourceSpan {
        lines.span(prose.map.rawRange(of: proseRange))
    }

    /// Raw text of a prose range.
    public func rawText(of proseRange: Range<Int>) -> String {
        let raw = prose.map.rawRange(of: proseRange)
        return String(decoding: source.bytes[raw], as: UTF8.self)
    }
}

/// A document after the rule engine.
public struct ClassifiedDocument: Sendable {
    public var scanned: ScannedDocument
    /// One per mention, index for index with `scanned.scan.mentions`.
    public var classifications: [Classification?]
    public var claims: [Claim]

    public init(scanned: ScannedDocument, classifications: [Classification?], claims: [Claim]) {
        self.scanned = scanned
        self.classifications = classifications
        self.claims = claims
    }
}
