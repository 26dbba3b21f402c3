/// `--format github`: GitHub Actions annotations (`::error`, `::warning`,
/// `::notice`), one per cost claim or price, plus one per input problem.
///
/// GitHub shows at most 10 annotations of each level per step, so the
/// reporter writes at most that many and ends with a notice saying how many
/// it left out and where the full list is (SARIF, the job summary).
/// `endColumn` is inclusive here (SARIF's is exclusive); columns are left
/// out for a figure that spans lines, as GitHub takes them only on one line.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"
    /// Annotations GitHub shows per level and step.
    public static let capPerLevel = 10

    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func end(_ documents: [AuditedDocument]) -> String {
        commands(documents).map { $0.description + "\n" }.joined()
    }

    /// The annotations to print, capped.
    public func commands(_ documents: [AuditedDocument]) -> [WorkflowCommand] {
        var all: [WorkflowCommand] = []
        for d in documents {
            for diag in d.diagnostics {
                all.append(WorkflowCommand(diag.level == .error ? "error" : "warning", properties: [
                    ("file", d.path),
                    ("line", diag.location.map { String($0.line) }),
                    ("col", diag.location.map { String($0.column) }),
                    ("title", "ClaimAudit: input"),
                ], message: diag.message))
            }
            for f in FindingPolicy.findings(in: d) {
                all.append(annotation(f.mention, level: f.level, in: d))
            }
        }
        var counts: [String: Int] = [:]
        for c in all { counts[c.command, default: 0] += 1 }
        let cap = Self.capPerLevel
        let overflow = counts.values.contains { $0 > cap }
        let caps = ["error": cap, "warning": cap, "notice": overflow ? cap - 1 : cap]
        var written: [String: Int] = [:]
        var kept: [WorkflowCommand] = []
        for c in all where written[c.command, default: 0] < caps[c.command, default: cap] {
            written[c.command, default: 0] += 1
            kept.append(c)
        }
        if overflow {
            let omitted = ["error", "warning", "notice"].compactMap { level -> String? in
                let n = counts[level, default: 0] - written[level, default: 0]
                return n > 0 ? "\(n) \(level)\(n == 1 ? "" : "s")" : nil
            }
            let total = all.count - kept.count
            kept.append(WorkflowCommand("notice", properties: [("title", "ClaimAudit: \(total) more findings")], message:
                "\(total) annotation\(total == 1 ? "" : "s") omitted (\(omitted.joined(separator: ", "))): GitHub shows \(cap) per level. "
                + "The job summary lists every finding; upload --format sarif output for code scanning."))
        }
        return kept
    }

    private func annotation(_ m: AuditedMention, level: Severity, in d: AuditedDocument) -> WorkflowCommand {
        let p = MentionPresentation(mention: m, siblings: d.mentions, verbose: options.verbose)
        let start = m.span.location, end = m.span.endLocation
        // GitHub takes columns only for a single-line span.
        let sameLine = end.line == start.line
        let endColumn = sameLine ? max(start.column, end.column - 1) : nil
        var title = "ClaimAudit: " + p.title
        if let rule = m.classification?.ruleID { title += " [\(rule)]" }
        let command = switch level {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
        return WorkflowCommand(command, properties: [
            ("file", d.path), ("line", String(start.line)), ("endLine", String(end.line)),
            ("col", sameLine ? String(start.column) : nil), ("endColumn", endColumn.map(String.init)), ("title", title),
        ], message: ([p.quotedText + " " + p.summary] + p.detailLines).joined(separator: "\n"))
    }
}
