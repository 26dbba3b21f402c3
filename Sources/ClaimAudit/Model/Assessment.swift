/// One number a check used, and where it came from.
public struct CheckInput: Sendable, Hashable, Codable {
    /// What the number is (`monthly price`).
    public var name: String
    public var value: Double
    /// Unit in words (`USD per month`).
    public var unit: String
    /// Where it came from: `line 12`, or `reference claude-pro (2025-04, …)`.
    public var source: String

    public init(name: String, value: Double, unit: String, source: String) {
        self.name = name
        self.value = value
        self.unit = unit
        self.source = source
    }
}

/// One piece of arithmetic the checker did.
public struct Check: Sendable, Hashable, Codable {
    /// Check id: `break-even`, `document-ratio`, `reference-magnitude`, `derived-statement`, `unit-normalization`.
    public var name: String
    public var inputs: [CheckInput]
    /// The arithmetic in words: `$5,000 ÷ $20 = 250 months ≈ 20.8 years`.
    public var arithmetic: String
    /// `true` agrees, `false` contradicts, `nil` informative only.
    public var agrees: Bool?

    public init(name: String, inputs: [CheckInput], arithmetic: String, agrees: Bool?) {
        self.name = name
        self.inputs = inputs
        self.arithmetic = arithmetic
        self.agrees = agrees
    }
}

/// The checker's judgement of one mention.
public struct Assessment: Sendable, Hashable {
    public var verdict: Verdict
    public var severity: Severity
    /// Explanation lines, first line a summary.
    public var explanation: [String]
    public var checks: [Check]
    /// `true` when the document itself rejects the figure (negated or rebutted).
    public var rebutted: Bool

    public init(verdict: Verdict, severity: Severity, explanation: [String], checks: [Check], rebutted: Bool = false) {
        self.verdict = verdict
        self.severity = severity
        self.explanation = explanation
        self.checks = checks
        self.rebutted = rebutted
    }
}
