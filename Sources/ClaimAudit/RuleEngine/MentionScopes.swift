/// The token ranges a rule can look at around one mention.
struct MentionScopes {
    let mentionIndex: Int
    let mention: MoneyMention
    /// Tokens of the mention itself (never counted as cues).
    let mentionTokens: Range<Int>
    let sentence: Range<Int>
    let clause: Range<Int>
    let opening: Range<Int>
    let label: Range<Int>?
    /// The table row holding the mention, when it is in a table cell.
    let row: Range<Int>?
    let column: Range<Int>?
    let heading: Range<Int>?
    let paragraph: Range<Int>
    /// The first two words of the paragraph.
    let lead: Range<Int>
    /// The lead-in paragraph of the list holding the mention (see `Scope.intro`).
    let intro: Range<Int>?
    let previous: Range<Int>?
    let next: Range<Int>?
    let nearby: Range<Int>
    let document: Range<Int>
    /// The `>` that opens the plain-text quote line holding the mention
    /// (`> every ride costs them $500`), if any. See `quoteMarker(index:)`.
    let quoteMarker: Int?
    /// The mention is inside an HTML `<blockquote>`. (Markdown block quotes do
    /// not count: forum threads nest whole replies in them, and lazy
    /// continuation pulls the replier's own lines into the quote.)
    let inQuoteBlock: Bool

    /// The longest label, in words, that counts as a list-item label.
    static let maxLabelWords = 6

    init(index: DocumentIndex, mentionIndex: Int, mention: MoneyMention, headingBlock: Int?) {
        self.mentionIndex = mentionIndex
        self.mention = mention
        let s = mention.sentenceIndex
        let whole = index.sentenceTokens.indices.contains(s)
            ? index.sentenceTokens[s] : index.tokenRange(of: mention.range)
        let mt = index.tokenRange(of: mention.range, inSentence: index.sentenceTokens.indices.contains(s) ? s : nil)
        self.mentionTokens = mt
        // The sentence, cut at a full stop the splitter kept inside it (forum
        // prose starts sentences in lower case: "tiers. we went from $0.085…").
        // (Looked up in the document's sorted list of such stops: no walk per mention.)
        let mLo = min(max(mt.lowerBound, whole.lowerBound), whole.upperBound)
        let mHi = min(max(mt.upperBound, whole.lowerBound), whole.upperBound)
        let sLo = index.innerFullStops.last(in: whole.lowerBound..<mLo).map { $0 + 1 } ?? whole.lowerBound
        // keep the full stop with its sentence
        let sHi = index.innerFullStops.first(in: mHi..<whole.upperBound).map { $0 + 1 } ?? whole.upperBound
        let sentence = sLo..<sHi
        self.sentence = sentence

        // Clause: cut at the nearest clause breaks on either side of the mention.
        var lo = mt.lowerBound
        if lo > sentence.lowerBound {
            lo = max(sentence.lowerBound, (index.clauseBreaks.last(in: 0..<lo) ?? -1) + 1)
        }
        var hi = mt.upperBound
        if hi < sentence.upperBound {
            let stop = [index.clauseBreaks.first(in: hi..<sentence.upperBound), index.innerFullStops.first(in: hi..<sentence.upperBound)]
            hi = stop.compactMap { $0 }.min() ?? sentence.upperBound
        }
        self.clause = lo..<hi
        let first = sentence.lowerBound < sentence.upperBound ? min(index.nextWord[sentence.lowerBound], sentence.upperBound) : sentence.lowerBound
        self.opening = first..<min(sentence.upperBound, first + 2)

        // Label: the words before the last `:` ahead of the mention.
        var label: Range<Int>?
        if let k = index.colons.last(in: sentence.lowerBound..<max(sentence.lowerBound, mt.lowerBound)) {
            let words = index.wordsBefore[k] - index.wordsBefore[sentence.lowerBound]
            if words > 0, words <= Self.maxLabelWords { label = sentence.lowerBound..<k }
        }
        // In a table, the label is the first cell of the row.
        var row: Range<Int>?
        var column: Range<Int>?
        if let b = index.prose.blockIndex(containing: mention.range.lowerBound), index.prose.blocks[b].kind == .tableCell {
            let first = index.rowStart(ofCell: b)
            // The header row: the first row of this run of table cells (at most 200 rows back).
            let top = index.tableTop(ofRow: first)
            let position = b - first
            if top < first, top + position < index.prose.blocks.count, index.rowStart(ofCell: top + position) == top {
                column = index.tokenRange(of: index.prose.blocks[top + position].range)
            }
            var last = b
            while last + 1 < index.prose.blocks.count, last - first < 30, index.prose.blocks[last + 1].kind == .tableCell,
                  index.rowStart(ofCell: last + 1) == first { last += 1 }
            let lo = index.tokenRange(of: index.prose.blocks[first].range).lowerBound
            let hi = index.tokenRange(of: index.prose.blocks[last].range).upperBound
            row = lo..<max(lo, hi)
            if first < b, label == nil { label = index.tokenRange(of: index.prose.blocks[first].range) }
        }
        self.label = label
        self.row = row
        self.column = column

        self.heading = headingBlock.map { index.tokenRange(of: index.prose.blocks[$0].range) }
        if let b = index.prose.blockIndex(containing: mention.range.lowerBound) {
            let r = index.tokenRange(of: index.prose.blocks[b].range)
            self.paragraph = r.isEmpty ? sentence : r
        } else {
            self.paragraph = sentence
        }
        let leadStart = self.paragraph.lowerBound < self.paragraph.upperBound
            ? min(index.nextWord[self.paragraph.lowerBound], self.paragraph.upperBound) : self.paragraph.lowerBound
        self.lead = leadStart..<min(self.paragraph.upperBound, leadStart + 2)
        if let b = index.prose.blockIndex(containing: mention.range.lowerBound), b < index.listIntros.count,
           let p = index.listIntros[b] {
            let r = index.tokenRange(of: index.prose.blocks[p].range)
            self.intro = r.isEmpty ? nil : r
        } else {
            self.intro = nil
        }
        let hasSentence = index.sentenceTokens.indices.contains(s)
        self.previous = hasSentence && s > 0 ? index.sentenceTokens[s - 1] : nil
        self.next = hasSentence && s + 1 < index.sentenceTokens.count ? index.sentenceTokens[s + 1] : nil
        // Around the whole splitter sentence, not only the part cut at an inner full stop: in
        // "oh sure, it costs them $25. totally legit" the tag after the stop is nearby.
        self.nearby = min(previous?.lowerBound ?? whole.lowerBound, sentence.lowerBound)
            ..< max(next?.upperBound ?? whole.upperBound, sentence.upperBound)
        self.document = 0..<index.tokens.count
        self.quoteMarker = Self.quoteMarker(index: index, sentence: sentence, mention: mt)
        if index.format == .html, let b = index.prose.blockIndex(containing: mention.range.lowerBound) {
            self.inQuoteBlock = index.prose.blocks[b].kind == .quote
        } else {
            self.inQuoteBlock = false
        }
    }

