import Foundation

/// Totals after their parts (sentences, list items, table rows) and stated
/// products that miss by a power of ten.
extension DerivedStatementCheck {
    /// A total after its parts stated in the sentences, list items or table
    /// rows just before it (`Hosting … $2.10 per seat. Support adds $1.90. So
    /// a seat costs $4.`; three budget lines and `those three lines add up
    /// to €2.4bn`). The parts are the figures right before the total, in the
    /// same currency and unit, each smaller than it; the text from the first
    /// part to the total must say they add up (`adds`, `total`, `plus`, …).
    func runningSums(_ ms: [MentionFacts], _ s: Int, _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        // in a table, the parts of a total are the cells above it in its column
        let totalCell = doc.cell(ofSentence: s)
        let reach = totalCell != nil ? 48 : 8
        for total in ms where !total.mention.approx && total.amount.low > 0 {
            var parts: [MentionFacts] = []
            // parts taken without the total's unit (bare list lines, lines in a unit of their own): they add up only exactly
            var loose = Set<Int>()
            // bare parts of a total per unit
            var bare = Set<Int>()
            var i = total.index - 1
            // At most `runningSumLookBack` figures back (a bound for sentences and tables of thousands of figures).
            while i >= 0, parts.count < (totalCell != nil ? 12 : 6), total.index - i <= Self.runningSumLookBack {
                let p = doc.mentions[i]
                i -= 1
                guard p.sentenceIndex >= s - reach, p.sentenceIndex <= s else { break }
                if let t = totalCell {
                    // another table ends the parts; another column's cells are no part
                    guard let c = doc.cell(ofSentence: p.sentenceIndex), c.table == t.table else { break }
                    if c.column != t.column || c.row == t.row { continue }
                }
                // a list item's value is its first figure; the others annotate it
                // (`Clinician time: $12.40 (12 minutes at $62 an hour)`)
                let item = doc.isListItem(sentence: p.sentenceIndex) && !doc.sameBlock(p.sentenceIndex, s)
                if item, Self.annotatesListItem(p, doc) { continue }
                // a list's items may state the unit each in words of their own, or not at
                // all (`- chemicals: $0.85 a car`, `- electricity: $0.40`, then `$1.60 a wash`)
                let itemUnit = item && !p.hasTime && !total.hasTime && !total.per.isEmpty && p.per.count <= 1 && total.per.count == 1
                guard p.kind != nil, p.amount.currency == total.amount.currency, !p.mention.approx else { continue }
                let fits = Self.addsInto(p, total) || Self.takesNamedUnit(p, total, doc)
                let admitted = fits || item && total.per.isEmpty && !p.hasTime || itemUnit
                // Else a part that states none of the total's units, or only some of them, when the total's own
                // sentence sums up the parts before it (`Flour is 38p. … the bag is 9p. That's 75p per loaf`;
                // `$0.40 a month … $0.85 a month … Call it $1.80 per employee per month`) and every later part
                // is such a part too. In prose a bare part takes a total per unit only; a bare list line may be
                // a share of a total per unit and period. Exact sums only (they are `loose`).
                let someUnits = p.per.isEmpty ? item || !total.hasTime : Self.units(of: p).isStrictSubset(of: Self.units(of: total))
                let bareOfUnit = !admitted && someUnits && !total.per.isEmpty && parts.allSatisfy { bare.contains($0.index) }
                    && Self.sumsUp(sentence: s, doc)
                guard admitted || bareOfUnit, Self.onePeriod(parts + [p, total]) else { continue }
                // a figure as large as the total ends the run, and so does a repeat of the total
                if p.amount.high >= total.amount.low { break }
                // a part is a real share of the total, not a rounding error of it (a list
                // states its small lines one by one: `Video relay: 9 cents` of $15.76)
                if p.amount.high < total.amount.low * (item ? 0.001 : 0.01) { break }
                parts.insert(p, at: 0)
                if !fits { loose.insert(p.index) }
                if bareOfUnit { bare.insert(p.index) }
            }
            guard parts.count >= 2, parts.first!.sentenceIndex < s || parts.count >= 3 else { continue }
            // bare parts of a total per unit come three or more, all of them bare
            if !bare.isEmpty, parts.count < 3 || parts.contains(where: { !bare.contains($0.index) }) { continue }
            // whether the sentences from the first part's to the total's hold a cue: once per such span
            let first = parts.first!.sentenceIndex
            let cue = doc.memo.value("running-sum-cue from \(first)", s) {
                let span = (first...s).map { doc.lowerSentence($0) }.joined(separator: " ")
                return Self.runningSumCues.contains(where: { FastText.contains(span, $0) })
            }
            // in a table, three or more rows that add up exactly to the row after them need no cue word, and
            // neither do three or more list items added up exactly in the sentence right after the list
            // (`- Courier pay: $6.50 per order …` then `That is $7.50 per order.`)
            let table = doc.isTableCell(sentence: s)
            let list = parts.count >= 3 && parts.allSatisfy { doc.isListItem(sentence: $0.sentenceIndex) } && !doc.isListItem(sentence: s)
                && parts.last!.sentenceIndex >= s - 2
            // nor do three or more figures in a row, each a line of its own, added up exactly by the
            // figure right after them (`Water was $1,150. Insurance $620. … Padlocks, $60. That's $2,520`)
            let spoken = parts.count >= 3 && parts.last!.index == total.index - 1
            guard cue || (table || list || spoken) && parts.count >= 3 else { continue }
            // the shortest run of parts right before the total that adds up to it
            for n in (cue ? 2 : 3)...parts.count {
                let run = Array(parts.suffix(n))
                let lo = run.reduce(0) { $0 + $1.interval.lowerBound }, hi = run.reduce(0) { $0 + $1.interval.upperBound }
                let sum = run.reduce(0) { $0 + ($1.amount.low + $1.amount.high) / 2 }
                let stated = (total.amount.low + total.amount.high) / 2
                // the sum as written falls within the total's rounding, or the total within the parts' rounding
                guard Tolerance.agrees(orderedRange(sum, sum), total.interval) || Tolerance.agrees(orderedRange(lo, hi), orderedRange(stated, stated)) else { continue }
                if !cue || run.contains(where: { loose.contains($0.index) }), abs(sum - stated) > 1e-6 * stated { continue }
                // figures in a row with no cue: every one of them a part, none skipped
                if !cue, !table, !list, run.first!.index != total.index - n { continue }
                let c = Self.sumCheck(run, sum: sum, total: total)
                for p in run { add(p.index, c) }
                add(total.index, c)
                break
            }
        }
    }

