/// Extracts the prose of a document, whatever its format.
///
/// Every masker walks the raw bytes once (linear time, no regex, no
/// `Character` iteration) and builds through `ProseBuilder`, so every prose
/// byte maps back to the raw bytes it came from. A leading UTF-8 byte order
/// mark is left out of the prose.
///
/// Hot loops look for their next interesting byte with `memchr` or
/// word-at-a-time scans (`ByteScan`) over the array's buffer, and bare URLs
/// are found from their `:` or `.` rather than from every `h` and `w`.
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
        guard !range.isEmpty else { return }
        precondition(range.lowerBound >= 0 && range.upperBound <= raw.count)
        raw.withUnsafeBufferPointer { buf in copySkippingURLs(raw, buf.baseAddress!, range) }
    }
}
