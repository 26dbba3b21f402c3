/// A Markdown summary for `$GITHUB_STEP_SUMMARY`: the run summary and a
/// table of every cost claim and price, with no cap.
public enum StepSummary {
    public static func markdown(_ documents: [AuditedDocument]) -> String {
        var out = "### ClaimAudit\n\n" + RunSummary(documents).description + "\n\n"
        let rows = documents.flatMap { d in FindingPolicy.findings(in: d).map { (d, $0) } }
        guard !rows.isEmpty else { return out }
        out += "| Level | Location | Figure | Finding | Rule |\n| --- | --- | --- | --- | --- |\n"
        for (d, f) in rows {
            let m = f.mention
            let p = MentionPresentation(mention: m, siblings: d.mentions)
            let cells = [
                f.level.rawValue,
                "\(d.path):\(m.span.location.line):\(m.span.location.column)",
                "`" + p.quotedText.replacingOccurrences(of: "`", with: "'") + "`",
                String(p.summary.drop(while: { $0 == "—" || $0 == " " })),
                m.classification.map { "`\($0.ruleID)`" } ?? "",
            ]
            out += "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