    /// Whether `m` annotates another figure of its list item rather than
    /// states the item's value. The value is the figure right after the
    /// item's label colon (`Set-top box, two at $3.45 each: $6.90`), else the
    /// item's first figure (`Clinician time: $12.40 (12 minutes at $62 an hour)`).
    static func annotatesListItem(_ m: MentionFacts, _ doc: DocumentFacts) -> Bool {
        guard let block = doc.block(ofSentence: m.sentenceIndex) else { return false }
        // found once per block (keyed by block index): a list item of many figures is walked once
        let value = doc.memo.value("list item value, by block", block) { () -> Int in
            var first = m.index
            while first > 0, doc.sameBlock(doc.mentions[first - 1].sentenceIndex, m.sentenceIndex) { first -= 1 }
            var last = m.index
            while last + 1 < doc.mentions.count, doc.sameBlock(doc.mentions[last + 1].sentenceIndex, m.sentenceIndex) { last += 1 }
            let prose = doc.document.scanned.prose
            return (first...last).first { i in
                let start = doc.mentions[i].mention.range.lowerBound
                return prose.string(max(0, start - 3)..<start).trimmingCharacters(in: .whitespaces).hasSuffix(":")
            } ?? first
        }
        return m.index != value
    }

    /// A total that introduces a list (`Serving one more seat costs us about
    /// $1.40 a month:`) and list items right after it whose values (each
    /// item's first figure) add up to it exactly, as written: the items are
    /// its parts. Two items or more, all in the total's currency.
    func listIntroTotals(_ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        guard doc.mentionsInSentenceOrder else { return }
        let last = doc.sentences.count - 1
        for total in doc.mentions where total.kind != nil && !total.mention.approx && total.amount.low > 0 && !total.amount.isRange {
            let s = total.sentenceIndex
            // the total is the last figure of a sentence that ends with a colon, right before a list
            guard s < last, (doc.bySentence[s] ?? []).last == total.index, !doc.isListItem(sentence: s), doc.isListItem(sentence: s + 1),
                  doc.sentence(s).trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(":") else { continue }
            var parts: [MentionFacts] = []
            var i = s + 1
            while i <= last, doc.isListItem(sentence: i), parts.count < 12 {
                if let first = (doc.bySentence[i] ?? []).first.map({ doc.mentions[$0] }), !Self.annotatesListItem(first, doc) {
                    guard first.kind != nil, first.amount.currency == total.amount.currency, !first.mention.approx,
                          first.amount.high < total.amount.low, first.per.isEmpty || Self.addsInto(first, total) else { parts = []; break }
                    parts.append(first)
                }
                i += 1
            }
            guard parts.count >= 2 else { continue }
            let sum = parts.reduce(0) { $0 + ($1.amount.low + $1.amount.high) / 2 }
            let stated = (total.amount.low + total.amount.high) / 2
            guard abs(sum - stated) <= 1e-6 * stated else { continue }
            let c = Self.sumCheck(parts, sum: sum, total: total)
            for p in parts { add(p.index, c) }
            add(total.index, c)
        }
    }

    /// Whether a bare total takes the unit of a part because the words by the total name it
    /// (`€0.60 per trip`, … `one more trip costs it about €1.64`).
    static func takesNamedUnit(_ part: MentionFacts, _ total: MentionFacts, _ doc: DocumentFacts) -> Bool {
        guard total.per.isEmpty, !part.per.isEmpty, !part.hasTime else { return false }
        return part.per.allSatisfy { namesUnit($0.unit, near: total, doc) }
    }

