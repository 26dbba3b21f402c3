import Testing
@testable import ClaimAudit

@Suite struct LabelResolverTests {
    let text = "Plans start at $20. Some say $20 is too much; at `$20` a month it is not.\n€40 or &euro;40"

    func resolve(_ labels: [MentionLabel]) -> ([ResolvedLabel], [Diagnostic]) {
        LabelResolver.resolve(LabelFile(mentions: labels), in: Array(text.utf8), documentPath: "Corpus/p.md",
                              labelPath: "Corpus/p.expected.json",
                              labelLocations: [SourceLocation(line: 2, column: 5), SourceLocation(line: 3, column: 5)])
    }

    @Test func occurrencesCountRawBytesIncludingCode() {
        let (resolved, errors) = resolve([MentionLabel(quote: "$20", occurrence: 2, kind: .price),
                                          MentionLabel(quote: "&euro;40", kind: .price)])
        #expect(errors.isEmpty)
        #expect(resolved[0].span.start == 29 && resolved[0].span.end == 32)
        #expect(resolved[0].span.location == SourceLocation(line: 1, column: 30))
        // Raw bytes: the entity is quoted as written; "€40" is 5 bytes but 3 columns.
        #expect(resolved[1].span.location == SourceLocation(line: 2, column: 8))
        #expect(LabelResolver.occurrences(of: Array("$20".utf8), in: Array(text.utf8)).count == 3)
    }

    @Test func aQuoteNotFoundNamesTheFileAndTheQuote() {
        let (resolved, errors) = resolve([MentionLabel(quote: "$25", kind: .price),
                                          MentionLabel(quote: "€40", kind: .price)])
        #expect(resolved.map(\.index) == [1])
        #expect(errors.count == 1)
        #expect(errors[0].description
            == #"Corpus/p.expected.json:2:5: error: mentions[0]: quote "$25" is not found in Corpus/p.md"#)
    }

    @Test func anOccurrenceTooHighIsAnError() {
        let (resolved, errors) = resolve([MentionLabel(quote: "$20", kind: .price),
                                          MentionLabel(quote: "$20", occurrence: 4, kind: .price)])
        #expect(resolved.count == 1)
        #expect(errors.map(\.message) == [#"mentions[1]: quote "$20" occurs 3 times in Corpus/p.md, but occurrence 4 was asked"#])
        #expect(errors[0].location == SourceLocation(line: 3, column: 5))
    }

    @Test func twoLabelsOnTheSameBytesAreAnError() {
        let (resolved, errors) = resolve([MentionLabel(quote: "at $20", kind: .price),
                                          MentionLabel(quote: "$20", kind: .price)])
        #expect(resolved.count == 1)
        #expect(errors.first?.message.contains("overlaps") == true)
    }
}

@Suite struct LabelResolverLintTests {
    @Test func aQuoteThatCutsAFigureIsAWarning() {
        let text = "The claim was $5,000 per user, not $5."
        let (resolved, problems) = LabelResolver.resolve(
            LabelFile(mentions: [MentionLabel(quote: "$5", kind: .cost, costClass: .conflation),
                                 MentionLabel(quote: "$5", occurrence: 2, kind: .cost, costClass: .conflation)]),
            in: Array(text.utf8), documentPath: "d.txt", labelPath: "d.expected.json")
        #expect(resolved.count == 2)
        #expect(problems.map(\.level) == [.warning])
        #expect(problems.first?.message.contains(#"part of the longer figure "$5,000" at d.txt:1:15"#) == true)
    }

    @Test func wholeFiguresAreNotFlagged() {
        #expect(LabelResolver.longerFigure(around: 0..<3, in: Array("$20.".utf8)) == nil)
        #expect(LabelResolver.longerFigure(around: 0..<3, in: Array("$20, then".utf8)) == nil)
        #expect(LabelResolver.longerFigure(around: 1..<3, in: Array("2020".utf8)) == "2020")
    }
}

@Suite struct LabelOutsideProseTests {
    @Test func aLabelInsideCodeIsAWarning() {
        let text = "Run `price --max $5` first.\n\nThe plan costs $5 a month.\n"
        let doc = SourceDocument(path: "p.md", text: text, format: .markdown)
        let (resolved, errors) = LabelResolver.resolve(
            LabelFile(mentions: [MentionLabel(quote: "$5", kind: .price), MentionLabel(quote: "$5", occurrence: 2, kind: .price)]),
            in: doc.bytes, documentPath: "p.md", labelPath: "p.expected.json")
        #expect(errors.isEmpty)
        let warnings = LabelResolver.outsideProse(resolved, prose: Masker.prose(of: doc), documentPath: "p.md",
                                                  labelPath: "p.expected.json")
        #expect(warnings.map(\.message) == [#"mentions[0]: quote "$5" occurrence 1 at p.md:1:18 is not prose (code, front matter or markup), so it is never reported; check the occurrence"#])
    }
}
