/// A problem with an input, a rule file or an argument, as a value that
/// carries where it happened. Findings about claims are not diagnostics;
/// they are `AuditedMention`s with an `Assessment`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Level: String, Sendable, Codable { case error, warning }

    public var level: Level
    /// File the problem is in (`-` for standard input), if any.
    public var path: String?
    public var location: SourceLocation?
    public var message: String

    public init(_ level: Level, path: String?, location: SourceLocation? = nil, message: String) {
        self.level = level
        self.path = path
        self.location = location
        self.message = message
    }

    /// `path:line:col: error: message`, the compiler convention.
    public var description: String {
        var head = ""
        if let path { head += path + ":" }
        if let location { head += "\(location.line):\(location.column):" }
        return (head.isEmpty ? "" : head + " ") + "\(level.rawValue): \(message)"
    }
}
