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
