/// Finds where each element of the top-level `"mentions"` array starts in a
/// label file's bytes, so that decode errors can name a line.
///
/// A small tokenizer that tracks strings and nesting; it assumes the file is
/// valid JSON (it runs after the syntax check).
struct LabelLocator {
    /// Byte offset of each `mentions[i]` element.
    let mentionOffsets: [Int]

    init(bytes: [UInt8]) {
        mentionOffsets = Self.scan(bytes)
    }

    func mentionOffset(index: Int) -> Int? {
        mentionOffsets.indices.contains(index) ? mentionOffsets[index] : nil
    }

    /// The offset of the mention a coding path points into, if it does.
    func mentionOffset(in path: [CodingKey]) -> Int? {
        guard path.count >= 2, path[0].stringValue == "mentions", let index = path[1].intValue else { return nil }
        return mentionOffset(index: index)
    }

    private static func scan(_ bytes: [UInt8]) -> [Int] {
        var depth = 0
        var i = 0
        var lastString: [UInt8] = []
        var lastStringDepth = -1
        var inMentions = false
        var expectElement = false
        var offsets: [Int] = []
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case quote:
                let start = i + 1
                i += 1
                while i < bytes.count, bytes[i] != quote {
                    if bytes[i] == backslash { i += 1 }
                    i += 1
                }
                if inMentions, expectElement, depth == 2 { offsets.append(start - 1); expectElement = false }
                lastString = Array(bytes[start..<min(i, bytes.count)])
                lastStringDepth = depth
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if inMentions, expectElement, depth == 2 { offsets.append(i); expectElement = false }
                depth += 1
                if b == UInt8(ascii: "["), depth == 2, lastStringDepth == 1, lastString == Array("mentions".utf8) {
                    inMentions = true
                    expectElement = true
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 1, inMentions { inMentions = false }
            case UInt8(ascii: ","):
                if inMentions, depth == 2 { expectElement = true }
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: ":"):
                break
            default:
                if inMentions, expectElement, depth == 2 { offsets.append(i); expectElement = false }
            }
            i += 1
        }
        return offsets
    }
}
