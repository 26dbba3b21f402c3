/// A money mention with everything the pipeline learned about it.
public struct AuditedMention: Sendable, Hashable {
    /// Raw text of the whole mention (amount and denominators).
    public var text: String
    /// Raw span of the whole mention.
    public var span: SourceSpan
    /// Raw span of the amount alone.
    public var amountSpan: SourceSpan
    public var amount: MoneyAmount
    public var per: [Denominator]
    public var approx: Bool
    public var qualifier: String?
    /// The rule engine's decision; `nil` until rules run.
    public var classification: Classification?
    /// Locations of `classification.evidence`, index for index.
    public var evidenceLocations: [SourceLocation]
    /// The checker's verdict; `nil` until the checker runs.
    public var assessment: Assessment?
    /// The claim this mention belongs to.
    public var claimID: Int?
    /// The sentence holding the mention, as prose text (for reporters and eval).
    public var sentence: String
    /// The inline directive that silences this finding, if any.
    public var suppression: Suppression?

    public init(text: String, span: SourceSpan, amountSpan: SourceSpan, amount: MoneyAmount, per: [Denominator],
                approx: Bool, qualifier: String?, classification: Classification? = nil,
                evidenceLocations: [SourceLocation] = [], assessment: Assessment? = nil,
                claimID: Int? = nil, sentence: String = "") {
        self.text = text
        self.span = span
        self.amountSpan = amountSpan
        self.amount = amount
        self.per = per
        self.approx = approx
        self.qualifier = qualifier
        self.classification = classification
        self.evidenceLocations = evidenceLocations
        self.assessment = assessment
        self.claimID = claimID
        self.sentence = sentence
    }

    /// Cost claims and prices are what the human, SARIF and annotation
    /// outputs show; `other` mentions appear only in JSON.
    public var isReportable: Bool {
        guard let kind = classification?.kind else { return true }
        return kind != .other
    }
}

/// The audit of one input file.
public struct AuditedDocument: Sendable {
    public var path: String
    public var format: SourceFormat
    public var mentions: [AuditedMention]
    public var claims: [Claim]
    /// Problems reading this file (warnings such as invalid UTF-8, or the
    /// error that stopped it).
    public var diagnostics: [Diagnostic]

    public init(path: String, format: SourceFormat, mentions: [AuditedMention], claims: [Claim], diagnostics: [Diagnostic]) {
        self.path = path
        self.format = format
        self.mentions = mentions
        self.claims = claims
        self.diagnostics = diagnostics
    }

    /// Highest finding severity in the document, if any.
    public var highestSeverity: Severity? {
        mentions.compactMap { $0.assessment?.severity }.max()
    }
}