    /// A `.` token followed by a space or a line break: the end of a sentence
    /// that the splitter did not cut (it was followed by a lower-case word).
    /// An abbreviation's dot (`e.g.`, `approx.`, `vs.`) is not a full stop.
    static func isInnerFullStop(tokens: [CueToken], bytes: [UInt8], _ k: Int) -> Bool {
        guard k > 0, k < tokens.count, tokens[k].kind == .punctuation, tokens[k].norm == "." else { return false }
        let end = tokens[k].range.upperBound
        if end < bytes.count {
            let next = bytes[end]
            guard next == 0x20 || next == 0x0A || next == 0x09 else { return false }
        }
        let before = tokens[k - 1]
        guard before.range.upperBound == tokens[k].range.lowerBound else { return true }
        if before.kind == .word, before.range.count <= 1 || abbreviations.contains(before.norm) { return false }
        return true
    }

    /// Words written with a dot that does not end a sentence.
    static let abbreviations: Set<String> = [
        "eg", "ie", "vs", "etc", "approx", "incl", "excl", "est", "ca", "cf", "dr", "mr", "mrs", "ms", "st",
        "fig", "pp", "vol", "inc", "ltd", "corp", "avg", "al",
    ]

    /// The `>` quote marker governing a mention: a `>` token on the mention's
    /// own line, with nothing but spaces and other `>` before it on that line.
    /// A `>` on an earlier line quotes that line only (the reply below it is
    /// the author's, although no full stop separates them), and a `>` inside
    /// a line is a comparison (`latency > 200 ms`), not a quote.
    static func quoteMarker(index: DocumentIndex, sentence: Range<Int>, mention: Range<Int>) -> Int? {
        let bytes = index.prose.bytes
        guard mention.lowerBound > 0, mention.lowerBound < index.tokens.count else { return nil }
        let mentionStart = index.tokens[mention.lowerBound].range.lowerBound
        // Start of the mention's line in the prose (binary search).
        var lo = 0, hi = index.proseLineStarts.count
        while lo + 1 < hi {
            let mid = (lo + hi) / 2
            if index.proseLineStarts[mid] <= mentionStart { lo = mid } else { hi = mid }
        }
        let lineStart = index.proseLineStarts[lo]
        // Only a line that opens with `>` can quote: a cheap test before any walk.
        var first0 = lineStart
        while first0 < mentionStart, bytes[first0] == 0x20 || bytes[first0] == 0x09 { first0 += 1 }
        guard first0 < mentionStart, bytes[first0] == UInt8(ascii: ">") else { return nil }
        var k = mention.lowerBound - 1
        var first: Int?
        // The walk may pass the sentence start: a quote line can hold several
        // sentences (`> it pays $0.003 a stream. 1M streams = 3 grand.`).
        while k >= 0, index.tokens[k].range.lowerBound >= lineStart {
            if index.tokens[k].norm == ">" { first = k }
            k -= 1
        }
        guard let q = first else { return nil }
        let before = bytes[lineStart..<index.tokens[q].range.lowerBound]
        return before.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") } ? q : nil
    }

    func range(of scope: Scope) -> Range<Int>? {
        switch scope {
        case .clause: clause
        case .sentence: sentence
        case .opening: opening
        case .label: label
        case .row: row
        case .column: column
        case .heading: heading
        case .paragraph: paragraph
        case .lead: lead
        case .intro: intro
        case .previous: previous
        case .next: next
        case .nearby: nearby
        case .document: document
        }
    }
}
