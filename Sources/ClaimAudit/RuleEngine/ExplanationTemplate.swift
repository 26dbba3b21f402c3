/// Fills a rule's `explain:` template.
///
/// Placeholders: `{amount}` (the amount as written: `$5K`), `{mention}` (the
/// whole mention: `$5K per user`), `{per}` (`per user per month`, empty for a
/// lump sum), `{cue}` (the first word cue that matched, not a denominator), `{cues}` (every cue, comma
/// separated), `{feature}` (the lexicon of the first cue), `{rule}`, `{kind}`,
/// `{class}`, `{stance}`.
public enum ExplanationTemplate {
    public static let placeholders: Set<String> = [
        "amount", "mention", "per", "cue", "cues", "feature", "rule", "kind", "class", "stance",
    ]

    /// Checks that every `{…}` names a known placeholder and braces balance.
    static func validate(_ template: String, at location: RuleSourceLocation) throws(Diagnostic) {
        var column = location.column
        var open: (Int, String)?
        for s in template.unicodeScalars {
            if s == "{" {
                if open != nil { throw RuleSourceLocation(path: location.path, line: location.line, column: column).error("'{' inside a placeholder") }
                open = (column, "")
            } else if s == "}" {
                guard let (start, name) = open else {
                    throw RuleSourceLocation(path: location.path, line: location.line, column: column).error("'}' without a matching '{'")
                }
                guard placeholders.contains(name) else {
                    throw RuleSourceLocation(path: location.path, line: location.line, column: start)
                        .error("unknown placeholder {\(name)}; expected one of: \(placeholders.sorted().map { "{\($0)}" }.joined(separator: ", "))")
                }
                open = nil
            } else if open != nil {
                open!.1.unicodeScalars.append(s)
            }
            column += 1
        }
        if let (start, _) = open {
            throw RuleSourceLocation(path: location.path, line: location.line, column: start).error("unterminated placeholder")
        }
    }

    /// The template with placeholders replaced by `values`.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var name: String?
        for ch in template {
            if ch == "{" { name = ""; continue }
            if ch == "}", let n = name { out += values[n] ?? ""; name = nil; continue }
            if name != nil { name!.append(ch) } else { out.append(ch) }
        }
        // Tidy spaces left by empty placeholders (`{per}` of a lump sum).
        if let ascii = tidyASCII(out) { return ascii }
        while out.contains("  ") { out = out.replacingOccurrences(of: "  ", with: " ") }
        return out.replacingOccurrences(of: " .", with: ".").replacingOccurrences(of: " ,", with: ",")
    }

    /// The tidying of `fill` done on bytes, for ASCII text (the common case):
    /// runs of spaces become one space, and a space before `.` or `,` goes.
    /// `nil` for other text, which takes the string replacements.
    static func tidyASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for b in text.utf8 {
            guard b < 0x80 else { return nil }
            if b == 0x20, bytes.last == 0x20 { continue }
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ","), bytes.last == 0x20 { bytes.removeLast() }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
