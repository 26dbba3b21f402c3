/// What the checks know about one mention: its figure, unit, place and labels.
struct MentionFacts: Sendable {
    var index: Int
    var mention: MoneyMention
    var classification: Classification?
    /// 1-based line of the amount in the raw file.
    var line: Int
    /// The amount as written (`$5K`).
    var amountText: String
    /// What the stated figure covers after rounding and qualifiers.
    var interval: ClosedRange<Double>
    /// The amount as written, scaled so that its middle is `middle` (a rate per one of a count): a
    /// range's two ends, else the single value. Calculations take their operands this way.
    func asWritten(middle: Double) -> ClosedRange<Double> {
        guard amount.isRange, amount.low + amount.high > 0 else { return middle...middle }
        let k = middle / ((amount.low + amount.high) / 2)
        return orderedRange(amount.low * k, amount.high * k)
    }

    /// The figure is a bound (`over $2,000`, `$2,000+`, `up to $50`): its
    /// interval reaches far past the figure on one side.
    var isBound = false
    /// For a figure stated as a bound, the values that restate it: on the side its qualifier
    /// says and within half again of it (`over $1,000`: $1,000–$1,500; `under $149`: $99.33–$149).
    /// Nil when the qualifier states no bound.
    var boundReach: ClosedRange<Double>? {
        switch Tolerance.Qualifier(mention.qualifier) {
        case .exact, .approximately: return nil
        case .atLeast: return amount.high...(amount.high * 1.5)
        case .atMost: return (amount.low / 1.5)...amount.low
        }
    }

    /// Denominators: the stated ones, or those of the paired figure for a
    /// bare half of a pair (`$3/$15 per million tokens` → `$3` per million tokens).
    var per: [Denominator] { didSet { perScale = UnitNormalizer.scale(of: per) } }
    /// Where inherited denominators came from.
    var perNote: String?
    /// `UnitNormalizer.scale(of: per)`, kept in step with `per`.
    private(set) var perScale: Double
    /// `UnitNormalizer.dimensions(of: mention.per)`, computed once.
    let dimensions: Set<String>

    init(index: Int, mention: MoneyMention, classification: Classification?, line: Int, amountText: String,
         interval: ClosedRange<Double>, isBound: Bool = false, per: [Denominator]) {
        self.index = index
        self.mention = mention
        self.classification = classification
        self.line = line
        self.amountText = amountText
        self.interval = interval
        self.isBound = isBound
        self.per = per
        perScale = UnitNormalizer.scale(of: per)
        dimensions = UnitNormalizer.dimensions(of: mention.per)
    }

    var amount: MoneyAmount { mention.amount }
    var kind: MentionKind? { classification?.kind }
    var costClass: CostClass? { classification?.costClass }
    var sentenceIndex: Int { mention.sentenceIndex }
    var hasTime: Bool { dimensions.contains(NormalizedRate.time) }
    /// Is it a monthly price or plan (per month, possibly per user)?
    var isMonthly: Bool {
        let d = dimensions
        return d.contains(NormalizedRate.time) && d.subtracting([NormalizedRate.user, NormalizedRate.time]).isEmpty
            && abs(perScale - UnitNormalizer.daysPerMonth) < 1e-6
    }
    /// Cost or price (the mentions the checker judges).
    var isJudged: Bool { kind == .cost || kind == .price }

    /// `$5,000 per user`.
    var figure: String {
        MoneyFormatting.rate(low: amount.low, high: amount.high, currency: amount.currency, per: per)
    }
    /// `$5,000 per user (line 3)`.
    var cited: String { "\(figure) (line \(line))" }
    var source: String { "line \(line)" }
    /// The interval in base units.
    var normalizedInterval: ClosedRange<Double> {
        let s = perScale
        return orderedRange(interval.lowerBound / s, interval.upperBound / s)
    }
    func input(_ name: String) -> CheckInput {
        CheckInput(name: name, value: amount.low == amount.high ? amount.low : (amount.low + amount.high) / 2,
                   unit: amount.currency + (per.isEmpty ? "" : " " + MoneyFormatting.perPhrase(per)), source: source)
    }
}

