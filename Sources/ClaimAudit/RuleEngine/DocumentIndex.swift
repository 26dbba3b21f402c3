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
    let clauseBreaks: Set<Int>

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
        for s in sentences {
            let start = tokens.count
            tokens += CueTokenizer.tokenize(prose.bytes, s.range.clamped(to: 0..<prose.bytes.count))
            ranges.append(start..<tokens.count)
        }
        var breaks = Set<Int>()
        for m in rules.trie.matches(in: tokens, ranges: ranges) { byCue[m.lexicon].append(m) }
        for r in ranges {
            for i in r where tokens[i].isClauseBreak { breaks.insert(i) }
        }
        if let cb = rules.clauseBreakID {
            for m in byCue[cb] { breaks.insert(m.tokens.lowerBound) }
        }
        for i in byCue.indices { byCue[i].sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) } }
        self.tokens = tokens
        self.sentenceTokens = ranges
        self.matches = byCue
        self.clauseBreaks = breaks
    }

    /// The first cell of the table row holding table-cell block `b`
    /// (at most 30 cells back): cells share a row when no line break (Markdown,
    /// text) or `<tr` (HTML) separates them in the raw file.
    func rowStart(ofCell b: Int) -> Int {
        var first = b
        var steps = 0
        while first > 0, steps < 30, prose.blocks[first - 1].kind == .tableCell {
            let prevEnd = prose.map.rawRange(of: prose.blocks[first - 1].range).upperBound
            let start = prose.map.rawRange(of: prose.blocks[first].range).lowerBound
            guard prevEnd <= start, start <= raw.count else { break }
            let gap = raw[prevEnd..<start]
            if format == .html {
                if Self.contains(gap, "<tr") || Self.contains(gap, "<TR") { break }
            } else if gap.contains(0x0A) {
                break
            }
            first -= 1
            steps += 1
        }
        return first
    }

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
