/// Totals stated before their parts (`the bill was $56,000 … Rough breakdown:
/// $30,000 compute, $8,000 a month reserved, …`), and the rule for which
/// figures can add into a total.
extension DerivedStatementCheck {
    /// Words that announce the parts of a total stated before them.
    static let breakdownCues = ["breakdown", "broken down", "break down", "breaks down", "broke down", "made up of", "consists of",
                                "consisting of", "comprises", "comprising", "of which", "itemized", "itemised", "split between",
                                "split across", "split into", "splits into", "the mix"]
    /// How many sentences after a total its breakdown may start, and how many sentences the parts may take.
    static let breakdownReach = 10
    static let breakdownSpan = 8

    /// Whether `part` can add into `total`: the same denominators, or one of
    /// them a bare lump sum and the other stated per a period only (`€52
    /// million of salaries` in `€98 million a year`; `$8,000 a month` in a
    /// month's `$56,000` bill).
    static func addsInto(_ part: MentionFacts, _ total: MentionFacts) -> Bool {
        if UnitNormalizer.comparable(part.dimensions, total.dimensions), abs(part.perScale - total.perScale) < 1e-9 * total.perScale { return true }
        let time: Set<String> = [NormalizedRate.time]
        return part.per.isEmpty && total.dimensions == time || total.per.isEmpty && part.dimensions == time
    }

    /// Whether sentence `i` opens by restating what came before as its parts (`That is …`, `That's …`).
    static func listsParts(sentence i: Int, _ doc: DocumentFacts) -> Bool {
        opens(sentence: i, withOneOf: partsOpeners, doc)
    }

    /// Words that open a sentence listing the parts of the total before it.
    static let partsOpeners = ["that is ", "that's ", "that’s ", "thats ", "which is "]

    /// Whether a colon follows the figure, after at most its period (`€98 million a year: …`).
    static func colonAfter(_ m: MentionFacts, _ doc: DocumentFacts) -> Bool {
        let prose = doc.document.scanned.prose
        let end = m.mention.range.upperBound
        let after = prose.string(end..<min(prose.bytes.count, end + 12)).lowercased()
        for lead in ["", " a year", " a month", " per year", " per month", " annually", " in total", " total", " all in"] {
            let rest = after.hasPrefix(lead) ? after.dropFirst(lead.count) : nil
            if let rest, rest.first == ":" { return true }
        }
        return false
    }

    /// Whether a colon stands between `m` and the next figure of its sentence,
    /// with no sentence-like stretch between (`spent $120 million on servers last
    /// year: $70 million on GPUs, …`): the figures after it break `m` down.
    static func colonBeforeNext(_ m: MentionFacts, in ms: [MentionFacts], _ doc: DocumentFacts) -> Bool {
        guard let next = ms.filter({ $0.mention.range.lowerBound >= m.mention.range.upperBound })
            .min(by: { $0.mention.range.lowerBound < $1.mention.range.lowerBound }) else { return false }
        let gap = m.mention.range.upperBound..<next.mention.range.lowerBound
        guard gap.count <= 60 else { return false }
        let between = doc.document.scanned.prose.string(gap)
        return between.contains(":") && !between.contains(";")
    }

    /// Whether the words right by a figure call it the total of what came
    /// before (`$900 a day in total`, `for a total of $900`, `$900 altogether`).
    static func namesItselfTotal(_ m: MentionFacts, _ doc: DocumentFacts) -> Bool {
        let prose = doc.document.scanned.prose
        let r = m.mention.range
        let after = prose.string(r.upperBound..<min(prose.bytes.count, r.upperBound + 24)).lowercased()
        let before = prose.string(max(0, r.lowerBound - 24)..<r.lowerBound).lowercased()
        let trailing = ["in total", "altogether", "in all", "all told", "combined", "total"]
        let leading = ["a total of ", "in total ", "totaling ", "totalling ", "totals ", "adds up to ", "add up to ", "sum of ",
                       "a total cost of ", "a total bill of ", "total cost of ", "total comes to ", "total is "]
        // the period may come between the figure and the cue (`$900 a day in total`)
        var rest = Substring(after)
        for period in [" a day", " a month", " a year", " per day", " per month", " per year", " a week", " per week", " each month", " each year"]
            where rest.hasPrefix(period) { rest = rest.dropFirst(period.count); break }
        let trimmed = rest.drop { $0 == " " || $0 == "," }
        return trailing.contains { trimmed.hasPrefix($0) } || leading.contains { before.hasSuffix($0) }
    }

