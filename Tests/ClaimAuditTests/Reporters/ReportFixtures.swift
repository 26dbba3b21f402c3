@testable import ClaimAudit

/// Hand-built audited documents with real spans, for reporter tests that
/// must not depend on the scanner, rules or checker.
enum ReportFixtures {
    static let path = "posts/who pays.md"

    static let text = """
    # Who pays for the chatbot?

    A widely shared post claims the vendor burns $5K per user every month.
    That figure divides the whole research budget by 40,000 subscribers.
    Their Pro plan costs $20 per month, and one conversation costs about 3 cents per conversation to serve.
    Support staff add thousands of dollars a month. Investors valued the company at $60 billion.
    Even that $5,000 would take "years" to recoup; a reseller in Köln charges €40 per seat.

    """

    static var lines: LineIndex { LineIndex(bytes: Array(text.utf8)) }

    /// The span of the `occurrence`-th `quote` in `text`.
    static func span(_ quote: String, occurrence: Int = 1) -> SourceSpan {
        let bytes = Array(text.utf8), q = Array(quote.utf8)
        var seen = 0
        for start in 0...(bytes.count - q.count) where Array(bytes[start..<(start + q.count)]) == q {
            seen += 1
            if seen == occurrence { return lines.span(start..<(start + q.count)) }
        }
        fatalError("quote not in fixture: \(quote)")
    }

    static func location(_ quote: String) -> SourceLocation { span(quote).location }

    static func mention(_ quote: String, occurrence: Int = 1, amount: MoneyAmount, per: [String] = [],
                        approx: Bool = false, qualifier: String? = nil, sentence: String) -> AuditedMention {
        let s = span(quote, occurrence: occurrence)
        return AuditedMention(text: quote, span: s, amountSpan: s, amount: amount, per: per.map(Denominator.init(parsing:)),
                              approx: approx, qualifier: qualifier, sentence: sentence)
    }

    /// The mentions as the parser alone finds them.
    static var scanned: [AuditedMention] {
        [
            mention("$5K per user", amount: MoneyAmount(5000, currency: "USD"), per: ["user"],
                    sentence: "A widely shared post claims the vendor burns $5K per user every month."),
            mention("$20 per month", amount: MoneyAmount(20, currency: "USD"), per: ["month"],
                    sentence: "Their Pro plan costs $20 per month, and one conversation costs about 3 cents per conversation to serve."),
            mention("about 3 cents per conversation", amount: MoneyAmount(0.03, currency: "USD"), per: ["conversation"],
                    qualifier: "about",
                    sentence: "Their Pro plan costs $20 per month, and one conversation costs about 3 cents per conversation to serve."),
            mention("thousands of dollars a month", amount: MoneyAmount(low: 1000, high: 9000, currency: "USD"), per: ["month"],
                    approx: true, sentence: "Support staff add thousands of dollars a month."),
            mention("$60 billion", amount: MoneyAmount(60e9, currency: "USD"),
                    sentence: "Investors valued the company at $60 billion."),
            mention("$5,000", amount: MoneyAmount(5000, currency: "USD"),
                    sentence: "Even that $5,000 would take \"years\" to recoup; a reseller in Köln charges €40 per seat."),
            mention("€40 per seat", amount: MoneyAmount(40, currency: "EUR"), per: ["seat"],
                    sentence: "Even that $5,000 would take \"years\" to recoup; a reseller in Köln charges €40 per seat."),
        ]
    }

    static func evidence(_ cue: String, _ feature: String) -> Evidence {
        Evidence(cue: cue, proseRange: span(cue).start..<span(cue).end, feature: feature)
    }

    static func classify(_ m: inout AuditedMention, _ c: Classification, _ a: Assessment?, claim: Int?) {
        m.classification = c
        m.evidenceLocations = c.evidence.map { location($0.cue) }
        m.assessment = a
        m.claimID = claim
    }

