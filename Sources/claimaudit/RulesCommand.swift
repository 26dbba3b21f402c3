import ClaimAudit
import Foundation

/// `claimaudit rules [--rules DIR]… [--format text|json]` lists the rules;
/// `claimaudit rules --check DIR…` validates rule folders (exit 0, or 2 with
/// `file:line:col: error: …`).
enum RulesCommand {
    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        let check = arguments.flag("check")
        let extra = arguments.values("rules")
        let format = arguments.value("format") ?? "text"
        try arguments.rejectUnknown()
        guard let defaultDir = RulesLocator.defaultDirectory() else {
            throw Diagnostic(.error, path: nil, message: "cannot find the default Rules/ folder; set CLAIMAUDIT_RULES to its path")
        }
        if check {
            let dirs = arguments.positionals
            guard !dirs.isEmpty else { throw usage("'rules --check' needs a rules folder") }
            var failed = false
            // Each folder is checked on top of the defaults, so it may use their lexicons.
            for dir in dirs {
                let url = URL(fileURLWithPath: dir)
                let set = try RuleSet.load(directories: url.standardizedFileURL == defaultDir.standardizedFileURL ? [url] : [defaultDir, url])
                // The examples of the folder's own rules run through the real pipeline.
                let own = Set(set.rules.filter { $0.location.path.hasPrefix(url.path) || url.standardizedFileURL == defaultDir.standardizedFileURL }.map(\.id))
                let failures = RuleExampleVerifier(rules: set).verify(ids: own)
                for failure in failures { Console.error(failure.description) }
                if failures.isEmpty {
                    print("\(dir): ok (\(set.rules.count) rules, \(set.lexicons.count) lexicons after merging with the defaults; examples of \(own.count) rules verified)")
                } else {
                    failed = true
                    Console.error("\(dir): \(failures.count) example(s) do not behave as written")
                }
            }
            return failed ? .usage : .clean
        }
        guard arguments.positionals.isEmpty else { throw usage("unexpected argument '\(arguments.positionals[0])' (did you mean --check?)") }
        let set = try RuleSet.load(directories: [defaultDir] + extra.map { URL(fileURLWithPath: $0) })
        switch format {
        case "text": print(RuleCatalog.list(set))
        case "json": print(RuleCatalog.listJSON(set))
        default: throw usage("unknown --format '\(format)' for 'rules' (text or json)")
        }
        return .clean
    }
}