/// The document as the checks see it: mentions with facts, sentence texts,
/// headings and dates.
struct DocumentFacts: Sendable {
    var document: ClassifiedDocument
    var mentions: [MentionFacts]
    var sentences: [String]
    /// The sentences, lowercased once, line breaks and tabs as spaces.
    var lowerSentences: [String]
    /// The date the document states (front matter, `as of March 2026`), if any.
    var statedDate: DatedBy?
    var today: CalendarDate
    /// The whole prose, lowercased (for reference contexts).
    var lowercasedText: String
    /// Mention indices per sentence, in order.
    var bySentence: [Int: [Int]] = [:]
    /// Mention indices per amount (same low, high and currency).
    var byAmount: [MoneyAmount: [Int]] = [:]
    /// Monthly price mentions, in document order.
    var monthlyPrices: [Int] = []
    /// Whether the mentions' sentence indices never decrease (they follow the text).
    var mentionsInSentenceOrder = true
    /// Prose offsets of heading blocks, in order, with their block index.
    var headingStarts: [(offset: Int, block: Int)] = []
    /// Per-sentence answers computed once (see `SentenceMemo`).
    let memo = SentenceMemo()

    /// A date and how it was found.
    struct DatedBy: Sendable, Hashable {
        var date: CalendarDate
        /// `the document's front matter`, `"as of March 2026" (line 4)`, `today's date`.
        var how: String
    }

