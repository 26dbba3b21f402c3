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
        #expect(ExitPolicy.status(of: docs, failOn: .none) == .inputError)
    }

    @Test func aMissingFileIsADocumentWithAnError() {
        let doc = BatchAudit(auditor: Auditor()).audit(.file(path: "/nonexistent/claimaudit/x.md", format: nil))
        #expect(doc.mentions.isEmpty)
        #expect(doc.diagnostics.map(\.level) == [.error])
    }

    @Test func noInputsNoDocuments() {
        #expect(BatchAudit(auditor: Auditor()).run([]).isEmpty)
    }
}
