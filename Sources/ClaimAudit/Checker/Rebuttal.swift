/// Decides whether the document itself rejects a figure: a negated mention of
/// the same claim, or a rebuttal cue ("is wrong", "myth", "orders of magnitude
/// lower") in the sentence of a mention of the claim, the next sentence or its
/// heading.
///
/// A claim is the rule engine's claim group, joined with the other cost
/// mentions of the same amount. Groups and cues are computed once per
/// document, so the work stays linear in the number of mentions.
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

    private struct Group {
        var negated: [Int] = []
        /// Members with a cue near them: (mention index, cue, where).
        var cued: [(Int, String, String)] = []
        /// Sentence indices of `negated` and `cued`, index for index.
        var negatedSentences: [Int] = []
        var cuedSentences: [Int] = []
    }

    private let groupOf: [Int]
    private let groups: [Group]

    init(_ doc: DocumentFacts) {
        // Union-find over rule-engine claims and same-amount cost mentions.
        var parent = Array(doc.mentions.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) { let ra = find(a), rb = find(b); if ra != rb { parent[rb] = ra } }
        for claim in doc.document.claims {
            let members = claim.mentionIndices.filter { parent.indices.contains($0) }
            for i in members.dropFirst() { union(members[0], i) }
        }
        for (_, members) in doc.byAmount {
            let costs = members.filter { doc.mentions[$0].kind == .cost }
            for i in costs.dropFirst() { union(costs[0], i) }
        }
        var idOf: [Int: Int] = [:]
        var groups: [Group] = []
        var groupOf = [Int](repeating: 0, count: doc.mentions.count)
        var memo: [String: String?] = [:]
        for m in doc.mentions {
            let root = find(m.index)
            let id = idOf[root] ?? { groups.append(Group()); idOf[root] = groups.count - 1; return groups.count - 1 }()
            groupOf[m.index] = id
            if m.classification?.stance == .negated {
                groups[id].negated.append(m.index)
                groups[id].negatedSentences.append(m.sentenceIndex)
            }
            if m.isJudged, let (cue, place) = Self.cue(near: m, in: doc, memo: &memo) {
                groups[id].cued.append((m.index, cue, place))
                groups[id].cuedSentences.append(m.sentenceIndex)
            }
        }
        self.groupOf = groupOf
        self.groups = groups
    }

    /// What rejects the figure, in words, or `nil` when nothing does.
    func reason(for m: MentionFacts, in doc: DocumentFacts) -> String? {
        guard groupOf.indices.contains(m.index) else { return nil }
        let group = groups[groupOf[m.index]]
        if group.negated.contains(m.index) {
            return "the document itself rejects this figure: it is negated (line \(m.line))"
        }
        if let k = Self.nearest(group.negatedSentences, to: m.sentenceIndex, ordered: doc.mentionsInSentenceOrder) {
            return "the document itself rejects this figure: it negates the same claim on line \(doc.mentions[group.negated[k]].line)"
        }
        if let k = Self.nearest(group.cuedSentences, to: m.sentenceIndex, ordered: doc.mentionsInSentenceOrder) {
            let (_, cue, place) = group.cued[k]
            return "the document itself rejects this figure: \"\(cue)\" (\(place))"
        }
        return nil
    }

    /// Position of the element nearest `s` in sentence indices, the first one
    /// on ties (as `min(by:)` over the distances picks). A binary search when
    /// the indices are in document order, as the mentions are.
    static func nearest(_ sentences: [Int], to s: Int, ordered: Bool) -> Int? {
        guard !sentences.isEmpty else { return nil }
        guard ordered else {
            return sentences.indices.min { abs(sentences[$0] - s) < abs(sentences[$1] - s) }
        }
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid] < s { lo = mid + 1 } else { hi = mid }
        }
        // `lo`: first at or after `s`. Before it, the first of the run of the nearest earlier sentence.
        var before: Int? = nil
        if lo > 0 {
            var b = lo - 1
            while b > 0, sentences[b - 1] == sentences[lo - 1] { b -= 1 }
            before = b
        }
        guard let b = before else { return lo }
        guard lo < sentences.count else { return b }
        return s - sentences[b] <= sentences[lo] - s ? b : lo
    }

    /// A rebuttal cue in the mention's sentence, the next sentence or its heading.
    static func cue(near m: MentionFacts, in doc: DocumentFacts) -> (String, String)? {
        var memo: [String: String?] = [:]
        return cue(near: m, in: doc, memo: &memo)
    }

    /// The same, remembering the cue found in each text.
    static func cue(near m: MentionFacts, in doc: DocumentFacts, memo: inout [String: String?]) -> (String, String)? {
        let s = m.sentenceIndex
        func cue(in text: String) -> String? {
            if let known = memo[text] { return known }
            let lower = text.lowercased().replacingOccurrences(of: "’", with: "'")
            let found = cues.first(where: { FastText.contains(lower, $0) })
            memo[text] = found
            return found
        }
        if let c = cue(in: doc.sentence(s)) { return (c, "line \(m.line)") }
        if s + 1 < doc.sentences.count, let c = cue(in: doc.sentence(s + 1)) { return (c, "line \(doc.line(ofSentence: s + 1))") }
        if let h = doc.heading(before: s), let c = cue(in: h) { return (c, "heading \"\(h)\"") }
        return nil
    }
}
