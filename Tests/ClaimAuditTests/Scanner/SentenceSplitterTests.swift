import Testing
@testable import ClaimAudit

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String, blocks: Bool = false) -> [String] {
        let prose = blocks ? proseBlocks(text) : proseParagraph(text)
        return MoneyScanner().scan(prose).sentences.map { prose.string($0.range) }
    }

    static let cases: [(String, [String])] = [
        ("The plan costs $0.10 per call. Heavy users pay more.", ["The plan costs $0.10 per call.", "Heavy users pay more."]),
        ("Big vendors, e.g. the cloud majors, pay less. Small ones pay more.",
         ["Big vendors, e.g. the cloud majors, pay less.", "Small ones pay more."]),
        ("Fixed costs, i.e. training, dominate. Serving is cheap.", ["Fixed costs, i.e. training, dominate.", "Serving is cheap."]),
        ("Prices in the U.S. are higher than in Europe. That is old news.",
         ["Prices in the U.S. are higher than in Europe.", "That is old news."]),
        ("Acme Inc. pays $5 per seat. Globex Corp. pays $4.", ["Acme Inc. pays $5 per seat.", "Globex Corp. pays $4."]),
        ("Dr. Rivera priced it at $3. Nobody objected.", ["Dr. Rivera priced it at $3.", "Nobody objected."]),
        ("Rent vs. buy is the old question. Renting wins here.", ["Rent vs. buy is the old question.", "Renting wins here."]),
        ("It costs approx. $4 per run. Fine.", ["It costs approx. $4 per run.", "Fine."]),
        ("Compute, storage, etc. all cost money. Bandwidth too.", ["Compute, storage, etc. all cost money.", "Bandwidth too."]),
        ("See item No. 5 for details. It lists prices.", ["See item No. 5 for details.", "It lists prices."]),
        ("The numbers were odd... Then they fixed them.", ["The numbers were odd...", "Then they fixed them."]),
        ("Wait… is that right? Yes! It is.", ["Wait… is that right?", "Yes!", "It is."]),
        ("He said \"it costs $5.\" Then he left.", ["He said \"it costs $5.\"", "Then he left."]),
        ("The fee (about $5.) was waived. Good.", ["The fee (about $5.) was waived.", "Good."]),
        ("A soft\nline break stays in one sentence.", ["A soft\nline break stays in one sentence."]),
        ("First paragraph without a stop\n\nSecond paragraph.", ["First paragraph without a stop", "Second paragraph."]),
        ("Version 3.5.1 shipped. Costs were $1.25 each.", ["Version 3.5.1 shipped.", "Costs were $1.25 each."]),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func blocksAlwaysEndSentences() {
        let text = "# Pricing overview\n\n- Inference per conversation: $0.10 to $2.00\n- Support: $1 to $5 per user monthly\n\nThe totals add up"
        let prose = proseBlocks(text)
        let result = MoneyScanner().scan(prose)
        #expect(result.sentences.map { prose.string($0.range) } == [
            "Pricing overview", "Inference per conversation: $0.10 to $2.00", "Support: $1 to $5 per user monthly", "The totals add up",
        ])
        #expect(result.sentences.map(\.blockIndex) == [0, 1, 2, 3])
        #expect(result.mentions.map(\.sentenceIndex) == [1, 2])
    }

    @Test func sentenceRangesStayInsideTheirBlock() {
        let text = "- A list item with $5\n- Another with $6 per seat\n\nA closing paragraph. It has two sentences."
        let prose = proseBlocks(text)
        let result = MoneyScanner().scan(prose)
        for s in result.sentences {
            let block = prose.blocks[s.blockIndex!]
            #expect(block.range.contains(s.range.lowerBound) && s.range.upperBound <= block.range.upperBound)
        }
        #expect(result.sentences.count == 4)
    }
}

@Suite struct ScannerAdversarialTests {
    func run(_ bytes: [UInt8]) -> ScanResult {
        var b = ProseBuilder()
        b.beginBlock(.paragraph)
        b.copy(bytes, 0..<bytes.count)
        return MoneyScanner().scan(b.build())
    }

