/// Decides whether a rule's conditions hold for one mention, and collects
/// the cues that made them hold.
struct ConditionEvaluator {
    let index: DocumentIndex
    let rules: RuleSet

    /// A mention decided in the first pass, as `figure` conditions see it.
    struct Figure {
        var tokens: Range<Int>
        var sentence: Int
        var kind: MentionKind
        var costClass: CostClass?
        var amountText: String
        var amountRange: Range<Int>
        var amount: MoneyAmount
        var per: [Denominator]
    }

    /// First-pass decisions of every mention (nil: undecided or only weakly).
    var figures: [Figure?] = [] {
        didSet {
            figuresByAmount = Self.sortedByAmount(figures)
            figuresBySentence = [:]
            for (i, f) in figures.enumerated() { if let f { figuresBySentence[f.sentence, default: []].append(i) } }
        }
    }
    /// Indices of decided figures in each sentence.
    private(set) var figuresBySentence: [Int: [Int]] = [:]
    /// Indices of decided figures, sorted by currency and low amount, for
    /// `same figure` lookups by binary search.
    private(set) var figuresByAmount: [(currency: String, low: Double, index: Int)] = []

    static func sortedByAmount(_ figures: [Figure?]) -> [(currency: String, low: Double, index: Int)] {
        figures.enumerated().compactMap { i, f in f.map { ($0.amount.currency, $0.amount.low, i) } }
            .sorted { ($0.currency, $0.low) < ($1.currency, $1.low) }
    }

    /// Most matches of one cue examined per query: keeps document-wide
    /// queries bounded.
    static let maxMatchesExamined = 256
    /// Tokens looked at on each side of a figure to find enclosing quotation marks.
    static let quoteWindow = 300

    /// The evidence for a rule, or `nil` when it does not apply.
    func evaluate(_ rule: Rule, _ scopes: MentionScopes) -> [Evidence]? {
        var evidence: [Evidence] = []
        for condition in rule.conditions {
            guard let found = test(condition.test, scopes) else { return nil }
            evidence += found
        }
        for condition in rule.exceptions where test(condition.test, scopes) != nil {
            return nil
        }
        return evidence
    }

