/// How the rules decided every money mention of a document, for rule
/// authors: the decision, the rules that decided kind and stance, the cues
/// they found (with line:column) and every other rule that matched, with its
/// priority. `claimaudit explain --text "…"` prints it.
///
/// ```swift
/// let scanned = Auditor().scan(SourceDocument(path: "<text>", text: "It costs $5 per user.", format: .text))
/// print(RuleTrace(scanned, rules: rules).text)
/// ```
public struct RuleTrace: Sendable {
    /// A cue a rule found, where it is in the file.
    public struct Cue: Sendable, Hashable {
        /// The cue as written in the prose (`divided by`).
        public var text: String
        /// The lexicon or feature that matched (`division`, `per`, `quotation`).
        public var feature: String
        public var location: SourceLocation
    }

    /// A rule that matched a mention.
    public struct Match: Sendable {
        public var ruleID: String
        public var priority: Int
        /// `cost/marginal`, `price`, `stance: negated`, …
        public var outcome: String
        /// Cues the rule's conditions found, in condition order.
        public var cues: [Cue]
    }

    /// Everything about one mention.
    public struct Mention: Sendable {
        /// The mention as written (`$5K per user`) and where it starts.
        public var text: String
        public var location: SourceLocation
        /// `per user per month`, empty for a lump sum.
        public var per: String
        /// The final decision, after claims pooled the class.
        public var classification: Classification
        /// The evidence the decision cites, located.
        public var evidence: [Cue]
        /// Rules that decide a kind and matched, the mention's own winner first.
        public var kindMatches: [Match]
        /// Rules that decide a stance and matched, the winner first.
        public var stanceMatches: [Match]
        /// The claim the mention belongs to and how many mentions it has.
        public var claimID: Int?
        public var claimSize: Int
    }

    public var path: String
    public var mentions: [Mention]

    /// Runs `rules` on a scanned document and records how each mention was decided.
    public init(_ scanned: ScannedDocument, rules: RuleSet) {
        let classifier = Classifier(rules: rules)
        let decisions = classifier.decide(scanned)
        let classified = classifier.classify(scanned)
        var claimOf: [Int: Claim] = [:]
        for claim in classified.claims { for i in claim.mentionIndices { claimOf[i] = claim } }
        func cue(_ e: Evidence) -> Cue {
            Cue(text: e.cue, feature: e.feature, location: scanned.span(of: e.proseRange).location)
        }
        func match(_ m: Classifier.RuleMatch) -> Match {
            Match(ruleID: m.rule.id, priority: m.rule.priority, outcome: m.rule.outcome, cues: m.evidence.map(cue))
        }
        path = scanned.source.path
        mentions = scanned.scan.mentions.enumerated().map { i, m in
            let c = classified.classifications[i]
                ?? Classification(kind: .other, costClass: nil, stance: .asserted, ruleID: Classifier.fallbackRuleID, evidence: [])
            return Mention(text: scanned.rawText(of: m.range), location: scanned.span(of: m.range).location,
                           per: m.per.map { "per \($0)" }.joined(separator: " "), classification: c,
                           evidence: c.evidence.map(cue), kindMatches: decisions[i].kindMatches.map(match),
                           stanceMatches: decisions[i].stanceMatches.map(match), claimID: claimOf[i]?.id,
                           claimSize: claimOf[i]?.mentionIndices.count ?? 1)
        }
    }

    /// The trace as text, one block per mention:
    ///
    /// ```
    /// <text>:1:24: $5K per user
    ///   per:          per user
    ///   decision:     cost/conflation, stance attributed
    ///   kind rule:    conflation.total-over-users (priority 92)
    ///   stance rule:  stance.attributed (priority 70)
    ///   evidence:     1:30 "divided by" (division), 1:24 "per user" (per)
    ///   explanation:  …
    ///   also matched: fixed.amortized (priority 70, cost/fixed): 1:8 "training" (fixed-topic)
    /// ```
    public var text: String {
        if mentions.isEmpty { return "\(path): no money mentions" }
        return mentions.map { Self.block($0, path: path) }.joined(separator: "\n\n")
    }

    /// The lines about one mention.
    static func block(_ m: Mention, path: String) -> String {
        var out: [String] = []
        let c = m.classification
        var decision = c.kind.rawValue
        if let cls = c.costClass { decision += "/\(cls.rawValue)" }
        decision += ", stance \(c.stance.rawValue)"
        out.append("\(path):\(m.location): \(m.text)")
        out.append(field("per", m.per.isEmpty ? "(none: a lump sum)" : m.per))
        out.append(field("decision", decision))
        let own = m.kindMatches.first
        if let own, own.ruleID == c.ruleID {
            out.append(field("kind rule", "\(own.ruleID) (priority \(own.priority))"))
        } else if let own {
            // The claim's vote chose another rule than the mention's own winner.
            let pooled = m.kindMatches.first { $0.ruleID == c.ruleID }.map { " (priority \($0.priority))" } ?? ""
            out.append(field("kind rule", "\(c.ruleID)\(pooled), by the vote of claim \(m.claimID.map(String.init) ?? "?") "
                                  + "(\(m.claimSize) mentions); this mention's own: \(own.ruleID) (priority \(own.priority))"))
        } else {
            out.append(field("kind rule", c.ruleID == Classifier.fallbackRuleID
                                  ? "\(c.ruleID) (no kind rule matched)"
                                  : "\(c.ruleID), by the vote of claim \(m.claimID.map(String.init) ?? "?") (\(m.claimSize) mentions)"))
        }
        if let stance = m.stanceMatches.first {
            out.append(field("stance rule", "\(stance.ruleID) (priority \(stance.priority))"))
        } else {
            out.append(field("stance rule", "(none: asserted)"))
        }
        out.append(field("evidence", m.evidence.map(describe).joined(separator: ", ")))
        if let explanation = c.explanation { out.append(field("explanation", explanation)) }
        if m.claimSize > 1, let id = m.claimID { out.append(field("claim", "\(id), with \(m.claimSize - 1) other mention(s) of the same figure")) }
        let others = Array(m.kindMatches.dropFirst()) + Array(m.stanceMatches.dropFirst())
        if others.isEmpty {
            out.append(field("also matched", "(no other rule)"))
        } else {
            for (k, other) in others.enumerated() {
                var line = "\(other.ruleID) (priority \(other.priority), \(other.outcome))"
                if !other.cues.isEmpty { line += ": " + other.cues.map(describe).joined(separator: ", ") }
                out.append(k == 0 ? field("also matched", line) : field("", line))
            }
        }
        return out.joined(separator: "\n")
    }

    static func describe(_ cue: Cue) -> String { "\(cue.location) \"\(cue.text)\" (\(cue.feature))" }

    static func field(_ name: String, _ value: String) -> String {
        let label = name.isEmpty ? "" : name + ":"
        return "  " + label.padding(toLength: 14, withPad: " ", startingAt: 0) + value
    }
}
