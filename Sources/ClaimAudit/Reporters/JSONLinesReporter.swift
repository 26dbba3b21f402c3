/// `--format jsonl`: one compact JSON object per input file per line
/// (`spec/claims.md` §6), written as each file finishes.
public struct JSONLinesReporter: Reporter {
    public static let identifier = "jsonl"

    public init() {}

    public func report(_ document: AuditedDocument, at index: Int) -> String {
        DocumentJSON.value(of: document).serialized() + "\n"
    }
}
