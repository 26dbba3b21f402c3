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

/// A line diff from the longest common subsequence: changed lines as `-`
/// (expected) and `+` (actual) with one line of context around each change,
/// at most 60 lines.
func lineDiff(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    guard e.count * a.count <= 4_000_000 else { return "(too large to diff: \(e.count) vs \(a.count) lines)" }
    // lcs[i][j]: length of the LCS of e[i...] and a[j...].
    var lcs = Array(repeating: Array(repeating: 0, count: a.count + 1), count: e.count + 1)
    for i in stride(from: e.count - 1, through: 0, by: -1) {
        for j in stride(from: a.count - 1, through: 0, by: -1) {
            lcs[i][j] = e[i] == a[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
    }
    var ops: [(Character, Substring)] = []
    var i = 0, j = 0
    while i < e.count || j < a.count {
        if i < e.count, j < a.count, e[i] == a[j] { ops.append((" ", e[i])); i += 1; j += 1 }
        else if i < e.count, j == a.count || lcs[i + 1][j] >= lcs[i][j + 1] { ops.append(("-", e[i])); i += 1 }
        else { ops.append(("+", a[j])); j += 1 }
    }
    let changed = Set(ops.indices.filter { ops[$0].0 != " " })
    var out: [String] = []
    var last = -2
    for k in ops.indices where changed.contains(k) || changed.contains(k - 1) || changed.contains(k + 1) {
        if k != last + 1 { out.append("@@ line \(ops[..<k].filter { $0.0 != "+" }.count + 1) @@") }
        out.append("\(ops[k].0) \(ops[k].1)")
        last = k
    }
    if out.count > 60 { out = Array(out.prefix(60)) + ["… (\(out.count - 60) more lines)"] }
    return out.joined(separator: "\n")
}
