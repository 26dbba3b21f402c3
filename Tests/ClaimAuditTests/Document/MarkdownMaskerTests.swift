import Testing
@testable import ClaimAudit

@Suite struct MarkdownMaskerTests {
    static let article = """
    ---
    title: "Pricing notes: $9,999 in front matter"
    cost: 5000
    ---

    # What a seat really costs ($20 a month)

    The vendor says each seat costs **$5K per user** per year, which
    is *not* what serving one more user costs.

    ```python
    price = "$1,000,000"  # never prose
    ```

    Run `total = $400` to see it. See [the pricing page](https://example.com/p?cost=$77 "Costs $88") and
    ![a $12 chart](img/chart-$13.png). Raw link: https://example.com/$99/x and <https://example.com/$55>.

    <!-- hidden: $66 -->
    > Analysts estimate $3 per query.
    > Another line in the quote.

    - First item costs $10.
    - Second item: $2.50 per GB
      continues here.

    1. Ordered $7 item

    | Plan | Price |
    |------|------:|
    | Pro  | $20   |
    | Team | $30 \\| seat |

        indented code $44

    Setext heading with $8
    ----------------------

    [ref]: https://example.com/$33 "Ref $34"
    Final words: \\$5 escaped, &#36;6 decoded, &amp; ampersand.
    """

    let m = Masked(Self.article, .markdown)

    @Test func maskedThingsAreNotProse() {
        for hidden in ["9,999", "5000", "1,000,000", "$400", "$77", "$88", "$12", "$13", "$99", "$55", "$66", "$44", "$33", "$34", "python", "title:"] {
            #expect(!m.text.contains(hidden), "\(hidden) leaked into prose:\n\(m.text)")
        }
    }

    @Test func proseKeepsTheText() {
        for shown in ["What a seat really costs ($20 a month)", "$5K per user", "not what serving", "the pricing page",
                      "Analysts estimate $3 per query.", "First item costs $10.", "$2.50 per GB",
                      "Ordered $7 item", "Setext heading with $8", "$5 escaped", "$6 decoded", "& ampersand"] {
            #expect(m.text.contains(shown), "missing \(shown) in:\n\(m.text)")
        }
    }

    @Test func proseMapsBackToRawBytes() {
        for needle in ["$5K per user", "$20 a month", "$3 per query.", "$2.50 per GB", "$10.", "$8", "$20", "$30"] {
            #expect(m.rawText(of: needle) == needle)
        }
        // Emphasis markers are gone but the words map back exactly.
        #expect(m.text.contains("each seat costs $5K per user per year"))
        #expect(m.text.contains("which\nis not what"))   // soft break kept as the raw newline
        m.expectExactMap()
    }

    @Test func escapesAndReferencesMapToTheirRawSpans() {
        #expect(m.rawText(of: "$5 escaped") == "$5 escaped")   // the backslash is left out
        #expect(m.rawText(of: "$6 decoded") == "&#36;6 decoded")
        #expect(m.rawText(of: "& ampersand") == "&amp; ampersand")
    }

    @Test func blocks() {
        let blocks = m.blocks
        #expect(blocks.first?.0 == "What a seat really costs ($20 a month)")
        #expect(blocks.first?.1 == .heading(level: 1))
        #expect(blocks.contains { $0.0 == "Analysts estimate $3 per query.\nAnother line in the quote." && $0.1 == .quote })
        #expect(blocks.contains { $0.0 == "First item costs $10." && $0.1 == .listItem })
        #expect(blocks.contains { $0.0 == "Second item: $2.50 per GB\n  continues here." && $0.1 == .listItem })
        #expect(blocks.contains { $0.0 == "Ordered $7 item" && $0.1 == .listItem })
        let cells = blocks.filter { $0.1 == .tableCell }.map(\.0)
        #expect(cells == ["Plan", "Price", "Pro", "$20", "Team", "$30 | seat"])
        #expect(blocks.contains { $0.0 == "Setext heading with $8" && $0.1 == .heading(level: 2) })
        // Blocks never share a line of prose.
        for block in m.prose.blocks where block.range.upperBound < m.prose.bytes.count {
            #expect(m.prose.bytes[block.range.upperBound] == 0x0A)
        }
    }

    @Test func fencesNeedAMatchingCloser() {
        let m = Masked("````\n```\n$1 inside\n````\nAfter $2.\n~~~\nunclosed $3\n", .markdown)
        #expect(m.trimmed == "After $2.")
    }

    @Test func codeSpansMatchBacktickRunLength() {
        let m = Masked("A ``code with ` and $1`` then $2 and `$3` and ``unmatched $4.", .markdown)
        #expect(!m.text.contains("$1"))
        #expect(!m.text.contains("$3"))
        #expect(m.text.contains("then $2 and"))
        #expect(m.text.contains("``unmatched $4."))
    }

