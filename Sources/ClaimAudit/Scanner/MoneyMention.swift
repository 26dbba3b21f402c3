/// One money expression found by the scanner, before classification.
public struct MoneyMention: Sendable, Hashable {
    /// Prose range of the whole mention: the amount and its denominators
    /// (`$5K per user per month`).
    public var range: Range<Int>
    /// Prose range of the amount alone (`$5K`, `$3 to $15`).
    public var amountRange: Range<Int>
    public var amount: MoneyAmount
    /// Denominators in the order the text gives them; empty for a lump sum.
    public var per: [Denominator]
    /// An approximate amount in words (`a few cents`, `thousands of dollars`).
    public var approx: Bool
    /// A bound stated with the figure, normalized: `about`, `over`, `under`,
    /// `up to`, `at least`, `nearly`, `more than`, `less than`, `+` (for `20+`).
    public var qualifier: String?
    /// Index into `ScanResult.sentences`.
    public var sentenceIndex: Int

    public init(range: Range<Int>, amountRange: Range<Int>, amount: MoneyAmount, per: [Denominator],
                approx: Bool = false, qualifier: String? = nil, sentenceIndex: Int) {
        self.range = range
        self.amountRange = amountRange
        self.amount = amount
        self.per = per
        self.approx = approx
        self.qualifier = qualifier
        self.sentenceIndex = sentenceIndex
    }
}

/// What the scanner finds in a document's prose.
public struct ScanResult: Sendable {
    public var sentences: [Sentence]
    /// Mentions in document order, not overlapping.
    public var mentions: [MoneyMention]

    public init(sentences: [Sentence], mentions: [MoneyMention]) {
        self.sentences = sentences
        self.mentions = mentions
    }
}
