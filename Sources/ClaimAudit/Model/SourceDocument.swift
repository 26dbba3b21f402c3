/// A document as read: its name, raw bytes and format.
public struct SourceDocument: Sendable {
    /// Path as given on the command line or found in a folder walk; `-` for stdin.
    public var path: String
    /// Raw bytes as read. Offsets in every report index into these.
    public var bytes: [UInt8]
    public var format: SourceFormat

    public init(path: String, bytes: [UInt8], format: SourceFormat) {
        self.path = path
        self.bytes = bytes
        self.format = format
    }

    public init(path: String, text: String, format: SourceFormat) {
        self.init(path: path, bytes: Array(text.utf8), format: format)
    }
}
