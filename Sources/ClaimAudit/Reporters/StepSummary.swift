/// A Markdown summary for `$GITHUB_STEP_SUMMARY`: the run summary and a
/// table of the cost claims and prices, highest levels first (GitHub takes
/// at most 1 MiB per step, so the table stops after `rowLimit` rows).
public enum StepSummary {
    public static let rowLimit = 2_000

    public static func markdown(_ documents: [AuditedDocument], rowLimit: Int = StepSummary.rowLimit) -> String {
        var out = "### ClaimAudit\n\n" + RunSummary(documents).description + "\n\n"
        let all = documents.flatMap { d in FindingPolicy.findings(in: d).map { (d, $0) } }
        guard !all.isEmpty else { return out }
        let rows = all.enumerated().sorted { a, b in
            a.element.1.level != b.element.1.level ? a.element.1.level > b.element.1.level : a.offset < b.offset
        }.prefix(rowLimit).map(\.element)
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
        if all.count > rows.count { out += "\n\(all.count - rows.count) more findings at lower levels are in the SARIF or JSON report.\n" }
        return out
    }
}
