import Foundation

/// Groups a document's mentions into claims: the same cost figure repeated
/// ("$5,000", "$5K", "the $5K number", "$5,000 per user") is one claim.
///
/// The same figure means the same value, however it is written (`$5K` is
/// `$5,000`). A rounder figure is not a repeat of a precise one it covers:
/// "the $6 million headline" and "the $5.576 million final run" are two
/// claims, and a text often presents them differently (the checker still
/// counts the rounding as agreement when it compares them).
///
/// Only cost mentions group. A mention whose kind only the fallback decided
/// ("the $5K number", with no cue of its own) joins a cost claim it matches;
/// prices and other mentions each stay a claim of their own, so a `$20` plan
/// price never merges with a `$20` cost.
///
/// A mention is compared with each candidate claim's first cost mention (the
/// amount) and the claim's stated denominators; candidates are looked up by
/// currency and order of magnitude, so grouping takes time linear in the
/// number of mentions.
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

    struct Group {
        var members: [Int]
        var first: Int
        /// The denominators the claim states (`nil` until a member states some).
        var per: [Denominator]?
    }

    struct BucketKey: Hashable {
        var currency: String
        var magnitude: Int
    }

    static func magnitude(_ value: Double) -> Int {
        let v = abs(value)
        return v > 0 && v.isFinite ? Int(floor(log10(v))) : Int.min / 2
    }

    /// Claims in order of first mention; every mention is in exactly one.
    public static func group(_ items: [Item]) -> [Claim] {
        var groups: [Group] = []
        var buckets: [BucketKey: [Int]] = [:]  // cost groups by their first member's magnitude
        func candidate(for i: Int) -> Int? {
            let item = items[i]
            let m = magnitude(item.amount.low)
            for k in [m, m - 1, m + 1] {
                for g in buckets[BucketKey(currency: item.amount.currency, magnitude: k)] ?? [] {
                    let rep = items[groups[g].first]
                    guard AmountMatching.equalAmount(item.amount, rep.amount) else { continue }
                    if let per = groups[g].per, !AmountMatching.compatiblePer(item.per, per) { continue }
                    return g
                }
            }
            return nil
        }
        var grouped = Array(repeating: false, count: items.count)
        for i in items.indices where items[i].role == .cost {
            if let g = candidate(for: i) {
                groups[g].members.append(i)
                if groups[g].per == nil, !items[i].per.isEmpty { groups[g].per = items[i].per }
            } else {
                groups.append(Group(members: [i], first: i, per: items[i].per.isEmpty ? nil : items[i].per))
                let key = BucketKey(currency: items[i].amount.currency, magnitude: magnitude(items[i].amount.low))
                buckets[key, default: []].append(groups.count - 1)
            }
            grouped[i] = true
        }
        for i in items.indices where items[i].role == .weak {
            if let g = candidate(for: i) { groups[g].members.append(i); grouped[i] = true }
        }
        for i in items.indices where !grouped[i] { groups.append(Group(members: [i], first: i, per: nil)) }
        let sorted = groups.map { $0.members.sorted() }.sorted { $0[0] < $1[0] }
        return sorted.enumerated().map { Claim(id: $0.offset + 1, mentionIndices: $0.element) }
    }
}
