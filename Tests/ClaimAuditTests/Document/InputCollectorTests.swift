import Foundation
import Testing
@testable import ClaimAudit

@Suite struct InputCollectorTests {
    /// Builds:
    /// ```
    /// root/b.md  root/a.txt  root/page.HTML  root/image.png  root/.hidden.md
    /// root/.git/config.md   root/sub/c.markdown  root/sub/deeper/d.htm
    /// root/sub/loop -> root   root/sub/dangling -> missing
    /// ```
    static func makeTree() throws -> String {
        let root = DocumentLoaderTests.tempDir()
        let fm = FileManager.default
        for dir in ["/.git", "/sub/deeper"] { try fm.createDirectory(atPath: root + dir, withIntermediateDirectories: true) }
        for file in ["/b.md", "/a.txt", "/page.HTML", "/image.png", "/.hidden.md", "/.git/config.md", "/sub/c.markdown", "/sub/deeper/d.htm"] {
            try "Cost $5.\n".write(toFile: root + file, atomically: true, encoding: .utf8)
        }
        try fm.createSymbolicLink(atPath: root + "/sub/loop", withDestinationPath: root)
        try fm.createSymbolicLink(atPath: root + "/sub/dangling", withDestinationPath: root + "/missing.md")
        return root
    }

    @Test func walksFoldersSortedSkippingHiddenAndOtherExtensions() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, diagnostics) = InputCollector().collect([root])
        #expect(files == [root + "/a.txt", root + "/b.md", root + "/page.HTML", root + "/sub/c.markdown", root + "/sub/deeper/d.htm"])
        #expect(diagnostics.contains { $0.level == .warning && $0.path == root + "/sub/loop" && $0.message.contains("symbolic link loop") })
        #expect(diagnostics.contains { $0.path == root + "/sub/dangling" && $0.message.contains("broken symbolic link") })
    }

    @Test func explicitFilesAnyExtensionAndMissingPaths() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, diagnostics) = InputCollector().collect([root + "/image.png", root + "/nope.md", "-", root + "/.hidden.md"])
        #expect(files == [root + "/image.png", "-", root + "/.hidden.md"])
        #expect(diagnostics == [Diagnostic(.error, path: root + "/nope.md", message: "no such file or directory")])
    }

    @Test func configurableExtensionsAndNoDuplicates() throws {
        let root = try Self.makeTree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (files, _) = InputCollector(extensions: [".PNG", "md"]).collect([root + "/b.md", root])
        #expect(files == [root + "/b.md", root + "/image.png"])
    }
}
