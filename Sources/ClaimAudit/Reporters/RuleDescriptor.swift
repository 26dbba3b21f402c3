/// What SARIF (and `explain`) say about a rule. The CLI fills these from
/// the rule engine; a rule it does not describe is described from the
/// classifications that cite it (`RuleDescriptor.derived`).
public struct RuleDescriptor: Sendable, Hashable {
    /// `conflation.total-over-users`.
    public var id: String
    /// One line.
    public var shortDescription: String
    /// A paragraph: what the rule matches and why it matters.
    public var fullDescription: String
    /// How to fix or judge a finding, in plain text.
    public var help: String
    /// The same help in Markdown, when the rule has it.
    public var helpMarkdown: String?
    /// The level a finding of this rule usually has.
    public var defaultLevel: Severity
    /// Tags such as `cost-claim`, `conflation` (at most 20 for GitHub).
    public var tags: [String]
    /// `very-high`, `high`, `medium` or `low`.
    public var precision: String?

    public init(id: String, shortDescription: String, fullDescription: String, help: String,
                helpMarkdown: String? = nil, defaultLevel: Severity = .warning, tags: [String] = [],
                precision: String? = nil) {
        self.id = id
        self.shortDescription = shortDescription
        self.fullDescription = fullDescription
        self.help = help
        self.helpMarkdown = helpMarkdown
        self.defaultLevel = defaultLevel
        self.tags = tags
        self.precision = precision
    }

    /// The rule SARIF uses for mentions that were not classified
    /// (`--mentions-only` runs).
    public static let moneyMention = RuleDescriptor(
        id: "money-mention",
        shortDescription: "Money mention",
        fullDescription: "A money figure found in the prose. Mentions-only runs report every figure without classifying it.",
        help: "Run without --mentions-only to classify the figure as a marginal cost, a fixed cost, a conflation or a price, and to check it.",
        defaultLevel: .note, tags: ["money"], precision: "high")

    /// A description built from a mention that cites `id`, for rules the
    /// rule engine did not describe.
    public static func derived(id: String, from mention: AuditedMention?, level: Severity) -> RuleDescriptor {
        let words = id.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" }).joined(separator: " ")
        let short = words.prefix(1).uppercased() + words.dropFirst()
        var tags: [String] = []
        if let c = mention?.classification {
            tags = c.kind == .cost ? ["cost-claim", c.kindLabel] : [c.kind.rawValue]
        }
        let full = mention?.classification?.explanation.map(MentionPresentation.oneLine) ?? "\(short)."
        return RuleDescriptor(
            id: id, shortDescription: String(short), fullDescription: full,
            help: full + " Run 'claimaudit explain \(id)' for the rationale, the reference data and examples.",
            defaultLevel: level, tags: tags, precision: "medium")
    }
}
