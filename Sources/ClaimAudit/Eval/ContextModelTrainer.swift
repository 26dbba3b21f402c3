import Foundation

/// Counts a `ContextModel` from labelled documents (`claimaudit train`).
///
/// Each labelled mention the parser finds contributes its context features,
/// read from the rules' own decisions with no model applied, under its
/// labelled kind and class. Labels the parser misses, and cost labels with no
/// class, are skipped; so are documents whose label file does not load (they
/// are reported, as in `eval`).
///
/// ```swift
/// let trainer = ContextModelTrainer(rules: rules)
/// let (model, problems) = trainer.train(paths: ["Corpus/holdout/h2-", "Corpus/holdout/h3-"])
/// try model.text.write(toFile: "Rules/model/context-words.tsv", atomically: true, encoding: .utf8)
/// ```
public struct ContextModelTrainer: Sendable {
    /// The rules, without a context model (one set on them is ignored).
    public var rules: RuleSet
    /// Features seen fewer times than this are left out of the file.
    public var minimumCount: Int

    /// The minimum count when none is given (`claimaudit train --min-count`).
    public static let defaultMinimumCount = 2

    public init(rules: RuleSet, minimumCount: Int = defaultMinimumCount) {
        var plain = rules
        plain.contextModel = nil
        self.rules = plain
        self.minimumCount = minimumCount
    }

    /// One labelled mention: its features, its labelled outcome and where
    /// the mention is.
    public struct Example: Sendable {
        public var features: [String]
        public var outcome: ContextModel.Outcome
        public var span: SourceSpan
    }

    /// Trains on every labelled document found under `paths` (a path that is
    /// a file prefix, like `Corpus/holdout/h2-`, selects the labelled
    /// documents whose names start with it).
    public func train(paths: [String]) -> (ContextModel, [Diagnostic], documents: Int) {
        let (examples, diagnostics, documents) = examples(paths: paths)
        var model = ContextModel()
        for (_, e) in examples { model.add(e.features, outcome: e.outcome) }
        model.prune(minimum: minimumCount)
        return (model, diagnostics, documents)
    }

