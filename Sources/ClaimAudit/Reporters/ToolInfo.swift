/// The tool's name and version as reports state them.
public enum ToolInfo {
    public static let name = "ClaimAudit"
    /// Semantic version of this build.
    public static let version = "0.1.0"
    /// Where the tool is documented; SARIF's `informationUri` is left out
    /// while this is `nil`.
    public static let informationURI: String? = nil
}
