/// Compiler-style diagnostics, one per cost claim or price (every mention
/// when nothing is classified), with indented explanation lines:
///
/// ```text
/// posts/a.md:3:18: error: $5K per user — conflation (attributed), fails [conflation.total-over-users]
///     total spending divided by users, presented as the cost of one user
///     break-even: $5,000 ÷ $20 = 250 months ≈ 20.8 years (contradicts)
///     evidence: "divided by" (3:40)
///     same figure also at line 12, 40
/// posts/a.md:12:5: warning: $5K — conflation (attributed), fails [conflation.total-over-users]
///     same claim as line 3, explained there
/// ```
///
/// A claim repeated in a document is explained at its first reported
/// mention; the later ones point back to it (all in full with `--verbose`).
///
/// Input problems are not part of this output: the CLI prints them on
/// standard error for every format.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func report(_ document: AuditedDocument, at index: Int) -> String {
        let style = TerminalStyle(enabled: options.color)
        var out = ""
        var explained = ExplainedClaims()
        for finding in FindingPolicy.findings(in: document) {
            let m = finding.mention
            let p = MentionPresentation(mention: m, siblings: document.mentions, verbose: options.verbose)
            let location = "\(document.path):\(m.span.location.line):\(m.span.location.column):"
            var head = "\(style.bold(location)) \(style.level(finding.level)) \(style.bold(p.quotedText)) \(p.summary)"
            if let rule = m.classification?.ruleID { head += " " + style.dim("[\(rule)]") }
            out += head + "\n"
            if let line = explained.earlierLine(for: m), !options.verbose {
                out += "    " + style.dim("same claim as line \(line), explained there") + "\n"
                continue
            }
            for line in p.detailLines { out += "    " + line + "\n" }
        }
        return out
    }
}
