/// Applies suppression directives to the findings of one document.
///
/// A finding is a reportable mention (`FindingPolicy`); it is silenced by a
/// `disable-line` on its first line, a `disable-next-line` on the closest
/// non-blank line above it, or an open `disable` region, when the directive
/// names its rule (or names none). A directive that silences nothing is
/// reported as a warning, so stale suppressions do not pile up.
public struct SuppressionResolver: Sendable {
    public var directives: [SuppressionDirective]

    public init(directives: [SuppressionDirective]) { self.directives = directives }

    /// Sets `suppression` on the silenced mentions and returns the warnings
    /// for directives that silenced nothing.
    public func apply(to document: inout AuditedDocument, lines: LineIndex) -> [Diagnostic] {
        guard !directives.isEmpty else { return [] }
        let targets = nextLineTargets(lines: lines)
        let regions = disableRegions()
        var used = Array(repeating: false, count: directives.count)
        for i in document.mentions.indices {
            let mention = document.mentions[i]
            guard FindingPolicy.level(of: mention) != nil else { continue }
            let rule = mention.classification?.ruleID ?? ""
            let start = mention.span.location
            var silencer: Int?
            for (d, directive) in directives.enumerated() where directive.covers(ruleID: rule) {
                switch directive.command {
                case .disableLine: if directive.location.line == start.line { silencer = d }
                case .disableNextLine: if targets[d] == start.line { silencer = d }
                case .disable: if let end = regions[d], Self.before(directive.location, start) && Self.before(start, end) { silencer = d }
                case .enable: break
                }
                if silencer != nil { break }
            }
            if let d = silencer {
                used[d] = true
                document.mentions[i].suppression = Suppression(source: .inline(directives[d].location), reason: directives[d].reason)
            }
        }
        return directives.enumerated().compactMap { d, directive in
            guard directive.command != .enable, !used[d] else { return nil }
            let scope = switch directive.command {
            case .disableLine: "on its line"
            case .disableNextLine: "on the next line"
            default: "in its region"
            }
            return Diagnostic(.warning, path: document.path, location: directive.location,
                              message: "unused suppression '\(directive.spelling)': no finding \(scope) matches it")
        }
    }

    /// For each `disable-next-line`, the number of the next non-blank line.
    private func nextLineTargets(lines: LineIndex) -> [Int: Int] {
        var targets: [Int: Int] = [:]
        for (d, directive) in directives.enumerated() where directive.command == .disableNextLine {
            var line = directive.location.line + 1
            while line <= lines.lineCount, lines.isBlank(line: line) { line += 1 }
            targets[d] = line
        }
        return targets
    }

    /// For each `disable`, where its region ends (the matching `enable`, or
    /// the end of the file).
    private func disableRegions() -> [Int: SourceLocation] {
        let endOfFile = SourceLocation(line: Int.max, column: Int.max)
        var regions: [Int: SourceLocation] = [:]
        var open: [(index: Int, rules: Set<String>)] = []
        for (d, directive) in directives.enumerated() {
            switch directive.command {
            case .disable:
                open.append((d, Set(directive.rules)))
            case .enable:
                let names = Set(directive.rules)
                open = open.filter { region in
                    // A bare enable closes everything; a named one closes the regions it names.
                    let closes = names.isEmpty || (!region.rules.isEmpty && region.rules.isSubset(of: names))
                    if closes { regions[region.index] = directive.location }
                    return !closes
                }
            default: break
            }
        }
        for region in open { regions[region.index] = endOfFile }
        return regions
    }

    private static func before(_ a: SourceLocation, _ b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
