/// Writes an assessment's explanation lines: a summary with the figure and its
/// line first, then the stance, the rebuttal, and one line per check.
enum Explanation {
    static func lines(for m: MentionFacts, classification c: Classification, verdict: Verdict, checks: [Check],
                      rebuttal: String?, sentence: String) -> [String] {
        var lines: [String] = []
        switch verdict {
        case .fails where c.costClass == .conflation:
            lines.append("fails: \(m.cited) is a conflation: \(ConflationExplainer.parts(c, sentence: sentence))")
        case .fails:
            if checks.contains(where: { $0.name == CorrectionCheck.name && $0.agrees == false }) {
                lines.append("fails: the document itself corrects \(m.cited)")
            } else if checks.contains(where: { $0.name == PlanRecoveryCheck.name && $0.agrees == false }) {
                lines.append("fails: \(m.cited) would take a subscriber more than ten years to pay back")
            } else if checks.contains(where: { $0.name != ReferenceMagnitudeCheck.name && $0.agrees == false }) {
                lines.append("fails: the arithmetic in the text does not agree with \(m.cited)")
            } else {
                lines.append("fails: \(m.cited) is an order of magnitude or more away from every dated reference for the same unit")
            }
        case .holds:
            let agreeing = Set(checks.filter { $0.agrees == true }.map(\.name))
            let what = agreeing.contains(DerivedStatementCheck.name) ? "the arithmetic in the text"
                : agreeing.contains(ReferenceMagnitudeCheck.name) ? "the dated reference figures"
                : agreeing.contains(SameFigureCheck.name) ? "the same figure checked elsewhere in the document"
                : "the other figures in the document"
            lines.append("holds: \(m.cited) agrees with \(what)")
        case .unverifiable:
            lines.append("unverifiable: nothing in the document or the dated reference data checks \(m.cited)")
        }
        switch c.stance {
        case .attributed: lines.append("the figure is reported from someone else (attributed)")
        case .hypothetical: lines.append("the figure is put hypothetically")
        case .negated: break
        case .asserted: break
        }
        if let rebuttal { lines.append(rebuttal) }
        lines.append(contentsOf: checks.map(\.arithmetic))
        return lines
    }
}
