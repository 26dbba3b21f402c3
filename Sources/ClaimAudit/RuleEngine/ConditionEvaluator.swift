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

    /// The unit keys (`RuleSet.unitKey`) of each mention's denominators, by
    /// mention index, computed once for the `per` conditions of every rule.
    var unitKeys: [[String]] = []

    /// First-pass decisions of every mention (nil: undecided or only weakly).
    var figures: [Figure?] = [] {
        didSet {
            sameFigures.nearest = [:]
            figuresByAmount = Self.sortedByAmount(figures)
            amountOrderLows = figuresByAmount.map(\.low)
            amountOrderTolerances = figuresByAmount.map(\.tolerance)
            amountOrderIndices = figuresByAmount.map(\.index)
            figuresBySentence = [:]
            for (i, f) in figures.enumerated() { if let f { figuresBySentence[f.sentence, default: []].append(i) } }
            figuresInOrder = figuresBySentence.values.allSatisfy { list in
                list.indices.allSatisfy { k in
                    let t = figures[list[k]]!.tokens
                    guard !t.isEmpty else { return false }
                    guard k > 0 else { return true }
                    let p = figures[list[k - 1]]!.tokens
                    return p.lowerBound <= t.lowerBound && p.upperBound <= t.upperBound
                }
            }
        }
    }
    /// Whether, in every sentence, the decided figures' token ranges are
    /// non-empty and in document order (both ends never decrease), as the
    /// scanner produces them: `figure` conditions then find the nearest
    /// figure by binary search instead of a walk over the sentence.
    private(set) var figuresInOrder = true
    /// Indices of decided figures in each sentence.
    private(set) var figuresBySentence: [Int: [Int]] = [:]
    /// Indices of decided figures, sorted by currency and low amount, for
    /// `same figure` lookups by binary search.
    private(set) var figuresByAmount: [(currency: String, low: Double, index: Int, tolerance: Double)] = []
    /// `figuresByAmount` by column, for the candidate loop of `same figure`.
    private(set) var amountOrderLows: [Double] = []
    private(set) var amountOrderTolerances: [Double] = []
    private(set) var amountOrderIndices: [Int] = []

    /// The nearest same figure of each mention asked about (`-1`: none), so
    /// `same figure is …` conditions with different targets search once.
    final class SameFigureCache {
        var nearest: [Int: Int] = [:]
    }
    private let sameFigures = SameFigureCache()

    static func sortedByAmount(_ figures: [Figure?]) -> [(currency: String, low: Double, index: Int, tolerance: Double)] {
        figures.enumerated().compactMap { i, f in
            f.map { ($0.amount.currency, $0.amount.low, i, AmountMatching.tolerance($0.amount.low)) }
        }
        .sorted { ($0.currency, $0.low) < ($1.currency, $1.low) }
    }

    /// Whether two low ends are too far apart to be the same figure: a quick
    /// test before `AmountMatching.sameAmount`, never true when that holds
    /// (same figures differ by at most the larger rounding tolerance, plus a
    /// little slack for floating point).
    @inline(__always)
    static func tooFarApart(_ a: Double, _ ta: Double, _ b: Double, _ tb: Double) -> Bool {
        let bound = (max(ta, tb) + 1e-9 * max(abs(a), abs(b))) * (1 + 1e-6) + 1e-12
        return abs(a - b) > bound
    }

    /// Most matches of one cue examined per query: keeps document-wide
    /// queries bounded.
    static let maxMatchesExamined = 256
    /// Tokens looked at on each side of a figure to find enclosing quotation marks.
    static let quoteWindow = 300

    /// The evidence for a rule, or `nil` when it does not apply, reusing the
    /// results `memo` holds for the mention (`slots`: the rule's condition slots).
    func evaluate(_ rule: Rule, _ scopes: MentionScopes, slots: (conditions: [Int], exceptions: [Int]),
                  memo: inout ConditionMemo) -> [Evidence]? {
        var evidence: [Evidence] = []
        for (k, condition) in rule.conditions.enumerated() {
            guard let found = memo.result(slots.conditions[k], { test(condition.test, scopes) }) else { return nil }
            evidence += found
        }
        for (k, condition) in rule.exceptions.enumerated() where memo.result(slots.exceptions[k], { test(condition.test, scopes) }) != nil {
            return nil
        }
        return evidence
    }

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
            let keys = unitKeys(s)
            guard let k = keys.firstIndex(where: { units.contains($0) }) else { return nil }
            return [Evidence(cue: "per \(m.per[k])", proseRange: m.range, feature: "per")]
        case .perOnly(let units):
            guard !m.per.isEmpty, unitKeys(s).allSatisfy({ units.contains($0) }) else { return nil }
            return [Evidence(cue: m.per.map { "per \($0)" }.joined(separator: " "), proseRange: m.range, feature: "per")]
        case .perEmpty:
            return m.per.isEmpty ? [] : nil
        case .amountAbove(let x):
            return m.amount.low * Self.dollarsPerUnit(m.amount.currency) > x ? [] : nil
        case .amountBelow(let x):
            return m.amount.high * Self.dollarsPerUnit(m.amount.currency) < x ? [] : nil
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
                let before = lo..<max(lo, s.mentionTokens.lowerBound)
                // The closing mark may lie inside the mention's own span ("less than a dollar" a year).
                let closeFrom = min(s.mentionTokens.lowerBound + 1, s.mentionTokens.upperBound)
                let after = index.quoteMarks.first(in: closeFrom..<max(closeFrom, hi)) != nil
                guard index.quoteMarks.count(in: before) % 2 == 1, after, let q = index.quoteMarks.last(in: before) else { return nil }
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
            guard let f = nearestFigure(s, within: within, position: position),
                  f.kind.rawValue == target || f.costClass?.rawValue == target else { return nil }
            return [Evidence(cue: f.amountText, proseRange: f.amountRange, feature: "linked-figure")]
        case .sameFigure(let target):
            guard let f = nearestSameFigure(s), f.kind.rawValue == target || f.costClass?.rawValue == target else { return nil }
            return [Evidence(cue: f.amountText, proseRange: f.amountRange, feature: "same-figure")]
        case .smallerFigure(let target):
            guard let f = smallerFigure(s, target: target) else { return nil }
            return [Evidence(cue: f.amountText, proseRange: f.amountRange, feature: "smaller-figure")]
        case .subjectHas(let verbs, let cues):
            guard let (verb, subject) = subject(of: verbs, s),
                  let cue = find(cues, in: subject, s, within: nil, position: nil) else { return nil }
            return [cue, verb]
        }
    }

    /// The denominators' unit keys of the mention (precomputed when `unitKeys` has them).
    func unitKeys(_ s: MentionScopes) -> [String] {
        s.mentionIndex < unitKeys.count ? unitKeys[s.mentionIndex] : s.mention.per.map { RuleSet.unitKey($0.unit) }
    }

    /// The nearest other decided figure in the document with the same amount
    /// (within rounding) and compatible denominators, searched once per mention.
    func nearestSameFigure(_ s: MentionScopes) -> Figure? {
        if let j = sameFigures.nearest[s.mentionIndex] { return j < 0 ? nil : figures[j] }
        let j = searchSameFigure(s)
        sameFigures.nearest[s.mentionIndex] = j ?? -1
        return j.flatMap { figures[$0] }
    }

    /// Index of the nearest same figure: among at most `maxMatchesExamined`
    /// decided figures within a factor of 3 of the amount, the closest in tokens.
    func searchSameFigure(_ s: MentionScopes) -> Int? {
        let m = s.mention
        // Same figures lie within a factor of 3 of each other (a rounded
        // figure covers at most half a unit of its last digit either way).
        let key = (m.amount.currency, m.amount.low / 3)
        var lo = 0, hi = figuresByAmount.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if (figuresByAmount[mid].currency, figuresByAmount[mid].low) < key { lo = mid + 1 } else { hi = mid }
        }
        // The candidates: the figures from `lo` of the same currency and at
        // most 3 times the amount (a run, as the list is sorted), at most
        // `maxMatchesExamined` of them.
        let bound = (m.amount.currency, m.amount.low * 3 + 1e-12)
        var end = lo
        hi = figuresByAmount.count
        while end < hi {
            let mid = (end + hi) / 2
            if (figuresByAmount[mid].currency, figuresByAmount[mid].low) <= bound { end = mid + 1 } else { hi = mid }
        }
        var best: (Int, Int)?
        let tolerance = AmountMatching.tolerance(m.amount.low)
        for k in lo..<min(end, lo + Self.maxMatchesExamined) {
            let j = amountOrderIndices[k]
            guard j != s.mentionIndex, !Self.tooFarApart(amountOrderLows[k], amountOrderTolerances[k], m.amount.low, tolerance),
                  let f = figures[j] else { continue }
            guard AmountMatching.sameStatedAmount(f.amount, m.amount), AmountMatching.compatiblePer(f.per, m.per) else { continue }
            let d = abs(f.tokens.lowerBound - s.mentionTokens.lowerBound)
            if best == nil || d < best!.0 { best = (d, j) }
        }
        return best?.1
    }

    /// Denominators that only state a period: two figures per month do not
    /// measure the same unit of use.
    static let periodUnits: Set<String> = ["day", "week", "month", "quarter", "year"]

    /// The nearest other decided figure of `target` kind or class, in the same
    /// currency, with a denominator unit other than a period in common with the mention and at
    /// most a tenth of its amount: among the `maxMatchesExamined` largest
    /// such candidates (sorted by amount), the nearest in tokens.
    func smallerFigure(_ s: MentionScopes, target: String) -> Figure? {
        let m = s.mention
        guard !m.per.isEmpty, m.amount.low > 0 else { return nil }
        let keys = Set(m.per.map(AmountMatching.perKey)).subtracting(Self.periodUnits)
        guard !keys.isEmpty else { return nil }
        let bound = (m.amount.currency, m.amount.low / 10 + 1e-12)
        // Figures of the currency at most a tenth of the amount end right before `hi`.
        var lo = 0, hi = figuresByAmount.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if (figuresByAmount[mid].currency, figuresByAmount[mid].low) <= bound { lo = mid + 1 } else { hi = mid }
        }
        var best: (Int, Figure)?
        var k = lo - 1, examined = 0
        while k >= 0, examined < Self.maxMatchesExamined, figuresByAmount[k].currency == m.amount.currency {
            defer { k -= 1; examined += 1 }
            let j = figuresByAmount[k].index
            guard j != s.mentionIndex, let f = figures[j], f.amount.high * 10 <= m.amount.low + 1e-12,
                  f.kind.rawValue == target || f.costClass?.rawValue == target,
                  !f.per.isEmpty, !keys.isDisjoint(with: f.per.map(AmountMatching.perKey)) else { continue }
            let d = abs(f.tokens.lowerBound - s.mentionTokens.lowerBound)
            if best == nil || d < best!.0 { best = (d, f) }
        }
        return best?.1
    }

    /// The nearest other decided figure in the mention's sentence that passes
    /// the position and distance filters (on a tie, the earlier one).
    func nearestFigure(_ s: MentionScopes, within: Int?, position: CuePosition?) -> Figure? {
        let list = figuresBySentence[s.mention.sentenceIndex] ?? []
        let mt = s.mentionTokens
        guard figuresInOrder, !mt.isEmpty else { return nearestFigureByWalk(list, s, within: within, position: position) }
        // Figures before the mention are a prefix of `list` (their ends never
        // decrease): the last of them is the nearest; the first figure after
        // the prefix is the nearest after the mention.
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if figures[list[mid]]!.tokens.upperBound <= mt.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var before: (distance: Int, figure: Figure)?
        if position != .after, lo > 0 {
            var k = lo - 1
            let end = figures[list[k]]!.tokens.upperBound
            while k > 0, figures[list[k - 1]]!.tokens.upperBound == end { k -= 1 }
            let d = mt.lowerBound - end
            if within.map({ d <= $0 }) ?? true { before = (d, figures[list[k]]!) }
        }
        var after: (distance: Int, figure: Figure)?
        if position != .before {
            var k = lo
            if k < list.count, list[k] == s.mentionIndex { k += 1 }
            if k < list.count {
                let f = figures[list[k]]!
                let d = f.tokens.lowerBound - mt.upperBound
                if within.map({ d <= $0 }) ?? true { after = (d, f) }
            }
        }
        if let a = after, before.map({ a.distance < $0.distance }) ?? true { return a.figure }
        return before?.figure
    }

    /// `nearestFigure` by looking at every figure of the sentence: the
    /// reference behaviour, used when figures are not in document order.
    func nearestFigureByWalk(_ list: [Int], _ s: MentionScopes, within: Int?, position: CuePosition?) -> Figure? {
        var best: (Int, Figure)?
        for j in list {
            guard j != s.mentionIndex, let f = figures[j] else { continue }
            let isBefore = f.tokens.upperBound <= s.mentionTokens.lowerBound
            if position == .before, !isBefore { continue }
            if position == .after, isBefore { continue }
            let d = isBefore ? s.mentionTokens.lowerBound - f.tokens.upperBound : f.tokens.lowerBound - s.mentionTokens.upperBound
            if let within, d > within { continue }
            if best == nil || d < best!.0 { best = (d, f) }
        }
        return best?.1
    }

    /// The cue closest to the mention among `cues`, inside `range`.
    /// With `firstOnly` (document-wide queries), the first match found is
    /// cited instead of the closest, so the query does not grow with the text.
    ///
    /// Only the first `maxMatchesExamined` matches of each cue in the range
    /// are candidates. Among them, the closest match before the mention and
    /// the closest after it are found by binary search in the cue's sorted
    /// matches, so a query costs the same in a short sentence and in a long
    /// one. On a tie the earlier match wins (and the earlier cue of `cues`).
    func find(_ cues: [CueReference], in range: Range<Int>, _ s: MentionScopes,
              within: Int?, position: CuePosition?, firstOnly: Bool = false) -> Evidence? {
        var best: (distance: Int, match: PhraseTrie.Match, cue: Int)?
        let mt = s.mentionTokens
        for c in cues.indices {
            let id = cues[c].id
            let window = index.matches(of: id, in: range).prefix(Self.maxMatchesExamined)
            guard !window.isEmpty else { continue }
            let found = firstOnly || mt.isEmpty
                ? firstOrClosestByWalk(window, range, mt, within: within, position: position, firstOnly: firstOnly)
                : closest(window, id, range, mt, within: within, position: position)
            if let found, best == nil || found.distance < best!.distance { best = (found.distance, found.match, c) }
            if firstOnly, best != nil { break }
        }
        guard let best else { return nil }
        return Evidence(cue: index.text(best.match.tokens), proseRange: index.proseRange(best.match.tokens),
                        feature: cues[best.cue].name)
    }

    /// Whether a match inside `range` may be cited for a mention at `mt`,
    /// and its distance in tokens from the mention.
    @inline(__always)
    static func distance(of t: Range<Int>, _ range: Range<Int>, _ mt: Range<Int>, within: Int?, position: CuePosition?) -> Int? {
        guard t.upperBound <= range.upperBound, !t.overlaps(mt) else { return nil }
        let isBefore = t.upperBound <= mt.lowerBound
        if position == .before, !isBefore { return nil }
        if position == .after, isBefore { return nil }
        let distance = isBefore ? mt.lowerBound - t.upperBound : t.lowerBound - mt.upperBound
        if let within, distance > within { return nil }
        return distance
    }

    /// The first passing match of `window` (`firstOnly`), or the closest one,
    /// by looking at each match in order: the reference behaviour.
    func firstOrClosestByWalk(_ window: ArraySlice<PhraseTrie.Match>, _ range: Range<Int>, _ mt: Range<Int>,
                              within: Int?, position: CuePosition?, firstOnly: Bool) -> (distance: Int, match: PhraseTrie.Match)? {
        var best: (distance: Int, match: PhraseTrie.Match)?
        for match in window {
            guard let d = Self.distance(of: match.tokens, range, mt, within: within, position: position) else { continue }
            if best == nil || d < best!.distance { best = (d, match) }
            if firstOnly { break }
        }
        return best
    }

    /// The closest passing match of `window` (sorted by start, then end) to
    /// the non-empty mention `mt`. Matches wholly before the mention all start
    /// before it; the closest of them ends last, and it starts at most the
    /// cue's longest match before that end, which bounds the walk back. Matches
    /// after the mention get farther in window order, so the first passing
    /// one is the closest.
    func closest(_ window: ArraySlice<PhraseTrie.Match>, _ id: Int, _ range: Range<Int>, _ mt: Range<Int>,
                 within: Int?, position: CuePosition?) -> (distance: Int, match: PhraseTrie.Match)? {
        // split: the first match of the window starting at or after the mention.
        var lo = window.startIndex, hi = window.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if window[mid].tokens.lowerBound < mt.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        let split = lo
        var before: (distance: Int, match: PhraseTrie.Match)?
        if position != .after {
            let longest = index.maxMatchLength[id]
            var k = split
            while k > window.startIndex {
                k -= 1
                let t = window[k].tokens
                // No earlier match can end at or after the best end so far
                // (or within `within` of the mention).
                if let b = before, t.lowerBound + longest < mt.lowerBound - b.distance { break }
                if let within, t.lowerBound + longest < mt.lowerBound - within { break }
                guard let d = Self.distance(of: t, range, mt, within: within, position: position) else { continue }
                // `<=`: walking back, an equally close match is the earlier one.
                if before == nil || d <= before!.distance { before = (d, window[k]) }
            }
        }
        var after: (distance: Int, match: PhraseTrie.Match)?
        if position != .before {
            var k = split
            while k < window.endIndex {
                let t = window[k].tokens
                if let within, t.lowerBound - mt.upperBound > within { break }
                if let d = Self.distance(of: t, range, mt, within: within, position: position) { after = (d, window[k]); break }
                k += 1
            }
        }
        if let a = after, before.map({ a.distance < $0.distance }) ?? true { return a }
        return before
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

extension ConditionEvaluator {
    /// Rough US dollars per unit of a currency whose unit is far smaller than a dollar, so that
    /// `amount above 1000` means about a thousand dollars' worth whatever the currency (`¥3,000`
    /// a month is a plan price, not a lump sum). Orders of magnitude only: thresholds in rules
    /// are magnitudes. Currencies near the dollar (EUR, GBP, CHF, CAD, AUD, …) count as one.
    static func dollarsPerUnit(_ currency: String) -> Double {
        switch currency {
        case "JPY": 0.0067
        case "KRW": 0.00073
        case "INR": 0.012
        case "CNY", "RMB", "HKD": 0.14
        case "SEK", "NOK": 0.095
        case "DKK": 0.15
        case "BRL": 0.18
        case "MXN", "ZAR": 0.055
        default: 1
        }
    }
}
