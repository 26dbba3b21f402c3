/// An inline comment that silences findings, in the style of markdownlint
/// and ESLint:
///
/// ```markdown
/// <!-- claimaudit-disable-next-line conflation -- we quote the viral figure to rebut it -->
/// The post says Anthropic spends $5,000 on every user.
/// ```
///
/// In Markdown and HTML a directive is an HTML comment; in plain text it is a
/// line of its own, optionally after a comment marker (`#`, `//`, `--`, `;`).
public struct SuppressionDirective: Sendable, Hashable {
    public enum Command: String, Sendable, Hashable, CaseIterable {
        /// Silences from here until `claimaudit-enable` (or the end of the file).
        case disable = "disable"
        /// Ends a `disable` region (for the listed rules, or all).
        case enable = "enable"
        /// Silences findings that start on the directive's own line.
        case disableLine = "disable-line"
        /// Silences findings that start on the next line that is not blank.
        case disableNextLine = "disable-next-line"
    }

    public var command: Command
    /// Rule ids or id prefixes (`conflation` covers `conflation.total-over-users`);
    /// empty means every rule.
    public var rules: [String]
    /// The text after ` -- `, if any.
    public var reason: String?
    /// Where the directive's keyword starts.
    public var location: SourceLocation

    public init(command: Command, rules: [String], reason: String?, location: SourceLocation) {
        self.command = command
        self.rules = rules
        self.reason = reason
        self.location = location
    }

    /// Whether the directive names `ruleID` (or names no rule at all).
    public func covers(ruleID: String) -> Bool {
        rules.isEmpty || rules.contains { ruleID == $0 || ruleID.hasPrefix($0 + ".") }
    }

    /// The directive as written, for messages.
    public var spelling: String {
        (["claimaudit-" + command.rawValue] + rules).joined(separator: " ")
    }
}

/// Why a finding is not reported.
public struct Suppression: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        /// An inline directive at this location.
        case inline(SourceLocation)
        /// An entry of the baseline file at this path.
        case baseline(String)
    }

    public var source: Source
    public var reason: String?

    public init(source: Source, reason: String?) {
        self.source = source
        self.reason = reason
    }

    /// The directive's location, for an inline suppression.
    public var location: SourceLocation? {
        if case .inline(let location) = source { return location }
        return nil
    }
}
