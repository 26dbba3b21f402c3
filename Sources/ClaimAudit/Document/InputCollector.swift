import Foundation

/// Expands command-line paths into the files to audit.
///
/// - A path to a file is taken as given, whatever its extension.
/// - A folder is walked recursively; it yields files whose extension is in
///   `extensions` (case-insensitive). Hidden files and folders (name starting
///   with `.`) are skipped inside walks, though a hidden path given
///   explicitly is used.
/// - Order is deterministic: arguments in order; inside a folder, entries
///   sorted by name (byte order), depth first.
/// - Symbolic links are followed. A folder whose real path is already being
///   walked (a symlink loop) is reported as a warning and skipped; one that
///   was already walked elsewhere is skipped silently. Files reached twice
///   (same real path) are listed once.
/// - `ignore` patterns (gitignore style, each relative to its root) leave
///   files and whole folders out of walks; a file named explicitly is still
///   checked.
/// - `-` (standard input) is passed through as is.
/// - Missing or unreadable paths become `.error` diagnostics; the other
///   paths are still collected.
public struct InputCollector: Sendable {
    /// Extensions picked up in folder walks by default.
    public static let defaultExtensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]

    /// Extensions (lowercase, without the dot) picked up in folder walks.
    public var extensions: Set<String>
    /// Paths left out of folder walks.
    public var ignore: [PathPattern]

    public init(extensions: Set<String> = InputCollector.defaultExtensions, ignore: [PathPattern] = []) {
        self.extensions = Set(extensions.map { $0.lowercased().hasPrefix(".") ? String($0.lowercased().dropFirst()) : $0.lowercased() })
        self.ignore = ignore
    }

    /// The files named by `paths`, and the problems met on the way.
    public func collect(_ paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var walk = Walk(extensions: extensions, ignore: ignore)
        for path in paths {
            if path == "-" { walk.files.append(path); continue }
            var st = stat()
            guard stat(path, &st) == 0 else {
                let code = errno
                var lst = stat()
                if code == ENOENT, lstat(path, &lst) == 0 {
                    walk.diagnostics.append(Diagnostic(.error, path: path, message: "broken symbolic link"))
                } else {
                    walk.diagnostics.append(DocumentLoader.ioError(path, code))
                }
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk.walk(folder: path, ancestors: [])
            } else {
                walk.addFile(path)
            }
        }
        return (walk.files, walk.diagnostics)
    }

    private struct Walk {
        let extensions: Set<String>
        let ignore: [PathPattern]
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        var seenFiles: Set<String> = []
        var walkedFolders: Set<String> = []

        mutating func addFile(_ path: String) {
            let real = realPath(path) ?? path
            guard seenFiles.insert(real).inserted else { return }
            if access(path, R_OK) != 0 {
                diagnostics.append(DocumentLoader.ioError(path, errno))
                return
            }
            files.append(path)
        }

        mutating func walk(folder: String, ancestors: [String]) {
            let real = realPath(folder) ?? folder
            if ancestors.contains(real) {
                diagnostics.append(Diagnostic(.warning, path: folder, message: "symbolic link loop: resolves to \(real), which is already being walked; skipped"))
                return
            }
            guard walkedFolders.insert(real).inserted else { return }
            guard let dir = opendir(folder) else {
                diagnostics.append(DocumentLoader.ioError(folder, errno))
                return
            }
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }   // hidden, and . / ..
                names.append(name)
            }
            closedir(dir)
            names.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            let path = ancestors + [real]
            for name in names {
                let child = prefix + name
                var st = stat()
                guard stat(child, &st) == 0 else {
                    diagnostics.append(Diagnostic(.warning, path: child, message: errno == ENOENT ? "broken symbolic link; skipped" : DocumentLoader.ioError(child, errno).message))
                    continue
                }
                let isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
                if isIgnored(child, isDirectory: isDirectory) { continue }
                if isDirectory {
                    walk(folder: child, ancestors: path)
                } else if (st.st_mode & S_IFMT) == S_IFREG {
                    let ext = (name as NSString).pathExtension.lowercased()
                    if extensions.contains(ext) { addFile(child) }
                }
            }
        }

        /// Whether an `ignore` pattern matches `path`.
        func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
            guard !ignore.isEmpty else { return false }
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            return ignore.contains { $0.matches(absolutePath: absolute, isDirectory: isDirectory) }
        }

        func realPath(_ path: String) -> String? {
            guard let p = realpath(path, nil) else { return nil }
            defer { free(p) }
            return String(cString: p)
        }
    }
}
