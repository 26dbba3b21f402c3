import ClaimAudit
import Foundation

/// `claimaudit explain RULE [--rules DIR]…` prints a rule's rationale,
/// conditions, explanation template, examples and related reference figures.
///
/// `claimaudit explain --text "TEXT"`, `--file PATH` or `-` (standard input)
/// prints instead how the rules decide every money figure of the text: the
/// decision, the deciding kind and stance rules, their cues with line:column
/// and the other rules that matched, with their priorities (`RuleTrace`).
enum ExplainCommand {
    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        let extra = arguments.values("rules")
        let text = arguments.value("text")
        let file = arguments.value("file")
        let inputFormat: SourceFormat? = try arguments.value("input-format").map { (v: String) throws(Diagnostic) -> SourceFormat in
            guard let f = SourceFormat(rawValue: v) else {
                throw usage("--input-format must be one of markdown, html, text, not '\(v)'")
            }
            return f
        }
        try arguments.rejectUnknown()
        guard let defaultDir = RulesLocator.defaultDirectory() else {
            throw Diagnostic(.error, path: nil, message: "cannot find the default Rules/ folder; set CLAIMAUDIT_RULES to its path")
        }
        let stdin = arguments.positionals == ["-"]
        if text != nil || file != nil || stdin {
            guard [text != nil, file != nil, stdin].filter({ $0 }).count == 1, stdin || arguments.positionals.isEmpty else {
                throw usage("'explain' takes one of RULE, --text TEXT, --file PATH or - (standard input)")
            }
            let set = try RuleSet.load(directories: [defaultDir] + extra.map { URL(fileURLWithPath: $0) })
            let (document, warnings) = try load(text: text, file: file, format: inputFormat)
            for warning in warnings { Console.error(warning.description) }
            Console.out(RuleTrace(Auditor().scan(document), rules: set).text)
            return .clean
        }
        guard arguments.positionals.count == 1 else {
            throw usage("'explain' needs exactly one rule id (see 'claimaudit rules'), or --text TEXT, --file PATH or -")
        }
        let id = arguments.positionals[0]
        let set = try RuleSet.load(directories: [defaultDir] + extra.map { URL(fileURLWithPath: $0) })
        guard let rule = set.rule(id: id) else {
            let close = set.rules.map(\.id).filter { $0.contains(id) || id.contains($0) }.prefix(5)
            throw usage("no rule '\(id)'" + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?"))
        }
        let reference = (try? ReferenceData.load(directory: defaultDir)) ?? ReferenceData()
        print(RuleCatalog.explain(rule, in: set, reference: reference))
        return .clean
    }

    /// The document to trace: `--text` (named `<text>`), `--file` or standard
    /// input; the format is `--input-format`, else from the extension, else sniffed.
    static func load(text: String?, file: String?, format: SourceFormat?) throws(Diagnostic) -> (SourceDocument, [Diagnostic]) {
        if let text { return try DocumentLoader.document(bytes: Array(text.utf8), path: "<text>", format: format) }
        return try DocumentLoader.load(path: file ?? "-", format: format)
    }
}
