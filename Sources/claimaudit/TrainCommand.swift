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
        let command = (paths + (minimum.map { ["--min-count", $0] } ?? [])).joined(separator: " ")
        model.header = [
            "# ClaimAudit context model: naive Bayes counts of the words around labelled money mentions.",
            "# \(writtenBy)'claimaudit train \(command)' from \(documents) documents, \(total) mentions, \(ToolInfo.version).",
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

    /// The header words before the command that wrote a model.
    static let writtenBy = "Written by "

    /// `--verify FILE`: retrains with the command in FILE's header and
    /// compares the counts (settings an editor may change are not compared).
    static func verify(_ path: String, rules: String?) throws(Diagnostic) -> ExitStatus {
        let shipped = try ContextModel.load(path: path)
        let prefix = "# " + writtenBy + "'claimaudit train "
        guard let line = shipped.header.first(where: { $0.hasPrefix(prefix) }),
              let end = line.dropFirst(prefix.count).firstIndex(of: "'") else {
            throw Diagnostic(.error, path: path, message: "the header names no 'claimaudit train' command to check the model against")
        }
        var words = line[line.index(line.startIndex, offsetBy: prefix.count)..<end].split(separator: " ").map(String.init)
        var minimumCount = 2
        if let k = words.firstIndex(of: "--min-count"), k + 1 < words.count, let n = Int(words[k + 1]) {
            minimumCount = n
            words.removeSubrange(k...(k + 1))
        }
        guard let set = try EvalCommand.configuration(adding: rules).rules else {
            throw Diagnostic(.error, path: nil, message: "train needs rules")
        }
        let (trained, problems, _) = ContextModelTrainer(rules: set, minimumCount: minimumCount).train(paths: words)
        for problem in problems { printError(problem.description) }
        if problems.contains(where: { $0.level == .error }) { return .usage }
        let changed = Set(trained.featureCounts.keys).union(shipped.featureCounts.keys)
            .filter { trained.featureCounts[$0] != shipped.featureCounts[$0] }
        if changed.isEmpty, trained.outcomeCounts == shipped.outcomeCounts {
            printError("train --verify: \(path) matches a retrain from its labelled documents (\(trained.featureCounts.count) features)")
            return .clean
        }
        printError("\(path): error: the model is stale: the counts of \(changed.count) features differ from a retrain "
                   + "(mentions \(shipped.outcomeCounts) in the file, \(trained.outcomeCounts) now); retrain with "
                   + "'claimaudit train \(words.joined(separator: " "))\(minimumCount == 2 ? "" : " --min-count \(minimumCount)") --output \(path)'")
        return .findings
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
