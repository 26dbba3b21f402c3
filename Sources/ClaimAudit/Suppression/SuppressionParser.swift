/// Finds suppression directives in a raw document.
///
/// Markdown and HTML: `<!-- claimaudit-COMMAND [RULE…] [-- reason] -->`,
/// outside fenced code blocks. Plain text: a line that starts (after
/// blanks and an optional `#`, `//`, `--` or `;`) with `claimaudit-COMMAND`.
/// A misspelt command (`claimaudit-disabel`) is reported, never ignored.
public enum SuppressionParser {
    static let prefix = Array("claimaudit-".utf8)

    public static func directives(in document: SourceDocument, lines: LineIndex)
        -> (directives: [SuppressionDirective], warnings: [Diagnostic]) {
        let bytes = document.bytes
        var directives: [SuppressionDirective] = []
        var warnings: [Diagnostic] = []
        // Cheap exit: most documents have no directive at all.
        guard contains(bytes, prefix) else { return ([], []) }
        var fence: [UInt8]? = nil
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = lineStart..<lineEnd
            if document.format == .markdown, let marker = fenceMarker(bytes, line) {
                if let open = fence {
                    if marker.first == open.first && marker.count >= open.count { fence = nil }
                } else {
                    fence = marker
                }
            } else if fence == nil {
                parseLine(bytes, line, format: document.format, lines: lines, path: document.path,
                          into: &directives, warnings: &warnings)
            }
            lineStart = lineEnd + 1
        }
        return (directives, warnings)
    }

    private static func parseLine(_ bytes: [UInt8], _ line: Range<Int>, format: SourceFormat, lines: LineIndex, path: String,
                                  into directives: inout [SuppressionDirective], warnings: inout [Diagnostic]) {
        var searchFrom = line.lowerBound
        while let at = find(prefix, in: bytes, from: searchFrom, before: line.upperBound) {
            searchFrom = at + prefix.count
            let bodyEnd: Int
            if format == .text {
                // Only blanks and one comment marker may come before the keyword.
                guard at - line.lowerBound <= 16 else { continue }
                let lead = String(decoding: bytes[line.lowerBound..<at], as: UTF8.self).trimmingBlanks()
                guard ["", "#", "//", "--", ";", "<!--"].contains(lead) else { continue }
                bodyEnd = find(Array("-->".utf8), in: bytes, from: at, before: line.upperBound) ?? line.upperBound
            } else {
                // Right after `<!--` (blanks between), on this line.
                var open = at
                while open > line.lowerBound && (bytes[open - 1] == UInt8(ascii: " ") || bytes[open - 1] == UInt8(ascii: "\t")) { open -= 1 }
                guard open - line.lowerBound >= 4, Array(bytes[(open - 4)..<open]) == Array("<!--".utf8) else { continue }
                bodyEnd = find(Array("-->".utf8), in: bytes, from: at, before: line.upperBound) ?? line.upperBound
            }
            let body = String(decoding: bytes[(at + prefix.count)..<bodyEnd], as: UTF8.self)
            let location = lines.location(of: at)
            var words = body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
            let keyword = words.isEmpty ? "" : words.removeFirst()
            guard let command = SuppressionDirective.Command(rawValue: keyword) else {
                let known = SuppressionDirective.Command.allCases.map { "claimaudit-" + $0.rawValue }.joined(separator: ", ")
                warnings.append(Diagnostic(.warning, path: path, location: location,
                                           message: "unknown directive 'claimaudit-\(keyword)' (known: \(known)); it is ignored"))
                continue
            }
            var rules: [String] = []
            var reason: String?
            if let dash = words.firstIndex(of: "--") {
                rules = Array(words[..<dash])
                let rest = words[(dash + 1)...].joined(separator: " ")
                reason = rest.isEmpty ? nil : rest
            } else {
                rules = words
            }
            directives.append(SuppressionDirective(command: command, rules: rules.map { $0.trimmingCharacters(in: ",") },
                                                   reason: reason, location: location))
        }
    }

    /// The opening run of a fence line (three or more backticks or tildes).
    private static func fenceMarker(_ bytes: [UInt8], _ line: Range<Int>) -> [UInt8]? {
        var i = line.lowerBound
        var indent = 0
        while i < line.upperBound && bytes[i] == UInt8(ascii: " ") && indent < 4 { i += 1; indent += 1 }
        guard i < line.upperBound, bytes[i] == UInt8(ascii: "`") || bytes[i] == UInt8(ascii: "~") else { return nil }
        let c = bytes[i]
        var j = i
        while j < line.upperBound && bytes[j] == c { j += 1 }
        return j - i >= 3 ? Array(bytes[i..<j]) : nil
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        find(needle, in: bytes, from: 0, before: bytes.count) != nil
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, before end: Int) -> Int? {
        guard !needle.isEmpty, end - from >= needle.count else { return nil }
        var i = from
        while i + needle.count <= end {
            if bytes[i] == needle[0] {
                var k = 1
                while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}

private extension String {
    func trimmingBlanks() -> String { trimmingCharacters(in: " \t\r") }

    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
