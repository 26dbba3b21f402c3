import Foundation

/// A label tied to the bytes it names in its document.
public struct ResolvedLabel: Sendable, Hashable {
    /// Index of the label in its file's `mentions` array.
    public var index: Int
    public var label: MentionLabel
    /// Raw span of the `occurrence`-th occurrence of `quote`.
    public var span: SourceSpan

    public init(index: Int, label: MentionLabel, span: SourceSpan) {
        self.index = index
        self.label = label
        self.span = span
    }
}

/// Turns `quote` + `occurrence` into a raw byte span (contract §4).
///
/// Occurrences are counted in the raw file bytes, left to right, without
/// overlap, including those inside code or markup.
public enum LabelResolver {
    /// Resolves every label of a file. A quote that is not found (or an
    /// occurrence beyond the last) is an error naming the label file and the
    /// quote; the other labels are still resolved. Two labels on the same
    /// bytes are an error too.
    ///
    /// - Returns: resolved labels in document order, and the errors.
    public static func resolve(_ file: LabelFile, in bytes: [UInt8], documentPath: String,
                               labelPath: String, labelLocations: [SourceLocation] = []) -> ([ResolvedLabel], [Diagnostic]) {
        func location(_ i: Int) -> SourceLocation? { labelLocations.indices.contains(i) ? labelLocations[i] : nil }
        let lines = LineIndex(bytes: bytes)
        var resolved: [ResolvedLabel] = []
        var errors: [Diagnostic] = []
        var cache: [String: [Int]] = [:]
        for (i, label) in file.mentions.enumerated() {
            let starts = cache[label.quote] ?? occurrences(of: Array(label.quote.utf8), in: bytes)
            cache[label.quote] = starts
            guard label.occurrence <= starts.count else {
                let found = starts.isEmpty ? "is not found in \(documentPath)"
                    : "occurs \(starts.count) time\(starts.count == 1 ? "" : "s") in \(documentPath), but occurrence \(label.occurrence) was asked"
                errors.append(Diagnostic(.error, path: labelPath, location: location(i),
                                         message: "mentions[\(i)]: quote \(quoted(label.quote)) \(found)"))
                continue
            }
            let start = starts[label.occurrence - 1]
            resolved.append(ResolvedLabel(index: i, label: label,
                                          span: lines.span(start..<start + label.quote.utf8.count)))
        }
        resolved.sort { ($0.span.start, $0.span.end, $0.index) < ($1.span.start, $1.span.end, $1.index) }
        var kept: [ResolvedLabel] = []
        for r in resolved {
            if let last = kept.last, last.span.start < r.span.end, r.span.start < last.span.end {
                errors.append(Diagnostic(.error, path: labelPath, location: location(r.index),
                    message: "mentions[\(r.index)]: quote \(quoted(r.label.quote)) overlaps mentions[\(last.index)] \(quoted(last.label.quote)) at \(documentPath):\(r.span.location); label each money expression once"))
                continue
            }
            kept.append(r)
        }
        return (kept, errors)
    }

    /// Start offsets of every non-overlapping occurrence of `needle`.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var result: [Int] = []
        var i = 0
        let first = needle[0]
        while i <= haystack.count - needle.count {
            if haystack[i] == first, haystack[i..<i + needle.count].elementsEqual(needle) {
                result.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// A quote for messages: `"$5K"` with JSON-style escapes.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
