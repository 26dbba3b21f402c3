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
    let previous: Range<Int>?
    let next: Range<Int>?
    let nearby: Range<Int>
    let document: Range<Int>

    /// The longest label, in words, that counts as a list-item label.
    static let maxLabelWords = 6

    init(index: DocumentIndex, mentionIndex: Int, mention: MoneyMention, headingBlock: Int?) {
        self.mentionIndex = mentionIndex
        self.mention = mention
        let s = mention.sentenceIndex
        let sentence = index.sentenceTokens.indices.contains(s)
            ? index.sentenceTokens[s] : index.tokenRange(of: mention.range)
        self.sentence = sentence
        let mt = index.tokenRange(of: mention.range, inSentence: index.sentenceTokens.indices.contains(s) ? s : nil)
        self.mentionTokens = mt

        // Clause: cut at the nearest clause breaks on either side of the mention.
        var lo = mt.lowerBound
        if lo > sentence.lowerBound {
            lo = max(sentence.lowerBound, (index.clauseBreaks.last(in: 0..<lo) ?? -1) + 1)
        }
        var hi = mt.upperBound
        if hi < sentence.upperBound {
            hi = index.clauseBreaks.first(in: hi..<sentence.upperBound) ?? sentence.upperBound
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
        let hasSentence = index.sentenceTokens.indices.contains(s)
        self.previous = hasSentence && s > 0 ? index.sentenceTokens[s - 1] : nil
        self.next = hasSentence && s + 1 < index.sentenceTokens.count ? index.sentenceTokens[s + 1] : nil
        self.nearby = (previous?.lowerBound ?? sentence.lowerBound)..<(next?.upperBound ?? sentence.upperBound)
        self.document = 0..<index.tokens.count
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
        case .previous: previous
        case .next: next
        case .nearby: nearby
        case .document: document
        }
    }
}