    @Test func emphasisMarkersAreDropped() {
        let m = Masked("It costs **$5**K, _about_ $3 a seat, 2 * 3 = 6, and a $9* footnote; snake_case_name stays.", .markdown)
        #expect(m.trimmed == "It costs $5K, about $3 a seat, 2 * 3 = 6, and a $9* footnote; snake_case_name stays.")
        #expect(m.rawText(of: "$5K") == "$5**K")
    }

    @Test func inlineHTMLTagsAreSkipped() {
        let m = Masked("Price <b>$5</b>K<sup>2</sup> per <span class=\"x $1\">user</span>. <code>$7</code> end", .markdown)
        #expect(m.text.hasPrefix("Price $5K per user."))
        #expect(!m.text.contains("$1"))
        #expect(!m.text.contains("$7"))
        #expect(!m.text.contains("2 per"))
    }

    @Test func htmlBlocksAndCommentsSpanningLines() {
        let m = Masked("<!--\nhidden $1\n\nstill hidden $2\n-->\nVisible $3.\n\n<script>\nvar x = '$4';\n</script>\nAfter $5.", .markdown)
        #expect(m.trimmed == "Visible $3.\nAfter $5.")
    }

    @Test func tomlFrontMatterAndUnclosedFrontMatter() {
        #expect(Masked("+++\nprice = \"$1\"\n+++\nText $2.", .markdown).trimmed == "Text $2.")
        // Not closed: a thematic break, then prose.
        #expect(Masked("---\nText $2.", .markdown).trimmed == "Text $2.")
    }

    @Test func listItemsAndIndentedCode() {
        let m = Masked("- item one\n\n      code in item? no, paragraph text $1\n\nPara\n\n    real code $2\n", .markdown)
        #expect(!m.text.contains("$2"))
        #expect(m.text.contains("item one"))
    }

    @Test func lazyContinuationAndNumbersThatAreNotLists() {
        let m = Masked("Costs rose by\n5. Then they fell to $3.\n", .markdown)
        #expect(m.blocks.count == 1)
        #expect(m.trimmed == "Costs rose by\n5. Then they fell to $3.")
    }

    @Test func bomIsStrippedButOffsetsIndexRawBytes() {
        let m = Masked(bytes: [0xEF, 0xBB, 0xBF] + Array("# $5 plan".utf8), .markdown)
        #expect(m.trimmed == "$5 plan")
        #expect(m.prose.map.rawRange(of: 0..<2) == 5..<7)
    }

    @Test func crlfLineEndingsBecomeNewlines() {
        let m = Masked("Line one $1\r\nline two.\r\n\r\nNext $2\r\n", .markdown)
        #expect(m.trimmed == "Line one $1\nline two.\nNext $2")
        #expect(m.rawText(of: "$2") == "$2")
    }

    @Test func referenceLinks() {
        let m = Masked("See [the $5 plan][plans] and [docs][].\n\n[plans]: https://example.com/$9\n  \"Plans from $8\"\n[docs]: /docs\n", .markdown)
        #expect(m.trimmed == "See the $5 plan and docs.")
    }

    @Test func footnotes() {
        let m = Masked("The bill was $5[^1] per user.\n\n[^1]: Source: a survey quoting $7 a seat.\n", .markdown)
        #expect(m.trimmed == "The bill was $5 per user.\nSource: a survey quoting $7 a seat.")
        #expect(m.rawText(of: "$5 per user.") == "$5[^1] per user.")
    }

    @Test func htmlTableInMarkdownGetsCellBlocks() {
        let m = Masked("<table>\n<tr><td>Pro plan</td><td>$20 a month</td></tr>\n</table>\n\nAfter.", .markdown)
        #expect(m.blocks.filter { $0.1 == .tableCell }.map(\.0) == ["Pro plan", "$20 a month"])
        #expect(m.blocks.last?.0 == "After.")
        #expect(m.rawText(of: "$20 a month") == "$20 a month")
    }

    @Test func underlineAfterAListItemIsAThematicBreak() {
        let m = Masked("- First $1\n---\nAfter.", .markdown)
        #expect(m.blocks.map(\.1) == [.listItem, .paragraph])
    }

    @Test func nestedListsAndSiblingItems() {
        let m = Masked("1. Compute: **$0.003**/request\n   - GPUs at $2.10 per GPU-hour\n   - networking ~$0.0002\n2. Storage: $0.02 per GB-month\n", .markdown)
        #expect(m.blocks.map(\.0) == ["Compute: $0.003/request", "GPUs at $2.10 per GPU-hour", "networking ~$0.0002", "Storage: $0.02 per GB-month"])
        #expect(m.blocks.allSatisfy { $0.1 == .listItem })
    }

    @Test func singleTildeMeansAbout() {
        let m = Masked("Training cost ~$40M, serving ~$3 per user, and ~~$9~~ is struck.", .markdown)
        #expect(m.trimmed == "Training cost ~$40M, serving ~$3 per user, and $9 is struck.")
    }
}
