import Testing
@testable import ClaimAudit

@Suite struct HTMLMaskerTests {
    static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta name="description" content="Costs $11 per seat">
      <title>Seat pricing: $20 a month</title>
      <style>.price::after { content: "$12"; }</style>
      <script>var fee = "$13"; if (a < b) { x = "</p>"; }</script>
    </head>
    <body>
      <!-- draft: $14 per user -->
      <h1>What one more user costs</h1>
      <p>The vendor says it spends <b>$5</b>K per user<sup>1</sup> a year,
      which is <em>not</em> the marginal cost.</p>
      <p data-price="$15">List price: &#36;25 per seat &amp; &euro;40 per month.</p>
      <ul>
        <li>Inference: $0.02 per query
        <li>Support: <a href="https://example.com/$16">$3 per ticket</a></li>
      </ul>
      <blockquote><p>Analysts estimate $7 per GPU-hour.</p></blockquote>
      <table>
        <tr><th>Plan</th><th>Price</th></tr>
        <tr><td>Pro</td><td>$20</td></tr>
      </table>
      <pre><code>total = "$17"</code></pre>
      <p>Inline <code>$18</code> code and a line<br>break with $8.</p>
      <template><p>$19 hidden</p></template>
      <noscript>Enable scripts to see $21</noscript>
      <p>See https://example.com/$22/pricing for details.</p>
    </body>
    </html>
    """

    let m = Masked(Self.page, .html)

    @Test func markupScriptsAndAttributesAreNotProse() {
        for hidden in ["$11", "$12", "$13", "$14", "$15", "$16", "$17", "$18", "$19", "$21", "$22", "</p>", "lang", "1 a year"] {
            #expect(!m.text.contains(hidden), "\(hidden) leaked into prose:\n\(m.text)")
        }
    }

    @Test func textIsKeptAndMapsBack() {
        #expect(m.text.contains("spends $5K per user a year,\n  which is not the marginal cost."))
        #expect(m.rawText(of: "$5K per user") == "$5</b>K per user")
        #expect(m.rawText(of: "$0.02 per query") == "$0.02 per query")
        #expect(m.rawText(of: "$3 per ticket") == "$3 per ticket")
        #expect(m.rawText(of: "$7 per GPU-hour.") == "$7 per GPU-hour.")
        m.expectExactMap()
    }

    @Test func characterReferencesDecodeWithExactSpans() {
        #expect(m.text.contains("List price: $25 per seat & €40 per month."))
        #expect(m.rawText(of: "$25") == "&#36;25")
        #expect(m.rawText(of: "€40") == "&euro;40")
        #expect(m.rawText(of: "& ") == "&amp; ")
        let hex = Masked("<p>&#x24;5 &dollar;6 &#128;7 &nbsp;&bogus; &#0;</p>", .html)
        #expect(hex.trimmed == "$5 $6 €7 \u{A0}&bogus; \u{FFFD}")
        #expect(hex.rawText(of: "$5") == "&#x24;5")
        let legacy = Masked("<p>$5&nbspper seat &copy2026 AT&T &ampx</p>", .html)
        #expect(legacy.trimmed == "$5\u{A0}per seat ©2026 AT&T &x")
    }

    @Test func aOneColumnLayoutTableHoldsParagraphs() {
        // an email newsletter laid out in one <td>: its paragraphs are no cells of one long row
        let page = Masked("""
            <table role="presentation" width="600"><tr><td>
            <p>The council says each visit costs it &pound;14.</p>
            <p>Most of that is the building loan.</p>
            </td></tr></table>
            <table><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>$20</td></tr></table>
            """, .html)
        let blocks = page.blocks
        #expect(blocks.contains { $0.0 == "The council says each visit costs it £14." && $0.1 == .paragraph })
        #expect(blocks.contains { $0.0 == "Most of that is the building loan." && $0.1 == .paragraph })
        #expect(blocks.filter { $0.1 == .tableCell }.map(\.0) == ["Plan", "Price", "Pro", "$20"])
        #expect(page.prose.blocks.filter { $0.kind == .paragraph }.allSatisfy { $0.cell == nil })
    }

    @Test func blocks() {
        let blocks = m.blocks
        #expect(blocks.first?.0 == "Seat pricing: $20 a month")
        #expect(blocks.first?.1 == .heading(level: 1))
        #expect(blocks.contains { $0.0 == "What one more user costs" && $0.1 == .heading(level: 1) })
        #expect(blocks.contains { $0.0 == "Inference: $0.02 per query" && $0.1 == .listItem })
        #expect(blocks.contains { $0.0 == "Support: $3 per ticket" && $0.1 == .listItem })
        #expect(blocks.contains { $0.0 == "Analysts estimate $7 per GPU-hour." && $0.1 == .quote })
        #expect(blocks.filter { $0.1 == .tableCell }.map(\.0) == ["Plan", "Price", "Pro", "$20"])
        #expect(blocks.contains { $0.0 == "Inline  code and a line" })
        #expect(blocks.contains { $0.0 == "break with $8." })
        for block in m.prose.blocks where block.range.upperBound < m.prose.bytes.count {
            #expect(m.prose.bytes[block.range.upperBound] == 0x0A)
        }
    }

    @Test func hostileMarkupEndsCleanly() {
        #expect(Masked("<p>Before $1</p><!-- never closed $2", .html).trimmed == "Before $1")
        #expect(Masked("<p>Before $1</p><script>never closed $2", .html).trimmed == "Before $1")
        #expect(Masked("<p>Before $1</p><a href=\"never closed $2", .html).trimmed == "Before $1")
        #expect(Masked("a < b and 3<5 for $3", .html).trimmed == "a < b and 3<5 for $3")
        // `<d …` opens a tag, as in a browser: it runs to the next `>`.
        #expect(Masked("c<d $3", .html).trimmed == "c")
    }

    @Test func blankLinesInsideAParagraphAreOneSpace() {
        let m = Masked("<p>The cost is\n\n  $5 per user.</p>", .html)
        #expect(m.trimmed == "The cost is $5 per user.")
        #expect(m.prose.blocks.count == 1)
    }

    @Test func headWithoutBodyTagEndsAtTheFirstBlock() {
        let m = Masked("<html><head><title>Fees</title><meta content=\"$1\"><p>Seats cost $9.</p>", .html)
        #expect(m.blocks.map(\.0) == ["Fees", "Seats cost $9."])
    }
}
