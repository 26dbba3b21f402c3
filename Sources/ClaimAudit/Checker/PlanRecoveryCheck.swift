/// A per-user cost with no period, stated about a provider with a consumer
/// plan in the reference data, set against that plan's monthly price: how many
/// months of subscription recover it (`$5,000 ÷ $20 = 250 months ≈ 20.8
/// years`). A marginal cost that a typical subscriber would need more than ten
/// years to pay back is an order of magnitude beyond any subscription and
/// fails; otherwise the line is informative.
struct PlanRecoveryCheck {
    static let name = "break-even"
    /// Ten years of subscription.
    static let limitMonths = 120.0
    /// The provider's cheapest consumer plan, by a name in the sentence.
    static let plans: [(String, String)] = [("anthropic", "claude-pro"), ("claude", "claude-pro"), ("openai", "chatgpt-plus"),
                                             ("chatgpt", "chatgpt-plus"), ("cursor", "cursor-pro")]
    static let perUserCues = ["every user", "each user", "per user", "a user", "every subscriber", "each subscriber",
                              "per subscriber", "every customer", "each customer", "per customer", "a head", "per head"]

    let reference: ReferenceData

    func run(_ m: MentionFacts, in doc: DocumentFacts) -> [Check] {
        guard m.kind == .cost, m.costClass == .marginal, m.amount.low > 0 else { return [] }
        let sentence = doc.lowerSentence(m.sentenceIndex)
        let perUser = m.dimensions == [NormalizedRate.user] || m.dimensions.isEmpty && Self.perUserCues.contains(where: { FastText.contains(sentence, $0) })
        guard perUser,
              let id = Self.plans.first(where: { TopicPattern.contains(sentence, phrase: $0.0) })?.1,
              let plan = reference.entry(id: id) else { return [] }
        let dated = doc.date(for: m)
        guard plan.window.contains(dated.date), plan.high > 0 else { return [] }
        let months = m.amount.low / plan.high
        let arithmetic = "break-even: \(m.cited) ÷ \(MoneyFormatting.money(plan.high, currency: plan.currency)) per month "
            + "(\(plan.citation)) = \(MoneyFormatting.duration(months: months)) of subscription"
        let inputs = [m.input("cost per user"),
                      CheckInput(name: plan.what, value: plan.high, unit: plan.currency + " per month", source: plan.citation)]
        if months >= Self.limitMonths {
            return [Check(name: Self.name, inputs: inputs,
                          arithmetic: arithmetic + ", more than ten years: not a cost of serving one user", agrees: false)]
        }
        return [Check(name: Self.name, inputs: inputs, arithmetic: arithmetic, agrees: nil)]
    }
}
