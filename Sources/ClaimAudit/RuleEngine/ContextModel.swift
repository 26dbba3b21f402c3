import Foundation

/// A naive Bayes model of the words around a mention, counted from the
/// labelled corpus (`claimaudit train`), that decides a mention's kind and
/// class where no cue rule did: where the winning rule is a fallback or a
/// context rule (the rule-id prefixes in `overrides`).
///
/// Cue rules stay in charge: the model never overrides a rule outside those
/// families, and a rule author who wants a pattern decided by a rule writes
/// one. The model only replaces the fixed guesses of the fallbacks ("a small
/// figure in a cost document is a marginal cost") with a guess informed by
/// the words of the sentence ("console", "is", "pass" go with prices in the
/// labelled text). Its decisions name the rule `learned.context-words`, the
/// words that weighed most, and the fallback they overrode.
///
/// The file is plain text, one feature per line with its count for each
/// outcome (see `Rules/README.md`, "The context model"), so a reader can see
/// why a word leans one way and an editor can delete a line.
public struct ContextModel: Sendable, Hashable {
    /// What the model decides: a cost class, or a kind that is not a cost.
    public enum Outcome: String, Sendable, CaseIterable, Hashable {
        case marginal, fixed, conflation, price, other

        public var kind: MentionKind {
            switch self {
            case .marginal, .fixed, .conflation: return .cost
            case .price: return .price
            case .other: return .other
            }
        }

        public var costClass: CostClass? {
            switch self {
            case .marginal: return .marginal
            case .fixed: return .fixed
            case .conflation: return .conflation
            case .price, .other: return nil
            }
        }

        /// The outcome in words, for explanations ("a marginal cost").
        public var phrase: String {
            switch self {
            case .marginal: return "a marginal cost"
            case .fixed: return "a fixed cost"
            case .conflation: return "a conflated cost"
            case .price: return "a price"
            case .other: return "a figure that is neither cost nor price (kind other)"
            }
        }

        /// What a rule decides, as an outcome (`nil` for a stance-only rule).
        init?(rule: Rule) {
            guard let kind = rule.kind else { return nil }
            self.init(kind: kind, costClass: rule.costClass)
        }

        public init?(kind: MentionKind, costClass: CostClass?) {
            switch kind {
            case .price: self = .price
            case .other: self = .other
            case .cost:
                guard let costClass else { return nil }
                self.init(rawValue: costClass.rawValue)
            }
        }
    }

    /// Rule-id prefixes whose decisions the model may replace (`default.`).
    public var overrides: [String]
    /// The least probability the model's outcome needs to replace a rule's.
    public var threshold: Double
    /// The outcomes the model may give. By default not `conflation`: calling
    /// a figure conflated is a finding (it fails), and a finding must rest on
    /// a cue a rule names, not on the words' leaning.
    public var decides: [Outcome]
    /// Labelled mentions counted per outcome (`Outcome.allCases` order).
    public var outcomeCounts: [Int]
    /// For each feature, the labelled mentions that had it, per outcome.
    public var featureCounts: [String: [Int]]
    /// Lines of `#` comments at the head of the file (how it was trained).
    public var header: [String]
    /// Where the model was read from (for rule locations and messages).
    public var path: String

    /// Id under which the model's decisions are reported.
    public static let ruleID = "learned.context-words"
    /// The file name looked for in a rules folder's `model/` subfolder.
    public static let fileName = "context-words.tsv"
    /// The families a new model may override: the fallbacks and the context rules (not
    /// figures derived from a neighbour: measured, overriding them cost verdicts).
    public static let defaultOverrides = ["default.", "context."]
    /// Laplace smoothing of feature counts.
    static let smoothing = 1.0

    /// The outcomes a new model may give.
    public static let defaultDecisions: [Outcome] = [.marginal, .fixed, .price, .other]

