import Foundation
import Testing

/// Compares `actual` with `Tests/ClaimAuditTests/Snapshots/<name>.<ext>`.
///
/// When the file is missing, or `RECORD_SNAPSHOTS=1` is set, the snapshot
/// is (re)written and the test fails once, so a recorded snapshot is always
/// looked at before it is trusted. Otherwise a difference fails with a
/// line diff. The folder is found from `#filePath`, so no resources are
/// bundled.
func assertSnapshot(_ actual: String, named name: String, extension ext: String = "txt",
                    filePath: String = #filePath, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name).\(ext)")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
    let existing = try? String(contentsOf: file, encoding: .utf8)
    if record || existing == nil {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(file.lastPathComponent); check it and run again.", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Cannot write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = existing, expected != actual else { return }
    let diff = lineDiff(expected: expected, actual: actual)
    Issue.record(Comment(rawValue: "Snapshot \(file.lastPathComponent) differs (RECORD_SNAPSHOTS=1 to accept):\n\(diff)"),
                 sourceLocation: sourceLocation)
}

/// A short line diff: the first differing lines with `-` (expected) and `+`
/// (actual), a few lines of context, and at most 40 lines.
func lineDiff(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var prefix = 0
    while prefix < min(e.count, a.count), e[prefix] == a[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < min(e.count, a.count) - prefix, e[e.count - 1 - suffix] == a[a.count - 1 - suffix] { suffix += 1 }
    var out: [String] = ["@@ line \(prefix + 1) @@"]
    for line in e[max(0, prefix - 2)..<prefix] { out.append("  " + line) }
    for line in e[prefix..<(e.count - suffix)] { out.append("- " + line) }
    for line in a[prefix..<(a.count - suffix)] { out.append("+ " + line) }
    if out.count > 40 { out = Array(out.prefix(40)) + ["… (\(out.count - 40) more lines)"] }
    return out.joined(separator: "\n")
}
