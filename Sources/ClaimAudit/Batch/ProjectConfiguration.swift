import Foundation

/// `.claimaudit.json`: the settings a project keeps beside its posts, found
/// by walking up from the working directory (the first file found wins).
/// JSON5 is accepted (comments, trailing commas, unquoted keys).
///
/// ```json5
/// {
///   failOn: "warning",            // error | warning | note | none
///   rules: ["house-rules"],       // extra rule folders, relative to this file
///   extensions: ["md", "html"],   // what folder walks pick up
///   ignore: ["drafts/archive/", "*.generated.md"],  // gitignore-style, relative to this file
///   baseline: ".claimaudit-baseline.json",
///   inlineSuppressions: true,
/// }
/// ```
///
/// Command-line options override it; `--config FILE` names another file and
/// `--no-config` ignores it. An unknown key or a wrong type is an error
/// naming the file, never ignored.
public struct ProjectConfiguration: Sendable, Hashable {
    /// The usual file name.
    public static let fileName = ".claimaudit.json"

    /// The file this came from.
    public var path: String
    public var failOn: String?
    /// Rule folders, resolved against the file's folder.
    public var rules: [String] = []
    public var extensions: [String]?
    public var ignore: [PathPattern] = []
    /// Resolved against the file's folder.
    public var baseline: String?
    public var inlineSuppressions: Bool?

    /// The folder holding the file: the root of relative paths and patterns.
    public var directory: String { (path as NSString).deletingLastPathComponent }

    static let keys: Set<String> = ["failOn", "rules", "extensions", "ignore", "baseline", "inlineSuppressions"]

    /// The nearest `.claimaudit.json` in `directory` or a folder above it.
    public static func find(from directory: String = FileManager.default.currentDirectoryPath) -> String? {
        var dir = URL(fileURLWithPath: directory).standardizedFileURL.path
        while true {
            let candidate = (dir as NSString).appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { return nil }
            dir = parent
        }
    }

    /// Reads and validates a configuration file.
    public static func load(path: String) throws(Diagnostic) -> ProjectConfiguration {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.error, path: path, message: "cannot read the configuration file")
        }
        let dict: [String: Value]
        do {
            let decoder = JSONDecoder()
            decoder.allowsJSON5 = true
            dict = try decoder.decode([String: Value].self, from: data)
        } catch DecodingError.typeMismatch {
            throw Diagnostic(.error, path: path, message: "the configuration must be an object ({ … })")
        } catch {
            throw Diagnostic(.error, path: path, message: "not valid JSON5: \(Self.reason(error))")
        }
        var config = ProjectConfiguration(path: absolute)
        for key in dict.keys.sorted() where !keys.contains(key) {
            throw Diagnostic(.error, path: path, message: "unknown key '\(key)' (known: \(keys.sorted().joined(separator: ", ")))")
        }
        func strings(_ key: String) throws(Diagnostic) -> [String]? {
            guard let value = dict[key] else { return nil }
            guard case .strings(let list) = value else { throw Diagnostic(.error, path: path, message: "'\(key)' must be a list of strings") }
            return list
        }
        func string(_ key: String) throws(Diagnostic) -> String? {
            guard let value = dict[key] else { return nil }
            guard case .string(let s) = value else { throw Diagnostic(.error, path: path, message: "'\(key)' must be a string") }
            return s
        }
        config.failOn = try string("failOn")
        if let failOn = config.failOn, FailLevel(rawValue: failOn) == nil {
            throw Diagnostic(.error, path: path, message: "'failOn' must be one of error, warning, note, none, not '\(failOn)'")
        }
        let dir = config.directory
        func resolved(_ p: String) -> String { p.hasPrefix("/") ? p : (dir as NSString).appendingPathComponent(p) }
        config.rules = (try strings("rules") ?? []).map(resolved)
        config.extensions = try strings("extensions")
        config.ignore = (try strings("ignore") ?? []).map { PathPattern($0, root: dir) }
        config.baseline = try string("baseline").map(resolved)
        if let value = dict["inlineSuppressions"] {
            guard case .bool(let b) = value else { throw Diagnostic(.error, path: path, message: "'inlineSuppressions' must be true or false") }
            config.inlineSuppressions = b
        }
        return config
    }

    /// A value in the file, as far as the known keys need.
    enum Value: Decodable, Hashable {
        case string(String), bool(Bool), strings([String]), other

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { self = .string(s) }
            else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let l = try? c.decode([String].self) { self = .strings(l) }
            else { self = .other }
        }
    }

    /// The most useful words of a decoding error.
    static func reason(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            if let underlying = context.underlyingError { return "\(underlying)" }
            return context.debugDescription
        }
        return "\(error)"
    }
}