    /// The examples of every labelled document found under `paths` (as
    /// `train(paths:)`), each with the path of its document, in document order.
    public func examples(paths: [String]) -> ([(document: String, example: Example)], [Diagnostic], documents: Int) {
        var (found, diagnostics) = LabelledDocument.discover(paths.filter { FileManager.default.fileExists(atPath: $0) })
        for prefix in paths where !FileManager.default.fileExists(atPath: prefix) {
            let (more, problems) = Self.documents(withPrefix: prefix)
            found += more
            diagnostics += problems
        }
        let documents = found
        let results = ResultSlots<([Example], [Diagnostic])>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results[i] = examples(in: documents[i])
        }
        var all: [(document: String, example: Example)] = []
        for (i, result) in results.values.enumerated() {
            guard let (examples, problems) = result else { continue }
            diagnostics += problems
            all += examples.map { (documents[i].documentPath, $0) }
        }
        return (all, diagnostics, documents.count)
    }

    /// The examples of one labelled document.
    public func examples(in document: LabelledDocument) -> ([Example], [Diagnostic]) {
        guard let labelData = FileManager.default.contents(atPath: document.labelPath) else {
            return ([], [Diagnostic(.error, path: document.labelPath, message: "cannot read the label file")])
        }
        let source: SourceDocument
        let labels: LabelFile
        do {
            labels = try LabelFile.decode([UInt8](labelData), path: document.labelPath).0
            source = try DocumentLoader.load(path: document.documentPath, format: nil).0
        } catch {
            return ([], [error])
        }
        let (resolved, errors) = LabelResolver.resolve(labels, in: source.bytes, documentPath: document.documentPath,
                                                       labelPath: document.labelPath)
        let scanned = Auditor().scan(source)
        let features = Classifier(rules: rules).contextFeatures(scanned)
        let mentions = Auditor.assemble(ClassifiedDocument(scanned: scanned, classifications: scanned.scan.mentions.map { _ in nil },
                                                           claims: []), assessments: []).mentions
        var examples: [Example] = []
        for pair in MentionMatcher.match(resolved, mentions).pairs {
            let label = resolved[pair.label].label
            guard let outcome = ContextModel.Outcome(kind: label.kind, costClass: label.costClass),
                  features.indices.contains(pair.prediction) else { continue }
            examples.append(Example(features: features[pair.prediction], outcome: outcome, span: mentions[pair.prediction].span))
        }
        return (examples, errors)
    }

    /// The training examples as TSV, one line per labelled mention: document,
    /// line, column, byte offset, labelled outcome, features separated by spaces.
    public static func examplesTSV(_ examples: [(document: String, example: Example)]) -> String {
        var text = "document\tline\tcolumn\toffset\toutcome\tfeatures\n"
        for (document, e) in examples {
            let at = e.span.location
            text += document + "\t\(at.line)\t\(at.column)\t\(e.span.start)\t" + e.outcome.rawValue + "\t"
                + e.features.joined(separator: " ") + "\n"
        }
        return text
    }

    /// The command that trains a model, as its file's header records it
    /// (`# Written by 'claimaudit train Corpus Corpus/holdout/h2- --min-count 2' from …`),
    /// so that `claimaudit train --verify` can retrain the same way.
    public struct Command: Sendable, Hashable, CustomStringConvertible {
        public var paths: [String]
        public var minimumCount: Int

        public init(paths: [String], minimumCount: Int = ContextModelTrainer.defaultMinimumCount) {
            self.paths = paths
            self.minimumCount = minimumCount
        }

        /// The header line's start, before the quoted command.
        static let marker = "# Written by '"

        /// Reads the command from a model's header lines.
        public init?(header: [String]) {
            guard let line = header.first(where: { $0.hasPrefix(Self.marker + "claimaudit train ") }) else { return nil }
            let quoted = line.dropFirst(Self.marker.count + "claimaudit train ".count)
            guard let end = quoted.firstIndex(of: "'") else { return nil }
            var words = quoted[..<end].split(separator: " ").map(String.init)
            var minimum = ContextModelTrainer.defaultMinimumCount
            if let k = words.firstIndex(of: "--min-count"), k + 1 < words.count, let n = Int(words[k + 1]) {
                minimum = n
                words.removeSubrange(k...(k + 1))
            }
            guard !words.isEmpty else { return nil }
            self.init(paths: words, minimumCount: minimum)
        }

        /// `claimaudit train PATH… [--min-count N]` (the default minimum left out).
        public var description: String {
            let minimum = minimumCount == ContextModelTrainer.defaultMinimumCount ? [] : ["--min-count", String(minimumCount)]
            return "claimaudit train " + (paths + minimum).joined(separator: " ")
        }

        /// The header line that records the command, with what it counted.
        public func headerLine(documents: Int, mentions: Int, version: String) -> String {
            Self.marker + description + "' from \(documents) documents, \(mentions) mentions, \(version)."
        }
    }

    /// Labelled documents in a folder whose file names start with a prefix
    /// (`Corpus/holdout/h2-`).
    static func documents(withPrefix prefix: String) -> ([LabelledDocument], [Diagnostic]) {
        let url = URL(fileURLWithPath: prefix)
        let dir = url.deletingLastPathComponent().path
        let start = url.lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            return ([], [Diagnostic(.error, path: prefix, message: "no such file or folder")])
        }
        let paths = names.filter { $0.hasPrefix(start) }.sorted().map { dir + "/" + $0 }
        guard !paths.isEmpty else { return ([], [Diagnostic(.error, path: prefix, message: "no file starts with this prefix")]) }
        return LabelledDocument.discover(paths)
    }
}
