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
            if let longer = longerFigure(around: start..<start + label.quote.utf8.count, in: bytes) {
                errors.append(Diagnostic(.warning, path: labelPath, location: location(i), message:
                    "mentions[\(i)]: quote \(quoted(label.quote)) occurrence \(label.occurrence) is part of the longer figure \(quoted(longer)) at \(documentPath):\(lines.location(of: start)); occurrences count every match in the raw file"))
            }
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

    /// Warnings for labels whose bytes are all outside the prose (inside
    /// code, front matter or markup): the analyzer never reports those, so
    /// the `occurrence` is most likely wrong.
    public static func outsideProse(_ labels: [ResolvedLabel], prose: ProseText, documentPath: String,
                                    labelPath: String, labelLocations: [SourceLocation] = []) -> [Diagnostic] {
        guard !labels.isEmpty else { return [] }
        let rawLength = (labels.map(\.span.end).max() ?? 0) + 1
        var inProse = Array(repeating: false, count: rawLength)
        for p in 0..<prose.map.proseLength {
            let raw = prose.map.rawStart(of: p)
            if raw < rawLength { inProse[raw] = true }
        }
        return labels.compactMap { r in
            guard !(r.span.start..<r.span.end).contains(where: { inProse[$0] }) else { return nil }
            let location = labelLocations.indices.contains(r.index) ? labelLocations[r.index] : nil
            return Diagnostic(.warning, path: labelPath, location: location, message:
                "mentions[\(r.index)]: quote \(quoted(r.label.quote)) occurrence \(r.label.occurrence) at \(documentPath):\(r.span.location) is not prose (code, front matter or markup), so it is never reported; check the occurrence")
        }
    }

    /// The whole number around `range` when the quote cuts a figure in
    /// two (`$5` inside `$5,000`, `20` inside `2020`), else `nil`.
    static func longerFigure(around range: Range<Int>, in bytes: [UInt8]) -> String? {
        func isDigit(_ i: Int) -> Bool { bytes.indices.contains(i) && (0x30...0x39).contains(bytes[i]) }
        func isSeparator(_ i: Int) -> Bool { bytes.indices.contains(i) && (bytes[i] == 0x2C || bytes[i] == 0x2E) }
        guard !range.isEmpty else { return nil }
        let cutsEnd = isDigit(range.upperBound - 1)
            && (isDigit(range.upperBound) || (isSeparator(range.upperBound) && isDigit(range.upperBound + 1)))
        let cutsStart = isDigit(range.lowerBound)
            && (isDigit(range.lowerBound - 1) || (isSeparator(range.lowerBound - 1) && isDigit(range.lowerBound - 2)))
        guard cutsEnd || cutsStart else { return nil }
        var lo = range.lowerBound, hi = range.upperBound
        while isDigit(lo - 1) || (isSeparator(lo - 1) && isDigit(lo - 2)) { lo -= 1 }
        while isDigit(hi) || (isSeparator(hi) && isDigit(hi + 1)) { hi += 1 }
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
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
