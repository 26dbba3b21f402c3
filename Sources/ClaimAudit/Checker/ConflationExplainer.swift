/// Says what a conflation mixed, and shows the retail-to-cost arithmetic when
/// a list price is presented as the provider's cost.
enum ConflationExplainer {
    static let listPriceCues = ["api price", "api rate", "api pricing", "api-equivalent", "api equivalent", "list price",
                                "list-price", "retail", "at api", "in api", "per mtok", "token price", "sticker price",
                                "list rate", "api cost", "api value", "worth of api", "in compute"]
    /// Retail-to-cost ratios from the domain notes: ~25% of list at a 75% API
    /// margin (SemiAnalysis), ~10% from open-weight prices of similar models.
    static let margins: [(margin: Double, why: String)] = [
        (0.75, "a 75% API margin"),
        (0.90, "the ~90% implied by open-weight prices for similar models"),
    ]

    /// The parts that were mixed, in words.
    static func parts(_ c: Classification, sentence: String) -> String {
        if let e = c.explanation?.trimmingCharacters(in: .whitespacesAndNewlines), !e.isEmpty { return e }
        let id = c.ruleID.lowercased()
        let s = sentence.lowercased()
        if id.contains("list") || id.contains("retail") || id.contains("api") || listPriceCues.contains(where: s.contains) {
            return "a retail list price (which carries the provider's margin and recovers R&D) is presented as the provider's own cost to serve"
        }
        if id.contains("final") || id.contains("run") || s.contains("final run") || s.contains("training run") {
            return "the cost of one final training run is presented as the whole cost of development"
        }
        if id.contains("one-time") || id.contains("lifetime") || id.contains("period") || id.contains("annual") {
            return "a one-time, lifetime or annual figure is set against a recurring per-period price"
        }
        if id.contains("reseller") || id.contains("average") {
            return "an aggregate or average figure is applied to each user as if it were the cost of one more user"
        }
        if id.contains("total") || id.contains("over-users") || id.contains("divid") || s.contains("divided by") || s.contains("total") {
            return "total spending (research, salaries, training and infrastructure) divided by users is presented as the cost of one more user"
        }
        return "fixed costs (training, research, salaries) are mixed with the marginal cost of serving one more user"
    }

    /// `retail-margin` checks when the sentence presents a list price as cost.
    static func retailMargin(_ m: MentionFacts, sentence: String, ruleID: String) -> [Check] {
        retailMargin(m, namesListPrice: namesListPrice(sentence), ruleID: ruleID)
    }

    /// The same, with the sentence's list-price cue looked up once per sentence.
    static func retailMargin(_ m: MentionFacts, in doc: DocumentFacts, ruleID: String) -> [Check] {
        let s = m.sentenceIndex
        return retailMargin(m, namesListPrice: doc.memo.value("list-price-cue", s) { namesListPrice(doc.sentence(s)) }, ruleID: ruleID)
    }

    /// Whether a sentence names a list or API price.
    static func namesListPrice(_ sentence: String) -> Bool {
        let s = sentence.lowercased()
        return listPriceCues.contains(where: s.contains)
    }

    static func retailMargin(_ m: MentionFacts, namesListPrice: Bool, ruleID: String) -> [Check] {
        let id = ruleID.lowercased()
        guard namesListPrice || id.contains("list") || id.contains("retail") || id.contains("api") else { return [] }
        let parts = margins.map { margin, why in
            let cost = MoneyFormatting.money(low: m.amount.low * (1 - margin), high: m.amount.high * (1 - margin), currency: m.amount.currency)
            return "\(MoneyFormatting.money(m.amount)) × (1 − \(MoneyFormatting.number(margin))) = \(cost) at \(why)"
        }
        return [Check(name: "retail-margin", inputs: [m.input("list-price value")],
                      arithmetic: "retail-to-cost: the provider's cost ≈ list × (1 − margin): " + parts.joined(separator: "; ") + " (line \(m.line))",
                      agrees: nil)]
    }
}

import Foundation
