/// A figure repeated in the document (`the $5.576M`, `that $700,000`) agrees
/// when the same figure holds where it was checked: same amount and currency,
/// and the same denominators (or none stated on one side, or the same but for
/// an implicit user).
struct SameFigureCheck {
    static let name = "same-figure"

    /// Extra checks per mention index, given the verdicts from each mention's own checks.
    func run(_ doc: DocumentFacts, verdicts: [Verdict], checks: [[Check]]) -> [Int: [Check]] {
        var out: [Int: [Check]] = [:]
        // The figures that hold on a check of their own, by amount, found once:
        // each repeat then looks only at those (not at every repeat of the amount).
        var holders: [MoneyAmount: [Int]] = [:]
        for o in doc.mentions where o.costClass != .conflation && verdicts[o.index] == .holds
            && checks[o.index].contains(where: { $0.agrees == true && $0.name != Self.name }) {
            holders[o.amount, default: []].append(o.index)
        }
        guard !holders.isEmpty else { return out }
        for m in doc.mentions where m.isJudged && m.costClass != .conflation && verdicts[m.index] == .unverifiable {
            let source = (holders[m.amount] ?? []).lazy.map { doc.mentions[$0] }.first { o in
                o.index != m.index && o.kind == m.kind
                    && (o.per == m.per || o.per.isEmpty || m.per.isEmpty || Self.sameUnit(o, m))
            }
            guard let source, let basis = checks[source.index].first(where: { $0.agrees == true }) else { continue }
            out[m.index] = [Check(name: Self.name, inputs: [m.input("figure"), source.input("same figure")],
                                  arithmetic: "the same figure \(source.cited) holds: \(basis.arithmetic)", agrees: true)]
        }
        return out
    }

    /// `$60.70 per subscriber per year` and `$60.70 per year`: the same unit but for an implicit user.
    static func sameUnit(_ a: MentionFacts, _ b: MentionFacts) -> Bool {
        UnitNormalizer.comparable(a.dimensions, b.dimensions) && abs(a.perScale - b.perScale) <= 1e-9 * max(a.perScale, b.perScale)
    }
}