    /// The full pipeline's view: classified and assessed.
    static var audited: AuditedDocument {
        var ms = scanned
        let breakEven = Check(name: "break-even", inputs: [
            CheckInput(name: "per-user cost", value: 5000, unit: "USD per user", source: "line 3"),
            CheckInput(name: "monthly price", value: 20, unit: "USD per month", source: "line 5"),
        ], arithmetic: "$5,000 ÷ $20 = 250 months ≈ 20.8 years", agrees: false)
        classify(&ms[0], Classification(kind: .cost, costClass: .conflation, stance: .attributed,
                                        ruleID: "conflation.total-over-users", stanceRuleID: "stance.reported-claim",
                                        evidence: [evidence("claims", "attribution"), evidence("divides", "division")],
                                        explanation: "A total budget divided by users, presented as the cost of one user."),
                 Assessment(verdict: .fails, severity: .error,
                            explanation: ["The figure mixes research spending with the cost of serving a user.",
                                          "$5,000 ÷ $20 = 250 months ≈ 20.8 years"],
                            checks: [breakEven]), claim: 1)
        classify(&ms[1], Classification(kind: .price, costClass: nil, stance: .asserted, ruleID: "price.plan",
                                        evidence: [evidence("plan costs", "plan")]),
                 Assessment(verdict: .unverifiable, severity: .note,
                            explanation: ["A list price; nothing in the document or the reference data checks it."], checks: []),
                 claim: 2)
        classify(&ms[2], Classification(kind: .cost, costClass: .marginal, stance: .asserted, ruleID: "marginal.per-use",
                                        evidence: [evidence("to serve", "serving")]),
                 Assessment(verdict: .holds, severity: .note,
                            explanation: ["Within the reference range for serving one conversation."],
                            checks: [Check(name: "reference-magnitude", inputs: [
                                CheckInput(name: "serving cost per conversation", value: 0.01, unit: "USD per conversation",
                                           source: "reference chat-serving (2025-01)"),
                            ], arithmetic: "$0.03 ÷ $0.01 = 3 (within 10×)", agrees: true)]),
                 claim: 3)
        classify(&ms[3], Classification(kind: .cost, costClass: .fixed, stance: .asserted, ruleID: "fixed.salaries",
                                        evidence: [evidence("Support staff", "staff")]),
                 Assessment(verdict: .unverifiable, severity: .note, explanation: ["Nothing checks this figure."], checks: []),
                 claim: 4)
        classify(&ms[4], Classification(kind: .other, costClass: nil, stance: .asserted, ruleID: "other.valuation",
                                        evidence: [evidence("valued", "valuation")]), nil, claim: 5)
        classify(&ms[5], Classification(kind: .cost, costClass: .conflation, stance: .hypothetical,
                                        ruleID: "conflation.total-over-users", evidence: [evidence("recoup", "payback")]),
                 Assessment(verdict: .fails, severity: .warning, explanation: ["The same figure as line 3."], checks: [],
                            rebutted: false), claim: 1)
        classify(&ms[6], Classification(kind: .price, costClass: nil, stance: .asserted, ruleID: "price.plan",
                                        evidence: [evidence("charges", "price-verb")]), nil, claim: 6)
        return AuditedDocument(path: path, format: .markdown, mentions: ms, claims: [
            Claim(id: 1, mentionIndices: [0, 5]), Claim(id: 2, mentionIndices: [1]), Claim(id: 3, mentionIndices: [2]),
            Claim(id: 4, mentionIndices: [3]), Claim(id: 5, mentionIndices: [4]), Claim(id: 6, mentionIndices: [6]),
        ], diagnostics: [Diagnostic(.warning, path: path, location: SourceLocation(line: 7, column: 1),
                                    message: "invalid UTF-8 replaced with U+FFFD")])
    }

    /// The parser's view only (`--mentions-only`).
    static var mentionsOnly: AuditedDocument {
        AuditedDocument(path: path, format: .markdown, mentions: scanned, claims: [], diagnostics: [])
    }

    /// A file that could not be read.
    static var missing: AuditedDocument {
        AuditedDocument(path: "posts/gone.md", format: .markdown, mentions: [], claims: [],
                        diagnostics: [Diagnostic(.error, path: "posts/gone.md", message: "no such file or directory")])
    }

    /// A document with one finding at `level` (or none).
    static func document(withFindingAt level: Severity?) -> AuditedDocument {
        var doc = audited
        doc.diagnostics = []
        doc.mentions = [doc.mentions[0]]
        if let level { doc.mentions[0].assessment?.severity = level } else { doc.mentions = [] }
        return doc
    }
}
