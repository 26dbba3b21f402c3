/// One labelled money mention (contract §4).
///
/// Fields a labeller leaves out (`amount`, `per`, `stance`, `verdict`,
/// `approx`) are not scored for that mention.
public struct MentionLabel: Sendable, Hashable, Codable {
    /// The exact raw text of the amount expression (`$5K`, `$3 to $15`).
    public var quote: String
    /// Which occurrence of `quote` in the raw file, 1-based.
    public var occurrence: Int
    public var kind: MentionKind
    /// Only for `kind == .cost`, where it is required.
    public var costClass: CostClass?
    public var stance: Stance?
    /// Never on `kind == .other`.
    public var verdict: Verdict?
    public var amount: LabelAmount?
    /// The stated denominators; `[]` is a lump sum, `nil` is not scored.
    public var per: [Denominator]?
    /// `true` for an approximate amount in words (`a few cents`).
    public var approx: Bool?
    /// A short reason, for the next labeller.
    public var note: String?

    public init(quote: String, occurrence: Int = 1, kind: MentionKind, costClass: CostClass? = nil,
                stance: Stance? = nil, verdict: Verdict? = nil, amount: LabelAmount? = nil,
                per: [Denominator]? = nil, approx: Bool? = nil, note: String? = nil) {
        self.quote = quote
        self.occurrence = occurrence
        self.kind = kind
        self.costClass = costClass
        self.stance = stance
        self.verdict = verdict
        self.amount = amount
        self.per = per
        self.approx = approx
        self.note = note
    }

    /// Whether the mention is scored with the approximate ones.
    public var isApprox: Bool { approx == true }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case quote, occurrence, kind
        case costClass = "class"
        case stance, verdict, amount, per, approx, note
    }

    static let knownKeys = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        quote = try c.decode(String.self, forKey: .quote)
        if quote.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .quote, in: c, debugDescription: "the quote is empty")
        }
        occurrence = try c.decodeIfPresent(Int.self, forKey: .occurrence) ?? 1
        if occurrence < 1 {
            throw DecodingError.dataCorruptedError(forKey: .occurrence, in: c,
                                                   debugDescription: "occurrence is 1-based; got \(occurrence)")
        }
        kind = try Self.decodeEnum(MentionKind.self, .kind, c)!
        costClass = try Self.decodeEnum(CostClass.self, .costClass, c, optional: true)
        stance = try Self.decodeEnum(Stance.self, .stance, c, optional: true)
        verdict = try Self.decodeEnum(Verdict.self, .verdict, c, optional: true)
        amount = try c.decodeIfPresent(LabelAmount.self, forKey: .amount)
        per = try c.decodeIfPresent([Denominator].self, forKey: .per)
        approx = try c.decodeIfPresent(Bool.self, forKey: .approx)
        note = try c.decodeIfPresent(String.self, forKey: .note)

        if kind == .cost, costClass == nil {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: c.codingPath + [CodingKeys.costClass],
                debugDescription: "missing; a cost mention needs a class: marginal, fixed or conflation"))
        }
        if kind != .cost, let costClass {
            throw DecodingError.dataCorruptedError(forKey: .costClass, in: c,
                debugDescription: "\"class\": \"\(costClass.rawValue)\" is only for kind cost, not \(kind.rawValue)")
        }
        if kind == .other, let verdict {
            throw DecodingError.dataCorruptedError(forKey: .verdict, in: c,
                debugDescription: "\"verdict\": \"\(verdict.rawValue)\" is not given on kind other (contract §4)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(quote, forKey: .quote)
        try c.encode(occurrence, forKey: .occurrence)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(costClass, forKey: .costClass)
        try c.encodeIfPresent(stance, forKey: .stance)
        try c.encodeIfPresent(verdict, forKey: .verdict)
        try c.encodeIfPresent(amount, forKey: .amount)
        try c.encodeIfPresent(per, forKey: .per)
        try c.encodeIfPresent(approx, forKey: .approx)
        try c.encodeIfPresent(note, forKey: .note)
    }

    /// Decodes a string enum, naming the allowed values when it is wrong.
    private static func decodeEnum<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, _ key: CodingKeys, _ c: KeyedDecodingContainer<CodingKeys>, optional: Bool = false
    ) throws -> E? where E.RawValue == String {
        let raw: String?
        if optional { raw = try c.decodeIfPresent(String.self, forKey: key) } else { raw = try c.decode(String.self, forKey: key) }
        guard let raw else { return nil }
        guard let value = E(rawValue: raw) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(forKey: key, in: c,
                                                   debugDescription: "\"\(raw)\" is not one of \(allowed)")
        }
        return value
    }
}

/// A labelled amount: `low`, `high` (defaults to `low`) and `currency`.
public struct LabelAmount: Sendable, Hashable, Codable {
    public var low: Double
    public var high: Double
    /// ISO 4217 code.
    public var currency: String

    public init(low: Double, high: Double? = nil, currency: String) {
        self.low = low
        self.high = high ?? low
        self.currency = currency
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case low, high, currency }
    static let knownKeys = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        low = try c.decode(Double.self, forKey: .low)
        high = try c.decodeIfPresent(Double.self, forKey: .high) ?? low
        currency = try c.decode(String.self, forKey: .currency)
        if high < low {
            throw DecodingError.dataCorruptedError(forKey: .high, in: c,
                                                   debugDescription: "high (\(high)) is below low (\(low))")
        }
        if currency.count != 3 || currency != currency.uppercased() {
            throw DecodingError.dataCorruptedError(forKey: .currency, in: c,
                                                   debugDescription: "\"\(currency)\" is not an ISO 4217 code such as USD")
        }
    }

    /// The amount as the model type.
    public var moneyAmount: MoneyAmount { MoneyAmount(low: low, high: high, currency: currency) }
}
