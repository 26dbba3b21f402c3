/// A document tokenized once, with every lexicon match found once: what
/// rule conditions query.
///
/// Building it is one pass over the prose (tokenizing, then trie matching
/// sentence by sentence); queries are binary searches plus a walk over the
/// matches inside a bounded scope.
struct DocumentIndex {
    let prose: ProseText
    let sentences: [Sentence]
    /// Tokens of every sentence, in document order.
    let tokens: [CueToken]
    /// CueToken range of each sentence.
    let sentenceTokens: [Range<Int>]
    /// Matches of each compiled cue id, sorted by start token.
    let matches: [[PhraseTrie.Match]]
    /// CueToken indices that end a clause (punctuation and `clause-break` words).
    let clauseBreaks: TokenPositions
    /// Landmarks some scopes and conditions look for: `:` (labels), `"`
    /// (quotations) and `>` (forum quotes).
    let colons: TokenPositions
    let quoteMarks: TokenPositions
    let forumQuoteMarks: TokenPositions
    /// Full stops that end a sentence inside a splitter sentence (forum prose
    /// with lower-case starts: `lol no. that 5k is…`), see `MentionScopes`.
    let innerFullStops: TokenPositions
    /// Prose byte offsets where a line starts, ascending.
    let proseLineStarts: [Int]
    /// `wordsBefore[i]`: how many tokens before token `i` are not
    /// punctuation (one more entry than there are tokens).
    let wordsBefore: [Int]
    /// `nextWord[i]`: the first token at or after `i` that is not
    /// punctuation, `tokens.count` if none (one more entry than there are tokens).
    let nextWord: [Int]
    /// The longest match, in tokens, of each compiled cue id: bounds the
    /// walk back from a mention to the nearest match before it.
    let maxMatchLength: [Int]
    /// For each block, the first cell of its table row (see `rowStart(ofCell:)`);
    /// the block itself when it is not in a table.
    let rowStarts: [Int]
    /// For each table row start (a value of `rowStarts`), the first row of
    /// its run of table cells, looked for at most `maxHeaderRows` rows back.
    let tableTops: [Int: Int]

    /// Most cells walked back to find a row's first cell.
    static let maxRowCells = 30
    /// Most rows walked back to find a table's header row.
    static let maxHeaderRows = 200

    /// For each block, the paragraph right before the run of list items holding it (its
    /// lead-in), or nil when the block is not a list item or the list has no paragraph
    /// before it. One pass over the blocks (see `MentionScopes.intro`).
    let listIntros: [Int?]

    /// Raw bytes and format, to find table rows.
    let raw: [UInt8]
    let format: SourceFormat

