import ClaimAudit
import Foundation

/// Writes lines to standard output and standard error without buffering
/// surprises between the two.
enum Console {
    static func out(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
    static func error(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
}

/// Where the report goes: standard output, or the `--output` file.
final class ReportSink: @unchecked Sendable {
    private let handle: FileHandle
    private let ownsHandle: Bool
    private let lock = NSLock()

    init(path: String?) throws(Diagnostic) {
        guard let path else { handle = .standardOutput; ownsHandle = false; return }
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let file = FileHandle(forWritingAtPath: path) else {
            throw Diagnostic(.error, path: path, message: "--output: cannot write this file")
        }
        handle = file
        ownsHandle = true
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        handle.write(Data(text.utf8))
    }

    func close() {
        if ownsHandle { try? handle.close() }
    }

    /// Appends to a file (such as `$GITHUB_STEP_SUMMARY`), creating it when missing.
    static func append(_ text: String, toFileAt path: String) {
        if !FileManager.default.fileExists(atPath: path) { _ = FileManager.default.createFile(atPath: path, contents: nil) }
        guard let h = FileHandle(forWritingAtPath: path) else { return }
        h.seekToEndOfFile()
        h.write(Data(text.utf8))
        try? h.close()
    }
}
