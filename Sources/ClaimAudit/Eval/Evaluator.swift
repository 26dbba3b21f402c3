import Foundation

/// Runs the full pipeline on labelled documents and scores it.
///
/// ```swift
/// let evaluator = Evaluator(auditor: Auditor(configuration: try .defaults()))
/// let report = evaluator.evaluate(paths: ["Corpus"])
/// print(report.text())
/// ```
public struct Evaluator: Sendable {
    public var auditor: Auditor

    public init(auditor: Auditor) {
        self.auditor = auditor
    }

    /// Evaluates every labelled document found under `paths`.
    public func evaluate(paths: [String]) -> EvalReport {
        let (documents, errors) = LabelledDocument.discover(paths)
        var report = evaluate(documents)
        report.diagnostics.insert(contentsOf: errors, at: 0)
        return report
    }

    /// Evaluates the given documents (concurrently); the report keeps
    /// their order.
    public func evaluate(_ documents: [LabelledDocument]) -> EvalReport {
        let results = ResultSlots<(DocumentEvaluation?, [Diagnostic])>(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            results[i] = evaluate(documents[i])
        }
        var evaluations: [DocumentEvaluation] = []
        var diagnostics: [Diagnostic] = []
        for result in results.values {
            guard let (evaluation, problems) = result else { continue }
            diagnostics += problems
            if let evaluation { evaluations.append(evaluation) }
        }
        return EvalReport(evaluations: evaluations, diagnostics: diagnostics)
    }

    /// Evaluates one document. A label file that cannot be decoded, or a
    /// document that cannot be read, gives no evaluation; labels whose quote
    /// is not found are reported and left out, the rest is scored.
    public func evaluate(_ document: LabelledDocument) -> (DocumentEvaluation?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let labelData = FileManager.default.contents(atPath: document.labelPath) else {
            return (nil, [Diagnostic(.error, path: document.labelPath, message: "cannot read the label file")])
        }
        let labels: LabelFile
        do {
            let (file, warnings) = try LabelFile.decode([UInt8](labelData), path: document.labelPath)
            labels = file
            diagnostics += warnings
        } catch {
            return (nil, [error])
        }
        let source: SourceDocument
        do {
            let (loaded, warnings) = try DocumentLoader.load(path: document.documentPath, format: nil)
            source = loaded
            diagnostics += warnings
        } catch {
            return (nil, diagnostics + [error])
        }
        let (resolved, errors) = LabelResolver.resolve(labels, in: source.bytes, documentPath: document.documentPath,
                                                       labelPath: document.labelPath,
                                                       labelLocations: LabelFile.mentionLocations(in: [UInt8](labelData)))
        diagnostics += errors
        diagnostics += LabelResolver.outsideProse(resolved, prose: Masker.prose(of: source), documentPath: document.documentPath,
                                                  labelPath: document.labelPath,
                                                  labelLocations: LabelFile.mentionLocations(in: [UInt8](labelData)))
        let audited = auditor.audit(source)
        diagnostics += audited.diagnostics
        let predictions = audited.mentions.map(PredictedMention.init)
        return (DocumentEvaluation(path: document.documentPath, labels: resolved, predictions: predictions), diagnostics)
    }
}

/// The result of an eval run: the figures, every disagreement and every
/// problem met on the way.
public struct EvalReport: Sendable {
    public var evaluations: [DocumentEvaluation]
    public var scorecard: Scorecard
    /// In document order, documents sorted by path.
    public var disagreements: [Disagreement]
    /// Label and document errors and warnings.
    public var diagnostics: [Diagnostic]

    public init(evaluations: [DocumentEvaluation], diagnostics: [Diagnostic] = []) {
        self.evaluations = evaluations
        self.scorecard = Scorecard(evaluations)
        self.disagreements = evaluations.flatMap(Disagreement.list(in:))
        self.diagnostics = diagnostics
    }

    /// Any error (exit status 2): a label not found, a file not decoded.
    public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }
}

/// Fixed slots filled from concurrent iterations, each slot by one of them.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { slots } }
}
