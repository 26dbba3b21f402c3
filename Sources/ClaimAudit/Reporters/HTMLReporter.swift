/// One self-contained HTML page for editors: per file, each cost claim and
/// price in its sentence with the figure highlighted by class, the verdict,
/// and the explanation with its arithmetic (folded, open for errors and
/// warnings). No scripts, no outside resources; everything is escaped.
///
/// ```sh
/// claimaudit check drafts/ --format html --output report.html
/// ```
public struct HTMLReporter: Reporter {
    public static let identifier = "html"
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) { self.options = options }

    public func begin() -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="\(Self.escape(ToolInfo.name)) \(Self.escape(options.toolVersion))">
        <title>ClaimAudit report</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <h1>ClaimAudit report</h1>

        """
    }

    public func report(_ document: AuditedDocument, at index: Int) -> String {
        let findings = FindingPolicy.findings(in: document)
        var out = "<section class=\"file\">\n<h2><code>\(Self.escape(document.path))</code></h2>\n"
        out += "<p class=\"counts\">\(Self.escape(RunSummary([document]).description))</p>\n"
        for d in document.diagnostics {
            let at = d.location.map { "\($0.line):\($0.column): " } ?? ""
            out += "<p class=\"diagnostic \(d.level.rawValue)\">\(Self.escape(at + d.level.rawValue + ": " + d.message))</p>\n"
        }
        if findings.isEmpty && document.diagnostics.isEmpty {
            out += "<p class=\"empty\">No cost claims or prices found.</p>\n"
        }
        var explained = ExplainedClaims()
        for f in findings {
            let m = f.mention
            let p = MentionPresentation(mention: m, siblings: document.mentions, verbose: options.verbose)
            let kindClass = m.classification.map { $0.costClass?.rawValue ?? $0.kind.rawValue } ?? "mention"
            out += "<article class=\"finding \(f.level.rawValue) \(kindClass)\">\n"
            out += "<p class=\"head\"><span class=\"level\">\(f.level.rawValue)</span> "
            out += "<span class=\"loc\">line \(m.span.location.line), column \(m.span.location.column)</span> "
            out += "<strong>\(Self.escape(p.quotedText))</strong> \(Self.escape(p.summary))"
            if let rule = m.classification?.ruleID { out += " <code class=\"rule\">\(Self.escape(rule))</code>" }
            out += "</p>\n"
            if !m.sentence.isEmpty { out += "<blockquote>\(Self.highlighted(m, kindClass: kindClass))</blockquote>\n" }
            if let line = explained.earlierLine(for: m), !options.verbose {
                out += "<p class=\"back\">Same claim as line \(line), explained there.</p>\n</article>\n"
                continue
            }
            let details = p.detailLines
            if !details.isEmpty {
                out += "<details\(f.level == .note ? "" : " open")><summary>Why</summary>\n<ul>\n"
                for line in details { out += "<li>\(Self.escape(line))</li>\n" }
                out += "</ul>\n</details>\n"
            }
            out += "</article>\n"
        }
        return out + "</section>\n"
    }

    public func end(_ documents: [AuditedDocument]) -> String {
        "<footer><p>\(Self.escape(RunSummary(documents).description))</p></footer>\n</body>\n</html>\n"
    }

    /// The sentence, escaped, with the figure marked (its first occurrence).
    static func highlighted(_ m: AuditedMention, kindClass: String) -> String {
        let sentence = MentionPresentation.oneLine(m.sentence)
        let figure = MentionPresentation.oneLine(m.text)
        guard !figure.isEmpty, let r = sentence.range(of: figure) else { return escape(sentence) }
        return escape(String(sentence[..<r.lowerBound])) + "<mark class=\"\(kindClass)\">" + escape(figure) + "</mark>"
            + escape(String(sentence[r.upperBound...]))
    }

    /// Escapes text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static let style = """
    body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
    h2 code { font-size: 1.1rem; }
    .counts, footer { color: #555; }
    article.finding { border-left: 4px solid #bbb; padding: .25rem 1rem; margin: 1rem 0; background: #fafafa; }
    article.error { border-color: #c62828; } article.warning { border-color: #ef8f00; } article.note { border-color: #8a8a8a; }
    .level { text-transform: uppercase; font-size: .75rem; font-weight: 700; letter-spacing: .05em; }
    .error .level { color: #c62828; } .warning .level { color: #b36b00; }
    .loc { color: #555; font-size: .9rem; }
    code.rule { color: #555; font-size: .85rem; }
    blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 2px solid #ddd; color: #333; }
    mark { padding: 0 .15rem; border-radius: .2rem; }
    mark.conflation { background: #ffcdd2; } mark.fixed { background: #bbdefb; } mark.marginal { background: #c8e6c9; }
    mark.price { background: #eeeeee; } mark.other, mark.mention { background: #fff3c4; }
    .diagnostic.error { color: #c62828; } .diagnostic.warning { color: #b36b00; }
    details summary { cursor: pointer; color: #444; }
    """
}
