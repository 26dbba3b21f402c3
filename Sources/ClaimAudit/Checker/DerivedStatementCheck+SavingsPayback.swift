/// A payback stated against what an outlay saves or earns each month, not a
/// price: `The boiler cost $2,400 and saves $20 a month, a 10-year payback`
/// ($2,400 ÷ $20 = 120 months = 10 years); `paid $6k … saves about $100/month
/// … pays for itself in five years`.
///
/// One sentence states the break-even word, the duration (`10-year`, `ten
/// years`, `36 months`), one lump sum and one monthly figure the words around
/// it mark as a return (`saves`, `cuts … by`, `brings in`, `of margin`,
/// `off`), and no other figure of that currency. Agreement holds both; a miss
/// of more than 15% beyond rounding fails the lump sum (the duration is what
/// the text derives from it). A bound (`within two years`, `more than ten
/// years`) agrees with any payback on its side.
extension DerivedStatementCheck {
    /// Verbs among the three words before a monthly figure that make it a return on the outlay (`saves us $20`).
    static let returnWordsBefore: Set<String> = ["save", "saves", "saving", "saved", "cuts", "cut", "trims", "trim", "knocks", "shaves",
                                                 "reduces", "lowers", "earns", "earn", "brings", "bring", "generates", "contributes", "nets"]
    /// Payback words beyond `breakEvenCues` (`pays for itself`, `pay for themselves`).
    static let paybackCues = ["pays for itself", "paid for itself", "paying for itself", "pay for themselves", "pays for themselves"]
    /// Words just after a monthly figure that make it a return (`$250 a month of margin`, `$150 off`).
    static let returnWordsAfter = ["of margin", "in margin", "margin", "in savings", "of savings", "saved", "off", "in profit",
                                   "of profit", "in contribution", "net"]

    func savingsPayback(_ ms: [MentionFacts], _ s: Int, _ numbers: [SentenceNumber], _ lower: String, _ doc: DocumentFacts,
                        _ add: (Int, Check) -> Void) {
        guard (Self.breakEvenCues + Self.paybackCues).contains(where: { FastText.contains(lower, $0) }),
              let stated = numbers.first(where: { $0.role == .duration && !$0.fromEarlierSentence }) else { return }
        let all = doc.mentions(inSentence: s).filter { $0.amount.high > 0 }
        guard all.count == 2, all[0].amount.currency == all[1].amount.currency,
                            let outlay = all.first(where: { $0.kind == .cost && ($0.dimensions.isEmpty || Self.lentItsPeriod($0, doc)) }),
              let monthly = all.first(where: { $0.index != outlay.index && $0.isMonthly && !$0.dimensions.contains(NormalizedRate.user) }),
              !outlay.amount.isRange, !monthly.amount.isRange, !outlay.mention.approx, !monthly.mention.approx,
              monthly.amount.high < outlay.amount.low, Self.marksReturn(monthly, doc) else { return }
        let perMonth = orderedRange(monthly.normalizedInterval.lowerBound * UnitNormalizer.daysPerMonth,
                                    monthly.normalizedInterval.upperBound * UnitNormalizer.daysPerMonth)
        let months = orderedRange(outlay.interval.lowerBound / perMonth.upperBound, outlay.interval.upperBound / max(perMonth.lowerBound, 1e-12))
        let exact = BreakEvenCheck.months(cost: orderedRange(outlay.amount.low, outlay.amount.high), monthly: BreakEvenCheck.perMonth(monthly))
        let line = doc.line(ofSentence: s)
        let inputs = [outlay.input("one-time cost"), monthly.input("monthly saving or margin"),
                      CheckInput(name: "stated payback", value: stated.value, unit: "months", source: "line \(line)")]
        let outlayCited = MoneyFormatting.money(low: outlay.amount.low, high: outlay.amount.high, currency: outlay.amount.currency) + " (line \(outlay.line))"
        let arithmetic = "derived: payback = \(outlayCited) ÷ \(monthly.cited) = \(BreakEvenCheck.durationText(exact)); "
            + "the text says \(stated.text) (line \(line))"
        // `within two years`, `in under 3 years`, `more than a decade`: a bound, met by any payback on its side
        let lead = String(decoding: Array(lower.utf8).prefix(stated.range.lowerBound).suffix(12), as: UTF8.self)
        let atMost = ["within ", "under ", "less than ", "inside ", "inside of ", "before "].contains { lead.hasSuffix($0) }
        let atLeast = ["more than ", "over ", "at least ", "longer than "].contains { lead.hasSuffix($0) }
        let meetsBound = atMost && months.lowerBound <= stated.interval.upperBound || atLeast && months.upperBound >= stated.interval.lowerBound
        if Tolerance.agrees(months, stated.interval) || meetsBound {
            let c = Check(name: Self.name, inputs: inputs, arithmetic: arithmetic + ", which agrees", agrees: true)
            add(outlay.index, c); add(monthly.index, c)
        } else if !Tolerance.agrees(SentenceNumbers.widen(months, 0.15), stated.interval) {
            add(outlay.index, Check(name: Self.name, inputs: inputs, arithmetic: arithmetic + ", which does not agree", agrees: false))
        }
    }

    /// Whether the words right before or after a monthly figure make it a saving or a margin.
    static func marksReturn(_ m: MentionFacts, _ doc: DocumentFacts) -> Bool {
        let prose = doc.document.scanned.prose
        let start = m.mention.range.lowerBound, end = m.mention.range.upperBound
        let before = prose.string(max(0, start - 24)..<start).lowercased()
        let words = before.split { !$0.isLetter }.suffix(3).map(String.init)
        // `by` and `of` right before it only after a verb of saving (`cuts our bill by $250`)
        let beforeHit = words.contains { returnWordsBefore.contains($0) }
            || (words.last == "by" || words.last == "of") && returnVerbBefore(m, doc)
        let after = prose.string(end..<min(prose.bytes.count, end + 28)).lowercased()
        let afterHit = returnWordsAfter.contains { FastText.contains(" " + after + " ", " " + $0 + " ") }
        return beforeHit || afterHit
    }

    /// A verb of saving earlier in the figure's sentence, before the figure (`cuts our water and labour bill by`).
    static func returnVerbBefore(_ m: MentionFacts, _ doc: DocumentFacts) -> Bool {
        let prose = doc.document.scanned.prose
        let start = m.mention.range.lowerBound
        let before = " " + prose.string(max(doc.sentenceStart(m.sentenceIndex), start - 60)..<start).lowercased()
        return ["save", "cut", "trim", "reduc", "lower", "shave"].contains { FastText.contains(before, " " + $0) }
    }

    /// Whether a figure's period came from the figure beside it (`was $40,000 and shaves $500 a month`): no
    /// period word follows its own amount.
    static func lentItsPeriod(_ m: MentionFacts, _ doc: DocumentFacts) -> Bool {
        guard m.dimensions == [NormalizedRate.time] else { return false }
        let prose = doc.document.scanned.prose
        let end = m.mention.range.upperBound
        let after = prose.string(end..<min(prose.bytes.count, end + 14)).lowercased()
        let before = prose.string(max(0, m.mention.range.lowerBound - 10)..<m.mention.range.lowerBound).lowercased()
        let periodWords = ["/", " a ", " per ", " each ", " every ", " an ", " monthly", " annual", " yearly", " weekly", " daily", "-a-"]
        return !periodWords.contains { after.hasPrefix($0) } && !["monthly ", "annual ", "yearly ", "weekly ", "daily "].contains { before.hasSuffix($0) }
    }
}
