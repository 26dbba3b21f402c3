import ClaimAudit
import Foundation

/// `claimaudit train PATH… [--rules DIR] [--output FILE] [--min-count N] [--examples FILE]`
/// counts the context model from labelled documents, with the rules as they
/// stand (and no model), and writes it (to standard output by default).
/// Exit 0, or 2 when no labelled mention was found or a label file is bad.
///
/// `claimaudit train --verify FILE [--rules DIR]` retrains with the command
/// recorded in FILE's header and compares the counts: exit 0 when they match,
/// 1 when the file is stale (the rules or the labels changed since).
enum TrainCommand {
    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        let rules = arguments.value("rules")
        let output = arguments.value("output")
        let minimum = arguments.value("min-count")
        let examplesPath = arguments.value("examples")
        let verifyPath = arguments.value("verify")
        try arguments.rejectUnknown()
        if let verifyPath {
            guard arguments.positionals.isEmpty, output == nil, minimum == nil, examplesPath == nil else {
                throw usage("train --verify FILE takes no other paths or options than --rules: it retrains with the command in FILE's header")
            }
            return try verify(verifyPath, rules: rules)
        }
        let paths = arguments.positionals
        guard !paths.isEmpty else {
            throw usage("train needs labelled documents, e.g. 'claimaudit train Corpus/holdout/h2- --output Rules/model/context-words.tsv'")
        }
        var minimumCount = ContextModelTrainer.defaultMinimumCount
        if let minimum {
            guard let n = Int(minimum), n >= 1 else { throw usage("--min-count needs a whole number of at least 1") }
            minimumCount = n
        }
        guard let set = try EvalCommand.configuration(adding: rules).rules else {
            throw Diagnostic(.error, path: nil, message: "train needs rules")
        }
        let trainer = ContextModelTrainer(rules: set, minimumCount: minimumCount)
        if let examplesPath {
            return try writeExamples(trainer.examples(paths: paths), to: examplesPath)
        }
        let (trained, problems, documents) = trainer.train(paths: paths)
        for problem in problems { printError(problem.description) }
        if problems.contains(where: { $0.level == .error }) { return .usage }
        let total = trained.outcomeCounts.reduce(0, +)
        guard total > 0 else {
            printError("train: no labelled mention found in \(paths.joined(separator: " "))")
            return .usage
        }
        var model = trained
        let command = ContextModelTrainer.Command(paths: paths, minimumCount: minimumCount)
        model.header = [
            "# ClaimAudit context model: naive Bayes counts of the words around labelled money mentions.",
            command.headerLine(documents: documents, mentions: total, version: ToolInfo.version),
            "# Each 'feature' line: a feature, then how many labelled mentions of each outcome had it.",
            "# b:/a: a stemmed word among the 10 before/after the figure in its sentence (b3:/a3: the 3 nearest),",
            "# per: a denominator, rule:/fam:/got: the rule that decided the figure without the model and its decision.",
            "# See Rules/README.md, \"The context model\". Retrain after changing rules; do not edit counts by hand.",
        ]
        if let output {
            do {
                try model.text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw Diagnostic(.error, path: output, message: "cannot write the model: \(error.localizedDescription)")
            }
            printError("train: \(documents) documents, \(total) labelled mentions, \(model.featureCounts.count) features → \(output)")
        } else {
            print(model.text, terminator: "")
        }
        return .clean
    }

    /// `--verify FILE`: retrains with the command in FILE's header and
    /// compares the counts (settings an editor may change are not compared).
    static func verify(_ path: String, rules: String?) throws(Diagnostic) -> ExitStatus {
        let shipped = try ContextModel.load(path: path)
        guard let command = ContextModelTrainer.Command(header: shipped.header) else {
            throw Diagnostic(.error, path: path, message: "the header names no 'claimaudit train' command to check the model against")
        }
        guard let set = try EvalCommand.configuration(adding: rules).rules else {
            throw Diagnostic(.error, path: nil, message: "train needs rules")
        }
        let (trained, problems, _) = ContextModelTrainer(rules: set, minimumCount: command.minimumCount).train(paths: command.paths)
        for problem in problems { printError(problem.description) }
        if problems.contains(where: { $0.level == .error }) { return .usage }
        let changed = trained.featuresDiffering(from: shipped)
        if changed.isEmpty, trained.outcomeCounts == shipped.outcomeCounts {
            printError("train --verify: \(path) matches a retrain from its labelled documents (\(trained.featureCounts.count) features)")
            return .clean
        }
        printError("\(path): error: the model is stale: the counts of \(changed.count) features differ from a retrain "
                   + "(mentions \(shipped.outcomeCounts) in the file, \(trained.outcomeCounts) now); retrain with "
                   + "'\(command) --output \(path)'")
        return .findings
    }

    /// `--examples FILE`: the training examples as TSV, for studying the model.
    static func writeExamples(_ found: ([(document: String, example: ContextModelTrainer.Example)], [Diagnostic], documents: Int),
                              to path: String) throws(Diagnostic) -> ExitStatus {
        let (examples, problems, documents) = found
        for problem in problems { printError(problem.description) }
        if problems.contains(where: { $0.level == .error }) { return .usage }
        do {
            try ContextModelTrainer.examplesTSV(examples).write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw Diagnostic(.error, path: path, message: "cannot write the examples: \(error.localizedDescription)")
        }
        printError("train: \(documents) documents, \(examples.count) labelled mentions → \(path)")
        return .clean
    }
}
