import Foundation
import Testing
@testable import ClaimAudit

@Suite struct DocumentLoaderTests {
    /// A fresh temporary folder for one test.
    static func tempDir() -> String {
        let dir = NSTemporaryDirectory() + "claimaudit-doc-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func loadsAFileAndDerivesTheFormat() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/post.md"
        try "# Costs\n\nIt is $5 per user.\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (doc, warnings) = try DocumentLoader.load(path: path, format: nil)
        #expect(doc.format == .markdown)
        #expect(doc.path == path)
        #expect(warnings.isEmpty)
        // The file is not modified.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "# Costs\n\nIt is $5 per user.\n")
    }

    @Test func missingFileAndFolderAreErrors() {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: Diagnostic(.error, path: dir + "/nope.md", message: "no such file or directory")) {
            try DocumentLoader.load(path: dir + "/nope.md", format: nil)
        }
        #expect(throws: Diagnostic(.error, path: dir, message: "is a directory")) {
            try DocumentLoader.load(path: dir, format: nil)
        }
        #expect(throws: Diagnostic(.error, path: "/dev/zero", message: "not a regular file")) {
            try DocumentLoader.load(path: "/dev/zero", format: nil)
        }
    }

    @Test func invalidUTF8IsAWarningNamingTheLine() throws {
        let bytes = Array("First line $5.\nSecond ".utf8) + [0xFF, 0xFE] + Array(" costs $6.\n".utf8)
        let (doc, warnings) = try DocumentLoader.document(bytes: bytes, path: "x.txt", format: .text)
        #expect(doc.bytes == bytes)
        #expect(warnings == [Diagnostic(.warning, path: "x.txt", location: ClaimAudit.SourceLocation(line: 2, column: 8),
                                        message: "invalid UTF-8 at line 2; decoded with replacement characters")])
        let prose = Masker.prose(of: doc)
        let text = String(decoding: prose.bytes, as: UTF8.self)
        #expect(text == "First line $5.\nSecond \u{FFFD}\u{FFFD} costs $6.")
        #expect(String(validating: prose.bytes, as: UTF8.self) != nil)
        // "$6" still maps to its raw bytes.
        let m = Masked(bytes: bytes, .text)
        #expect(m.rawText(of: "$6.") == "$6.")
        #expect(m.rawText(of: "\u{FFFD}") == String(decoding: [0xFF], as: UTF8.self))
    }

    @Test func truncatedSequencesBecomeOneReplacementEach() {
        // E2 82 is a truncated euro sign; C0 is never valid.
        let m = Masked(bytes: Array("a".utf8) + [0xE2, 0x82] + Array("b".utf8) + [0xC0] + Array("€".utf8), .text)
        #expect(m.trimmed == "a\u{FFFD}b\u{FFFD}€")
    }

    @Test func binaryFilesAreSkippedWithAWarning() {
        var bytes = Array("text".utf8)
        bytes.append(0)
        #expect(throws: Diagnostic(.warning, path: "b.md", message: "binary file skipped (NUL byte at offset 4)")) {
            try DocumentLoader.document(bytes: bytes, path: "b.md", format: nil)
        }
        #expect(DocumentLoader.binaryReason(Array("%PDF-1.7\n".utf8)) == "PDF signature")
        #expect(DocumentLoader.binaryReason([0xFF, 0xFE, 0x41, 0x00]) != nil)
        #expect(DocumentLoader.binaryReason(Array("Plain prose with $5 in it.\n".utf8)) == nil)
    }

    @Test func emptyFileIsAWarningWithAnEmptyDocument() throws {
        let (doc, warnings) = try DocumentLoader.document(bytes: [], path: "e.md", format: nil)
        #expect(doc.bytes.isEmpty)
        #expect(warnings == [Diagnostic(.warning, path: "e.md", message: "empty file")])
        #expect(Masker.prose(of: doc).bytes.isEmpty)
    }

    @Test func bomIsKeptInBytesAndLeftOutOfProse() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Fee: $5.".utf8)
        let (doc, warnings) = try DocumentLoader.document(bytes: bytes, path: "-", format: .text)
        #expect(warnings.isEmpty)
        #expect(doc.bytes.count == bytes.count)
        let m = Masked(bytes: bytes, .text)
        #expect(m.trimmed == "Fee: $5.")
        #expect(m.prose.map.rawRange(of: 5..<7) == 8..<10)
    }

    @Test func sniffing() {
        #expect(SourceFormat.sniff(Array("<!DOCTYPE html><html><body><p>$5</p></body></html>".utf8)) == .html)
        #expect(SourceFormat.sniff(Array("  <html>\n<p>x</p>".utf8)) == .html)
        #expect(SourceFormat.sniff(Array("Intro\n<p>One</p>\n<p>Two</p>\n<div>Three</div>".utf8)) == .html)
        #expect(SourceFormat.sniff(Array("# Title\n\nSome text.".utf8)) == .markdown)
        #expect(SourceFormat.sniff(Array("Text with a [link](https://x.y).".utf8)) == .markdown)
        #expect(SourceFormat.sniff(Array("---\ntitle: x\n---\nbody".utf8)) == .markdown)
        #expect(SourceFormat.sniff(Array("Costs are $5 per user.\nThat is all; a < b.\n".utf8)) == .text)
        #expect(SourceFormat.sniff([]) == .text)
    }

    @Test func unknownExtensionIsSniffed() throws {
        let dir = Self.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/notes.post"
        try "<html><body><p>Fee $5</p></body></html>".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try DocumentLoader.load(path: path, format: nil).0.format == .html)
        #expect(try DocumentLoader.load(path: path, format: .text).0.format == .text)
    }
}
