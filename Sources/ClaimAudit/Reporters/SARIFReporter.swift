/// `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it.
///
/// One run; `tool.driver.rules` holds one entry per rule id that a result
/// cites (sorted by id), described by `ReportOptions.rules` or derived from
/// the classification. Each cost claim or price is one result (each mention,
/// under the `money-mention` rule, in a mentions-only run) with a relative
/// `artifactLocation.uri`, a region in Unicode code points
/// (`columnKind: unicodeCodePoints`, end column exclusive), and two
/// content-keyed `partialFingerprints` that survive lines moving:
/// `primaryLocationLineHash` (the sentence and rule) and `claimAudit/v1`
/// (rule and figure text), each suffixed with `:occurrence`.
/// Input problems are `invocations[0].toolExecutionNotifications`.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public var options: ReportOptions
    /// Results kept per run: GitHub code scanning rejects a run with more
    /// than 25,000. Beyond it the highest levels are kept, in document
    /// order, and a notification says how many were left out.
    public var resultLimit: Int

    public init(options: ReportOptions = ReportOptions(), resultLimit: Int = 25_000) {
        self.options = options
        self.resultLimit = resultLimit
    }

    public func end(_ documents: [AuditedDocument]) -> String {
        sarif(documents).serialized(pretty: true) + "\n"
    }

    /// The whole SARIF log.
    public func sarif(_ documents: [AuditedDocument]) -> JSONValue {
        let (kept, omitted) = keptFindings(documents)
        // Rules first, so results can carry their index.
        var ruleFor: [String: RuleDescriptor] = [:]
        for (di, d) in documents.enumerated() {
            for (k, f) in Self.results(in: d).enumerated() where kept.contains(FindingKey(document: di, finding: k)) {
                let id = Self.ruleID(of: f.mention)
                if let existing = ruleFor[id] {
                    if options.rules[id] == nil, f.level > existing.defaultLevel { ruleFor[id]?.defaultLevel = f.level }
                    continue
                }
                if id == RuleDescriptor.moneyMention.id {
                    ruleFor[id] = .moneyMention
                } else {
                    ruleFor[id] = options.rules[id] ?? .derived(id: id, from: f.mention, level: f.level)
                }
            }
        }
        let rules = ruleFor.values.sorted { $0.id < $1.id }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })

        var results: [JSONValue] = []
        var notifications: [JSONValue] = []
        if omitted > 0 {
            notifications.append(.object([
                ("level", .string("warning")),
                ("message", .object([("text", .string("\(omitted) lower-level results left out: a run holds at most \(resultLimit)."))])),
            ]))
        }
        for (di, d) in documents.enumerated() {
            let uri = ArtifactURI.uri(for: d.path, base: options.baseDirectory)
            var occurrences: [String: Int] = [:]
            /// `hash:n` for the n-th result with this hash in the file.
            func counted(_ kind: String, _ hash: String) -> JSONValue {
                occurrences[kind + hash, default: 0] += 1
                return .string("\(hash):\(occurrences[kind + hash]!)")
            }
            for (k, f) in Self.results(in: d).enumerated() where kept.contains(FindingKey(document: di, finding: k)) {
                let m = f.mention
                let id = Self.ruleID(of: m)
                let lineHash = Fingerprint.fnv1a(MentionPresentation.oneLine(m.sentence.isEmpty ? m.text : m.sentence) + "\u{0}" + id)
                let figureHash = Fingerprint.fnv1a(id + "\u{0}" + MentionPresentation.oneLine(m.text).lowercased())
                results.append(result(m, siblings: d.mentions, level: f.level, ruleID: id, ruleIndex: ruleIndex[id] ?? 0,
                                      uri: uri, fingerprints: [
                                        ("primaryLocationLineHash", counted("line", lineHash)),
                                        ("claimAudit/v1", counted("figure", figureHash)),
                                      ]))
            }
            for diag in d.diagnostics {
                var physical = JSONObjectBuilder()
                physical.add("artifactLocation", .object([("uri", .string(uri))]))
                if let loc = diag.location {
                    physical.add("region", .object([("startLine", .int(loc.line)), ("startColumn", .int(loc.column))]))
                }
                notifications.append(.object([
                    ("level", .string(diag.level.rawValue)),
                    ("message", .object([("text", .string(diag.message))])),
                    ("locations", .array([.object([("physicalLocation", physical.value)])])),
                ]))
            }
        }

        var driver = JSONObjectBuilder()
        driver.add("name", .string(ToolInfo.name))
        driver.add("informationUri", ToolInfo.informationURI.map(JSONValue.string))
        driver.add("semanticVersion", .string(options.toolVersion))
        driver.add("version", .string(options.toolVersion))
        driver.add("rules", .array(rules.map(Self.value(of:))))

        let hasErrors = documents.contains { $0.diagnostics.contains { $0.level == .error } }
        var invocation = JSONObjectBuilder()
        invocation.add("executionSuccessful", .bool(!hasErrors))
        invocation.add("toolExecutionNotifications", notifications.isEmpty ? nil : .array(notifications))

        let run: JSONValue = .object([
            ("tool", .object([("driver", driver.value)])),
            ("invocations", .array([invocation.value])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return .object([
            ("$schema", .string(Self.schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
    }

    private struct FindingKey: Hashable {
        var document: Int
        var finding: Int
    }

    /// The findings that become results (all, unless over `resultLimit`:
    /// then the highest levels first) and how many were left out.
    private func keptFindings(_ documents: [AuditedDocument]) -> (Set<FindingKey>, Int) {
        var all: [(FindingKey, Severity)] = []
        for (di, d) in documents.enumerated() {
            for (k, f) in Self.results(in: d).enumerated() { all.append((FindingKey(document: di, finding: k), f.level)) }
        }
        guard all.count > resultLimit else { return (Set(all.map(\.0)), 0) }
        let ranked = all.enumerated().sorted { a, b in
            a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset
        }
        return (Set(ranked.prefix(resultLimit).map(\.element.0)), all.count - resultLimit)
    }

    /// The findings that become results: the reported ones and, marked with
    /// `suppressions`, those an inline directive silenced (code scanning
    /// shows them as dismissed), in document order.
    static func results(in d: AuditedDocument) -> [(index: Int, mention: AuditedMention, level: Severity)] {
        (FindingPolicy.findings(in: d) + FindingPolicy.suppressedFindings(in: d)).sorted { $0.index < $1.index }
    }

    /// The rule a mention's result cites.
    static func ruleID(of m: AuditedMention) -> String {
        m.classification?.ruleID ?? RuleDescriptor.moneyMention.id
    }

    static func value(of rule: RuleDescriptor) -> JSONValue {
        var help = JSONObjectBuilder()
        help.add("text", .string(rule.help))
        help.add("markdown", rule.helpMarkdown.map(JSONValue.string))
        var properties = JSONObjectBuilder()
        properties.add("tags", .array(rule.tags.prefix(20).map { .string($0) }))
        properties.add("precision", rule.precision.map(JSONValue.string))
        properties.add("problem.severity", .string(problemSeverity(rule.defaultLevel)))
        return .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.shortDescription))])),
            ("fullDescription", .object([("text", .string(rule.fullDescription))])),
            ("help", help.value),
            ("defaultConfiguration", .object([("level", .string(sarifLevel(rule.defaultLevel)))])),
            ("properties", properties.value),
        ])
    }

    static func sarifLevel(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    static func problemSeverity(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .note: "recommendation"
        }
    }

    private func result(_ m: AuditedMention, siblings: [AuditedMention], level: Severity, ruleID: String, ruleIndex: Int,
                        uri: String, fingerprints: [(String, JSONValue)]) -> JSONValue {
        let p = MentionPresentation(mention: m, siblings: siblings, verbose: options.verbose)
        // First sentence is the title GitHub shows.
        var message = "\(p.quotedText): "
        if let c = m.classification {
            message += c.kindLabel + " (\(c.stance.rawValue))"
            if let a = m.assessment { message += ", \(a.verdict.rawValue)" }
        } else {
            message += "money mention, " + MentionPresentation.amountText(m)
        }
        message += "."
        let details = p.detailLines
        if !details.isEmpty { message += "\n" + details.joined(separator: "\n") }

        let region: JSONValue = .object([
            ("startLine", .int(m.span.location.line)),
            ("startColumn", .int(m.span.location.column)),
            ("endLine", .int(m.span.endLocation.line)),
            ("endColumn", .int(m.span.endLocation.column)),
            ("byteOffset", .int(m.span.start)),
            ("byteLength", .int(m.span.end - m.span.start)),
            ("snippet", .object([("text", .string(m.text))])),
        ])
        var properties = JSONObjectBuilder()
        if let c = m.classification {
            properties.add("kind", .string(c.kind.rawValue))
            properties.add("class", c.kind == .cost ? c.costClass.map { .string($0.rawValue) } : nil)
            properties.add("stance", .string(c.stance.rawValue))
        }
        properties.add("verdict", m.assessment.map { .string($0.verdict.rawValue) })
        properties.add("claim", m.claimID.map(JSONValue.int))
        var result = JSONObjectBuilder()
        result.add("ruleId", .string(ruleID))
        result.add("ruleIndex", .int(ruleIndex))
        result.add("level", .string(Self.sarifLevel(level)))
        result.add("message", .object([("text", .string(message))]))
        result.add("locations", .array([.object([("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(uri))])),
            ("region", region),
        ]))])]))
        result.add("partialFingerprints", .object(fingerprints))
        if let sup = m.suppression {
            var suppression = JSONObjectBuilder()
            switch sup.source {
            case .inline(let location):
                suppression.add("kind", .string("inSource"))
                suppression.add("status", .string("accepted"))
                suppression.add("justification", sup.reason.map(JSONValue.string))
                suppression.add("location", .object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(uri))])),
                    ("region", .object([("startLine", .int(location.line)), ("startColumn", .int(location.column))])),
                ]))]))
            case .baseline(let path):
                suppression.add("kind", .string("external"))
                suppression.add("status", .string("accepted"))
                suppression.add("justification", .string(sup.reason ?? "listed in the baseline \(path)"))
            }
            result.add("suppressions", .array([suppression.value]))
        }
        result.add("properties", properties.members.isEmpty ? nil : properties.value)
        return result.value
    }
}
