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
        ("a million <", [UInt8](repeating: UInt8(ascii: "<"), count: 200_000)),
        ("unclosed comments", Array(String(repeating: "<!-- a ", count: 25_000).utf8)),
        ("unclosed tags", Array(String(repeating: "<a b=\"x ", count: 25_000).utf8)),
        ("link openers", Array(String(repeating: "[a](", count: 20_000).utf8)),
        ("brackets", Array(String(repeating: "[[]]![", count: 25_000).utf8)),
        ("backticks", Array((1...2000).map { String(repeating: "`", count: $0 % 40 + 1) + " x " }.joined().utf8)),
        ("emphasis", Array(String(repeating: "*a _b ~~c ", count: 25_000).utf8)),
        ("entities", Array(String(repeating: "&#36;5 &amp &bogus; &#x", count: 20_000).utf8)),
        ("one long line", Array(String(repeating: "Cost $5 per user ", count: 60_000).utf8)),
        ("unclosed fence", Array(("```\n" + String(repeating: "$1 code\n", count: 25_000)).utf8)),
        ("deep quotes", Array(String(repeating: ">", count: 20_000).utf8)),
        ("nested divs", Array(String(repeating: "<div>", count: 25_000).utf8)),
        ("urls", Array(String(repeating: "https://x.y/((((( ", count: 20_000).utf8)),
        ("invalid utf8", [UInt8](repeating: 0xFF, count: 100_000)),
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

/// Random documents built from markup-heavy pieces: no crash, valid UTF-8
/// prose, raw ranges inside the file and in order.
@Suite struct MaskerFuzzTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [[UInt8]] = [
        "<", ">", "</", "<!--", "-->", "<p>", "<sup>", "</sup>", "<code>", "<script>", "<br>", "<li>", "<td>", "<head>",
        "<title>", "!", "[", "]", "](", "(", ")", "![", "[^1]", "]:", "`", "``", "```", "~~~", "*", "**", "_", "~~",
        "&", "&amp;", "&#36;", "&#x24;", "&#", ";", "\\", "|", "|---|", ":", "\n", "\n\n", " ", "    ", "\t", "\r\n", "\r",
        "#", "## ", "> ", "- ", "1. ", "---\n", "+++\n", "===", "http://", "https://a.b/", "www.", "$5", "€", "\"", "'",
        "a", "word", "=", "^", "@", "x@y.z",
    ].map { Array($0.utf8) } + [[0xFF], [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [0x00], [0xC0, 0x80]]

    @Test func randomMarkupNeverBreaksTheMap() {
        var rng = SplitMix(state: 42)
        for _ in 0..<1500 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &rng) { bytes += Self.pieces.randomElement(using: &rng)! }
            for format in SourceFormat.allCases {
                let prose = Masker.prose(of: SourceDocument(path: "f", bytes: bytes, format: format))
                #expect(String(validating: prose.bytes, as: UTF8.self) != nil)
                var last = 0
                for i in prose.bytes.indices {
                    let r = prose.map.rawRange(of: i..<(i + 1))
                    #expect(r.lowerBound >= last && r.upperBound <= bytes.count)
                    last = r.lowerBound
                }
                var previousEnd = 0
                for block in prose.blocks {
                    #expect(block.range.lowerBound >= previousEnd && block.range.upperBound <= prose.bytes.count)
                    previousEnd = block.range.upperBound
                }
            }
        }
    }
}
