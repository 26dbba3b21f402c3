import ClaimAudit
import Foundation

// TEMPORARY — replaced by the doc branch's InputCollector once merged.

/// Turns `check` arguments into audit inputs: files as given, folders walked
/// recursively (hidden entries skipped, sorted), `-` read from standard input.
enum InputCollection {
    static func collect(_ paths: [String], extensions: Set<String>, format: SourceFormat?) -> [AuditInput] {
        var inputs: [AuditInput] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                inputs.append(.document(path: "-", text: String(decoding: data, as: UTF8.self), format: format ?? .markdown))
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                inputs.append(.failed(path: path, Diagnostic(.error, path: path, message: "no such file or directory")))
                continue
            }
            guard isDir.boolValue else { inputs.append(.file(path: path, format: format)); continue }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            var found: [String] = []
            if let walker = fm.enumerator(atPath: path) {
                while let rel = walker.nextObject() as? String {
                    let name = (rel as NSString).lastPathComponent
                    if name.hasPrefix(".") { walker.skipDescendants(); continue }
                    if extensions.contains((name as NSString).pathExtension.lowercased()) { found.append(base + "/" + rel) }
                }
            }
            for file in found.sorted() { inputs.append(.file(path: file, format: format)) }
        }
        return inputs
    }
}
