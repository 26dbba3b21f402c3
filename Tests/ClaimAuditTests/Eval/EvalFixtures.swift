@testable import ClaimAudit

/// Builds hand-made label/prediction pairs over a real piece of prose.
struct EvalFixture {
    let path: String
    let text: String
    let bytes: [UInt8]
    let lines: LineIndex

    init(path: String = "doc.md", _ text: String) {
        self.path = path
        self.text = text
        bytes = Array(text.utf8)
        lines = LineIndex(bytes: bytes)
    }

    /// Raw span of the `occurrence`-th `needle`.
    func span(_ needle: String, occurrence: Int = 1) -> SourceSpan {
        let starts = LabelResolver.occurrences(of: Array(needle.utf8), in: bytes)
        precondition(starts.count >= occurrence, "\(needle) not in fixture")
        let start = starts[occurrence - 1]
        return lines.span(start..<start + needle.utf8.count)
    }

    /// A prediction whose whole text is `whole` and amount is `amountText` inside it.
    func prediction(_ whole: String, amount amountText: String? = nil, occurrence: Int = 1, value: Double,
                    high: Double? = nil, currency: String = "USD", per: [String] = [], approx: Bool = false,
                    kind: MentionKind? = nil, costClass: CostClass? = nil, stance: Stance? = nil,
                    verdict: Verdict? = nil, rule: String? = nil) -> PredictedMention {
        let wholeSpan = span(whole, occurrence: occurrence)
        let amountText = amountText ?? whole
        let offset = LabelResolver.occurrences(of: Array(amountText.utf8), in: Array(whole.utf8)).first ?? 0
        let amountSpan = lines.span(wholeSpan.start + offset..<wholeSpan.start + offset + amountText.utf8.count)
        return PredictedMention(text: whole, span: wholeSpan, amountSpan: amountSpan,
                                amount: MoneyAmount(low: value, high: high ?? value, currency: currency),
                                per: per.map(Denominator.init(parsing:)), approx: approx, kind: kind,
                                costClass: costClass, stance: stance, verdict: verdict, ruleID: rule)
    }

    /// Resolves labels against the fixture text; fails the test on errors.
    func resolve(_ labels: [MentionLabel]) -> [ResolvedLabel] {
        let (resolved, errors) = LabelResolver.resolve(LabelFile(mentions: labels), in: bytes,
                                                       documentPath: path, labelPath: "doc.expected.json")
        precondition(errors.isEmpty, "\(errors)")
        return resolved
    }

    func evaluate(_ labels: [MentionLabel], _ predictions: [PredictedMention]) -> DocumentEvaluation {
        DocumentEvaluation(path: path, labels: resolve(labels), predictions: predictions)
    }
}