    /// Whether the figures stated per a period all state the same one (a bare figure takes it).
    static func onePeriod(_ figures: [MentionFacts]) -> Bool {
        var scale: Double?
        for f in figures where !f.per.isEmpty {
            if let k = scale, abs(k - f.perScale) > 1e-9 * k { return false }
            scale = f.perScale
        }
        return true
    }

    /// A total followed, within `breakdownReach` sentences, by a sentence that
    /// announces its parts (`breakdown`, `made up of`, `of which`), and parts
    /// from there on that add up to it: the first figures after the cue in the
    /// total's currency and unit, each smaller than it. Only the shortest run
    /// of two or more parts that adds up (as written, within the total's
    /// rounding) counts; a figure as large as the total ends the search.
    func leadingTotals(_ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        guard doc.mentionsInSentenceOrder, !doc.sentences.isEmpty else { return }
        let last = doc.sentences.count - 1
        for total in doc.mentions where total.kind != nil && !total.mention.approx && total.amount.low > 0 && !total.amount.isRange {
            let s = total.sentenceIndex
            guard s <= last else { continue }
            let named = (s...min(last, s + Self.breakdownReach)).first(where: { i in
                doc.memo.value("breakdown-cue", i) { Self.breakdownCues.contains { FastText.contains(doc.lowerSentence(i), $0) } }
            })
            // or the sentence right after the total lists its parts (`… costs us $600. That is $350 for the
            // downlink, $150 of review and $100 of processing.`): parts of that sentence only, summed exactly
            let listed = named == nil && s < last && (doc.bySentence[s] ?? []).last == total.index && Self.listsParts(sentence: s + 1, doc)
            guard let cue = named ?? (listed ? s + 1 : nil) else { continue }
            var parts: [MentionFacts] = []
            var looked = 0
            search: for i in cue...min(last, listed ? cue : cue + Self.breakdownSpan) {
                for j in doc.bySentence[i] ?? [] where j > total.index {
                    looked += 1
                    if parts.count >= 6 || looked > Self.runningSumLookBack { break search }
                    let p = doc.mentions[j]
                    guard p.kind != nil, p.amount.currency == total.amount.currency, !p.mention.approx, p.amount.high > 0,
                          Self.addsInto(p, total) || listed && p.per.isEmpty && !total.hasTime,
                          Self.onePeriod(parts + [p, total]) else { continue }
                    // a figure as large as the total (or a repeat of it) ends the parts
                    if p.amount.high >= total.amount.low { break search }
                    if p.amount.high < total.amount.low * 0.01 { continue }
                    parts.append(p)
                }
            }
            guard parts.count >= (listed ? 3 : 2) else { continue }
            for n in (listed ? 3 : 2)...parts.count {
                let run = Array(parts.prefix(n))
                let sum = run.reduce(0) { $0 + ($1.amount.low + $1.amount.high) / 2 }
                guard Tolerance.agrees(orderedRange(sum, sum), total.interval) else { continue }
                if listed, abs(sum - (total.amount.low + total.amount.high) / 2) > 1e-6 * sum { continue }
                let c = Self.sumCheck(run, sum: sum, total: total)
                for p in run { add(p.index, c) }
                add(total.index, c)
                break
            }
        }
    }
}