    init(prose: ProseText, sentences: [Sentence], rules: RuleSet, raw: [UInt8] = [], format: SourceFormat = .text) {
        self.prose = prose
        self.raw = raw
        self.format = format
        self.sentences = sentences
        var tokens: [CueToken] = []
        var ranges: [Range<Int>] = []
        var byCue = Array(repeating: [PhraseTrie.Match](), count: rules.cueNames.count)
        var stems: [String: CueTokenizer.WordForms] = [:]
        for s in sentences {
            let start = tokens.count
            tokens += CueTokenizer.tokenize(prose.bytes, s.range.clamped(to: 0..<prose.bytes.count), stems: &stems)
            ranges.append(start..<tokens.count)
        }
        var isBreak = [Bool](repeating: false, count: tokens.count)
        for m in rules.trie.matches(in: tokens, ranges: ranges) { byCue[m.lexicon].append(m) }
        for r in ranges {
            for i in r where tokens[i].isClauseBreak { isBreak[i] = true }
        }
        if let cb = rules.clauseBreakID {
            for m in byCue[cb] { isBreak[m.tokens.lowerBound] = true }
        }
        for i in byCue.indices { byCue[i].sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) } }
        self.tokens = tokens
        self.sentenceTokens = ranges
        self.matches = byCue
        self.maxMatchLength = byCue.map { list in list.reduce(0) { max($0, $1.tokens.count) } }

        var breaks = TokenPositions(), colons = TokenPositions(), quotes = TokenPositions(), forum = TokenPositions()
        var stops = TokenPositions()
        var wordsBefore = [Int](repeating: 0, count: tokens.count + 1)
        for (i, t) in tokens.enumerated() {
            if isBreak[i] { breaks.append(i) }
            if t.kind == .punctuation, t.norm == ":" { colons.append(i) }
            if t.norm == "\"" { quotes.append(i) }
            if t.norm == ">" { forum.append(i) }
            if MentionScopes.isInnerFullStop(tokens: tokens, bytes: prose.bytes, i) { stops.append(i) }
            wordsBefore[i + 1] = wordsBefore[i] + (t.kind == .punctuation ? 0 : 1)
        }
        var nextWord = [Int](repeating: tokens.count, count: tokens.count + 1)
        for i in tokens.indices.reversed() { nextWord[i] = tokens[i].kind == .punctuation ? nextWord[i + 1] : i }
        self.clauseBreaks = breaks
        self.colons = colons
        self.quoteMarks = quotes
        self.forumQuoteMarks = forum
        self.innerFullStops = stops
        var lineStarts = [0]
        for (i, b) in prose.bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
        self.proseLineStarts = lineStarts
        self.wordsBefore = wordsBefore
        self.nextWord = nextWord
        (self.rowStarts, self.tableTops) = Self.tableLayout(prose: prose, raw: raw, format: format)
        self.listIntros = Self.listIntros(prose.blocks)
    }

    /// The lead-in paragraph of every list item's list, in one pass: an item after an item
    /// shares its lead-in; the first item of a list takes the paragraph right before it.
    static func listIntros(_ blocks: [Block]) -> [Int?] {
        var intros = [Int?](repeating: nil, count: blocks.count)
        for b in blocks.indices where blocks[b].kind == .listItem && b > 0 {
            switch blocks[b - 1].kind {
            case .listItem: intros[b] = intros[b - 1]
            case .paragraph: intros[b] = b - 1
            default: break
            }
        }
        return intros
    }

    /// Row starts of every block and header rows of every table row, in one
    /// pass over the blocks (see `rowStart(ofCell:)`).
    static func tableLayout(prose: ProseText, raw: [UInt8], format: SourceFormat) -> ([Int], [Int: Int]) {
        let blocks = prose.blocks
        // run[b]: how many cells before b share its row, without a limit.
        var run = [Int](repeating: 0, count: blocks.count)
        var rowStarts = Array(blocks.indices)
        var hasCells = false
        for b in blocks.indices {
            if blocks[b].kind == .tableCell { hasCells = true }
            guard b > 0, blocks[b - 1].kind == .tableCell else { continue }
            let prevEnd = prose.map.rawRange(of: blocks[b - 1].range).upperBound
            let start = prose.map.rawRange(of: blocks[b].range).lowerBound
            guard prevEnd <= start, start <= raw.count else { continue }
            let gap = raw[prevEnd..<start]
            let newRow = format == .html ? contains(gap, "<tr") || contains(gap, "<TR") : gap.contains(0x0A)
            if !newRow { run[b] = run[b - 1] + 1 }
            rowStarts[b] = b - min(maxRowCells, run[b])
        }
        var tops: [Int: Int] = [:]
        guard hasCells else { return (rowStarts, tops) }
        for b in blocks.indices where blocks[b].kind == .tableCell {
            let first = rowStarts[b]
            guard tops[first] == nil else { continue }
            var top = first
            var steps = 0
            while top > 0, steps < maxHeaderRows, blocks[top - 1].kind == .tableCell {
                top = rowStarts[top - 1]
                steps += 1
            }
            tops[first] = top
        }
        return (rowStarts, tops)
    }

    /// The first cell of the table row holding table-cell block `b`
    /// (at most `maxRowCells` cells back): cells share a row when no line
    /// break (Markdown, text) or `<tr` (HTML) separates them in the raw file.
    func rowStart(ofCell b: Int) -> Int { rowStarts[b] }

    /// The first row of the run of table cells holding row start `first`
    /// (at most `maxHeaderRows` rows back): the table's header row.
    func tableTop(ofRow first: Int) -> Int { tableTops[first] ?? first }

    static func contains(_ hay: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard hay.count >= n.count else { return false }
        var i = hay.startIndex
        while i + n.count <= hay.endIndex {
            if hay[i] == n[0], Array(hay[i..<(i + n.count)]) == n { return true }
            i += 1
        }
        return false
    }

    /// Tokens overlapping a prose range.
    func tokenRange(of proseRange: Range<Int>, inSentence s: Int? = nil) -> Range<Int> {
        let bounds = s.map { sentenceTokens[$0] } ?? 0..<tokens.count
        var lo = bounds.lowerBound, hi = bounds.upperBound
        // First token ending after proseRange.lowerBound.
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.upperBound <= proseRange.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        // First token starting at or after proseRange.upperBound.
        var elo = lo, ehi = bounds.upperBound
        while elo < ehi {
            let mid = (elo + ehi) / 2
            if tokens[mid].range.lowerBound < proseRange.upperBound { elo = mid + 1 } else { ehi = mid }
        }
        return lo..<max(lo, elo)
    }

    /// Matches of cue `id` lying wholly inside token range `range`.
    func matches(of id: Int, in range: Range<Int>) -> ArraySlice<PhraseTrie.Match> {
        guard id >= 0, id < matches.count, !range.isEmpty else { return [] }
        let list = matches[id]
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].tokens.lowerBound < range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var elo = lo, ehi = list.count
        while elo < ehi {
            let mid = (elo + ehi) / 2
            if list[mid].tokens.lowerBound < range.upperBound { elo = mid + 1 } else { ehi = mid }
        }
        return list[lo..<elo]
    }

    /// The text of a token range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return prose.string(tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    /// Prose range of a token range.
    func proseRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }
}
