import Foundation

extension EvalReport {
    /// The same figures as ``text(thresholdFailures:showDisagreements:)``,
    /// for machines: one JSON object, keys sorted.
    ///
    /// `figures` maps every figure name to its value (`null` when
    /// undefined); `counts` gives the counts behind each; `confusion` has
    /// `rows`, `columns` and `cells`.
    public func json(thresholdFailures: [ThresholdFailure]? = nil, comparison: EvalComparison? = nil) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(EvalJSON(self, thresholdFailures: thresholdFailures, comparison: comparison))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The wire form of an eval report (version 1).
struct EvalJSON: Encodable {
    struct Detection: Encodable {
        var tp: Int, fp: Int, fn: Int
        var precision: Double?, recall: Double?, f1: Double?
        init(_ c: DetectionCounts) {
            tp = c.truePositives; fp = c.falsePositives; fn = c.falseNegatives
            precision = c.precision; recall = c.recall; f1 = c.f1
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(tp, forKey: .tp); try c.encode(fp, forKey: .fp); try c.encode(fn, forKey: .fn)
            try c.encode(precision, forKey: .precision); try c.encode(recall, forKey: .recall); try c.encode(f1, forKey: .f1)
        }
        enum K: String, CodingKey { case tp, fp, fn, precision, recall, f1 }
    }
    struct Accuracy: Encodable {
        var correct: Int, total: Int, value: Double?
        init(_ t: Tally) { correct = t.correct; total = t.total; value = t.value }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(correct, forKey: .correct); try c.encode(total, forKey: .total); try c.encode(value, forKey: .value)
        }
        enum K: String, CodingKey { case correct, total, value }
    }
    struct Confusion: Encodable {
        var rows: [String], columns: [String], cells: [[Int]]
    }
    struct Problem: Encodable {
        var level: String, file: String?, line: Int?, column: Int?, message: String
    }
    struct Floor: Encodable {
        var figure: String, value: Double?, floor: Double
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(figure, forKey: .figure); try c.encode(value, forKey: .value); try c.encode(floor, forKey: .floor)
        }
        enum K: String, CodingKey { case figure, value, floor }
    }
    struct Compare: Encodable {
        struct Change: Encodable {
            var base: Double?, candidate: Double?, delta: Double?
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: K.self)
                try c.encode(base, forKey: .base); try c.encode(candidate, forKey: .candidate); try c.encode(delta, forKey: .delta)
            }
            enum K: String, CodingKey { case base, candidate, delta }
        }
        struct Mention: Encodable {
            var file: String, line: Int, column: Int, quote: String, expected: String
            var base: String, candidate: String, direction: String
        }
        var figures: [String: Change]
        var mentions: [Mention]
    }

    struct DocumentRow: Encodable {
        var file: String
        var labelled: Int
        var predicted: Int
        var mentions: Detection
        var kind: Accuracy
    }

    var version = 1
    var documents: [String]
    var byDocument: [DocumentRow]
    var byRule: [RuleTally]
    var labelled: Int
    var predicted: Int
    var figures: [String: Double?]
    var counts: [String: String]
    var mentions: [String: Detection]
    var classes: [String: Detection]
    var accuracy: [String: Accuracy]
    var coverage: [String: Accuracy]
    var confusion: Confusion
    var verdictConfusion: Confusion
    var disagreements: [Disagreement]
    var errors: [Problem]
    var thresholds: [Floor]?
    var passed: Bool?
    var comparison: Compare?

    init(_ report: EvalReport, thresholdFailures: [ThresholdFailure]?, comparison: EvalComparison?) {
        let s = report.scorecard
        documents = report.evaluations.map(\.path)
        byRule = RuleTally.tallies(report.evaluations)
        byDocument = report.evaluations.map { e in
            let c = Scorecard([e])
            return DocumentRow(file: e.path, labelled: c.labelled, predicted: c.predicted,
                               mentions: Detection(c.allMentions), kind: Accuracy(c.kind))
        }
        labelled = s.labelled
        predicted = s.predicted
        let list = s.figures
        figures = Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0.value) })
        counts = Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0.detail) })
        mentions = ["exact": Detection(s.mentions), "approx": Detection(s.approxMentions), "all": Detection(s.allMentions)]
        classes = Dictionary(uniqueKeysWithValues: CostClass.allCases.map { ($0.rawValue, Detection(s.classCounts($0))) })
        accuracy = ["kind": Accuracy(s.kind), "stance": Accuracy(s.stance), "verdict": Accuracy(s.verdict),
                    "amount": Accuracy(s.amount), "per": Accuracy(s.per)]
        coverage = ["mentions": Accuracy(s.mentionCoverage), "costClaims": Accuracy(s.costClaimCoverage),
                    "checkable": Accuracy(s.checkableCoverage)]
        let columns = PredictedCategory.allCases
        confusion = Confusion(rows: ExpectedCategory.allCases.map(\.rawValue), columns: columns.map(\.rawValue),
                              cells: ExpectedCategory.allCases.map { r in columns.map { s.confusion[r, $0] } })
        verdictConfusion = Confusion(rows: Verdict.allCases.map(\.rawValue), columns: VerdictConfusion.columns,
                                     cells: Verdict.allCases.map { r in VerdictConfusion.columns.map { s.verdictConfusion[r, $0] } })
        disagreements = report.disagreements
        errors = report.diagnostics.map {
            Problem(level: $0.level.rawValue, file: $0.path, line: $0.location?.line, column: $0.location?.column, message: $0.message)
        }
        thresholds = thresholdFailures?.map { Floor(figure: $0.figure.name, value: $0.figure.value, floor: $0.floor) }
        passed = thresholdFailures.map(\.isEmpty)
        self.comparison = comparison.map { c in
            Compare(figures: Dictionary(uniqueKeysWithValues: c.figures.map {
                        ($0.name, Compare.Change(base: $0.base, candidate: $0.candidate, delta: $0.delta)) }),
                    mentions: c.mentions.map {
                        Compare.Mention(file: $0.path, line: $0.location.line, column: $0.location.column, quote: $0.quote,
                                        expected: $0.expected, base: $0.base, candidate: $0.candidate, direction: $0.direction) })
        }
    }
}