    /// Whether sentence `s` states a sum of what came before: it opens with one of
    /// `sumOpeners` (`That's`, `Call it`, `So`), or holds a running-sum cue (`in all`, `total`).
    static func sumsUp(sentence s: Int, _ doc: DocumentFacts) -> Bool {
        doc.memo.value("sums-up", s) {
            opens(sentence: s, withOneOf: sumOpeners, doc) || runningSumCues.contains { FastText.contains(doc.lowerSentence(s), $0) }
        }
    }

    /// Whether sentence `s`, lowercased and without its leading spaces, starts with one of `openers`.
    static func opens(sentence s: Int, withOneOf openers: [String], _ doc: DocumentFacts) -> Bool {
        let lower = doc.lowerSentence(s).drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        return openers.contains { lower.hasPrefix($0) }
    }

    /// A figure's denominators as written (`employee`, `month`).
    static func units(of m: MentionFacts) -> Set<String> { Set(m.per.map { $0.description.lowercased() }) }

    /// Words that open a sentence summing up the figures before it.
    static let sumOpeners = ["call it", "that's", "that’s", "thats", "that is", "that comes to", "so that's", "so it's", "so ", "which is"]

    /// How many figures before a total are read as its possible parts.
    static let runningSumLookBack = 256

    /// Whether the unit figure, the count and the total come in that order with no
    /// division between them (`$4 per seat … 25,000 seats = $1M`).
    static func inOrder(_ a: MentionFacts, _ n: SentenceNumber, _ b: MentionFacts, _ doc: DocumentFacts) -> Bool {
        let start = doc.sentenceStart(b.sentenceIndex)
        let aEnd = a.mention.range.upperBound - start, bStart = b.mention.range.lowerBound - start
        guard aEnd <= n.range.lowerBound, n.range.upperBound <= bStart else { return false }
        let between = doc.lowerSentence(b.sentenceIndex).utf8.dropFirst(aEnd).prefix(bStart - aEnd)
        let text = String(decoding: between, as: UTF8.self)
        return !["/", "÷", "divid", " per ", " over "].contains { text.contains($0) } || text.contains(" for ") && !text.contains("/")
    }

    /// Whether the count comes first, then the unit figure, then the total (`10,000 GPU-hours at $2 an hour,
    /// about $200,000`), with no division between the unit figure and the total.
    static func countFirst(_ n: SentenceNumber, _ a: MentionFacts, _ b: MentionFacts, _ doc: DocumentFacts) -> Bool {
        let start = doc.sentenceStart(b.sentenceIndex)
        let aStart = a.mention.range.lowerBound - start, aEnd = a.mention.range.upperBound - start, bStart = b.mention.range.lowerBound - start
        guard n.range.upperBound <= aStart, aEnd <= bStart, aStart - n.range.upperBound <= 24 else { return false }
        let between = String(decoding: doc.lowerSentence(b.sentenceIndex).utf8.dropFirst(aEnd).prefix(bStart - aEnd), as: UTF8.self)
        return !["/", "÷", "divid", " per ", " over "].contains { between.contains($0) }
    }

    /// Words right after a unit figure that restate it as the result (`at $2 an hour, about $200,000`;
    /// `$12 per visit …, so $3,600`): within 48 bytes, a comma, colon or dash and a restating word.
    static let resultWords = ["about", "roughly", "around", "nearly", "some", "so ", "or ", "that's", "thats", "which", "total",
                              "call it", "i.e.", "almost", "approximately"]

    static func restatesResult(_ a: MentionFacts, _ b: MentionFacts, _ doc: DocumentFacts) -> Bool {
        let prose = doc.document.scanned.prose
        let gap = a.mention.range.upperBound..<b.mention.range.lowerBound
        guard !gap.isEmpty, gap.count <= 48 else { return false }
        let between = prose.string(gap).lowercased()
        guard between.contains(",") || between.contains(":") || between.contains("—") || between.contains(";") else { return false }
        return resultWords.contains { FastText.contains(between, $0) }
    }

    /// The power of ten (±1 to ±3) by which a stated figure misses a computed
    /// one, within 5% (`$2M` for `$20,000` → 2); nil for any other miss.
    static func powerOfTenSlip(_ computed: ClosedRange<Double>, _ stated: ClosedRange<Double>) -> Int? {
        let c = (computed.lowerBound + computed.upperBound) / 2, t = (stated.lowerBound + stated.upperBound) / 2
        guard c > 0, t > 0 else { return nil }
        let k = Int((log10(t / c)).rounded())
        guard k != 0, abs(k) <= 3 else { return nil }
        let shifted = orderedRange(stated.lowerBound / pow(10, Double(k)), stated.upperBound / pow(10, Double(k)))
        return Tolerance.agrees(SentenceNumbers.widen(computed, 0.05), shifted) ? k : nil
    }
}
