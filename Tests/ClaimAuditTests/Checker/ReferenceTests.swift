import Foundation
import Testing
@testable import ClaimAudit

@Suite struct ReferenceFileTests {
    let good = """
        # API prices
        [gpt-4o-api]
        what:     GPT-4o list price
        topics:   gpt-4o, openai api & 4o
        value:    2.50-10
        currency: USD
        per:      1000000 token
        kind:     price
        from:     2024-08
        to:
        source:   https://example.com/prices
        """

    @Test func parsesAnEntry() throws {
        let entries = try ReferenceData.parse(good, path: "api.ref")
        let e = try #require(entries.first)
        #expect(e.id == "gpt-4o-api" && e.low == 2.5 && e.high == 10 && e.kind == .price)
        #expect(e.per == [Denominator(count: 1_000_000, unit: "token")])
        #expect(e.window.from == CalendarDate(year: 2024, month: 8) && e.window.to == nil)
        #expect(e.topics.count == 2 && e.topics[1].phrases == ["openai api", "4o"])
        #expect(e.citation == "reference gpt-4o-api (Aug 2024–, https://example.com/prices)")
        #expect(e.origin == "api.ref:2")
    }

    private func error(_ text: String) -> Diagnostic? {
        do { _ = try ReferenceData.parse(text, path: "bad.ref"); return nil } catch { return error }
    }

    @Test func errorsNameFileLineAndColumn() throws {
        let badValue = try #require(error(good.replacingOccurrences(of: "2.50-10", with: "cheap")))
        #expect(badValue.description.hasPrefix("bad.ref:5:11: error: value `cheap`"))
        let badDate = try #require(error(good.replacingOccurrences(of: "2024-08", with: "Aug 2024")))
        #expect(badDate.location == SourceLocation(line: 9, column: 11))
        let unknown = try #require(error(good + "\ncolour: blue"))
        #expect(unknown.description.hasPrefix("bad.ref:12:1: error: unknown key `colour`"))
        let missing = try #require(error(good.replacingOccurrences(of: "kind:     price\n", with: "")))
        #expect(missing.description == "bad.ref:2:1: error: entry `gpt-4o-api` has no `kind`")
        let duplicate = try #require(error(good + "\n" + good.replacingOccurrences(of: "# API prices\n", with: "")))
        #expect(duplicate.description.hasPrefix("bad.ref:12:2: error: duplicate entry id `gpt-4o-api`"))
        let noHeader = try #require(error("value: 3"))
        #expect(noHeader.location == SourceLocation(line: 1, column: 1))
        let backwards = try #require(error(good.replacingOccurrences(of: "to:\n", with: "to: 2023\n")))
        #expect(backwards.description.contains("before from"))
    }

