/// A figure the document itself corrects fails: a negated figure beside a
/// calculation that holds (`$0.02 × 1,000,000 is $20,000 a day, not $2
/// million`), or a figure in a correction notice (`Correction: an earlier
/// version said $13`).
struct CorrectionCheck {
    static let name = "correction"
    static let cues = ["correction", "earlier version", "typo", "misprint", "erratum", "first draft", "i wrote", "we wrote",
                       "should have been", "should have said", "incorrectly", "wrongly", "was never", "mistakenly"]

    func run(_ m: MentionFacts, in doc: DocumentFacts, checks: [[Check]]) -> [Check] {
        guard m.isJudged, m.costClass != .conflation else { return [] }
        guard !checks[m.index].contains(where: { $0.agrees != nil }) else { return [] }
        let s = m.sentenceIndex
        // Per sentence, once (the checks are those of one `Checker.assess` run): the first two figures
        // whose own arithmetic holds (the first that is not `m` is among them) and the first cue.
        if m.classification?.stance == .negated,
           let o = doc.memo.value("correction-confirmed", s, compute: {
               Array((doc.bySentence[s] ?? []).lazy.filter { o in
                   checks[o].contains { $0.name == DerivedStatementCheck.name && $0.agrees == true }
               }.prefix(2))
           }).first(where: { $0 != m.index }) {
            let other = doc.mentions[o]
            return [Check(name: Self.name, inputs: [m.input("rejected figure"), other.input("figure that holds")],
                          arithmetic: "the text sets \(m.cited) against \(other.cited), which its own arithmetic confirms", agrees: false)]
        }
        if let cue = doc.memo.value("correction-cue", s, compute: {
            Array(Self.cues.first(where: { FastText.contains(doc.lowerSentence(s), $0) }).map { [$0] } ?? [])
        }).first {
            return [Check(name: Self.name, inputs: [m.input("corrected figure")],
                          arithmetic: "the text corrects \(m.cited) (\"\(cue)\")", agrees: false)]
        }
        return []
    }
}
