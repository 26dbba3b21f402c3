/// Groups a document's mentions into claims: the same cost figure repeated
/// ("$5,000", "$5K", "the $5K number", "$5,000 per user") is one claim.
///
/// Only cost mentions group. A mention whose kind only the fallback decided
/// ("the $5K number", with no cue of its own) joins a cost claim it matches;
/// prices and other mentions each stay a claim of their own, so a `$20` plan
/// price never merges with a `$20` cost.
public enum ClaimGrouper {
    /// What grouping needs to know about a mention.
    public struct Item: Sendable {
        public enum Role: Sendable { case cost, weak, other }
        public var amount: MoneyAmount
        public var per: [Denominator]
        public var role: Role

        public init(amount: MoneyAmount, per: [Denominator], role: Role) {
            self.amount = amount
            self.per = per
            self.role = role
        }
    }

    /// Claims in order of first mention; every mention is in exactly one.
    public static func group(_ items: [Item]) -> [Claim] {
        var groups: [[Int]] = []
        var costGroups: [Int] = []  // indices into groups
        // The cost members of each group that differ in amount or
        // denominators: a figure repeated thousands of times is compared once.
        var distinctCost: [[Int]] = []
        var seenCost: [Set<FigureKey>] = []
        func fits(_ i: Int, _ g: Int) -> Bool {
            distinctCost[g].allSatisfy { j in
                AmountMatching.sameAmount(items[i].amount, items[j].amount)
                    && AmountMatching.compatiblePer(items[i].per, items[j].per)
            }
        }
        var groupOf = Array(repeating: -1, count: items.count)
        for i in items.indices where items[i].role == .cost {
            let key = FigureKey(items[i])
            if let g = costGroups.first(where: { seenCost[$0].contains(key) || fits(i, $0) }) {
                groups[g].append(i)
                groupOf[i] = g
                if seenCost[g].insert(key).inserted { distinctCost[g].append(i) }
            } else {
                groups.append([i]); costGroups.append(groups.count - 1); groupOf[i] = groups.count - 1
                distinctCost.append([i]); seenCost.append([key])
            }
        }
        for i in items.indices where items[i].role == .weak {
            if let g = costGroups.first(where: { fits(i, $0) }) { groups[g].append(i); groupOf[i] = g }
        }
        for i in items.indices where groupOf[i] < 0 { groups.append([i]) }
        let sorted = groups.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        return sorted.enumerated().map { Claim(id: $0.offset + 1, mentionIndices: $0.element) }
    }

    /// Identity of a cost figure for de-duplication: same currency, ends and
    /// denominators compare alike against every other figure.
    private struct FigureKey: Hashable {
        var currency: String
        var low: Double
        var high: Double
        var per: Set<String>

        init(_ item: Item) {
            currency = "\(item.amount.currency)"
            low = item.amount.low
            high = item.amount.high
            per = Set(item.per.map(\.description))
        }
    }
}
