import Foundation

/// A document with a `NAME.expected.json` beside it.
public struct LabelledDocument: Sendable, Hashable {
    /// `NAME.md`, `NAME.markdown`, `NAME.txt`, `NAME.html` or `NAME.htm`.
    public var documentPath: String
    /// `NAME.expected.json`.
    public var labelPath: String

    public init(documentPath: String, labelPath: String) {
        self.documentPath = documentPath
        self.labelPath = labelPath
    }

    /// The suffix of a label file.
    public static let labelSuffix = ".expected.json"
    /// Document extensions looked for beside a label file, in this order.
    public static let documentExtensions = ["md", "markdown", "txt", "html", "htm"]

    /// Subfolders a walk skips: a held-out set (`Corpus/holdout/`) is scored
    /// only when named directly, so that tuning on `Corpus/` never sees it.
    public static let heldOutFolders: Set<String> = ["holdout"]

    /// Finds labelled documents under `paths`: folders are walked
    /// recursively (hidden and `holdout` subfolders skipped); a label file
    /// or a document may also be named directly. Sorted by path, without
    /// duplicates.
    ///
    /// - Returns: the documents and errors (a label file with no document
    ///   beside it, a named document with no labels, a missing path).
    public static func discover(_ paths: [String]) -> ([LabelledDocument], [Diagnostic]) {
        let fm = FileManager.default
        var labelFiles: [String] = []
        var errors: [Diagnostic] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                errors.append(Diagnostic(.error, path: path, message: "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                labelFiles += walk(path)
            } else if path.hasSuffix(labelSuffix) {
                labelFiles.append(path)
            } else {
                let stem = (path as NSString).deletingPathExtension
                let label = stem + labelSuffix
                if fm.fileExists(atPath: label) {
                    labelFiles.append(label)
                } else {
                    errors.append(Diagnostic(.error, path: path, message: "no labels beside it (expected \(label))"))
                }
            }
        }
        var seen: Set<String> = []
        var found: [LabelledDocument] = []
        for label in labelFiles.sorted() where seen.insert(label).inserted {
            let stem = String(label.dropLast(labelSuffix.count))
            let candidates = documentExtensions.map { stem + "." + $0 }.filter { fm.fileExists(atPath: $0) }
            guard let document = candidates.first else {
                errors.append(Diagnostic(.error, path: label, message:
                    "no document beside this label file (looked for \(documentExtensions.map { "\((stem as NSString).lastPathComponent).\($0)" }.joined(separator: ", ")))"))
                continue
            }
            if candidates.count > 1 {
                errors.append(Diagnostic(.warning, path: label, message:
                    "several documents share this name (\(candidates.joined(separator: ", "))); scoring \(document)"))
            }
            found.append(LabelledDocument(documentPath: document, labelPath: label))
        }
        return (found, errors)
    }

    private static func walk(_ root: String) -> [String] {
        let fm = FileManager.default
        var result: [String] = []
        guard let entries = try? fm.contentsOfDirectory(atPath: root) else { return [] }
        for name in entries.sorted() where !name.hasPrefix(".") {
            let path = root == "." ? name : root.hasSuffix("/") ? root + name : root + "/" + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                if heldOutFolders.contains(name) { continue }
                result += walk(path)
            } else if name.hasSuffix(labelSuffix) {
                result.append(path)
            }
        }
        return result
    }
}
