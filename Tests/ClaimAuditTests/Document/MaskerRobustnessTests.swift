import Foundation
import Testing
@testable import ClaimAudit

/// Hostile input must finish quickly (linear time) and keep prose valid.
@Suite struct MaskerRobustnessTests {
    static func timed(_ bytes: [UInt8], _ format: SourceFormat) -> (ProseText, Double) {
        let start = Date()
        let prose = Masker.prose(of: SourceDocument(path: "h", bytes: bytes, format: format))
        return (prose, Date().timeIntervalSince(start))
    }

    static let cases: [(String, [UInt8])] = [
        ("a million <", [UInt8](repeating: UInt8(ascii: "<"), count: 1_000_000)),
        ("unclosed comments", Array(String(repeating: "<!-- a ", count: 100_000).utf8)),
        ("unclosed tags", Array(String(repeating: "<a b=\"x ", count: 100_000).utf8)),
        ("link openers", Array(String(repeating: "[a](", count: 200_000).utf8)),
        ("brackets", Array(String(repeating: "[[]]![", count: 100_000).utf8)),
        ("backticks", Array((1...2000).map { String(repeating: "`", count: $0 % 40 + 1) + " x " }.joined().utf8)),
        ("emphasis", Array(String(repeating: "*a _b ~~c ", count: 100_000).utf8)),
        ("entities", Array(String(repeating: "&#36;5 &amp &bogus; &#x", count: 50_000).utf8)),
        ("one long line", Array(String(repeating: "Cost $5 per user ", count: 300_000).utf8)),
        ("unclosed fence", Array(("```\n" + String(repeating: "$1 code\n", count: 100_000)).utf8)),
        ("deep quotes", Array(String(repeating: ">", count: 200_000).utf8)),
        ("nested divs", Array(String(repeating: "<div>", count: 100_000).utf8)),
        ("urls", Array(String(repeating: "https://x.y/((((( ", count: 50_000).utf8)),
        ("invalid utf8", [UInt8](repeating: 0xFF, count: 500_000)),
    ]

    @Test(arguments: SourceFormat.allCases)
    func hostileInputFinishes(format: SourceFormat) {
        for (name, bytes) in Self.cases {
            let (prose, seconds) = Self.timed(bytes, format)
            #expect(seconds < 10, "\(name) took \(seconds) s as \(format)")
            #expect(String(validating: prose.bytes, as: UTF8.self) != nil, "\(name): prose is not valid UTF-8")
            #expect(prose.map.proseLength == prose.bytes.count)
        }
    }

    @Test func emptyAndTinyInputs() {
        for format in SourceFormat.allCases {
            for text in ["", "\n", "<", "&", "`", "[", "*", "#", "---", "> ", "- ", "|", "\r", "\u{FEFF}"] {
                let m = Masked(text, format)
                #expect(m.prose.map.proseLength == m.prose.bytes.count)
            }
        }
    }
}
