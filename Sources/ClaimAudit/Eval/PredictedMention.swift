/// What the analyzer said about one mention, reduced to the fields eval
/// scores. Built from an ``AuditedMention``, or by hand in tests.
public struct PredictedMention: Sendable, Hashable {
    /// Raw text of the whole mention.
    public var text: String
    /// Raw span of the whole mention (amount and denominators).
    public var span: SourceSpan
    /// Raw span of the amount alone.
    public var amountSpan: SourceSpan
    public var amount: MoneyAmount
    public var per: [Denominator]
    public var approx: Bool
    /// `nil` when the rule engine did not classify the mention.
    public var kind: MentionKind?
    public var costClass: CostClass?
    public var stance: Stance?
    public var verdict: Verdict?
    /// The rule that decided kind and class, for disagreement lines.
    public var ruleID: String?

    public init(text: String, span: SourceSpan, amountSpan: SourceSpan, amount: MoneyAmount, per: [Denominator] = [],
                approx: Bool = false, kind: MentionKind? = nil, costClass: CostClass? = nil, stance: Stance? = nil,
                verdict: Verdict? = nil, ruleID: String? = nil) {
        self.text = text
        self.span = span
        self.amountSpan = amountSpan
        self.amount = amount
        self.per = per
        self.approx = approx
        self.kind = kind
        self.costClass = costClass
        self.stance = stance
        self.verdict = verdict
        self.ruleID = ruleID
    }

    public init(_ mention: AuditedMention) {
        self.init(text: mention.text, span: mention.span, amountSpan: mention.amountSpan, amount: mention.amount,
                  per: mention.per, approx: mention.approx, kind: mention.classification?.kind,
                  costClass: mention.classification?.kind == .cost ? mention.classification?.costClass : nil,
                  stance: mention.classification?.stance, verdict: mention.assessment?.verdict,
                  ruleID: mention.classification?.ruleID)
    }

    /// The class column of the confusion matrix this prediction falls in.
    var category: PredictedCategory {
        switch kind {
        case nil: .unclassified
        case .price: .price
        case .other: .other
        case .cost:
            switch costClass {
            case .marginal: .marginal
            case .fixed: .fixed
            case .conflation: .conflation
            case nil: .costWithoutClass
            }
        }
    }

    /// `cost/marginal`, `cost` (no class), `price`, `unclassified`.
    var kindDescription: String {
        switch category {
        case .marginal, .fixed, .conflation: "cost/" + category.rawValue
        default: category.rawValue
        }
    }
}

/// One labelled document next to what the analyzer found in it.
public struct DocumentEvaluation: Sendable {
    /// The document's path.
    public var path: String
    public var labels: [ResolvedLabel]
    public var predictions: [PredictedMention]
    public var match: MentionMatch

    public init(path: String, labels: [ResolvedLabel], predictions: [PredictedMention]) {
        self.path = path
        self.labels = labels
        self.predictions = predictions
        self.match = MentionMatcher.match(
            labels: labels.map { $0.span.start..<$0.span.end },
            predictions: predictions.map { ($0.amountSpan.start..<$0.amountSpan.end, $0.span.start..<$0.span.end) })
    }
}
