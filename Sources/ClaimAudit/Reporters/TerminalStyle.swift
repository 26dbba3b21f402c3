/// ANSI styling for the text output; every function returns its input
/// unchanged when colour is off.
struct TerminalStyle: Sendable {
    var enabled: Bool

    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }

    /// The level word in its colour: red errors, magenta warnings, cyan notes.
    func level(_ severity: Severity) -> String {
        let code = switch severity {
        case .error: "1;31"
        case .warning: "1;35"
        case .note: "1;36"
        }
        return wrap(severity.rawValue + ":", code)
    }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
