extension RuleDescriptor {
    /// A rule as SARIF describes it: its `summary:` (or first sentence) as
    /// the short description, its `rationale:` as the full description, and
    /// help that adds the examples that trigger it and the counter-examples
    /// that do not.
    public init(rule: Rule) {
        let rationale = MentionPresentation.oneLine(rule.rationale)
        let short = rule.oneLine.isEmpty ? rule.id : MentionPresentation.oneLine(rule.oneLine)
        let full = rationale.isEmpty ? short : rationale
        let triggering = rule.examples.filter(\.triggers).map(\.text)
        let counter = rule.examples.filter { !$0.triggers }.map(\.text)
        var help = full
        var markdown = "**\(short)**\n\n\(full)"
        if !triggering.isEmpty {
            help += "\nFlagged: " + triggering.joined(separator: " / ")
            markdown += "\n\nFlagged:\n" + triggering.map { "- \($0)" }.joined(separator: "\n")
        }
        if !counter.isEmpty {
            help += "\nNot flagged: " + counter.joined(separator: " / ")
            markdown += "\n\nNot flagged:\n" + counter.map { "- \($0)" }.joined(separator: "\n")
        }
        help += "\nRun 'claimaudit explain \(rule.id)' for the reference data."
        markdown += "\n\nRun `claimaudit explain \(rule.id)` for the reference data."

        var tags: [String] = []
        switch rule.kind {
        case .cost?: tags = ["cost-claim"] + (rule.costClass.map { [$0.rawValue] } ?? [])
        case let kind?: tags = [kind.rawValue]
        case nil: if rule.stance != nil { tags = ["stance"] }
        }
        let level: Severity = rule.costClass == .conflation ? .error : (rule.kind == .cost ? .warning : .note)
        self.init(id: rule.id, shortDescription: short, fullDescription: full, help: help, helpMarkdown: markdown,
                  defaultLevel: level, tags: tags, precision: rule.costClass == .conflation ? "high" : "medium")
    }

    /// Descriptors for every rule of a rule set, by id.
    public static func descriptors(for rules: RuleSet) -> [String: RuleDescriptor] {
        Dictionary(rules.rules.map { ($0.id, RuleDescriptor(rule: $0)) }, uniquingKeysWith: { _, last in last })
    }
}
