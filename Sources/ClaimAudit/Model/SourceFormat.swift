/// The markup a document is written in. It decides which bytes are prose.
public enum SourceFormat: String, Sendable, Codable, CaseIterable {
    case markdown
    case html
    case text

    /// The format implied by a file extension (without the dot), or `nil`
    /// when the extension is not one ClaimAudit reads by default.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "txt", "text": self = .text
        default: return nil
        }
    }
}
