import Testing
@testable import ClaimAudit

@Suite struct TextMaskerTests {
    static let memo = """
    Serving costs in 2026

    Each extra user costs us about $0.40 a month
    to serve, according to the finance team.

    - Inference: $0.30 per user
    * Storage: $0.05 per GB
    • Support: $0.05 per ticket
    1. Training run: $12M, once

    Details at https://example.com/costs/$1.
    """

    let m = Masked(Self.memo, .text)

    @Test func everythingButURLsIsProse() {
        #expect(m.text.contains("Each extra user costs us about $0.40 a month\nto serve, according to the finance team."))
        #expect(!m.text.contains("$1."))
        #expect(m.rawText(of: "$0.40 a month\nto serve") == "$0.40 a month\nto serve")
        m.expectExactMap()
    }

    @Test func blocks() {
        let blocks = m.blocks
        #expect(blocks[0].0 == "Serving costs in 2026")
        #expect(blocks[0].1 == .heading(level: 2))
        #expect(blocks[1].1 == .paragraph)
        #expect(blocks.filter { $0.1 == .listItem }.map(\.0) == [
            "Inference: $0.30 per user", "Storage: $0.05 per GB", "Support: $0.05 per ticket", "Training run: $12M, once",
        ])
    }

    @Test func sentencesDoNotLookLikeHeadings() {
        let m = Masked("It costs $5 per user.\n\nMore text.", .text)
        #expect(m.prose.blocks.first?.kind == .paragraph)
    }

    @Test func unwrappedTextIsOneBlockPerLine() {
        let long = "Our finance team estimates that serving one more customer costs about forty cents a month, mostly for inference."
        let text = "Why the Numbers Differ\n\(long)\nWhat It Costs to Serve\n- Inference: $0.30 per user\nClosing words about the $20 plan and what it buys for each subscriber over a full year of use."
        let m = Masked(text, .text)
        #expect(m.blocks.map(\.1) == [.heading(level: 2), .paragraph, .heading(level: 2), .listItem, .paragraph])
        #expect(m.blocks[1].0 == long)
    }

    @Test func hardWrappedTextJoinsLines() {
        let m = Masked("The vendor says each seat costs\n$5K per user, which is not\nwhat one more user costs.\n", .text)
        #expect(m.blocks.count == 1)
    }
}