    init(_ document: ClassifiedDocument, today: CalendarDate) {
        self.document = document
        self.today = today
        let scanned = document.scanned
        sentences = scanned.scan.sentences.map { scanned.prose.string($0.range) }
        // line breaks read as spaces, so that cues match across them (`earn\nback`); same byte length
        lowerSentences = sentences.map { $0.lowercased().replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ") }
        mentions = scanned.scan.mentions.enumerated().map { i, m in
            let span = scanned.span(of: m.amountRange)
            let text = scanned.rawText(of: m.amountRange)
            let classification = i < document.classifications.count ? document.classifications[i] : nil
            // `add up to $65,000` states a total, not a bound
            var qualifier = m.qualifier
            if qualifier?.lowercased() == "up to" {
                let before = scanned.prose.string(max(0, m.range.lowerBound - 24)..<m.range.lowerBound).lowercased()
                if ["add up to", "adds up to", "added up to", "adding up to", "comes up to", "came up to"].contains(where: { before.contains($0) }) {
                    qualifier = nil
                }
            }
            var interval = Tolerance.interval(low: m.amount.low, high: m.amount.high, text: text, qualifier: qualifier, approx: m.approx)
            let bound = Tolerance.Qualifier(qualifier)
            var isBound = bound == .atLeast || bound == .atMost
            if isBound {
                let before = " " + scanned.prose.string(max(0, m.range.lowerBound - 16)..<m.range.lowerBound).lowercased()
                if [" just ", " slightly ", " a little ", " a bit ", " barely "].contains(where: { before.contains($0) }) {
                    // `just over €2`: within 15% of the figure, on the side the bound says
                    interval = bound == .atLeast ? orderedRange(m.amount.low, m.amount.high * 1.15) : orderedRange(m.amount.low * 0.85, m.amount.high)
                    isBound = false
                }
            }
            return MentionFacts(index: i, mention: m, classification: classification, line: span.location.line, amountText: text,
                                interval: interval, isBound: isBound, per: m.per)
        }
        Self.readTrailingTokenUnits(&mentions, prose: scanned.prose)
        Self.inheritPairedDenominators(&mentions, prose: scanned.prose)
        statedDate = DocumentDate.find(in: document.scanned)
        lowercasedText = String(decoding: scanned.prose.bytes, as: UTF8.self).lowercased()
        for m in mentions {
            if m.index > 0, mentions[m.index - 1].sentenceIndex > m.sentenceIndex { mentionsInSentenceOrder = false }
            bySentence[m.sentenceIndex, default: []].append(m.index)
            byAmount[m.amount, default: []].append(m.index)
            if m.isMonthly, m.kind == .price { monthlyPrices.append(m.index) }
        }
        for (i, block) in scanned.prose.blocks.enumerated() {
            if case .heading = block.kind { headingStarts.append((block.range.lowerBound, i)) }
        }
    }

    /// `$3 per million`, `$0.015 per 1K`, `$5/MTok` where the scanner kept no denominator.
    static let trailingTokenUnits: [(String, Double)] = [
        (" per million", 1_000_000), (" per 1m", 1_000_000), (" per mtok", 1_000_000), ("/mtok", 1_000_000), (" /mtok", 1_000_000),
        (" per 1k", 1_000), (" per thousand", 1_000), (" per 1,000", 1_000), ("/1k", 1_000),
    ]

    static func readTrailingTokenUnits(_ mentions: inout [MentionFacts], prose: ProseText) {
        for i in mentions.indices where mentions[i].per.isEmpty && mentions[i].kind == .price {
            let m = mentions[i].mention
            let end = m.range.upperBound
            let after = prose.string(end..<min(prose.bytes.count, end + 16)).lowercased()
            let inside = prose.string(m.amountRange.upperBound..<m.range.upperBound).lowercased()
            if let (cue, count) = trailingTokenUnits.first(where: { after.hasPrefix($0.0) || inside.hasPrefix($0.0) }) {
                mentions[i].per = [Denominator(count: count, unit: "token")]
                mentions[i].perNote = "per \(count == 1_000 ? "1K" : "million") tokens (\"\(cue.trimmingCharacters(in: .whitespaces))\" after the figure)"
            }
        }
    }

    /// Units a bare half of a pair takes from its partner.
    static let pairedDimensions: Set<String> = ["token", "gpu-hour"]

    /// `$3/$15 per million tokens`, `input at $0.27 and output at $1.10 per
    /// million tokens`: the bare figure takes the partner's token or GPU-hour
    /// denominators when both are in one sentence, close together.
    static func inheritPairedDenominators(_ mentions: inout [MentionFacts], prose: ProseText) {
        var inSentence: [Int: [Int]] = [:]
        for j in mentions.indices { inSentence[mentions[j].sentenceIndex, default: []].append(j) }
        for i in mentions.indices where mentions[i].per.isEmpty && mentions[i].kind == .price {
            let m = mentions[i]
            let partners = (inSentence[m.sentenceIndex] ?? []).filter { j in
                j != i && mentions[j].sentenceIndex == m.sentenceIndex && !mentions[j].mention.per.isEmpty && mentions[j].kind == .price
                    && !mentions[j].dimensions.isDisjoint(with: pairedDimensions)
                    && mentions[j].amount.currency == m.amount.currency
            }
            let near = partners.map { j -> (Int, Int) in
                let a = mentions[j].mention.range, b = m.mention.range
                let gap = a.lowerBound > b.upperBound ? a.lowerBound - b.upperBound : b.lowerBound - a.upperBound
                return (j, gap)
            }.filter { j, gap in
                guard gap <= 20 else { return false }
                let a = mentions[j].mention.range, b = m.mention.range
                let between = a.lowerBound > b.upperBound ? b.upperBound..<a.lowerBound : a.upperBound..<b.lowerBound
                let text = " " + prose.string(between).lowercased() + " "
                let money = text.contains("$") || text.contains("€") || text.contains("£")
                return !money && !text.contains("=") && !text.contains(" is ") && !text.contains("which")
                    && (text.contains("/") || text.contains(" and ") || text.contains(" or ") || text.contains(","))
            }.min { $0.1 < $1.1 }
            if let (j, _) = near {
                mentions[i].per = mentions[j].mention.per
                mentions[i].perNote = "\(MoneyFormatting.perPhrase(mentions[j].mention.per)), like its paired figure on line \(mentions[j].line)"
            }
        }
    }

    func sentence(_ i: Int) -> String { sentences.indices.contains(i) ? sentences[i] : "" }

    /// Sentence `i`, lowercased, line breaks and tabs as spaces.
    func lowerSentence(_ i: Int) -> String { lowerSentences.indices.contains(i) ? lowerSentences[i] : "" }

    /// `FastText.contains(lowerSentence(i), cue)`, searched once per sentence and cue.
    func lowerSentence(_ i: Int, contains cue: String) -> Bool {
        memo.contains(i, cue) { FastText.contains(lowerSentence(i), cue) }
    }

    /// The plain numbers of sentence `i` (its money mentions left out), found once
    /// and shared by the checks that read them (`SentenceNumbers.find`).
    func numbers(inSentence i: Int) -> [SentenceNumber] {
        memo.value("numbers", i) { SentenceNumbers.find(in: sentence(i), excluding: mentionRanges(inSentence: i)) }
    }

    /// Mentions in sentence `i`, in order.
    func mentions(inSentence i: Int) -> [MentionFacts] { (bySentence[i] ?? []).map { mentions[$0] } }

    /// Mentions of the same amount.
    func mentions(withAmount amount: MoneyAmount) -> [MentionFacts] { (byAmount[amount] ?? []).map { mentions[$0] } }

    /// Indices of the mentions within `radius` sentences of sentence `i`, in the order of `mentions(near:radius:)`.
    func mentionIndices(near i: Int, radius: Int) -> [Int] {
        var out: [Int] = bySentence[i] ?? []
        for d in 1...max(1, radius) {
            if i - d >= 0 { out += bySentence[i - d] ?? [] }
            out += bySentence[i + d] ?? []
        }
        return out
    }

    /// Mentions within `radius` sentences of sentence `i`, nearest first.
    func mentions(near i: Int, radius: Int) -> [MentionFacts] {
        var out: [MentionFacts] = mentions(inSentence: i)
        for d in 1...max(1, radius) {
            if i - d >= 0 { out += mentions(inSentence: i - d) }
            out += mentions(inSentence: i + d)
        }
        return out
    }

    /// Byte ranges of the mentions in sentence `i`, relative to the sentence start.
    func mentionRanges(inSentence i: Int) -> [Range<Int>] {
        guard document.scanned.scan.sentences.indices.contains(i) else { return [] }
        let start = document.scanned.scan.sentences[i].range.lowerBound
        return mentions(inSentence: i).map { ($0.mention.range.lowerBound - start)..<($0.mention.range.upperBound - start) }
    }

    /// The index of the prose block (paragraph, list item, table cell, …) holding sentence `i`.
    func block(ofSentence i: Int) -> Int? {
        let s = document.scanned.scan.sentences
        guard s.indices.contains(i) else { return nil }
        let prose = document.scanned.prose
        guard let b = s[i].blockIndex ?? prose.blockIndex(containing: s[i].range.lowerBound),
              prose.blocks.indices.contains(b) else { return nil }
        return b
    }

    /// The kind of block holding sentence `i`.
    func blockKind(ofSentence i: Int) -> Block.Kind? {
        block(ofSentence: i).map { document.scanned.prose.blocks[$0].kind }
    }

    /// Whether two sentences are in the same block (paragraph, list item, …).
    func sameBlock(_ a: Int, _ b: Int) -> Bool {
        guard let ba = block(ofSentence: a) else { return false }
        return ba == block(ofSentence: b)
    }

    /// Whether sentence `i` is in a list item.
    func isListItem(sentence i: Int) -> Bool { blockKind(ofSentence: i) == .listItem }

    /// The table cell holding sentence `i` (table, row and column), if any. (A one-column
    /// table that lays out a page holds paragraphs, not cells: see `ProseBuilder.build`.)
    func cell(ofSentence i: Int) -> TableCell? {
        block(ofSentence: i).flatMap { document.scanned.prose.blocks[$0].cell }
    }

    /// Whether sentence `i` sits in a table cell.
    func isTableCell(sentence i: Int) -> Bool { blockKind(ofSentence: i) == .tableCell }

    /// Whether sentence `i` sits in a list item or table cell.
    func isListOrTable(sentence i: Int) -> Bool { isListItem(sentence: i) || isTableCell(sentence: i) }

    /// The text of the nearest heading before sentence `i`, if any.
    func heading(before i: Int) -> String? {
        let s = document.scanned.scan.sentences
        guard s.indices.contains(i) else { return nil }
        let prose = document.scanned.prose
        let offset = s[i].range.lowerBound
        // last heading starting at or before the sentence (binary search)
        var lo = 0, hi = headingStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if headingStarts[mid].offset <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        return prose.string(prose.blocks[headingStarts[lo - 1].block].range)
    }

    /// Line of sentence `i`.
    func line(ofSentence i: Int) -> Int {
        let s = document.scanned.scan.sentences
        guard s.indices.contains(i) else { return 0 }
        return document.scanned.span(of: s[i].range.lowerBound..<s[i].range.lowerBound).location.line
    }

    /// The date a mention is judged at: a year its sentence states, else the
    /// document's date, else today.
    func date(for m: MentionFacts) -> DatedBy {
        let years = memo.value("years", m.sentenceIndex) { DocumentDate.years(in: sentence(m.sentenceIndex)) }
        if let d = DocumentDate.nearest(years, to: m.mention.amountRange.lowerBound - sentenceStart(m.sentenceIndex)) {
            return DatedBy(date: d, how: "the sentence's date \(d.readable) (line \(m.line))")
        }
        if let statedDate { return statedDate }
        return DatedBy(date: today, how: "today's date \(today.readable) (the document states no date)")
    }

    func sentenceStart(_ i: Int) -> Int {
        let s = document.scanned.scan.sentences
        return s.indices.contains(i) ? s[i].range.lowerBound : 0
    }
}
