import Foundation

// STUB — replaced by the Document work. Signatures are the contract.

/// Reads input files.
public enum DocumentLoader {
    /// Reads the file at `path`. The format is `format` when given, else
    /// derived from the extension (plain text when unknown). Returns warnings
    /// (invalid UTF-8, …) beside the document; throws for missing, unreadable,
    /// binary or empty files.
    public static func load(path: String, format: SourceFormat?) throws(Diagnostic) -> (SourceDocument, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.error, path: path, message: "no such file")
        }
        let fmt = format ?? SourceFormat(fileExtension: (path as NSString).pathExtension) ?? .text
        return (SourceDocument(path: path, bytes: [UInt8](data), format: fmt), [])
    }
}
