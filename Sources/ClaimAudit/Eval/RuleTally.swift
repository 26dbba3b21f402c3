/// How one rule fared: the predictions it decided (kind and class), and
/// how many of them agree with their label.
public struct RuleTally: Sendable, Hashable, Encodable {
    /// The rule id, or `(none)` for unclassified predictions.
    public var rule: String
    /// Matched predictions whose kind and class agree with the label.
    public var correct = 0
    /// Matched predictions whose kind or class does not.
    public var wrong = 0
    /// Predictions with no label.
    public var spurious = 0

    public init(rule: String) { self.rule = rule }

    public var fired: Int { correct + wrong + spurious }

    /// Share of the rule's decisions that agree with the labels.
    public var precision: Double? { fired == 0 ? nil : Double(correct) / Double(fired) }

    /// One tally per rule over every document, worst first (most wrong or
    /// spurious decisions), then by id.
    public static func tallies(_ evaluations: [DocumentEvaluation]) -> [RuleTally] {
        var byRule: [String: RuleTally] = [:]
        for e in evaluations {
            for pair in e.match.pairs {
                let p = e.predictions[pair.prediction]
                let id = p.ruleID ?? "(none)"
                let ok = FieldComparison(label: e.labels[pair.label].label, prediction: p).kindAndClass
                if ok { byRule[id, default: RuleTally(rule: id)].correct += 1 } else { byRule[id, default: RuleTally(rule: id)].wrong += 1 }
            }
            for index in e.match.spurious {
                let id = e.predictions[index].ruleID ?? "(none)"
                byRule[id, default: RuleTally(rule: id)].spurious += 1
            }
        }
        return byRule.values.sorted { a, b in
            (-(a.wrong + a.spurious), a.rule) < (-(b.wrong + b.spurious), b.rule)
        }
    }
}