    public init(overrides: [String] = ContextModel.defaultOverrides, threshold: Double = 0.5,
                decides: [Outcome] = ContextModel.defaultDecisions,
                outcomeCounts: [Int] = Array(repeating: 0, count: Outcome.allCases.count),
                featureCounts: [String: [Int]] = [:], header: [String] = [], path: String = "<model>") {
        self.overrides = overrides
        self.threshold = threshold
        self.decides = decides
        self.outcomeCounts = outcomeCounts
        self.featureCounts = featureCounts
        self.header = header
        self.path = path
    }

    /// Whether the model may replace the decision of the rule `id`
    /// (`nil`: no rule decided).
    public func mayOverride(ruleID id: String?) -> Bool {
        guard let id else { return true }
        return overrides.contains { id.hasPrefix($0) }
    }

    /// The probability of each outcome given the features present (features
    /// the model never saw are ignored). `Outcome.allCases` order; sums to 1.
    public func posterior(_ features: [String]) -> [Double] {
        let total = Double(outcomeCounts.reduce(0, +))
        let outcomes = Outcome.allCases.count
        var logs = outcomeCounts.map { log((Double($0) + 1) / (total + Double(outcomes))) }
        for feature in Set(features) {
            guard let counts = featureCounts[feature] else { continue }
            for o in 0..<outcomes { logs[o] += log(likelihood(counts[o], outcome: o)) }
        }
        let top = logs.max() ?? 0
        let weights = logs.map { exp($0 - top) }
        let sum = weights.reduce(0, +)
        return weights.map { $0 / sum }
    }

    /// P(feature present | outcome), smoothed.
    func likelihood(_ count: Int, outcome o: Int) -> Double {
        (Double(count) + Self.smoothing) / (Double(outcomeCounts[o]) + 2 * Self.smoothing)
    }

    /// How much a feature favours outcome `a` over `b` (a log ratio; 0 for an
    /// unknown feature).
    public func weight(of feature: String, for a: Outcome, against b: Outcome) -> Double {
        guard let counts = featureCounts[feature] else { return 0 }
        let ia = Outcome.allCases.firstIndex(of: a)!, ib = Outcome.allCases.firstIndex(of: b)!
        return log(likelihood(counts[ia], outcome: ia)) - log(likelihood(counts[ib], outcome: ib))
    }

    /// The most probable outcome the model may give (`decides`) and its
    /// probability, when it reaches the threshold.
    public func decide(_ features: [String]) -> (outcome: Outcome, probability: Double)? {
        guard outcomeCounts.contains(where: { $0 > 0 }) else { return nil }
        let p = posterior(features)
        let allowed = p.indices.filter { decides.contains(Outcome.allCases[$0]) }
        guard let best = allowed.max(by: { p[$0] < p[$1] }), p[best] >= threshold else { return nil }
        return (Outcome.allCases[best], p[best])
    }

    /// The features whose counts differ from another model's (present in one
    /// only, or counted differently), sorted; settings are not compared.
    public func featuresDiffering(from other: ContextModel) -> [String] {
        Set(featureCounts.keys).union(other.featureCounts.keys).filter { featureCounts[$0] != other.featureCounts[$0] }.sorted()
    }

    /// Counts one labelled mention.
    public mutating func add(_ features: [String], outcome: Outcome) {
        let o = Outcome.allCases.firstIndex(of: outcome)!
        outcomeCounts[o] += 1
        for feature in Set(features) {
            featureCounts[feature, default: Array(repeating: 0, count: Outcome.allCases.count)][o] += 1
        }
    }

    /// Drops features seen fewer than `minimum` times in all (they weigh
    /// little and make the file long).
    public mutating func prune(minimum: Int) {
        featureCounts = featureCounts.filter { $0.value.reduce(0, +) >= minimum }
    }
}

// MARK: - The file format

