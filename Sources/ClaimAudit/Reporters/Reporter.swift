/// Turns audited documents into one output format.
///
/// A report is written in three parts so that streaming formats (`text`,
/// `jsonl`) can print each file as soon as it is audited: `begin()`, then
/// `report(_:at:)` for every document in input order, then `end(_:)` with
/// all documents. Formats that need the whole run (SARIF, GitHub
/// annotations with their caps) do their work in `end(_:)`.
///
/// ```swift
/// let reporter = ReportFormat.json.makeReporter(options: ReportOptions())
/// print(reporter.generateReport(documents), terminator: "")
/// ```
public protocol Reporter: Sendable {
    /// The `--format` name.
    static var identifier: String { get }
    /// Text written before the first document.
    func begin() -> String
    /// Text for one document; `index` is its position in input order.
    func report(_ document: AuditedDocument, at index: Int) -> String
    /// Text written after the last document.
    func end(_ documents: [AuditedDocument]) -> String
}

extension Reporter {
    public func begin() -> String { "" }
    public func report(_ document: AuditedDocument, at index: Int) -> String { "" }
    public func end(_ documents: [AuditedDocument]) -> String { "" }

    /// The whole report at once.
    public func generateReport(_ documents: [AuditedDocument]) -> String {
        var out = begin()
        for (i, d) in documents.enumerated() { out += report(d, at: i) }
        return out + end(documents)
    }
}

/// What reporters need beyond the documents.
public struct ReportOptions: Sendable {
    /// ANSI colours in the text output.
    public var color: Bool
    /// Rule metadata by id (from the rule engine); rules missing here are
    /// described from the classifications that cite them.
    public var rules: [String: RuleDescriptor]
    /// The tool's version, for SARIF.
    public var toolVersion: String
    /// Show informative checks and every check's inputs in the text,
    /// GitHub and SARIF messages (JSON always has them all).
    public var verbose: Bool
    /// Absolute input paths under this folder are reported relative to it
    /// in SARIF (the CLI passes the working directory).
    public var baseDirectory: String?

    public init(color: Bool = false, rules: [String: RuleDescriptor] = [:], toolVersion: String = ToolInfo.version,
                verbose: Bool = false, baseDirectory: String? = nil) {
        self.color = color
        self.rules = rules
        self.toolVersion = toolVersion
        self.verbose = verbose
        self.baseDirectory = baseDirectory
    }
}

/// The output formats, by `--format` name.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, jsonl, sarif, github, html

    /// A reporter for this format.
    public func makeReporter(options: ReportOptions = ReportOptions()) -> any Reporter {
        switch self {
        case .text: TextReporter(options: options)
        case .json: JSONReporter()
        case .jsonl: JSONLinesReporter()
        case .sarif: SARIFReporter(options: options)
        case .github: GitHubReporter(options: options)
        case .html: HTMLReporter(options: options)
        }
    }

    /// Whether the report is for people (its run summary goes to standard
    /// output) rather than for programs (summary on standard error).
    public var isHumanReadable: Bool { self == .text }
}
