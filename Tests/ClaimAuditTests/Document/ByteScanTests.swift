import Testing
@testable import ClaimAudit

/// The word-at-a-time scans must answer exactly what a byte-by-byte loop
/// would, at every offset and for every byte value.
@Suite struct ByteScanTests {
    /// Every byte value at every position of a 40-byte window, plus mixes.
    static func samples() -> [[UInt8]] {
        var out: [[UInt8]] = []
        let filler = Array("The cost is about five dollars per user!".utf8)   // 40 bytes
        for b in 0...255 {
            for pos in [0, 7, 8, 15, 16, 23, 31, 39] {
                var s = filler
                s[pos] = UInt8(b)
                out.append(s)
            }
        }
        out.append(Array("Visit https://example.com/a.b or www.site.org: see notes…\r\n\tend".utf8))
        out.append(Array(repeating: 0x7F, count: 33) + Array(repeating: 0xC3, count: 17))
        return out
    }

    @Test func firstUnplainMatchesTheByteLoop() {
        for s in Self.samples() {
            s.withUnsafeBufferPointer { buf in
                for from in [0, 1, 5, 9] {
                    let fast = ByteScan.firstUnplain(buf.baseAddress!, from: from, end: buf.count)
                    var slow = from
                    while slow < buf.count, ByteScan.isPlain(buf[slow]) { slow += 1 }
                    #expect(fast == slow, "firstUnplain \(s) from \(from)")
                    let fast2 = ByteScan.firstUnplainColonOrDot(buf.baseAddress!, from: from, end: buf.count)
                    var slow2 = from
                    while slow2 < buf.count, ByteScan.isPlain(buf[slow2]), buf[slow2] != UInt8(ascii: ":"), buf[slow2] != UInt8(ascii: ".") { slow2 += 1 }
                    #expect(fast2 == slow2, "firstUnplainColonOrDot \(s) from \(from)")
                    let fast3 = ByteScan.firstNonASCII(buf.baseAddress!, from: from, end: buf.count)
                    var slow3 = from
                    while slow3 < buf.count, buf[slow3] < 0x80 { slow3 += 1 }
                    #expect(fast3 == slow3)
                }
            }
        }
    }

    @Test func specialScansMatchTheByteLoop() {
        for s in Self.samples() {
            s.withUnsafeBufferPointer { buf in
                let p = buf.baseAddress!
                let html = HTMLMasker.nextSpecial(p, from: 0, end: buf.count)
                let slowHTML = s.firstIndex { "<&:.".utf8.contains($0) } ?? s.count
                #expect(html == slowHTML)
                // The Markdown pre-screen may stop early, never late.
                let md = MarkdownInline.nextCandidate(p, from: 0, end: buf.count)
                let slowMD = s.firstIndex { MarkdownInline.special[Int($0)] } ?? s.count
                #expect(md <= slowMD)
                #expect(ByteScan.find(UInt8(ascii: "e"), in: s, from: 3, end: s.count) == (s[3...].firstIndex(of: UInt8(ascii: "e")) ?? s.count))
            }
        }
    }

    @Test func sequenceSearchFindsTheFirstMatch() {
        let s = Array("a -- b --> c -->".utf8)
        #expect(ByteClass.find("-->", in: s, from: 0, end: s.count) == 7)
        #expect(ByteClass.find("-->", in: s, from: 8, end: s.count) == 13)
        #expect(ByteClass.find("-->", in: s, from: 0, end: 9) == nil)
        #expect(ByteClass.find("-->", in: s, from: 14, end: s.count) == nil)
    }

    @Test func packedTagNamesAgreeWithTheRoleDictionary() {
        for (name, _) in HTMLMasker.roles {
            #expect(HTMLMasker.roleTable[TagName(name)] != nil, "\(name)")
            #expect(TagName(name).bytes == Array(name.utf8))
        }
        #expect(HTMLMasker.roleTable[TagName("span")] == nil)
        #expect(HTMLMasker.roleTable[TagName(Array("DIV".utf8), 0..<3)] != nil)
        #expect(HTMLMasker.roleTable[TagName(Array("averyveryverylongname".utf8), 0..<21)] == nil)
        let constants: [(TagName, String)] = [(.li, "li"), (.td, "td"), (.th, "th"), (.tr, "tr"), (.dt, "dt"), (.dd, "dd"),
            (.p, "p"), (.ul, "ul"), (.ol, "ol"), (.menu, "menu"), (.table, "table"), (.thead, "thead"),
            (.tbody, "tbody"), (.tfoot, "tfoot"), (.dl, "dl")]
        for (constant, name) in constants { #expect(constant == TagName(name), "\(name)") }
    }
}
