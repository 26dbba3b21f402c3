/// Every figure `eval` reports, computed from the matched mentions of a set
/// of documents (contract §5).
public struct Scorecard: Sendable, Hashable {
    /// Documents scored.
    public var documents = 0
    /// Labelled and predicted mentions, all kinds.
    public var labelled = 0
    public var predicted = 0
    /// Mention detection over exact mentions (neither labelled nor
    /// predicted approximate).
    public var mentions = DetectionCounts()
    /// Mention detection over approximate mentions (labelled `approx: true`,
    /// or predicted approximate), reported apart.
    public var approxMentions = DetectionCounts()
    /// Accuracy over matched mentions.
    public var kind = Tally()
    public var stance = Tally()
    public var verdict = Tally()
    public var amount = Tally()
    public var per = Tally()
    /// Rows expected, columns predicted, over every label and prediction.
    public var confusion = ConfusionMatrix()
    /// Labelled verdicts against predicted ones, over matched mentions.
    public var verdictConfusion = VerdictConfusion()
    /// Labelled mentions found / all labelled (statcheck's lesson: how much
    /// of the money in the text the tool sees at all).
    public var mentionCoverage = Tally()
    /// Labelled cost claims that were found and given any cost class.
    public var costClaimCoverage = Tally()
    /// Labels whose verdict is `holds`/`fails` (checkable) where the tool
    /// also reached `holds`/`fails`, whichever.
    public var checkableCoverage = Tally()

    public init() {}

    public init(_ evaluations: [DocumentEvaluation]) {
        self.init()
        for evaluation in evaluations { add(evaluation) }
    }

    /// Adds one document's counts.
    public mutating func add(_ evaluation: DocumentEvaluation) {
        documents += 1
        labelled += evaluation.labels.count
        predicted += evaluation.predictions.count
        for pair in evaluation.match.pairs {
            let label = evaluation.labels[pair.label].label
            let prediction = evaluation.predictions[pair.prediction]
            if label.isApprox || prediction.approx {
                approxMentions.truePositives += 1
            } else {
                mentions.truePositives += 1
            }
            let fields = FieldComparison(label: label, prediction: prediction)
            kind.record(fields.kind)
            if let ok = fields.stance { stance.record(ok) }
            if let ok = fields.verdict { verdict.record(ok) }
            if let v = label.verdict { verdictConfusion.add(expected: v, predicted: prediction.verdict) }
            if let ok = fields.amount { amount.record(ok) }
            if let ok = fields.per { per.record(ok) }
            confusion.add(ExpectedCategory(label), prediction.category)
            mentionCoverage.record(true)
            if label.kind == .cost { costClaimCoverage.record(prediction.costClass != nil) }
            if let v = label.verdict, v != .unverifiable {
                checkableCoverage.record(prediction.verdict == .holds || prediction.verdict == .fails)
            }
        }
        for l in evaluation.match.missed {
            let label = evaluation.labels[l].label
            if label.isApprox { approxMentions.falseNegatives += 1 } else { mentions.falseNegatives += 1 }
            confusion.add(ExpectedCategory(label), .missed)
            mentionCoverage.record(false)
            if label.kind == .cost { costClaimCoverage.record(false) }
            if let v = label.verdict, v != .unverifiable { checkableCoverage.record(false) }
        }
        for p in evaluation.match.spurious {
            let prediction = evaluation.predictions[p]
            if prediction.approx { approxMentions.falsePositives += 1 } else { mentions.falsePositives += 1 }
            confusion.add(.spurious, prediction.category)
        }
    }

    /// Precision/recall/F1 counts of one cost class.
    public func classCounts(_ costClass: CostClass) -> DetectionCounts { confusion.counts(of: costClass) }

    /// All mentions, exact and approximate together.
    public var allMentions: DetectionCounts { mentions + approxMentions }

    /// The mean F1 of the classes present (labelled or predicted at least
    /// once); a class absent from both sides has no F1 and is left out.
    public var classMacroF1: Double? {
        let scores = CostClass.allCases.compactMap { classCounts($0).f1 }
        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }

    /// Every figure, in report order, under its stable name.
    public var figures: [Figure] {
        var list: [Figure] = []
        func detection(_ prefix: String, _ c: DetectionCounts) {
            list.append(Figure(name: "\(prefix).precision", value: c.precision,
                               detail: "\(c.truePositives)/\(c.truePositives + c.falsePositives)"))
            list.append(Figure(name: "\(prefix).recall", value: c.recall,
                               detail: "\(c.truePositives)/\(c.truePositives + c.falseNegatives)"))
            list.append(Figure(name: "\(prefix).f1", value: c.f1,
                               detail: "tp \(c.truePositives) fp \(c.falsePositives) fn \(c.falseNegatives)"))
        }
        func tally(_ name: String, _ t: Tally) {
            list.append(Figure(name: name, value: t.value, detail: "\(t.correct)/\(t.total)"))
        }
        detection("mention", mentions)
        detection("approx", approxMentions)
        detection("all", allMentions)
        tally("kind.accuracy", kind)
        for costClass in CostClass.allCases {
            detection("class.\(costClass.rawValue)", classCounts(costClass))
        }
        let present = CostClass.allCases.filter { classCounts($0).f1 != nil }.map(\.rawValue)
        list.append(Figure(name: "class.macroF1", value: classMacroF1,
                           detail: present.isEmpty ? "no class present" : "mean over " + present.joined(separator: ", ")))
        tally("stance.accuracy", stance)
        tally("verdict.accuracy", verdict)
        tally("amount.accuracy", amount)
        tally("per.accuracy", per)
        tally("coverage.mentions", mentionCoverage)
        tally("coverage.costClaims", costClaimCoverage)
        tally("coverage.checkable", checkableCoverage)
        return list
    }

    /// The figure called `name`, if there is one by that name.
    public func figure(_ name: String) -> Figure? { figures.first { $0.name == name } }

    /// The names `figures` uses, for thresholds validation.
    public static var figureNames: [String] { Scorecard().figures.map(\.name) }
}
