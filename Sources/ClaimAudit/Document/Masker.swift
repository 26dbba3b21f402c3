/// Extracts the prose of a document, whatever its format.
///
/// Every masker walks the raw bytes once (linear time, no regex, no
/// `Character` iteration) and builds through `ProseBuilder`, so every prose
/// byte maps back to the raw bytes it came from. A leading UTF-8 byte order
/// mark is left out of the prose.
public enum Masker {
    /// The prose of `document`, with its block structure and offset map.
    public static func prose(of document: SourceDocument) -> ProseText {
        let raw = document.bytes
        let start = hasBOM(raw) ? 3 : 0
        switch document.format {
        case .markdown: return MarkdownMasker.prose(raw, start: start)
        case .html: return HTMLMasker.prose(raw, start: start)
        case .text: return TextMasker.prose(raw, start: start)
        }
    }

    static func hasBOM(_ raw: [UInt8]) -> Bool {
        raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
    }
}

extension ProseBuilder {
    /// Copies `range` of `raw`, leaving out bare URLs (`https://…`, `www.…`).
    mutating func copySkippingURLs(_ raw: [UInt8], _ range: Range<Int>) {
        var runStart = range.lowerBound
        var i = runStart
        let end = range.upperBound
        while i < end {
            let b = raw[i] | 0x20
            if b == UInt8(ascii: "h") || b == UInt8(ascii: "w"), let urlEnd = BareURL.end(in: raw, at: i, end: end) {
                copy(raw, runStart..<i)
                i = urlEnd
                runStart = i
                continue
            }
            i += 1
        }
        copy(raw, runStart..<end)
    }
}
