import ClaimAudit
import Foundation

/// `claimaudit explain RULE [--rules DIR]…` prints a rule's rationale,
/// conditions, explanation template, examples and related reference figures.
enum ExplainCommand {
    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        let extra = arguments.values("rules")
        try arguments.rejectUnknown()
        guard arguments.positionals.count == 1 else { throw usage("'explain' needs exactly one rule id (see 'claimaudit rules')") }
        let id = arguments.positionals[0]
        guard let defaultDir = RulesLocator.defaultDirectory() else {
            throw Diagnostic(.error, path: nil, message: "cannot find the default Rules/ folder; set CLAIMAUDIT_RULES to its path")
        }
        let set = try RuleSet.load(directories: [defaultDir] + extra.map { URL(fileURLWithPath: $0) })
        guard let rule = set.rule(id: id) else {
            let close = set.rules.map(\.id).filter { $0.contains(id) || id.contains($0) }.prefix(5)
            throw usage("no rule '\(id)'" + (close.isEmpty ? "" : "; did you mean \(close.joined(separator: ", "))?"))
        }
        let reference = (try? ReferenceData.load(directory: defaultDir)) ?? ReferenceData()
        print(RuleCatalog.explain(rule, in: set, reference: reference))
        return .clean
    }
}