    @Test func defaultFilesLoadWithEveryFigureOfTheDomainTable() throws {
        let data = try TestDocument.defaultReference()
        for id in ["gpt-4-api", "gpt-4o-api", "claude-sonnet-api", "claude-opus-4-5-api", "claude-pro", "chatgpt-pro",
                   "claude-max-20x", "aws-p5-on-demand", "aws-capacity-block-h100", "h100-market-index",
                   "chatgpt-query-2023", "google-search-query", "gpt-4-training", "gemini-ultra-training",
                   "deepseek-v3-final-run", "llama-3-1-405b-training", "chatgpt-inference-day-2023",
                   "openai-inference-2024", "sora-clip", "claude-code-day-2025"] {
            #expect(data.entry(id: id) != nil, "missing \(id)")
        }
        #expect(data.entry(id: "deepseek-v3-final-run")?.low == 5_576_000)
        #expect(data.entry(id: "gpt-4-training")?.low == 78_400_000)
        #expect(data.entries(per: [Denominator(unit: "gpu-hour")], about: "an H100 for an hour", on: CalendarDate(year: 2026, month: 6))
            .map(\.id) == ["neocloud-h100", "gpu-rental-market"])
    }

    @Test func topicsRespectWordAndVersionBoundaries() {
        let gpt4 = TopicPattern("gpt-4")
        #expect(gpt4.matches(lowercased: "gpt-4 costs $30"))
        #expect(!gpt4.matches(lowercased: "gpt-4o costs $2.50"))
        #expect(!TopicPattern("opus 4").matches(lowercased: "opus 4.5 is cheaper"))
        #expect(TopicPattern("train*").matches(lowercased: "it was trained for"))
        #expect(TopicPattern("capacity block* & h100").matches(lowercased: "h100 capacity blocks"))
        #expect(!TopicPattern("capacity block* & h100").matches(lowercased: "h200 capacity blocks"))
    }

    /// Word boundaries next to digits, punctuation and non-ASCII letters.
    @Test(arguments: [
        ("h100", "rented h100s at $2", true, true), ("h100", "the gh100 board", false, false),
        ("h100", "an h1000 rack", false, true), ("h100", "(h100) nodes", true, true),
        ("h100", "naïveh100 rigs", false, false), ("opus 4", "opus 4, then sonnet", true, true),
        ("opus 4", "opus 4.5 is cheaper", false, true), ("gpt-4", "gpt-4—the old one", true, true),
        ("gpt-4", "gpt-4o mini", false, true), ("chatgpt plus", "chatgpt plus’s price", true, true),
        ("sora", "soraya’s plan", false, true), ("sora", "café sora clips", true, true),
        ("train", "trainer costs", false, true), ("api", "the apis were down", true, true),
        ("café", "the café’s bill", true, true), ("café", "cafés", true, true), ("é", "café", false, false),
    ])
    func wordSearchKeepsWordBoundaries(_ needle: String, _ text: String, _ whole: Bool, _ asPrefix: Bool) {
        #expect(WordSearch.contains(text, needle: needle, prefix: false) == whole)
        #expect(WordSearch.contains(text, needle: needle, prefix: true) == asPrefix)
    }
}

@Suite struct ReferenceMagnitudeTests {
    @Test func windowFollowsTheDocumentDate() throws {
        let reference = try TestDocument.defaultReference()
        // Before any entry for the topic starts (the broad API range starts in March 2023): nothing applies.
        let text2022 = "---\ndate: 2022-05-10\n---\nGPT-4o costs $2.50 per million input tokens.\n"
        let doc2022 = TestDocument.make(text2022, [.price("$2.50", 2.5, per: ["1000000 token"])])
        let old = try #require(Checker(reference: reference, today: today2026).assess(doc2022)[0])
        #expect(old.verdict == .unverifiable)
        #expect(old.text.contains("do not apply on the document's date 10 May 2022 (front matter)"))

        // In 2023 the GPT-4o entries do not apply yet; the broad span of API list prices does, and confirms.
        let text2023 = "---\ndate: 2023-05-10\n---\nGPT-4o costs $2.50 per million input tokens.\n"
        let doc2023 = TestDocument.make(text2023, [.price("$2.50", 2.5, per: ["1000000 token"])])
        let mid = try #require(Checker(reference: reference, today: today2026).assess(doc2023)[0])
        #expect(mid.verdict == .holds)
        #expect(mid.text.contains("reference llm-api-list-prices"))
        #expect(!mid.text.contains("reference gpt-4o-api"))

        let doc2026 = TestDocument.make("GPT-4o costs $2.50 per million input tokens.", [.price("$2.50", 2.5, per: ["1000000 token"])])
        let now = try #require(Checker(reference: reference, today: today2026).assess(doc2026)[0])
        #expect(now.verdict == .holds)
        #expect(now.text.contains("reference gpt-4o-api (Aug 2024–, https://deploybase.ai/articles/gpt-4o-pricing-per-token): $2.50–$10 per million tokens"))
        #expect(now.text.contains("today's date 30 Nov 2026"))

        let stated = TestDocument.make("As of March 2026 an H100 rents for about $2 per GPU-hour.", [.price("$2", 2, per: ["gpu-hour"])])
        let h100 = try #require(Checker(reference: reference, today: today2026).assess(stated)[0])
        #expect(h100.verdict == .holds)
        #expect(h100.text.contains("h100-market-index"))
        #expect(!h100.text.contains("neocloud-h100"))
    }

