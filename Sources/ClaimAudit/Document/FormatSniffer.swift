extension SourceFormat {
    /// Guesses the format of bytes whose name says nothing (standard input,
    /// unknown extension) from their first 8 KB:
    /// - HTML when they start (after a BOM, blank space and an optional
    ///   `<?xml …?>` or comments) with `<!doctype html` or `<html`, or hold at
    ///   least three tags of common HTML elements and no Markdown markers;
    /// - Markdown when they hold a heading `# `, a code fence, front matter,
    ///   a link `](`, a table delimiter row, or at least two of: list items,
    ///   block quotes, `**`/`__` emphasis;
    /// - plain text otherwise.
    public static func sniff(_ bytes: [UInt8]) -> SourceFormat {
        let end = min(bytes.count, 8192)
        var i = Masker.hasBOM(bytes) ? 3 : 0
        while i < end, ByteClass.isWhitespace(bytes[i]) { i += 1 }
        if ByteClass.hasPrefix(bytes, at: i, end: end, "<!doctype html") || ByteClass.hasPrefix(bytes, at: i, end: end, "<html") {
            return .html
        }
        var htmlTags = 0
        var strongMarkdown = false
        var weakMarkdown = 0
        if ByteClass.hasPrefix(bytes, at: i, end: end, "---\n") || ByteClass.hasPrefix(bytes, at: i, end: end, "+++\n") { strongMarkdown = true }
        var lineStart = true
        var k = i
        while k < end {
            let b = bytes[k]
            if lineStart {
                var j = k
                while j < end, bytes[j] == 0x20 { j += 1 }
                if j < end {
                    let c = bytes[j]
                    if c == UInt8(ascii: "#") {
                        var h = j
                        while h < end, bytes[h] == UInt8(ascii: "#") { h += 1 }
                        if h - j <= 6, h < end, bytes[h] == 0x20 { strongMarkdown = true }
                    } else if ByteClass.hasPrefix(bytes, at: j, end: end, "```") || ByteClass.hasPrefix(bytes, at: j, end: end, "~~~") {
                        strongMarkdown = true
                    } else if (c == UInt8(ascii: "-") || c == UInt8(ascii: "*") || c == UInt8(ascii: ">")), j + 1 < end, bytes[j + 1] == 0x20 {
                        weakMarkdown += 1
                    } else if c == UInt8(ascii: "|"), ByteClass.hasPrefix(bytes, at: j, end: end, "|--") || ByteClass.hasPrefix(bytes, at: j, end: end, "| --") || ByteClass.hasPrefix(bytes, at: j, end: end, "|:-") {
                        strongMarkdown = true
                    }
                }
            }
            lineStart = b == 0x0A
            if b == UInt8(ascii: "]"), k + 1 < end, bytes[k + 1] == UInt8(ascii: "(") { strongMarkdown = true }
            if (b == UInt8(ascii: "*") || b == UInt8(ascii: "_")), k + 1 < end, bytes[k + 1] == b { weakMarkdown += 1 }
            if b == UInt8(ascii: "<"), k + 1 < end {
                var j = k + 1
                if bytes[j] == UInt8(ascii: "/") { j += 1 }
                let nameStart = j
                while j < end, ByteClass.isLetter(bytes[j]) || ByteClass.isDigit(bytes[j]) { j += 1 }
                if j > nameStart, j < end, bytes[j] == UInt8(ascii: ">") || ByteClass.isWhitespace(bytes[j]) {
                    let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
                    if HTMLMasker.knownElements.contains(name) { htmlTags += 1 }
                }
            }
            k += 1
        }
        if strongMarkdown || weakMarkdown >= 2 { return htmlTags >= 10 && !strongMarkdown ? .html : .markdown }
        return htmlTags >= 3 ? .html : .text
    }
}
