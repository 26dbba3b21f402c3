import Dispatch
import Foundation

/// One thing to audit.
public enum AuditInput: Sendable {
    /// A file; `format` forces the format (else it comes from the extension).
    case file(path: String, format: SourceFormat?)
    /// A document already read (standard input), with the warnings met
    /// reading it.
    case document(SourceDocument, warnings: [Diagnostic] = [])
    /// An input that could not be collected (a missing path): reported as a
    /// document with this error and no mentions.
    case failed(path: String, Diagnostic)

    public var path: String {
        switch self {
        case .file(let path, _), .failed(let path, _): path
        case .document(let document, _): document.path
        }
    }
}

/// Audits many inputs in parallel and hands the results back in input
/// order, each as soon as it and every input before it are done, so that
/// streaming reporters print file by file.
///
/// ```swift
/// let batch = BatchAudit(auditor: Auditor(configuration: try .defaults()))
/// let documents = batch.run([.file(path: "a.md", format: nil)]) { index, document in
///     print(reporter.report(document, at: index), terminator: "")
/// }
/// ```
public struct BatchAudit: Sendable {
    public var auditor: Auditor

    public init(auditor: Auditor) { self.auditor = auditor }

    /// The inputs named on a command line, in order: `-` is standard input
    /// (read now, as `stdinFormat` or sniffed), folders are walked by
    /// `collector`, and a path that cannot be collected becomes a `.failed`
    /// input at its place, so the report keeps argument order. Warnings
    /// about the walk itself (symbolic link loops, a folder with no file
    /// to check) are returned beside.
    public static func inputs(for paths: [String], collector: InputCollector = InputCollector(), format: SourceFormat? = nil)
        -> (inputs: [AuditInput], warnings: [Diagnostic]) {
        var inputs: [AuditInput] = []
        var warnings: [Diagnostic] = []
        var seen: Set<String> = []
        for path in paths {
            if path == "-" {
                let (document, readWarnings) = DocumentLoader.readStandardInput(format: format)
                inputs.append(.document(document, warnings: readWarnings))
                continue
            }
            let (files, diagnostics) = collector.collect([path])
            for d in diagnostics {
                if d.level == .error { inputs.append(.failed(path: d.path ?? path, d)) } else { warnings.append(d) }
            }
            if files.isEmpty && diagnostics.isEmpty {
                let list = collector.extensions.sorted().joined(separator: ", ")
                warnings.append(Diagnostic(.warning, path: path, message: "no files to check (extensions: \(list))"))
            }
            for file in files where seen.insert(file).inserted {
                inputs.append(.file(path: file, format: format))
            }
        }
        return (inputs, warnings)
    }

    /// Audits one input.
    public func audit(_ input: AuditInput) -> AuditedDocument {
        switch input {
        case let .file(path, format):
            return auditor.audit(fileAt: path, format: format)
        case let .document(document, warnings):
            var result = auditor.audit(document)
            result.diagnostics.insert(contentsOf: warnings, at: 0)
            return result
        case let .failed(path, diagnostic):
            let format = SourceFormat(fileExtension: (path as NSString).pathExtension) ?? .text
            return AuditedDocument(path: path, format: format, mentions: [], claims: [], diagnostics: [diagnostic])
        }
    }

    /// Audits every input (in parallel across cores) and returns the
    /// documents in input order. `onDocument` is called once per input, in
    /// input order, never concurrently.
    public func run(_ inputs: [AuditInput],
                    onDocument: @escaping @Sendable (Int, AuditedDocument) -> Void = { _, _ in }) -> [AuditedDocument] {
        let delivery = OrderedDelivery(count: inputs.count, deliver: onDocument)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
            delivery.complete(i, audit(inputs[i]))
        }
        return delivery.results
    }
}

/// Collects results that finish in any order and delivers them in index order.
private final class OrderedDelivery: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [AuditedDocument?]
    private var next = 0
    private let deliver: @Sendable (Int, AuditedDocument) -> Void

    init(count: Int, deliver: @escaping @Sendable (Int, AuditedDocument) -> Void) {
        slots = Array(repeating: nil, count: count)
        self.deliver = deliver
    }

    /// Stores a result, then delivers every result that is now in order.
    /// Delivery happens under the lock, so callbacks never overlap.
    func complete(_ index: Int, _ document: AuditedDocument) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = document
        while next < slots.count, let ready = slots[next] {
            deliver(next, ready)
            next += 1
        }
    }

    var results: [AuditedDocument] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
