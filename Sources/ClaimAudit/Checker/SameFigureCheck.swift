/// A figure repeated in the document (`the $5.576M`, `that $700,000`) agrees
/// when the same figure holds where it was checked (and fails with it when
/// it points back at it, `that $100,000`, and it fails there): same amount and currency,
/// and the same denominators (or none stated on one side, or the same but for
/// an implicit user). A rounder figure agrees with a more precise one it
/// covers (`$21` and `$21.50` that holds).
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
        var failers: [MoneyAmount: [Int]] = [:]
        for o in doc.mentions where o.costClass != .conflation && verdicts[o.index] == .fails
            && checks[o.index].contains(where: { $0.agrees == false && $0.name != Self.name }) {
            failers[o.amount, default: []].append(o.index)
        }
        guard !holders.isEmpty || !failers.isEmpty else { return out }
        for m in doc.mentions where m.isJudged && m.costClass != .conflation && verdicts[m.index] == .unverifiable {
            if let c = Self.refutedRepeat(m, failers, doc, checks) { out[m.index] = [c]; continue }
            // two cells of one table are two quantities (a budget and an actual, two line items)
            let table = doc.cell(ofSentence: m.sentenceIndex)?.table
            func fits(_ o: MentionFacts) -> Bool {
                o.index != m.index && o.kind == m.kind && (o.per == m.per || o.per.isEmpty || m.per.isEmpty || Self.sameUnit(o, m))
                    && (table == nil || doc.cell(ofSentence: o.sentenceIndex)?.table != table)
            }
            // The same amount, else a more precise figure that this one rounds (`$21` and `$21.50`).
            let source = (holders[m.amount] ?? []).lazy.map { doc.mentions[$0] }.first(where: fits)
                ?? Self.rounded(m, holders, doc).first(where: fits)
            guard let source, let basis = checks[source.index].first(where: { $0.agrees == true }) else { continue }
            let covers = MoneyFormatting.money(low: m.interval.lowerBound, high: m.interval.upperBound, currency: m.amount.currency)
            let head = source.amount == m.amount ? "the same figure \(source.cited) holds"
                : "\(m.cited) rounds \(source.cited) (it covers \(covers)), which holds"
            out[m.index] = [Check(name: Self.name, inputs: [m.input("figure"), source.input("same figure")],
                                  arithmetic: "\(head): \(basis.arithmetic)", agrees: true)]
        }
        return out
    }

    /// Words right before a figure that point back at one stated earlier (`that $100,000`, `the same $4.20`).
    static let pointers = ["that ", "this ", "the same ", "those ", "these ", "said "]

    /// A repeat that points back (`Remember that $100,000`) at an earlier figure of the same amount and
    /// denominators that fails on a check of its own: the same claim, so it fails with it.
    static func refutedRepeat(_ m: MentionFacts, _ failers: [MoneyAmount: [Int]], _ doc: DocumentFacts, _ checks: [[Check]]) -> Check? {
        guard let earlier = failers[m.amount]?.lazy.map({ doc.mentions[$0] }).last(where: { $0.index < m.index && $0.per == m.per }),
              let basis = checks[earlier.index].first(where: { $0.agrees == false && $0.name != name }) else { return nil }
        let prose = doc.document.scanned.prose
        let r = m.mention.range
        let before = prose.string(max(0, r.lowerBound - 12)..<r.lowerBound).lowercased()
        guard pointers.contains(where: { before.hasSuffix($0) }) else { return nil }
        return Check(name: name, inputs: [m.input("figure"), earlier.input("same figure")],
                     arithmetic: "\(m.cited) points back at the same figure \(earlier.cited), which fails: \(basis.arithmetic)", agrees: false)
    }

    /// Holding figures of the same currency that `m`, a rounder single figure,
    /// covers: their value lies inside what `m` covers once rounded (`$21` covers
    /// 20.50–21.50) and they are stated more precisely than `m`.
    static func rounded(_ m: MentionFacts, _ holders: [MoneyAmount: [Int]], _ doc: DocumentFacts) -> [MentionFacts] {
        guard !m.amount.isRange, m.amount.low > 0, m.mention.qualifier == nil || Tolerance.Qualifier(m.mention.qualifier) == .approximately
        else { return [] }
        let width = m.interval.upperBound - m.interval.lowerBound
        return holders.filter { amount, _ in
            !amount.isRange && amount.currency == m.amount.currency && amount.low != m.amount.low && m.interval.contains(amount.low)
        }.flatMap(\.value).map { doc.mentions[$0] }.filter { o in
            o.interval.upperBound - o.interval.lowerBound < width
        }.sorted { $0.index < $1.index }
    }

    /// `$60.70 per subscriber per year` and `$60.70 per year`: the same unit but for an implicit user.
    static func sameUnit(_ a: MentionFacts, _ b: MentionFacts) -> Bool {
        UnitNormalizer.comparable(a.dimensions, b.dimensions) && abs(a.perScale - b.perScale) <= 1e-9 * max(a.perScale, b.perScale)
    }
}
