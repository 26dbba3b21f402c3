/// How a matched prediction agrees with its label, field by field; a field
/// the label leaves out is `nil` (not scored).
struct FieldComparison {
    var kind: Bool
    /// Kind and (for cost) class both agree.
    var kindAndClass: Bool
    var stance: Bool?
    var verdict: Bool?
    var amount: Bool?
    var per: Bool?

    init(label: MentionLabel, prediction: PredictedMention) {
        kind = prediction.kind == label.kind
        kindAndClass = kind && (label.kind != .cost || prediction.costClass == label.costClass)
        stance = label.stance.map { $0 == prediction.stance }
        verdict = label.verdict.map { $0 == prediction.verdict }
        amount = label.amount.map { Self.sameAmount($0, prediction.amount) }
        per = label.per.map { Self.samePer($0, prediction.per) }
    }

    /// Low, high and currency all equal, numbers within 1e-9 relative.
    static func sameAmount(_ label: LabelAmount, _ predicted: MoneyAmount) -> Bool {
        close(label.low, predicted.low) && close(label.high, predicted.high)
            && label.currency.uppercased() == predicted.currency.uppercased()
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    /// The same set of denominators, compared in the contract's string form.
    static func samePer(_ label: [Denominator], _ predicted: [Denominator]) -> Bool {
        Set(label.map(normalized)) == Set(predicted.map(normalized))
    }

    static func normalized(_ d: Denominator) -> String { d.description.lowercased() }
}
