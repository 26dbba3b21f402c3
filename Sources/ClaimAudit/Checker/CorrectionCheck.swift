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
        let sentence = doc.lowerSentence(m.sentenceIndex)
        if m.classification?.stance == .negated,
           let other = doc.mentions(inSentence: m.sentenceIndex).first(where: { o in
               o.index != m.index && checks[o.index].contains { $0.name == DerivedStatementCheck.name && $0.agrees == true }
           }) {
            return [Check(name: Self.name, inputs: [m.input("rejected figure"), other.input("figure that holds")],
                          arithmetic: "the text sets \(m.cited) against \(other.cited), which its own arithmetic confirms", agrees: false)]
        }
        if let cue = Self.cues.first(where: { FastText.contains(sentence, $0) }) {
            return [Check(name: Self.name, inputs: [m.input("corrected figure")],
                          arithmetic: "the text corrects \(m.cited) (\"\(cue)\")", agrees: false)]
        }
        return []
    }
}
