import Testing
@testable import ClaimAudit

/// The HTML page: one section per file, one article per finding, escaped.
@Suite struct HTMLReporterTests {
    let page = HTMLReporter().generateReport([ReportFixtures.audited])

    @Test func aCompletePageWithOneArticlePerFinding() {
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.hasSuffix("</html>\n"))
        let findings = FindingPolicy.findings(in: ReportFixtures.audited)
        #expect(page.components(separatedBy: "<article class=\"finding ").count - 1 == findings.count)
        #expect(page.contains("<article class=\"finding error conflation\">"))
        #expect(!page.contains("<script"))
    }

    @Test func theFigureIsMarkedInItsSentenceAndTheArithmeticShown() {
        #expect(page.contains("<mark class=\"conflation\">$5K per user</mark>"))
        #expect(page.contains("<li>break-even: $5,000 ÷ $20 = 250 months ≈ 20.8 years (contradicts)</li>"))
        // Errors and warnings open their explanation; notes keep it folded.
        #expect(page.contains("<details open><summary>Why</summary>"))
    }

    @Test func aRepeatedClaimPointsBack() {
        #expect(page.contains("<p class=\"back\">Same claim as line 3, explained there.</p>"))
    }

    @Test func everythingFromTheInputIsEscaped() {
        var doc = ReportFixtures.audited
        doc.path = "posts/<script>alert(1)</script>.md"
        doc.mentions[0].sentence = "Tom & Jerry's \"$5K per user\" <b>claim</b>"
        let html = HTMLReporter().generateReport([doc])
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("posts/&lt;script&gt;alert(1)&lt;/script&gt;.md"))
        #expect(html.contains("Tom &amp; Jerry&#39;s &quot;<mark class=\"conflation\">$5K per user</mark>&quot; &lt;b&gt;claim&lt;/b&gt;"))
    }
}
