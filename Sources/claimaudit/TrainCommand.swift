import ClaimAudit
import Foundation

/// `claimaudit train PATH… [--rules DIR] [--output FILE] [--min-count N] [--examples FILE]`
/// counts the context model from labelled documents, with the rules as they
/// stand (and no model), and writes it (to standard output by default).
/// Exit 0, or 2 when no labelled mention was found or a label file is bad.
enum TrainCommand {
    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        let rules = arguments.value("rules")
        let output = arguments.value("output")
        let minimum = arguments.value("min-count")
        let examplesPath = arguments.value("examples")
        try arguments.rejectUnknown()
        let paths = arguments.positionals
        guard !paths.isEmpty else {
            throw usage("train needs labelled documents, e.g. 'claimaudit train Corpus/holdout/h2- --output Rules/model/context-words.tsv'")
        }
        var minimumCount = 2
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
        model.header = [
            "# ClaimAudit context model: naive Bayes counts of the words around labelled money mentions.",
            "# Written by 'claimaudit train \(paths.joined(separator: " "))' from \(documents) documents, \(total) mentions, \(ToolInfo.version).",
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

    /// `--examples FILE`: the training examples as TSV (document, line,
    /// column, byte offset, labelled outcome, features separated by spaces),
    /// for studying the model.
    static func writeExamples(_ found: ([(document: String, example: ContextModelTrainer.Example)], [Diagnostic], documents: Int),
                              to path: String) throws(Diagnostic) -> ExitStatus {
        let (examples, problems, documents) = found
        for problem in problems { printError(problem.description) }
        if problems.contains(where: { $0.level == .error }) { return .usage }
        var text = "document\tline\tcolumn\toffset\toutcome\tfeatures\n"
        for (document, e) in examples {
            let at = e.span.location
            text += document + "\t\(at.line)\t\(at.column)\t\(e.span.start)\t" + e.outcome.rawValue + "\t" + e.features.joined(separator: " ") + "\n"
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw Diagnostic(.error, path: path, message: "cannot write the examples: \(error.localizedDescription)")
        }
        printError("train: \(documents) documents, \(examples.count) labelled mentions → \(path)")
        return .clean
    }
}
