import ClaimAudit
import Foundation

/// `claimaudit eval DIR… [--rules DIR] [--compare DIR2] [--thresholds FILE] [--format text|json] [--summary]`
///
/// Scores the full pipeline against every document with a
/// `NAME.expected.json` beside it. Exit 0; 1 when a figure falls below its
/// floor in `--thresholds`; 2 for label, document or usage errors (the other
/// documents are still scored and printed).
enum EvalCommand {
    static let help = """
    USAGE: claimaudit eval DIR… [options]

    Scores the analyzer against labelled documents (NAME.md|.markdown|.txt|.html|.htm
    with NAME.expected.json beside it). Folders are walked recursively, except
    subfolders named holdout: score those by naming them (claimaudit eval Corpus/holdout/).

    OPTIONS:
      --rules DIR          add/override rules from DIR (as check --rules)
      --compare DIR2       also run with DIR2 added to the default rules and print
                           the change in every figure and every changed mention
      --thresholds FILE    exit 1 when a figure falls below its floor (Corpus/thresholds.json)
      --ratchet            with --thresholds: raise each floor in FILE to the measured
                           figure minus 0.02 (never lowers one), then check
      --format text|json   output format (default text)
      --summary            leave out the list of disagreements
      --documents          add a table with one row per document
      --by-rule            add a table with one row per rule: kinds and classes it got
                           right, wrong, and spurious mentions, worst first
      --no-model           run the rules alone, without the context model (Rules/model/)
      --mentions-only      run the parser alone (no rules, no checker), as check does:
                           scores mention detection, amount and per; kind, class,
                           stance and verdict then count as wrong (alias --parser-only)
    """

    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        if arguments.flag("help") { print(help); return .clean }
        let format = arguments.value("format") ?? "text"
        guard ["text", "json"].contains(format) else { throw usage("eval --format is text or json, not '\(format)'") }
        let rules = arguments.value("rules")
        let compare = arguments.value("compare")
        let thresholdsPath = arguments.value("thresholds")
        let summary = arguments.flag("summary")
        let documents = arguments.flag("documents")
        let parserOnly = arguments.flag("mentions-only") || arguments.flag("parser-only")
        let ratchet = arguments.flag("ratchet")
        let byRule = arguments.flag("by-rule")
        let noModel = arguments.flag("no-model")
        try arguments.rejectUnknown()
        let paths = arguments.positionals
        guard !paths.isEmpty else { throw usage("eval needs at least one folder or file, e.g. 'claimaudit eval Corpus/'") }

        if ratchet, thresholdsPath == nil { throw usage("eval --ratchet needs --thresholds FILE") }
        var thresholds = try thresholdsPath.map { path throws(Diagnostic) in try Thresholds.load(path: path) }
        if parserOnly, rules != nil || compare != nil { throw usage("eval --mentions-only takes no --rules or --compare") }
        var base = parserOnly ? AuditConfiguration() : try configuration(adding: rules)
        if noModel { base.rules?.contextModel = nil }
        let report = Evaluator(auditor: Auditor(configuration: base)).evaluate(paths: paths)
        var comparison: EvalComparison?
        if let compare {
            var candidateConfiguration = try configuration(adding: compare)
            if noModel { candidateConfiguration.rules?.contextModel = nil }
            let candidate = Evaluator(auditor: Auditor(configuration: candidateConfiguration))
            comparison = EvalComparison(base: report, candidate: candidate.evaluate(paths: paths))
        }
        if ratchet, let path = thresholdsPath, let current = thresholds, !report.hasErrors {
            let raised = current.ratcheted(to: report.scorecard)
            try raised.write(path: path, measured: report.scorecard)
            for name in raised.floors.keys.sorted() where raised.floors[name] != current.floors[name] {
                printError("eval: raised \(name) floor from \(current.floors[name]!) to \(raised.floors[name]!)")
            }
            thresholds = raised
        }
        let failures = thresholds?.failures(of: report.scorecard)

        for diagnostic in report.diagnostics { printError(diagnostic.description) }
        switch format {
        case "json":
            print(report.json(thresholdFailures: failures, comparison: comparison), terminator: "")
        default:
            print(report.text(thresholdFailures: failures, showDisagreements: !summary, showDocuments: documents, showRules: byRule), terminator: "")
            if let comparison {
                print("")
                print(comparison.text(baseName: rules ?? "default rules", candidateName: compare ?? ""), terminator: "")
            }
        }
        if report.hasErrors { return .usage }
        if let failures, !failures.isEmpty {
            for failure in failures { printError("eval: \(failure.description)") }
            return .findings
        }
        return .clean
    }

    /// The default rules and reference data, with `extra` added after the
    /// default rules (a later folder adds rules or overrides them by id).
    static func configuration(adding extra: String?) throws(Diagnostic) -> AuditConfiguration {
        guard let extra else { return try AuditConfiguration.defaults() }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: extra, isDirectory: &isDir), isDir.boolValue else {
            throw Diagnostic(.error, path: extra, message: "not a rules folder")
        }
        let extraURL = URL(fileURLWithPath: extra)
        guard let base = RulesLocator.defaultDirectory() else {
            return AuditConfiguration(rules: try RuleSet.load(directories: [extraURL]),
                                      reference: try ReferenceData.load(directory: extraURL))
        }
        return AuditConfiguration(rules: try RuleSet.load(directories: [base, extraURL]),
                                  reference: try ReferenceData.load(directory: base))
    }
}
