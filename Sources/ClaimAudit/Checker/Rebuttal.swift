/// Decides whether the document itself rejects a figure: a negated mention of
/// the same claim, or a rebuttal cue ("is wrong", "myth", "orders of magnitude
/// lower") in the mention's sentence, the next sentence or its heading.
struct Rebuttal {
    static let cues = [
        "is wrong", "are wrong", "was wrong", "completely wrong", "just wrong", "simply wrong", "flat wrong", "dead wrong",
        "misleading", "doesn't hold up", "does not hold up", "don't hold up", "myth", "debunk", "no, it doesn't",
        "no, it does not", "no it doesn't", "orders of magnitude lower", "order of magnitude lower",
        "orders of magnitude smaller", "not true", "untrue", "is false", "bogus", "nonsense", "is like saying",
        "incorrect", "mistaken", "misinformation", "misunderstanding", "calculation error", "bad math",
        "doesn't add up", "does not add up", "not what it costs", "isn't what it costs", "overstates",
        "overstated", "exaggerat", "wildly off", "way off", "not the cost", "isn't the cost", "is not the cost",
        "falls apart", "fallacy", "conflat", "apples to oranges", "apples-to-oranges", "doesn't mean", "does not mean",
        "nowhere near", "not even close",
    ]

    /// What rejects the figure, in words, or `nil` when nothing does.
    func reason(for m: MentionFacts, in doc: DocumentFacts) -> String? {
        let group = claimGroup(of: m, in: doc)
        if let negated = group.first(where: { $0.classification?.stance == .negated }) {
            return negated.index == m.index
                ? "the document itself rejects this figure: it is negated (line \(m.line))"
                : "the document itself rejects this figure: it negates the same claim on line \(negated.line)"
        }
        for member in group {
            if let cue = cue(near: member, in: doc) {
                return "the document itself rejects this figure: \"\(cue.text)\" (\(cue.place))"
            }
        }
        return nil
    }

    /// The mention's claim: the rule engine's claim group, plus mentions of the
    /// same cost amount elsewhere in the document.
    func claimGroup(of m: MentionFacts, in doc: DocumentFacts) -> [MentionFacts] {
        var indices: Set<Int> = [m.index]
        for claim in doc.document.claims where claim.mentionIndices.contains(m.index) {
            indices.formUnion(claim.mentionIndices)
        }
        if m.kind == .cost {
            for other in doc.mentions where other.kind == .cost && other.amount == m.amount {
                indices.insert(other.index)
            }
        }
        return indices.sorted().compactMap { doc.mentions.indices.contains($0) ? doc.mentions[$0] : nil }
    }

    func cue(near m: MentionFacts, in doc: DocumentFacts) -> (text: String, place: String)? {
        let s = m.sentenceIndex
        var places: [(String, String)] = [(doc.sentence(s), "line \(m.line)")]
        if s + 1 < doc.sentences.count { places.append((doc.sentence(s + 1), "line \(doc.line(ofSentence: s + 1))")) }
        if let h = doc.heading(before: s) { places.append((h, "heading \"\(h)\"")) }
        for (text, place) in places {
            let lower = text.lowercased().replacingOccurrences(of: "’", with: "'")
            if let cue = Self.cues.first(where: { lower.contains($0) }) { return (cue, place) }
        }
        return nil
    }
}
