/// `--format json`: one JSON array holding one object per input file
/// (`spec/claims.md` §6), indented by two spaces, in input order. It is an
/// array even for a single input, so consumers read one shape.
public struct JSONReporter: Reporter {
    public static let identifier = "json"

    public init() {}

    public func begin() -> String { "[" }

    public func report(_ document: AuditedDocument, at index: Int) -> String {
        (index == 0 ? "\n  " : ",\n  ") + DocumentJSON.value(of: document).serialized(pretty: true, indent: 1)
    }

    public func end(_ documents: [AuditedDocument]) -> String {
        documents.isEmpty ? "]\n" : "\n]\n"
    }
}
