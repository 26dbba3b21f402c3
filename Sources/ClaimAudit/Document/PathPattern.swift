import Foundation

/// A gitignore-style pattern for paths to leave out of folder walks.
///
/// - `*` matches within one path component, `?` one character, `**` any
///   number of components (`drafts/**/old-*.md`, `**/archive`).
/// - A pattern without `/` (other than a trailing one) matches the name of a
///   file or folder at any depth (`*.draft.md`, `node_modules`).
/// - A pattern with `/` matches from the root it is relative to (the folder
///   of the configuration file, or the working directory); a leading `/` is
///   allowed and means the same.
/// - A trailing `/` matches folders only.
/// - A pattern matching a folder leaves out everything under it.
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    /// The absolute folder the pattern is relative to.
    public let root: String
    private let components: [String]
    private let anchored: Bool
    private let directoryOnly: Bool

    public init(_ text: String, root: String = FileManager.default.currentDirectoryPath) {
        self.text = text
        self.root = root
        var t = text.trimmingCharacters(in: .whitespaces)
        directoryOnly = t.hasSuffix("/")
        while t.hasSuffix("/") { t.removeLast() }
        anchored = t.dropFirst().contains("/") || t.hasPrefix("/")
        while t.hasPrefix("/") { t.removeFirst() }
        components = t.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    public var description: String { text }

    /// Whether the absolute `path` is under `root` and matched.
    public func matches(absolutePath path: String, isDirectory: Bool) -> Bool {
        let base = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(base) else { return false }
        return matches(String(path.dropFirst(base.count)), isDirectory: isDirectory)
    }

    /// Whether the relative `path` (components joined by `/`) is matched.
    public func matches(_ path: String, isDirectory: Bool) -> Bool {
        if directoryOnly && !isDirectory { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.isEmpty, !components.isEmpty else { return false }
        if anchored { return Self.match(components[...], parts[...]) }
        return Self.glob(components[0], parts[parts.count - 1]) && components.count == 1
    }

    /// Components against components, `**` spanning any number.
    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if match(rest, p) { return true }
                guard !p.isEmpty else { return false }
                p = p.dropFirst()
            }
        }
        guard let head = path.first, glob(first, head) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` and `?` within one component (iterative, linear backtracking).
    static func glob(_ pattern: String, _ name: String) -> Bool {
        let p = Array(pattern.unicodeScalars), n = Array(name.unicodeScalars)
        var i = 0, j = 0, star = -1, mark = 0
        while j < n.count {
            if i < p.count, p[i] == "?" || p[i] == n[j] {
                i += 1; j += 1
            } else if i < p.count, p[i] == "*" {
                star = i; mark = j; i += 1
            } else if star >= 0 {
                i = star + 1; mark += 1; j = mark
            } else {
                return false
            }
        }
        while i < p.count, p[i] == "*" { i += 1 }
        return i == p.count
    }
}
