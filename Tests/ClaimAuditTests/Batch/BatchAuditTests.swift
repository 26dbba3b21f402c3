import Foundation
import Testing
@testable import ClaimAudit

@Suite struct BatchAuditTests {
    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var indices: [Int] = []
        func add(_ i: Int) { lock.lock(); indices.append(i); lock.unlock() }
    }

    @Test func resultsAndCallbacksComeInInputOrder() {
        let inputs: [AuditInput] = (0..<40).map { i in
            i % 7 == 3
                ? .failed(path: "missing-\(i).md", Diagnostic(.error, path: "missing-\(i).md", message: "no such file or directory"))
                : .document(SourceDocument(path: "doc-\(i).md", text: String(repeating: "Plans cost $\(i) per month.\n\n", count: (i * 7) % 11 + 1),
                                           format: .markdown))
        }
        let recorder = Recorder()
        let docs = BatchAudit(auditor: Auditor()).run(inputs) { i, _ in recorder.add(i) }
        #expect(docs.map(\.path) == inputs.map(\.path))
        #expect(recorder.indices == Array(0..<40))
        #expect(docs[3].diagnostics.first?.level == .error)
        #expect(docs[3].format == .markdown)
        #expect(ExitPolicy.status(of: docs, failOn: .none) == .inputError)
    }

    @Test func aMissingFileIsADocumentWithAnError() {
        let doc = BatchAudit(auditor: Auditor()).audit(.file(path: "/nonexistent/claimaudit/x.md", format: nil))
        #expect(doc.mentions.isEmpty)
        #expect(doc.diagnostics.map(\.level) == [.error])
    }

    @Test func inputsKeepArgumentOrderAndWarnAboutEmptyFolders() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("claimaudit-batch-\(UUID().uuidString)")
        try fm.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: root) }
        try fm.createDirectory(at: root.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try "Plans cost $5.".write(to: root.appendingPathComponent("docs/b.md"), atomically: true, encoding: .utf8)
        try "Plans cost $6.".write(to: root.appendingPathComponent("docs/a.txt"), atomically: true, encoding: .utf8)
        let base = root.path
        let (inputs, warnings) = BatchAudit.inputs(for: [base + "/docs/b.md", base + "/missing.md", base + "/docs", base + "/empty"])
        #expect(inputs.map(\.path) == [base + "/docs/b.md", base + "/missing.md", base + "/docs/a.txt"])
        if case .failed(_, let diagnostic) = inputs[1] { #expect(diagnostic.level == .error) } else { Issue.record("missing file not failed") }
        #expect(warnings.map(\.path) == [base + "/empty"])
        #expect(warnings.first?.message.hasPrefix("no files to check") == true)
    }

    @Test func noInputsNoDocuments() {
        #expect(BatchAudit(auditor: Auditor()).run([]).isEmpty)
    }
}
