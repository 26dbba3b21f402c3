import Testing
@testable import ClaimAudit

/// A masked document and helpers to look things up in it.
struct Masked {
    let raw: [UInt8]
    let prose: ProseText

    init(_ text: String, _ format: SourceFormat) {
        raw = Array(text.utf8)
        prose = Masker.prose(of: SourceDocument(path: "t", bytes: raw, format: format))
    }

    init(bytes: [UInt8], _ format: SourceFormat) {
        raw = bytes
        prose = Masker.prose(of: SourceDocument(path: "t", bytes: raw, format: format))
    }

    var text: String { String(decoding: prose.bytes, as: UTF8.self) }

    /// Prose ranges of every occurrence of `needle`.
    func ranges(of needle: String) -> [Range<Int>] {
        let n = Array(needle.utf8)
        guard !n.isEmpty, prose.bytes.count >= n.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        while i + n.count <= prose.bytes.count {
            if prose.bytes[i] == n[0], Array(prose.bytes[i..<(i + n.count)]) == n { result.append(i..<(i + n.count)) }
            i += 1
        }
        return result
    }

    /// The raw text a prose range maps back to.
    func rawText(_ proseRange: Range<Int>) -> String {
        String(decoding: raw[prose.map.rawRange(of: proseRange)], as: UTF8.self)
    }

    /// The raw text behind the first occurrence of `needle` in prose.
    func rawText(of needle: String) -> String? {
        ranges(of: needle).first.map(rawText)
    }

    /// The block texts, in order, with their kinds.
    var blocks: [(String, Block.Kind)] { prose.blocks.map { (prose.string($0.range), $0.kind) } }

    /// The prose without the newline that ends the last block.
    var trimmed: String {
        var t = text
        while t.hasSuffix("\n") { t.removeLast() }
        return t
    }

    /// Every prose byte that maps to exactly one raw byte is that byte
    /// (replacement characters, and spaces or newlines standing for control
    /// bytes, excepted); and every raw range is inside the file.
    func expectExactMap(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var checked = 0
        for i in prose.bytes.indices {
            let r = prose.map.rawRange(of: i..<(i + 1))
            #expect(r.lowerBound >= 0 && r.upperBound <= raw.count, sourceLocation: sourceLocation)
            guard r.count == 1 else { continue }
            let p = prose.bytes[i]
            if p != raw[r.lowerBound] {
                let allowed = p == 0x20 || p == 0x0A || p == 0xEF || p == 0xBF || p == 0xBD
                #expect(allowed, "prose byte \(i) (\(p)) maps to raw \(raw[r.lowerBound])", sourceLocation: sourceLocation)
            }
            checked += 1
        }
        #expect(checked > 0 || prose.bytes.isEmpty, sourceLocation: sourceLocation)
        // Raw starts never go backwards.
        var last = -1
        for i in prose.bytes.indices {
            let s = prose.map.rawStart(of: i)
            #expect(s >= last, "raw offsets go backwards at prose \(i)", sourceLocation: sourceLocation)
            last = s
        }
    }
}
