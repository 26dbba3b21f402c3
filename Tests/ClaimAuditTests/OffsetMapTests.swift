import Testing
@testable import ClaimAudit

@Suite struct OffsetMapTests {
    @Test func replacementsMapAsAWhole() {
        let raw = Array("a &amp; b".utf8)
        var b = ProseBuilder()
        b.copy(raw, 0..<2)
        b.emit(Array("&".utf8), for: 2..<7)
        b.copy(raw, 7..<9)
        let prose = b.build()
        #expect(String(decoding: prose.bytes, as: UTF8.self) == "a & b")
        #expect(prose.map.rawRange(of: 2..<3) == 2..<7)
        #expect(prose.map.rawRange(of: 0..<5) == 0..<9)
        #expect(prose.map.rawRange(of: 4..<5) == 8..<9)
    }

    @Test func lineIndexCountsScalars() {
        let idx = LineIndex(bytes: Array("€1\nab £3".utf8))
        #expect(idx.location(of: 3) == SourceLocation(line: 1, column: 2))
        #expect(idx.location(of: 8) == SourceLocation(line: 2, column: 4))
    }
}

@Suite struct LineIndexTests {
    /// Columns far along one long line agree with a plain count of scalars,
    /// across the index's checkpoints and multi-byte characters.
    @Test func columnsOnALongLineMatchAScalarCount() {
        var text = ""
        for i in 0..<400 { text += i % 3 == 0 ? "€\(i) costs £3 " : "word \(i) " }
        text += "\nsecond line $5K"
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes: bytes)
        for offset in Swift.stride(from: 0, through: bytes.count, by: 37) {
            let prefix = bytes[0..<offset]
            let lineStart = (prefix.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let expectedColumn = 1 + bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count
            let expectedLine = 1 + prefix.filter { $0 == 0x0A }.count
            #expect(index.location(of: offset) == SourceLocation(line: expectedLine, column: expectedColumn))
        }
        #expect(index.location(of: bytes.count).line == 2)
    }
}