    @Test func manyDollarSigns() {
        let r = run([UInt8](repeating: 0x24, count: 200_000))
        #expect(r.mentions.isEmpty)
    }

    @Test func manyDigits() {
        let r = run([UInt8](repeating: 0x37, count: 200_000))
        #expect(r.mentions.isEmpty)
    }

    @Test func oneLongWordLine() {
        let r = run([UInt8](repeating: 0x61, count: 200_000))
        #expect(r.mentions.isEmpty)
        #expect(r.sentences.count >= 3) // cut at the hard limit
    }

    @Test func manyDollarAmountsWithoutSpaces() {
        let r = run(Array(String(repeating: "$5$", count: 30_000).utf8))
        #expect(r.sentences.count >= 1)
    }

    @Test func manyPeriodsAndSeparators() {
        let r = run(Array(String(repeating: "1.2,3.", count: 30_000).utf8) + Array(String(repeating: "e.g. ", count: 20_000).utf8))
        #expect(r.sentences.count >= 1)
    }

    @Test func repeatedMoneyProseFindsEveryMention() {
        let unit = "They pay $5K per user per month. Costs rose from $2M to $144M. "
        let r = run(Array(String(repeating: unit, count: 2_000).utf8))
        #expect(r.mentions.count == 6_000)
    }

    /// Pseudo-random prose built from money-ish pieces: whatever the mix,
    /// mentions stay inside their sentence, in order, without overlaps.
    @Test func randomMixesKeepRangesConsistent() {
        let pieces = ["$", "5", "1,234.56", "€", "£3", " ", ".", "k", "M", "per", "user", "/", "mo", "-", "–", "to",
                      "between", "and", "a", "few", "cents", "dollars", "twenty", "half", "million", "~", "+", "%",
                      "(", ")", "\n", "\n\n", "e.g.", "U.S.", "…", "0.10", "bn", "x", "USD", "tokens", "from", "rose",
                      "low", "single", "digits", "cost", "¥", "₹", "¢", "p", "1M", "GPU-hour", "a", "month", "each"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var text = ""
        for _ in 0..<60_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let piece = pieces[Int(state >> 33) % pieces.count]
            text += piece
            if (state >> 20) & 3 != 0 { text += " " }
        }
        let bytes = Array(text.utf8)
        let r = run(bytes)
        var last = 0
        for m in r.mentions {
            #expect(m.range.lowerBound >= last)
            #expect(m.amountRange.lowerBound == m.range.lowerBound && m.amountRange.upperBound <= m.range.upperBound)
            let s = r.sentences[m.sentenceIndex].range
            #expect(s.lowerBound <= m.range.lowerBound && m.range.upperBound <= s.upperBound)
            #expect(m.amount.low <= m.amount.high)
            last = m.range.upperBound
        }
        #expect(!r.mentions.isEmpty)
    }

    @Test func arbitraryBytesDoNotTrapTheScanner() {
        var state: UInt64 = 42
        var bytes: [UInt8] = []
        for _ in 0..<200_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // bias towards the interesting bytes: digits, signs, separators, lead bytes
            let pick = Int(state >> 59)
            let interesting: [UInt8] = [0x24, 0x2E, 0x2C, 0x20, 0x0A, 0xE2, 0x82, 0xAC, 0xC2, 0xA3, 0x2D, 0x2F, 0x6B, 0x4D]
            bytes.append(pick < interesting.count ? interesting[pick] : UInt8(truncatingIfNeeded: state >> 40))
        }
        var b = ProseBuilder()
        b.beginBlock(.paragraph)
        b.copy(bytes, 0..<bytes.count)
        let prose = b.build()
        let r = MoneyScanner().scan(prose)
        #expect(r.sentences.allSatisfy { $0.range.upperBound <= prose.bytes.count })
        #expect(r.mentions.allSatisfy { $0.range.upperBound <= prose.bytes.count })
    }

    @Test func invalidStartsAndTruncatedSequences() {
        // a lone euro lead byte at the end and a dollar at the very end
        let r = run(Array("costs $".utf8) + [0xE2, 0x82])
        #expect(r.mentions.isEmpty)
    }
}
