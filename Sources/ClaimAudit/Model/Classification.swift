/// A word or phrase in the text that supported a decision.
public struct Evidence: Sendable, Hashable, Codable {
    /// The cue as it appears in the text (`divided by`).
    public var cue: String
    /// Prose range of the cue.
    public var proseRange: Range<Int>
    /// Name of the lexicon or feature that matched (`division`, `per-user`).
    public var feature: String

    public init(cue: String, proseRange: Range<Int>, feature: String) {
        self.cue = cue
        self.proseRange = proseRange
        self.feature = feature
    }
}

/// The rule engine's decision for one mention.
public struct Classification: Sendable, Hashable {
    public var kind: MentionKind
    /// Only for `kind == .cost`.
    public var costClass: CostClass?
    public var stance: Stance
    /// Id of the rule that decided kind and class (`conflation.total-over-users`).
    public var ruleID: String
    /// Id of the rule that decided the stance, when one did.
    public var stanceRuleID: String?
    /// Cues that supported the decision, pooled across the claim's mentions.
    public var evidence: [Evidence]
    /// The rule's explanation, filled in from its template.
    public var explanation: String?

    public init(kind: MentionKind, costClass: CostClass?, stance: Stance, ruleID: String,
                stanceRuleID: String? = nil, evidence: [Evidence], explanation: String? = nil) {
        self.kind = kind
        self.costClass = costClass
        self.stance = stance
        self.ruleID = ruleID
        self.stanceRuleID = stanceRuleID
        self.evidence = evidence
        self.explanation = explanation
    }
}

/// Mentions of one figure in one document ("$5,000", "$5K", "that figure").
public struct Claim: Sendable, Hashable {
    /// 1-based, in order of first mention.
    public var id: Int
    /// Indices into the scan's mentions, in document order.
    public var mentionIndices: [Int]

    public init(id: Int, mentionIndices: [Int]) {
        self.id = id
        self.mentionIndices = mentionIndices
    }
}
