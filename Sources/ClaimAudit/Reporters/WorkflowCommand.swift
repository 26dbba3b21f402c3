/// One GitHub Actions workflow command, such as
/// `::error file=a.md,line=3,col=18,title=Conflation fails::$5K per user …`,
/// escaped as actions/toolkit does: message data `%`→`%25`, CR→`%0D`,
/// LF→`%0A`; property values also `:`→`%3A` and `,`→`%2C`.
public struct WorkflowCommand: Sendable, Hashable, CustomStringConvertible {
    /// `error`, `warning`, `notice`, …
    public var command: String
    /// Properties in output order; `nil` values are left out.
    public var properties: [(String, String?)]
    public var message: String

    public init(_ command: String, properties: [(String, String?)] = [], message: String) {
        self.command = command
        self.properties = properties
        self.message = message
    }

    public static func == (a: WorkflowCommand, b: WorkflowCommand) -> Bool { a.description == b.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    public var description: String {
        let props = properties.compactMap { key, value in value.map { "\(key)=\(Self.escapeProperty($0))" } }
        return "::\(command)" + (props.isEmpty ? "" : " " + props.joined(separator: ",")) + "::" + Self.escapeData(message)
    }

    /// Escapes a message.
    public static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value.
    public static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
