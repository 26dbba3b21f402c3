import Foundation

/// Reads input files and standard input into `SourceDocument`s.
///
/// Outcomes, by case:
/// - missing or unreadable path, a folder or a device: throws an `.error`
///   diagnostic (`no such file or directory`, `permission denied`,
///   `is a directory`, `not a regular file`);
/// - binary content (a NUL byte in the first 8 KB, a known binary signature
///   such as PDF, PNG, ZIP, gzip or ELF, or UTF-16/32 byte order marks):
///   throws a `.warning` diagnostic — the file is skipped, which is not a
///   failure of the run;
/// - empty file: returns the (empty) document with a `.warning`
///   `empty file`; it has no prose and no mentions;
/// - invalid UTF-8: returns the document with a `.warning` that names the
///   line and column of the first bad byte; the prose gets U+FFFD there.
///
/// Inputs are only read, never modified. Bytes are kept exactly as read
/// (a BOM included): every offset reported indexes the raw file.
public enum DocumentLoader {
    /// Reads the file at `path`. The format is `format` when given, else
    /// derived from the extension, else sniffed from the content
    /// (`SourceFormat.sniff`). The path `-` reads standard input.
    public static func load(path: String, format: SourceFormat?) throws(Diagnostic) -> (SourceDocument, [Diagnostic]) {
        if path == "-" { return readStandardInput(format: format) }
        let bytes = try readFile(path)
        return try document(bytes: bytes, path: path, format: format ?? SourceFormat(fileExtension: (path as NSString).pathExtension))
    }

    /// Reads all of standard input as the document `-`. With `format` nil the
    /// format is sniffed. Never throws: a binary input comes back as an empty
    /// document with the warning beside it.
    public static func readStandardInput(format: SourceFormat?) -> (SourceDocument, [Diagnostic]) {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        do {
            return try document(bytes: [UInt8](data), path: "-", format: format)
        } catch {
            return (SourceDocument(path: "-", bytes: [], format: format ?? .text), [error])
        }
    }

    /// Checks bytes already read and wraps them as a document; the format is
    /// sniffed when `format` is nil. Throws a `.warning` for binary content.
    public static func document(bytes: [UInt8], path: String, format: SourceFormat?) throws(Diagnostic) -> (SourceDocument, [Diagnostic]) {
        if let reason = binaryReason(bytes) {
            throw Diagnostic(.warning, path: path, message: "binary file skipped (\(reason))")
        }
        var warnings: [Diagnostic] = []
        if bytes.isEmpty {
            warnings.append(Diagnostic(.warning, path: path, message: "empty file"))
        } else if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            let location = LineIndex(bytes: Array(bytes[..<min(bytes.count, bad + 1)])).location(of: bad)
            warnings.append(Diagnostic(.warning, path: path, location: location,
                                       message: "invalid UTF-8 at line \(location.line); decoded with replacement characters"))
        }
        let fmt = format ?? SourceFormat.sniff(bytes)
        return (SourceDocument(path: path, bytes: bytes, format: fmt), warnings)
    }

    /// Why `bytes` look binary, or nil when they look like text.
    public static func binaryReason(_ bytes: [UInt8]) -> String? {
        func starts(_ sig: [UInt8]) -> Bool { bytes.count >= sig.count && Array(bytes[0..<sig.count]) == sig }
        if starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) { return "UTF-16 or UTF-32 text; convert it to UTF-8" }
        if starts([0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 text; convert it to UTF-8" }
        let signatures: [(String, [UInt8])] = [
            ("PDF", Array("%PDF-".utf8)), ("PNG", [0x89, 0x50, 0x4E, 0x47]), ("GIF", Array("GIF8".utf8)),
            ("JPEG", [0xFF, 0xD8, 0xFF]), ("ZIP", [0x50, 0x4B, 0x03, 0x04]), ("gzip", [0x1F, 0x8B]),
            ("ELF", [0x7F, 0x45, 0x4C, 0x46]), ("Mach-O", [0xCF, 0xFA, 0xED, 0xFE]), ("Mach-O", [0xCE, 0xFA, 0xED, 0xFE]),
            ("Mach-O", [0xCA, 0xFE, 0xBA, 0xBE]), ("bzip2", Array("BZh".utf8)), ("7z", [0x37, 0x7A, 0xBC, 0xAF]),
            ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A]), ("SQLite", Array("SQLite format 3".utf8)), ("RIFF", Array("RIFF".utf8)),
            ("WebAssembly", [0x00, 0x61, 0x73, 0x6D]),
        ]
        for (name, sig) in signatures where starts(sig) { return "\(name) signature" }
        let n = min(bytes.count, 8192)
        var controls = 0
        for i in 0..<n {
            let b = bytes[i]
            if b == 0 { return "NUL byte at offset \(i)" }
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C, b != 0x1B { controls += 1 }
        }
        if n >= 32, controls * 10 > n { return "\(controls) control bytes in the first \(n)" }
        return nil
    }

    /// Reads a whole file with POSIX calls, turning `errno` into a diagnostic.
    static func readFile(_ path: String) throws(Diagnostic) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ioError(path, errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ioError(path, errno) }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { throw ioError(path, EISDIR) }
        // Devices such as /dev/zero never end; pipes (a FIFO, /dev/stdin) are fine.
        guard type == S_IFREG || type == S_IFIFO else {
            throw Diagnostic(.error, path: path, message: "not a regular file")
        }
        var result: [UInt8] = []
        result.reserveCapacity(max(0, Int(st.st_size)))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw ioError(path, errno)
            }
            if got == 0 { break }
            result.append(contentsOf: chunk[0..<got])
        }
        return result
    }

    static func ioError(_ path: String, _ code: Int32) -> Diagnostic {
        var message = String(cString: strerror(code))
        if let first = message.first { message = first.lowercased() + message.dropFirst() }
        return Diagnostic(.error, path: path, message: message)
    }
}
