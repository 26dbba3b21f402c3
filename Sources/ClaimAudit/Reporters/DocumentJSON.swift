/// The contract's JSON shape for one audited file (`spec/claims.md` §6).
///
/// Keys come in a fixed order. Fields the pipeline has not computed
/// (no classification, no assessment) are left out, never faked.
///
/// ```json
/// { "file": "posts/a.md", "format": "markdown",
///   "mentions": [ { "text": "$5K per user",
///       "span": {"start": 120, "end": 132, "line": 3, "column": 18, "endLine": 3, "endColumn": 30},
///       "amount": {"low": 5000, "high": 5000, "currency": "USD"}, "per": ["user"],
///       "kind": "cost", "class": "conflation", "stance": "attributed",
///       "verdict": "fails", "severity": "error", "rule": "conflation.total-over-users", "claim": 1,
///       "evidence": [ {"cue": "divided by", "line": 3, "column": 40} ],
///       "explanation": "…", "checks": [ … ] } ],
///   "errors": [ {"level": "warning", "line": 1, "column": 1, "message": "…"} ] }
/// ```
public enum DocumentJSON {
    /// The file object.
    public static func value(of document: AuditedDocument) -> JSONValue {
        .object([
            ("file", .string(document.path)),
            ("format", .string(document.format.rawValue)),
            ("mentions", .array(document.mentions.map(value(of:)))),
            ("errors", .array(document.diagnostics.map(value(of:)))),
        ])
    }

    /// One mention.
    public static func value(of m: AuditedMention) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("text", .string(m.text))
        o.add("span", .object([
            ("start", .int(m.span.start)), ("end", .int(m.span.end)),
            ("line", .int(m.span.location.line)), ("column", .int(m.span.location.column)),
            ("endLine", .int(m.span.endLocation.line)), ("endColumn", .int(m.span.endLocation.column)),
        ]))
        o.add("amount", .object([
            ("low", .number(m.amount.low)), ("high", .number(m.amount.high)), ("currency", .string(m.amount.currency)),
        ]))
        o.add("per", .array(m.per.map { .string($0.description) }))
        o.add("approx", m.approx ? .bool(true) : nil)
        o.add("qualifier", m.qualifier.map(JSONValue.string))
        if let c = m.classification {
            o.add("kind", .string(c.kind.rawValue))
            o.add("class", c.kind == .cost ? c.costClass.map { .string($0.rawValue) } : nil)
            o.add("stance", .string(c.stance.rawValue))
        }
        if let a = m.assessment {
            o.add("verdict", .string(a.verdict.rawValue))
            o.add("severity", .string(a.severity.rawValue))
            o.add("rebutted", a.rebutted ? .bool(true) : nil)
        }
        if let c = m.classification {
            o.add("rule", .string(c.ruleID))
            o.add("stanceRule", c.stanceRuleID.map(JSONValue.string))
        }
        o.add("claim", m.claimID.map(JSONValue.int))
        if let sup = m.suppression {
            var so = JSONObjectBuilder()
            switch sup.source {
            case .inline(let location):
                so.add("line", .int(location.line))
                so.add("column", .int(location.column))
            case .baseline(let path):
                so.add("baseline", .string(path))
            }
            so.add("reason", sup.reason.map(JSONValue.string))
            o.add("suppressed", so.value)
        }
        if let c = m.classification {
            o.add("evidence", .array(c.evidence.enumerated().map { i, e in
                var ev = JSONObjectBuilder()
                ev.add("cue", .string(e.cue))
                if i < m.evidenceLocations.count {
                    ev.add("line", .int(m.evidenceLocations[i].line))
                    ev.add("column", .int(m.evidenceLocations[i].column))
                }
                return ev.value
            }))
        }
        o.add("explanation", explanation(of: m).map(JSONValue.string))
        if let a = m.assessment {
            o.add("checks", .array(a.checks.map(value(of:))))
        }
        return o.value
    }

    /// The explanation as one string: the rule's explanation, then the
    /// checker's lines, one per line; `nil` when neither exists.
    static func explanation(of m: AuditedMention) -> String? {
        var lines: [String] = []
        if let e = m.classification?.explanation, !e.isEmpty { lines.append(e) }
        for line in m.assessment?.explanation ?? [] where !line.isEmpty && !lines.contains(line) {
            lines.append(line)
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// One check with its inputs.
    public static func value(of check: Check) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("name", .string(check.name))
        o.add("arithmetic", .string(check.arithmetic))
        // Left out for an informative check (neither agrees nor contradicts).
        o.add("agrees", check.agrees.map(JSONValue.bool))
        o.add("inputs", .array(check.inputs.map { input in
            .object([
                ("name", .string(input.name)), ("value", .number(input.value)),
                ("unit", .string(input.unit)), ("source", .string(input.source)),
            ])
        }))
        return o.value
    }

    /// One diagnostic about the input.
    public static func value(of d: Diagnostic) -> JSONValue {
        var o = JSONObjectBuilder()
        o.add("level", .string(d.level.rawValue))
        o.add("line", d.location.map { .int($0.line) })
        o.add("column", d.location.map { .int($0.column) })
        o.add("message", .string(d.message))
        return o.value
    }
}
