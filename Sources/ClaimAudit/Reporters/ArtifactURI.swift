/// Turns a path as given on the command line into a SARIF
/// `artifactLocation.uri`: relative, `/`-separated and percent-encoded
/// (`docs/My Post.md` → `docs/My%20Post.md`). An absolute path under
/// `base` becomes relative to it; any other absolute path becomes a
/// `file://` URI.
public enum ArtifactURI {
    public static func uri(for path: String, base: String? = nil) -> String {
        var p = path.replacingOccurrences(of: "\\", with: "/")
        if let base, p.hasPrefix("/") {
            let b = base.hasSuffix("/") ? base : base + "/"
            if p.hasPrefix(b) { p = String(p.dropFirst(b.count)) }
        }
        while p.hasPrefix("./") { p.removeFirst(2) }
        while p.contains("//") { p = p.replacingOccurrences(of: "//", with: "/") }
        p = p.replacingOccurrences(of: "/./", with: "/")
        let encoded = percentEncode(p)
        return p.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// Encodes everything except RFC 3986 unreserved characters, `/` and
    /// the sub-delimiters that are safe in a path. `:` is encoded so that a
    /// relative path is never read as a scheme.
    static func percentEncode(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~/!$&'()*+,;=@".contains(c) {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
