/// Two eval runs over the same documents with different rule sets: the
/// change in every figure, and the mentions whose outcome changed.
public struct EvalComparison: Sendable {
    public var base: EvalReport
    public var candidate: EvalReport

    /// One figure in both runs.
    public struct FigureChange: Sendable, Hashable {
        public var name: String
        public var base: Double?
        public var candidate: Double?
        /// `candidate - base`; `nil` when either is undefined.
        public var delta: Double? {
            guard let base, let candidate else { return nil }
            return candidate - base
        }
    }

    /// A labelled or predicted mention whose outcome differs between runs.
    public struct MentionChange: Sendable, Hashable {
        public var path: String
        public var location: SourceLocation
        public var quote: String
        /// The label (`cost/conflation attributed fails`), or `no label`.
        public var expected: String
        /// Outcome in each run: `cost/marginal asserted holds 5000 USD ["user"]`, `missed`.
        public var base: String
        public var candidate: String
        /// How many scored fields agree with the label in each run: found,
        /// kind and class, and stance, verdict, amount, per where labelled;
        /// 0 for a missed label; -1 for a spurious prediction, 0 for none.
        public var baseScore: Int
        public var candidateScore: Int

        /// `better` or `worse` (more or fewer fields agree), else `changed`.
        public var direction: String {
            if candidateScore > baseScore { return "better" }
            if candidateScore < baseScore { return "worse" }
            return "changed"
        }

        public var line: String {
            "\(path):\(location.line):\(location.column): \(direction): \(LabelResolver.quoted(quote)) expected \(expected); was \(base), now \(candidate)"
        }
    }

    public init(base: EvalReport, candidate: EvalReport) {
        self.base = base
        self.candidate = candidate
    }

    public var figures: [FigureChange] {
        let b = base.scorecard.figures, c = candidate.scorecard.figures
        return zip(b, c).map { FigureChange(name: $0.name, base: $0.value, candidate: $1.value) }
    }

    /// Mentions whose outcome changed, in document order.
    public var mentions: [MentionChange] {
        let a = Self.outcomes(base), b = Self.outcomes(candidate)
        var changes: [(String, Int, MentionChange)] = []
        for key in Set(a.keys).union(b.keys) {
            let x = a[key], y = b[key]
            let before = x?.outcome ?? "not predicted", after = y?.outcome ?? "not predicted"
            guard before != after, let any = x ?? y else { continue }
            changes.append((any.path, any.offset, MentionChange(
                path: any.path, location: any.location, quote: any.quote, expected: any.expected,
                base: before, candidate: after, baseScore: x?.score ?? 0, candidateScore: y?.score ?? 0)))
        }
        return changes.sorted { ($0.0, $0.1, $0.2.quote) < ($1.0, $1.1, $1.2.quote) }.map(\.2)
    }

    private struct Outcome {
        var path: String
        var offset: Int
        var location: SourceLocation
        var quote: String
        var expected: String
        var outcome: String
        var score: Int
    }

    /// Outcome of every label (keyed by file and label index) and every
    /// spurious prediction (keyed by file and amount span).
    private static func outcomes(_ report: EvalReport) -> [String: Outcome] {
        var result: [String: Outcome] = [:]
        for e in report.evaluations {
            var predictionOf: [Int: Int] = [:]
            for pair in e.match.pairs { predictionOf[pair.label] = pair.prediction }
            for (i, r) in e.labels.enumerated() {
                let expected = describe(r.label)
                var outcome = Outcome(path: e.path, offset: r.span.start, location: r.span.location, quote: r.label.quote,
                                      expected: expected, outcome: "missed", score: 0)
                if let p = predictionOf[i] {
                    let prediction = e.predictions[p]
                    let f = FieldComparison(label: r.label, prediction: prediction)
                    outcome.outcome = describe(prediction)
                    outcome.score = [true, f.kindAndClass, f.stance, f.verdict, f.amount, f.per].filter { $0 == true }.count
                }
                result["\(e.path)#\(r.index)"] = outcome
            }
            for p in e.match.spurious {
                let prediction = e.predictions[p]
                result["\(e.path)@\(prediction.amountSpan.start)-\(prediction.amountSpan.end)"] = Outcome(
                    path: e.path, offset: prediction.amountSpan.start, location: prediction.amountSpan.location,
                    quote: prediction.text, expected: "no label", outcome: "spurious " + describe(prediction), score: -1)
            }
        }
        return result
    }

    static func describe(_ label: MentionLabel) -> String {
        var parts = [Disagreement.describe(label)]
        if let s = label.stance { parts.append(s.rawValue) }
        if let v = label.verdict { parts.append(v.rawValue) }
        return parts.joined(separator: " ")
    }

    static func describe(_ p: PredictedMention) -> String {
        var parts = [p.kindDescription]
        if let s = p.stance { parts.append(s.rawValue) }
        if let v = p.verdict { parts.append(v.rawValue) }
        parts.append(Disagreement.describe(p.amount))
        parts.append(Disagreement.describe(p.per))
        return parts.joined(separator: " ")
    }

    /// Figure changes (every figure, with its delta) and changed mentions.
    public func text(baseName: String, candidateName: String) -> String {
        var out = ["COMPARE \(baseName) → \(candidateName)"]
        out.append(EvalFormat.row("figure", 30, ["base", "candidate", "delta"], width: 11))
        for f in figures {
            out.append(EvalFormat.row("  " + f.name, 30, [EvalFormat.figure(f.base), EvalFormat.figure(f.candidate),
                                                          EvalFormat.delta(f.delta)], width: 11))
        }
        let changed = mentions
        out.append("")
        out.append("CHANGED MENTIONS (\(changed.count): \(changed.filter { $0.direction == "better" }.count) better, \(changed.filter { $0.direction == "worse" }.count) worse)")
        out.append(contentsOf: changed.map(\.line))
        return out.joined(separator: "\n") + "\n"
    }
}
