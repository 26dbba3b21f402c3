import Foundation
import Testing
@testable import ClaimAudit

/// Seeded random documents in all three formats through the whole pipeline:
/// nothing traps, every span indexes the raw bytes, and every reporter writes
/// well-formed output.
@Suite struct PipelineFuzzTests {
    static let seeds: [UInt64] = Array(1...12)

    @Test("random documents keep every pipeline invariant", arguments: seeds)
    func randomDocuments(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var documents: [AuditedDocument] = []
        for format in [SourceFormat.text, .markdown, .html] {
            for _ in 0..<4 {
                let bytes = Robustness.document(pieces: Int.random(in: 1...220, using: &rng), using: &rng)
                let result = Robustness.auditor.audit(SourceDocument(path: "fuzz-\(seed).\(format)", bytes: bytes, format: format))
                let problems = Robustness.violations(of: result, bytes: bytes)
                #expect(problems.isEmpty, "seed \(seed) \(format): \(problems.prefix(5)) in \(String(decoding: bytes, as: UTF8.self).debugDescription.prefix(2000))")
                documents.append(result)
            }
        }
        let problems = Robustness.reporterViolations(documents)
        #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5))")
    }

    @Test("the fuzzer does reach the checker: money mentions and claims appear")
    func fuzzerFindsMoney() {
        var rng = SeededGenerator(seed: 99)
        var mentions = 0, claims = 0
        for _ in 0..<10 {
            let bytes = Robustness.document(pieces: 150, using: &rng)
            let result = Robustness.auditor.audit(SourceDocument(path: "f.md", bytes: bytes, format: .markdown))
            mentions += result.mentions.count
            claims += result.claims.count
        }
        #expect(mentions > 20)
        #expect(claims > 0)
    }

    @Test("files loaded from disk keep the same invariants, warnings included")
    func loadedFromDisk() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("claimaudit-fuzz-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SeededGenerator(seed: 7)
        for (i, ext) in ["txt", "md", "html", "markdown", "htm", "weird"].enumerated() {
            // Skip NUL bytes here: the loader rightly skips such files as binary.
            let bytes = Robustness.document(pieces: 120, using: &rng).filter { $0 != 0 }
            let url = dir.appendingPathComponent("doc\(i).\(ext)")
            try Data(bytes).write(to: url)
            let result = Robustness.auditor.audit(fileAt: url.path)
            #expect(Robustness.violations(of: result, bytes: bytes).isEmpty)
            #expect(result.diagnostics.allSatisfy { $0.level != .error }, "\(result.diagnostics)")
            #expect(try Data(contentsOf: url) == Data(bytes), "the input must not change")
        }
    }
}
