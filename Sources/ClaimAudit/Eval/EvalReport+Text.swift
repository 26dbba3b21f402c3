extension EvalReport {
    /// The human eval table: mention detection, coverage, accuracies, cost
    /// classes with the confusion matrix, then every disagreement as
    /// `path:line:col: FIELD: expected …, got …`, then threshold failures.
    public func text(thresholdFailures: [ThresholdFailure]? = nil, showDisagreements: Bool = true,
                     showDocuments: Bool = false, showRules: Bool = false) -> String {
        let s = scorecard
        var out: [String] = []
        var header = "eval: \(s.documents) document\(s.documents == 1 ? "" : "s"), \(s.labelled) labelled mentions, \(s.predicted) predicted"
        let errors = diagnostics.filter { $0.level == .error }.count, warnings = diagnostics.count - errors
        if errors + warnings > 0 {
            header += " (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in labels or documents)"
        }
        out.append(header)
        out.append("")
        out.append(contentsOf: Self.detectionTable("MENTIONS", [
            ("exact", s.mentions), ("approximate", s.approxMentions), ("all", s.allMentions),
        ]))
        out.append("")
        out.append("COVERAGE")
        out.append(contentsOf: Self.tallyRows([
            ("money mentions found", s.mentionCoverage),
            ("cost claims classed", s.costClaimCoverage),
            ("checkable verdicts reached", s.checkableCoverage),
        ]))
        out.append("")
        out.append("ACCURACY over matched mentions")
        out.append(contentsOf: Self.tallyRows([
            ("kind", s.kind), ("stance", s.stance), ("verdict", s.verdict), ("amount", s.amount), ("per", s.per),
        ]))
        out.append("")
        out.append(contentsOf: Self.detectionTable("COST CLASS", CostClass.allCases.map { ($0.rawValue, s.classCounts($0)) }))
        out.append(EvalFormat.row("  macro-F1", 16, ["", "", EvalFormat.figure(s.classMacroF1)], width: 10))
        out.append("")
        out.append(contentsOf: confusionRows())
        if !s.verdictConfusion.isEmpty {
            out.append("")
            out.append(contentsOf: verdictRows())
        }
        if showDocuments {
            out.append("")
            out.append(contentsOf: documentRows())
        }
        if showRules {
            out.append("")
            out.append(contentsOf: ruleRows())
        }
        if showDisagreements {
            out.append("")
            out.append("DISAGREEMENTS (\(disagreements.count))")
            out.append(contentsOf: disagreements.map(\.line))
        }
        if let thresholdFailures {
            out.append("")
            if thresholdFailures.isEmpty {
                out.append("THRESHOLDS: every figure is at or above its floor")
            } else {
                out.append("THRESHOLDS: \(thresholdFailures.count) figure\(thresholdFailures.count == 1 ? "" : "s") below the floor")
                out.append(contentsOf: thresholdFailures.map { "  " + $0.description })
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func detectionTable(_ title: String, _ rows: [(String, DetectionCounts)]) -> [String] {
        var out = [EvalFormat.row(title, 16, ["precision", "recall", "F1", "tp", "fp", "fn"], width: 10)]
        for (name, c) in rows {
            out.append(EvalFormat.row("  " + name, 16, [
                EvalFormat.figure(c.precision), EvalFormat.figure(c.recall), EvalFormat.figure(c.f1),
                "\(c.truePositives)", "\(c.falsePositives)", "\(c.falseNegatives)",
            ], width: 10))
        }
        return out
    }

    static func tallyRows(_ rows: [(String, Tally)]) -> [String] {
        rows.map { name, t in
            EvalFormat.pad("  " + name, 30) + EvalFormat.padLeft(EvalFormat.figure(t.value), 6) + "  \(t.correct)/\(t.total)"
        }
    }

    /// One row per document: its mention and kind/class figures, to find
    /// the documents that pull a figure down.
    func documentRows() -> [String] {
        var out = [EvalFormat.row("DOCUMENTS", 44, ["labels", "found", "spurious", "F1", "kind", "class"], width: 9)]
        for e in evaluations {
            let c = Scorecard([e])
            let all = c.allMentions
            var classOK = Tally()
            for pair in e.match.pairs where e.labels[pair.label].label.kind == .cost {
                classOK.record(e.predictions[pair.prediction].costClass == e.labels[pair.label].label.costClass)
            }
            out.append(EvalFormat.row("  " + e.path, 44, [
                "\(e.labels.count)", "\(all.truePositives)", "\(all.falsePositives)", EvalFormat.figure(all.f1),
                EvalFormat.figure(c.kind.value), EvalFormat.figure(classOK.value),
            ], width: 9))
        }
        return out
    }

    /// One row per rule, worst first: how many of the kinds and classes it
    /// decided agree with the labels.
    func ruleRows() -> [String] {
        var out = [EvalFormat.row("RULES kind and class decided", 44, ["right", "wrong", "spurious", "share"], width: 9)]
        for t in RuleTally.tallies(evaluations) {
            out.append(EvalFormat.row("  " + t.rule, 44, ["\(t.correct)", "\(t.wrong)", "\(t.spurious)", EvalFormat.figure(t.precision)], width: 9))
        }
        return out
    }

    func verdictRows() -> [String] {
        let m = scorecard.verdictConfusion
        var out = ["VERDICTS rows expected, columns predicted"]
        out.append(EvalFormat.row("", 14, VerdictConfusion.columns, width: 14))
        for row in Verdict.allCases {
            out.append(EvalFormat.row("  " + row.rawValue, 14, VerdictConfusion.columns.map { "\(m[row, $0])" }, width: 14))
        }
        return out
    }

    func confusionRows() -> [String] {
        let m = scorecard.confusion
        let columns = m.shownColumns
        var out = ["CONFUSION rows expected, columns predicted"]
        let width = max(12, (columns.map(\.rawValue.count).max() ?? 0) + 2)
        out.append(EvalFormat.row("", 14, columns.map(\.rawValue), width: width))
        for row in ExpectedCategory.allCases {
            let cells = columns.map { c -> String in
                if row == .spurious, c == .missed { return "" }
                return "\(m[row, c])"
            }
            out.append(EvalFormat.row("  " + row.rawValue, 14, cells, width: width))
        }
        return out
    }
}