extension ContextModel {
    /// Reads a model file. Errors name the file, line and column.
    public static func load(path: String) throws(Diagnostic) -> ContextModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.error, path: path, message: "cannot read the context model")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(.error, path: path, message: "the context model is not valid UTF-8")
        }
        return try parse(text, path: path)
    }

    /// Parses the text of a model file (see `text`).
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> ContextModel {
        var model = ContextModel(path: path)
        var sawOutcomes = false, sawTotals = false
        let width = Outcome.allCases.count
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let location = RuleSourceLocation(path: path, line: n + 1, column: 1)
            if line.hasPrefix("#") {
                if !sawOutcomes { model.header.append(String(line)) }
                continue
            }
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func counts(_ values: ArraySlice<String>, column: Int) throws(Diagnostic) -> [Int] {
                guard values.count == width else {
                    throw location.error("expected \(width) counts (\(Outcome.allCases.map(\.rawValue).joined(separator: ", "))), found \(values.count)")
                }
                var out: [Int] = []
                for (k, v) in values.enumerated() {
                    guard let c = Int(v), c >= 0 else {
                        let col = fields.prefix(column + k).reduce(1) { $0 + $1.count + 1 }
                        throw RuleSourceLocation(path: path, line: n + 1, column: col).error("'\(v)' is not a count")
                    }
                    out.append(c)
                }
                return out
            }
            switch fields[0] {
            case "threshold":
                guard fields.count == 2, let t = Double(fields[1]), t >= 0, t <= 1 else {
                    throw location.error("threshold needs one probability between 0 and 1")
                }
                model.threshold = t
            case "overrides":
                model.overrides = Array(fields.dropFirst()).filter { !$0.isEmpty }
            case "decides":
                var outcomes: [Outcome] = []
                for name in fields.dropFirst() where !name.isEmpty {
                    guard let o = Outcome(rawValue: name) else {
                        throw location.error("'\(name)' is not an outcome (\(Outcome.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    outcomes.append(o)
                }
                model.decides = outcomes
            case "outcomes":
                guard Array(fields.dropFirst()) == Outcome.allCases.map(\.rawValue) else {
                    throw location.error("outcomes must be \(Outcome.allCases.map(\.rawValue).joined(separator: " "))")
                }
                sawOutcomes = true
            case "mentions":
                guard sawOutcomes else { throw location.error("'mentions' before the 'outcomes' line") }
                model.outcomeCounts = try counts(fields.dropFirst(), column: 1)
                sawTotals = true
            case "feature":
                guard sawTotals else { throw location.error("a feature before the 'mentions' line") }
                guard fields.count >= 2, !fields[1].isEmpty else { throw location.error("a feature line needs a name") }
                if model.featureCounts[fields[1]] != nil { throw location.error("feature '\(fields[1])' is listed twice") }
                let c = try counts(fields.dropFirst(2), column: 2)
                for o in 0..<width where c[o] > model.outcomeCounts[o] {
                    throw location.error("feature '\(fields[1])' counts more \(Outcome.allCases[o].rawValue) mentions than the model has")
                }
                model.featureCounts[fields[1]] = c
            default:
                throw location.error("unknown line '\(fields[0])': expected threshold, overrides, decides, outcomes, mentions or feature")
            }
        }
        guard sawTotals else {
            throw Diagnostic(.error, path: path, message: "the context model has no 'outcomes' and 'mentions' lines")
        }
        return model
    }

    /// The file's text: header comments, settings, totals, then features
    /// sorted by name (so a retrained model diffs line by line).
    public var text: String {
        var lines = header
        lines.append("threshold\t\(threshold)")
        lines.append((["overrides"] + overrides).joined(separator: "\t"))
        lines.append((["decides"] + decides.map(\.rawValue)).joined(separator: "\t"))
        lines.append((["outcomes"] + Outcome.allCases.map(\.rawValue)).joined(separator: "\t"))
        lines.append((["mentions"] + outcomeCounts.map(String.init)).joined(separator: "\t"))
        for name in featureCounts.keys.sorted() {
            lines.append((["feature", name] + featureCounts[name]!.map(String.init)).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
