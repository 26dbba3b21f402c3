/// An amount of money as stated in the text: a single figure (`low == high`)
/// or a range, in whole units of `currency` after magnitude words are applied.
public struct MoneyAmount: Sendable, Hashable, Codable {
    public var low: Double
    public var high: Double
    /// ISO 4217 code: `USD`, `EUR`, `GBP`, `JPY`, `INR`, …
    public var currency: String

    public init(low: Double, high: Double, currency: String) {
        self.low = low
        self.high = high
        self.currency = currency
    }

    public init(_ value: Double, currency: String) {
        self.init(low: value, high: value, currency: currency)
    }

    public var isRange: Bool { low != high }
}

/// One denominator a figure is stated against: `per user`, `per 1K tokens`.
///
/// `description` is the contract's string form: `"user"` or `"1000 token"`.
public struct Denominator: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How many units, when the text states a count (`per 1K tokens` → 1000).
    public var count: Double?
    /// Singular unit name: `user`, `month`, `token`, `gpu-hour`, …
    public var unit: String

    public init(count: Double? = nil, unit: String) {
        self.count = count
        self.unit = unit
    }

    public var description: String {
        guard let count else { return unit }
        if count == count.rounded(), abs(count) < 1e15 {
            return "\(Int64(count)) \(unit)"
        }
        return "\(count) \(unit)"
    }

    /// Parses the contract's string form (`"user"`, `"1000000 token"`).
    public init(parsing text: String) {
        let parts = text.split(separator: " ", maxSplits: 1)
        if parts.count == 2, let n = Double(parts[0]) {
            self.init(count: n, unit: String(parts[1]))
        } else {
            self.init(unit: text)
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self.init(parsing: text)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