    /// Files saved with Windows line ends (`\r\n`): the front-matter date and
    /// the reference entries read as they do with `\n`.
    @Test func windowsLineEndsReadTheSame() throws {
        let reference = try TestDocument.defaultReference()
        let text = "---\r\ndate: 2022-05-10\r\n---\r\nGPT-4o costs $2.50 per million input tokens.\r\n"
        let doc = TestDocument.make(text, [.price("$2.50", 2.5, per: ["1000000 token"])])
        let old = try #require(Checker(reference: reference, today: today2026).assess(doc)[0])
        #expect(old.text.contains("do not apply on the document's date 10 May 2022 (front matter)"))

        let entry = "[h100-test]\nwhat:     H100 rental\ntopics:   h100\nvalue:    2-3\ncurrency: USD\nper:      gpu-hour\nkind:     price\nfrom:     2024\nsource:   https://example.com/h100\n"
        let unix = try ReferenceData.parse(entry, path: "t.ref")
        let windows = try ReferenceData.parse(entry.replacingOccurrences(of: "\n", with: "\r\n"), path: "t.ref")
        #expect(unix.count == 1)
        #expect(windows.map(\.id) == unix.map(\.id))
        #expect(windows.first?.low == unix.first?.low && windows.first?.high == unix.first?.high)
    }

    @Test func perThousandTokensIsNormalized() throws {
        let reference = try TestDocument.defaultReference()
        let doc = TestDocument.make("GPT-4 costs $0.03 per 1K tokens for input.", [.price("$0.03", 0.03, per: ["1000 token"])])
        let a = try #require(Checker(reference: reference, today: today2026).assess(doc)[0])
        #expect(a.verdict == .holds)
        #expect(a.text.contains("$0.03 per 1K tokens (line 1) = $30 per million tokens"))
    }

    @Test func orderOfMagnitudeAwayFails() throws {
        let reference = try TestDocument.defaultReference()
        let doc = TestDocument.make("GPT-4o costs $250 per million tokens.", [.price("$250", 250, per: ["1000000 token"])])
        let a = try #require(Checker(reference: reference, today: today2026).assess(doc)[0])
        #expect(a.verdict == .fails)
        #expect(a.severity == .error)
        #expect(a.text.contains("25× above it"))
        let within = TestDocument.make("GPT-4o costs $30 per million tokens.", [.price("$30", 30, per: ["1000000 token"])])
        #expect(Checker(reference: reference, today: today2026).assess(within)[0]?.verdict == .holds)
    }

    @Test func trainingRunAgainstTotals() throws {
        let reference = try TestDocument.defaultReference()
        let doc = TestDocument.make("GPT-4 cost more than $100 million to train.",
                                    [.cost("$100 million", 100e6, .fixed, qualifier: "more than")])
        let a = try #require(Checker(reference: reference, today: today2026).assess(doc)[0])
        #expect(a.verdict == .holds)
        #expect(a.text.contains("gpt-4-training"))
        let nothing = TestDocument.make("The startup spent $3 million on its office.", [.cost("$3 million", 3e6, .fixed)])
        let n = try #require(Checker(reference: reference, today: today2026).assess(nothing)[0])
        #expect(n.verdict == .unverifiable)
        #expect(n.checks.isEmpty)
    }

    @Test func sentenceYearOverridesDocumentDate() throws {
        let reference = try TestDocument.defaultReference()
        let doc = TestDocument.make("In 2023 ChatGPT cost about $700,000 a day to run.",
                                    [.cost("$700,000", 700_000, per: ["day"], .marginal)])
        let a = try #require(Checker(reference: reference, today: today2026).assess(doc)[0])
        #expect(a.verdict == .holds)
        #expect(a.text.contains("chatgpt-inference-day-2023"))
        #expect(a.text.contains("the sentence's date 2023"))
    }
}