    /// The cues found when the test holds (possibly none), `nil` when it fails.
    func test(_ test: ConditionTest, _ s: MentionScopes) -> [Evidence]? {
        let m = s.mention
        switch test {
        case .has(let scope, let cues, let within, let position):
            guard let range = s.range(of: scope) else { return nil }
            return find(cues, in: range, s, within: within, position: position, firstOnly: scope == .document).map { [$0] }
        case .perHas(let units):
            guard let d = m.per.first(where: { units.contains(RuleSet.unitKey($0.unit)) }) else { return nil }
            return [Evidence(cue: "per \(d)", proseRange: m.range, feature: "per")]
        case .perOnly(let units):
            guard !m.per.isEmpty, m.per.allSatisfy({ units.contains(RuleSet.unitKey($0.unit)) }) else { return nil }
            return [Evidence(cue: m.per.map { "per \($0)" }.joined(separator: " "), proseRange: m.range, feature: "per")]
        case .perEmpty:
            return m.per.isEmpty ? [] : nil
        case .amountAbove(let x):
            return m.amount.low > x ? [] : nil
        case .amountBelow(let x):
            return m.amount.high < x ? [] : nil
        case .mentionIs(let flag):
            switch flag {
            case .range: return m.amount.isRange ? [] : nil
            case .approx: return m.approx ? [] : nil
            case .qualified: return m.qualifier != nil ? [] : nil
            case .lumpSum: return m.per.isEmpty ? [] : nil
            case .quoted:
                // A forum quote line (`> …`) or an HTML block quote; see MentionScopes.
                if let q = s.quoteMarker {
                    return [Evidence(cue: ">", proseRange: index.tokens[q].range, feature: "quotation")]
                }
                if s.inQuoteBlock {
                    return [Evidence(cue: "blockquote", proseRange: index.proseRange(s.paragraph.prefix(1)), feature: "quotation")]
                }
                // Inside quotation marks opened earlier in the paragraph and closed
                // after the figure (looking at most `quoteWindow` tokens each way).
                let lo = max(s.paragraph.lowerBound, s.mentionTokens.lowerBound - Self.quoteWindow)
                let hi = min(max(s.mentionTokens.upperBound, s.paragraph.upperBound), s.mentionTokens.upperBound + Self.quoteWindow)
                let before = (lo..<s.mentionTokens.lowerBound).filter { index.tokens[$0].norm == "\"" }
                // The closing mark may lie inside the mention's own span ("less than a dollar" a year).
                let closeFrom = min(s.mentionTokens.lowerBound + 1, s.mentionTokens.upperBound)
                let after = (closeFrom..<max(closeFrom, hi)).contains { index.tokens[$0].norm == "\"" }
                guard before.count % 2 == 1, after, let q = before.last else { return nil }
                return [Evidence(cue: "\"", proseRange: index.tokens[q].range, feature: "quotation")]
            }
        case .sentenceIsQuestion:
            let tail = s.sentence.suffix(3).reversed()
            guard let q = tail.first(where: { index.tokens[$0].norm != "\"" && index.tokens[$0].norm != ")" && index.tokens[$0].norm != "'" }),
                  index.tokens[q].norm == "?" else { return nil }
            return [Evidence(cue: "?", proseRange: index.tokens[q].range, feature: "question")]
        case .subjectIsProduct(let verbs):
            guard let (verb, subject) = subject(of: verbs, s) else { return nil }
            guard let name = productName(in: subject, sentenceStart: s.sentence.lowerBound) else { return nil }
            return [Evidence(cue: index.text(name), proseRange: index.proseRange(name), feature: "product"), verb]
        case .figure(let within, let position, let target):
            var best: (Int, Figure)?
            for j in figuresBySentence[m.sentenceIndex] ?? [] {
                guard j != s.mentionIndex, let f = figures[j] else { continue }
                let isBefore = f.tokens.upperBound <= s.mentionTokens.lowerBound
                if position == .before, !isBefore { continue }
                if position == .after, isBefore { continue }
                let d = isBefore ? s.mentionTokens.lowerBound - f.tokens.upperBound : f.tokens.lowerBound - s.mentionTokens.upperBound
                if let within, d > within { continue }
                if best == nil || d < best!.0 { best = (d, f) }
            }
            guard let (_, f) = best, f.kind.rawValue == target || f.costClass?.rawValue == target else { return nil }
            return [Evidence(cue: f.amountText, proseRange: f.amountRange, feature: "linked-figure")]
        case .sameFigure(let target):
            // Same figures lie within a factor of 3 of each other (a rounded
            // figure covers at most half a unit of its last digit either way).
            let key = (m.amount.currency, m.amount.low / 3)
            var lo = 0, hi = figuresByAmount.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if (figuresByAmount[mid].currency, figuresByAmount[mid].low) < key { lo = mid + 1 } else { hi = mid }
            }
            var best: (Int, Figure)?
            var examined = 0
            var k = lo
            while k < figuresByAmount.count, figuresByAmount[k].currency == m.amount.currency,
                  figuresByAmount[k].low <= m.amount.low * 3 + 1e-12, examined < Self.maxMatchesExamined {
                let j = figuresByAmount[k].index
                k += 1
                examined += 1
                guard j != s.mentionIndex, let f = figures[j] else { continue }
                guard AmountMatching.sameAmount(f.amount, m.amount), AmountMatching.compatiblePer(f.per, m.per) else { continue }
                let d = abs(f.tokens.lowerBound - s.mentionTokens.lowerBound)
                if best == nil || d < best!.0 { best = (d, f) }
            }
            guard let (_, f) = best, f.kind.rawValue == target || f.costClass?.rawValue == target else { return nil }
            return [Evidence(cue: f.amountText, proseRange: f.amountRange, feature: "same-figure")]
        case .subjectHas(let verbs, let cues):
            guard let (verb, subject) = subject(of: verbs, s),
                  let cue = find(cues, in: subject, s, within: nil, position: nil) else { return nil }
            return [cue, verb]
        }
    }

    /// The cue closest to the mention among `cues`, inside `range`.
    /// With `firstOnly` (document-wide queries), the first match found is
    /// cited instead of the closest, so the query does not grow with the text.
    func find(_ cues: [CueReference], in range: Range<Int>, _ s: MentionScopes,
              within: Int?, position: CuePosition?, firstOnly: Bool = false) -> Evidence? {
        var best: (distance: Int, match: PhraseTrie.Match, cue: CueReference)?
        let mt = s.mentionTokens
        for cue in cues {
            var examined = 0
            for match in index.matches(of: cue.id, in: range) {
                examined += 1
                if examined > Self.maxMatchesExamined { break }
                let t = match.tokens
                guard t.upperBound <= range.upperBound else { continue }
                if t.overlaps(mt) { continue }
                let isBefore = t.upperBound <= mt.lowerBound
                if position == .before, !isBefore { continue }
                if position == .after, isBefore { continue }
                let distance = isBefore ? mt.lowerBound - t.upperBound : t.lowerBound - mt.upperBound
                if let within, distance > within { continue }
                if best == nil || distance < best!.distance { best = (distance, match, cue) }
                if firstOnly { break }
            }
            if firstOnly, best != nil { break }
        }
        guard let best else { return nil }
        return Evidence(cue: index.text(best.match.tokens), proseRange: index.proseRange(best.match.tokens),
                        feature: best.cue.name)
    }

    /// The nearest verb of `verbs` before the mention in its clause, and the
    /// (at most six) tokens before it in the clause: its subject.
    func subject(of verbs: [CueReference], _ s: MentionScopes) -> (Evidence, Range<Int>)? {
        let before = s.clause.lowerBound..<s.mentionTokens.lowerBound
        guard let verb = find(verbs, in: before, s, within: nil, position: .before),
              let start = index.tokenRange(of: verb.proseRange, inSentence: s.mention.sentenceIndex).first
        else { return nil }
        let lo = max(s.clause.lowerBound, start - 6)
        return lo < start ? (verb, lo..<start) : nil
    }

    static let adverbs: Set<String> = ["now", "still", "also", "only", "currently", "already", "just", "typically", "usually"]

    /// The product name that ends the subject (`Claude Pro`, `GPT-4`,
    /// `ChatGPT Plus`), if there is one.
    func productName(in subject: Range<Int>, sentenceStart: Int) -> Range<Int>? {
        var k = subject.upperBound - 1
        while k > subject.lowerBound, index.tokens[k].kind == .word, !index.tokens[k].isCapitalized,
              Self.adverbs.contains(index.tokens[k].norm) || index.tokens[k].norm.hasSuffix("ly") { k -= 1 }
        func nameLike(_ i: Int) -> Bool {
            let t = index.tokens[i]
            if t.kind == .punctuation { return false }
            if t.looksLikeName { return true }
            if t.kind == .number {
                // `GPT-4`: a number right after a name (the hyphen is not a token).
                let j = i - 1
                return j >= subject.lowerBound && index.tokens[j].kind != .punctuation && nameLike(j)
            }
            if t.isCapitalized {
                let firstWord = (sentenceStart..<i).allSatisfy { index.tokens[$0].kind == .punctuation }
                return !firstWord || (i + 1 < subject.upperBound && index.tokens[i + 1].isCapitalized)
            }
            return false
        }
        guard k >= subject.lowerBound, nameLike(k) else { return nil }
        var lo = k
        while lo > subject.lowerBound, nameLike(lo - 1) || index.tokens[lo - 1].isCapitalized && index.tokens[lo - 1].kind == .word { lo -= 1 }
        return lo..<(k + 1)
    }
}
