import Foundation

/// Checks that reach beyond one sentence: restatements in the sentences
/// before, counts on labelled lines, annual plans with months free.
extension DerivedStatementCheck {
    /// A figure restated per another period in one of the two sentences before
    /// (`$2.40 a month` … `about $28.80 a year`). A bare figure takes the
    /// denominators of its own earlier statement (`that $700,000 figure` of
    /// `$700,000 a day`). Only agreement is reported: figures in different
    /// sentences need not be restatements of each other.
    func periodRestatementsAcross(_ ms: [MentionFacts], _ s: Int, _ doc: DocumentFacts, _ add: (Int, Check) -> Void) {
        guard !ms.isEmpty, s > 0 else { return }
        var earlier: [MentionFacts] = []
        // Past `allPairsUpTo` figures in a sentence, only the `pairWindow` figures nearest the
        // boundary take part: the last ones of an earlier sentence, the first ones of this one.
        func near(_ list: [Int], last: Bool) -> ArraySlice<Int> {
            guard list.count > Self.allPairsUpTo else { return list[...] }
            return last ? list.suffix(Self.pairWindow) : list.prefix(Self.pairWindow)
        }
        for back in 1...2 where s - back >= 0 && doc.sameBlock(s - back, s) || back == 1 && s - back >= 0 {
            earlier += near(doc.bySentence[s - back] ?? [], last: true).map { doc.mentions[$0] }.filter { $0.kind != nil && $0.amount.high > 0 }
        }
        for b in ms.count > Self.allPairsUpTo ? Array(ms.prefix(Self.pairWindow)) : ms where !b.per.isEmpty {
            // A bound restates a figure only when it is a near one (`$21 a week` … `over a thousand
            // dollars a year`, $1,092): within half again of the figure, on the side the bound says.
            let near = b.boundReach
            for a in earlier where a.amount.currency == b.amount.currency && a.amount.isRange == b.amount.isRange
                && [.exact, .approximately].contains(Tolerance.Qualifier(a.mention.qualifier)) {
                var aPer = a.per
                var note = ""
                if aPer.isEmpty, let stated = doc.mentions(withAmount: a.amount).first(where: { !$0.per.isEmpty && $0.index != a.index }) {
                    aPer = stated.per
                    note = " (read \(MoneyFormatting.perPhrase(aPer)) as at line \(stated.line))"
                }
                guard !aPer.isEmpty, UnitNormalizer.comparable(UnitNormalizer.dimensions(of: aPer), b.dimensions, implicitUser: false) else { continue }
                let sa = UnitNormalizer.scale(of: aPer), sb = b.perScale
                guard abs(sa - sb) > 1e-9 * max(sa, sb) else { continue }
                // a duty the text states (`25 days a month`) replaces the calendar (see `dutyRestatements`)
                guard Self.duty(from: a, to: b, doc) == nil else { continue }
                let factor = sb / sa
                let computed = orderedRange(a.interval.lowerBound * factor, a.interval.upperBound * factor)
                guard near.map({ $0.contains(a.amount.low * factor) && $0.contains(a.amount.high * factor) })
                        ?? Tolerance.agrees(computed, b.interval) else { continue }
                let computedText = MoneyFormatting.money(low: a.amount.low * factor, high: a.amount.high * factor, currency: a.amount.currency)
                let op = factor >= 1 ? "× \(MoneyFormatting.number(factor))" : "÷ \(MoneyFormatting.number(1 / factor))"
                let shownA = MoneyFormatting.rate(low: a.amount.low, high: a.amount.high, currency: a.amount.currency, per: aPer)
                let c = Check(name: Self.name, inputs: [a.input("figure"), b.input("restated figure")],
                              arithmetic: "derived: \(shownA) (line \(a.line))\(note) \(op) = \(computedText) \(MoneyFormatting.perPhrase(b.per)); the text says \(near == nil ? "" : (b.mention.qualifier ?? "") + " ")\(b.cited), which agrees",
                              agrees: true)
                add(a.index, c); add(b.index, c)
            }
        }
    }

    /// Counts written as a labelled line, `Miles driven, including the empty ones: 412`,
    /// `Active users: 8,200`: the first word of the label is the unit.
    static func labelledCounts(_ doc: DocumentFacts) -> [(sentence: Int, number: SentenceNumber)] {
        var out: [(Int, SentenceNumber)] = []
        for (i, text) in doc.sentences.enumerated() where text.contains(":") {
            for line in TextLines.split(text) where !line.isEmpty {
                guard let colon = line.lastIndex(of: ":") else { continue }
                let label = line[..<colon].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                // a clock time is no labelled count (`Miguel (eng) 09:04`)
                guard label.last?.isNumber != true, !(value.count > 1 && value.hasPrefix("0") && !value.hasPrefix("0.")) else { continue }
                guard let first = label.split(separator: " ").first.map({ String($0).lowercased() }), first.allSatisfy(\.isLetter),
                      !value.isEmpty, value.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }),
                      let token = NumberToken.first(in: value) else { continue }
                let unit = UnitNormalizer.singular(first.trimmingCharacters(in: CharacterSet(charactersIn: ",")))
                var n = SentenceNumber(role: .count(unit: unit), value: token.value,
                                       interval: orderedRange(token.value - token.halfUnit, token.value + token.halfUnit),
                                       text: "\(MoneyFormatting.number(token.value)) \(first) (\"\(label): \(value)\", line \(doc.line(ofSentence: i)))",
                                       range: 0..<0)
                n.fromEarlierSentence = true
                out.append((i, n))
            }
        }
        return out
    }

    /// Whether the unit is named within 40 bytes of the figure, or, for a figure in a short
    /// sentence (`No. $0.02 × 1,000,000 is $20,000 a day.`), in one of the three sentences before.
    static func namesUnit(_ unit: String, near a: MentionFacts, _ doc: DocumentFacts) -> Bool {
        let lower = doc.lowerSentence(a.sentenceIndex)
        let start = doc.sentenceStart(a.sentenceIndex)
        let from = max(0, a.mention.range.lowerBound - start - 40), to = min(lower.utf8.count, a.mention.range.upperBound - start + 40)
        if from < to, FastText.contains(String(decoding: lower.utf8.dropFirst(from).prefix(to - from), as: UTF8.self), unit) { return true }
        guard lower.utf8.count < 80 else { return false }
        return (max(0, a.sentenceIndex - 3)..<a.sentenceIndex).contains { FastText.contains(doc.lowerSentence($0), unit) }
    }

    /// The unit word of a count, singular (`100 hours a month` → `hour`).
    static func unitWord(of n: SentenceNumber) -> String? {
        if case .count(let unit?) = n.role { return unit }
        return nil
    }

    /// `two months free`, `2 months free`: the months an annual plan leaves out.
    static func monthsFree(_ lower: String) -> Double? {
        guard FastText.contains(lower, "months free") || FastText.contains(lower, "month free") else { return nil }
        for n in SentenceNumbers.find(in: lower, excluding: []) where n.role == .duration && n.value >= 1 && n.value <= 6 {
            let after = lower.utf8.dropFirst(n.range.upperBound).prefix(6)
            if String(decoding: after, as: UTF8.self).hasPrefix(" free") { return n.value }
        }
        return nil
    }
}
