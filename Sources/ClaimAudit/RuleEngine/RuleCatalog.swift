import Foundation

/// Text renderings of rules for `claimaudit rules` and `claimaudit explain`.
/// The CLI only prints these; keeping them in the library keeps them testable.
public enum RuleCatalog {
    /// One line per rule: id, outcome, priority and a one-line summary.
    public static func list(_ rules: RuleSet) -> String {
        let width = min(44, rules.rules.map(\.id.count).max() ?? 10)
        let outWidth = rules.rules.map(\.outcome.count).max() ?? 10
        return rules.rules.map { rule in
            rule.id.padding(toLength: max(width, rule.id.count), withPad: " ", startingAt: 0) + "  "
                + rule.outcome.padding(toLength: outWidth, withPad: " ", startingAt: 0) + "  "
                + String(format: "%4d", rule.priority) + "  " + rule.oneLine
        }.joined(separator: "\n")
    }

    /// The rules as JSON (id, kind, class, stance, priority, summary, file, line).
    public static func listJSON(_ rules: RuleSet) -> String {
        let items: [[String: Any]] = rules.rules.map { r in
            var d: [String: Any] = ["id": r.id, "priority": r.priority, "summary": r.oneLine,
                                    "file": r.location.path, "line": r.location.line]
            if let k = r.kind { d["kind"] = k.rawValue }
            if let c = r.costClass { d["class"] = c.rawValue }
            if let s = r.stance { d["stance"] = s.rawValue }
            return d
        }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Everything about one rule: outcome, priority, where it is defined, its
    /// conditions, rationale, explanation template and examples.
    public static func explain(_ rule: Rule, in rules: RuleSet) -> String {
        var out: [String] = []
        out.append("\(rule.id)  (\(rule.outcome), priority \(rule.priority))")
        out.append("defined at \(rule.location)")
        if let summary = rule.summary { out.append(""); out.append(summary) }
        if !rule.rationale.isEmpty { out.append(""); out.append(wrap(rule.rationale, width: 88)) }
        if !rule.conditions.isEmpty || !rule.exceptions.isEmpty {
            out.append("")
            out.append("Applies when:")
            for c in rule.conditions { out.append("  when:   \(c.text)") }
            for c in rule.exceptions { out.append("  unless: \(c.text)") }
        }
        let lexiconNames = Set(rule.conditions.flatMap(\.lexiconNames) + rule.exceptions.flatMap(\.lexiconNames)).sorted()
        if !lexiconNames.isEmpty {
            out.append("")
            out.append("Lexicons:")
            for name in lexiconNames {
                guard let l = rules.lexicons[name] else { continue }
                let phrases = l.phrases.prefix(12).joined(separator: ", ") + (l.phrases.count > 12 ? ", … (\(l.phrases.count) phrases)" : "")
                out.append("  \(name) (\(l.location)): \(phrases)")
            }
        }
        if let explain = rule.explain { out.append(""); out.append("Explanation: \(explain)") }
        let triggering = rule.examples.filter(\.triggers)
        let counter = rule.examples.filter { !$0.triggers }
        if !triggering.isEmpty {
            out.append("")
            out.append("Triggers on (↓ marks the mention):")
            for e in triggering { out.append("  \(e.marked)") }
        }
        if !counter.isEmpty {
            out.append("")
            out.append("Does not trigger on:")
            for e in counter { out.append("  \(e.marked)") }
        }
        return out.joined(separator: "\n")
    }

    /// Reference figures related to a rule: those its examples are about, and
    /// those stated per a unit its `per` conditions name (at most `limit`).
    public static func relatedReferences(_ rule: Rule, in reference: ReferenceData, limit: Int = 8) -> [ReferenceEntry] {
        var found: [ReferenceEntry] = []
        func add(_ list: [ReferenceEntry]) {
            for e in list where found.count < limit && !found.contains(where: { $0.id == e.id }) { found.append(e) }
        }
        for example in rule.examples where example.triggers { add(reference.entries(about: example.text)) }
        for c in rule.conditions {
            switch c.test {
            case .perHas(let units), .perOnly(let units):
                for unit in units.sorted() where !["month", "year", "day", "week", "hour"].contains(unit) {
                    add(reference.entries.filter { $0.per.contains { RuleSet.unitKey($0.unit) == unit } })
                }
            default: break
            }
        }
        return found
    }

    /// `explain` output followed by the related reference figures.
    public static func explain(_ rule: Rule, in rules: RuleSet, reference: ReferenceData) -> String {
        let refs = relatedReferences(rule, in: reference)
        guard !refs.isEmpty else { return explain(rule, in: rules) }
        let lines = refs.map { "  \($0.id): \($0.figure) — \($0.what) [\($0.citation)]" }
        return explain(rule, in: rules) + "\n\nRelated reference figures:\n" + lines.joined(separator: "\n")
    }

    /// Wraps text at `width` columns.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

extension Condition {
    /// Names of the lexicons the condition refers to.
    var lexiconNames: [String] {
        func names(_ cues: [CueReference]) -> [String] {
            cues.compactMap { if case .lexicon(let n) = $0.target { n } else { nil } }
        }
        switch test {
        case .has(_, let cues, _, _): return names(cues)
        case .subjectIsProduct(let verbs): return names(verbs)
        case .subjectHas(let verbs, let cues): return names(verbs) + names(cues)
        default: return []
        }
    }
}
