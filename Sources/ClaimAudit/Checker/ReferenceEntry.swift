/// One dated reference figure from `Rules/reference/*.ref`.
public struct ReferenceEntry: Sendable, Hashable {
    /// Whether the figure is what customers pay or what a provider spends.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case price
        case cost
    }

    /// `gpt-4o-api`, `claude-pro`.
    public var id: String
    /// What the figure is, in words.
    public var what: String
    /// Topic patterns; the entry is about a sentence when any pattern matches it.
    public var topics: [TopicPattern]
    /// Document patterns; when given, the entry applies only to documents
    /// where one of them occurs (`chatgpt, claude, llm`).
    public var context: [TopicPattern] = []
    public var low: Double
    public var high: Double
    public var currency: String
    /// Denominators in the contract's form; empty for a total.
    public var per: [Denominator]
    public var kind: Kind
    /// When the figure applies.
    public var window: DateWindow
    public var source: String
    public var note: String?
    /// Where the entry was read (`Rules/reference/api.ref:12`).
    public var origin: String
    /// Discrete figures (`value: 17, 20, 100, 200`): a figure agrees with
    /// one of them, not with everything between `low` and `high`. Empty for a
    /// single figure or a range.
    public var points: [Double] = []
    /// A span of other entries (`broad: yes`): used only when no specific
    /// entry settles a figure, it confirms a figure inside it (or at one of
    /// its points) and never refutes one.
    public var broad = false
    /// Matched through a subject named elsewhere in the document (set by the
    /// checker, not read from files): confirms only a single figure at one of
    /// the reference's figures or ends.
    var assisted = false

    public init(id: String, what: String, topics: [TopicPattern], low: Double, high: Double, currency: String,
                per: [Denominator], kind: Kind, window: DateWindow, source: String, note: String? = nil, origin: String = "") {
        self.id = id
        self.what = what
        self.topics = topics
        self.low = low
        self.high = high
        self.currency = currency
        self.per = per
        self.kind = kind
        self.window = window
        self.source = source
        self.note = note
        self.origin = origin
    }

    /// Whether one of the topics occurs in `lower` (already lowercased).
    func isAbout(lowercased lower: String) -> Bool {
        topics.contains { $0.matches(lowercased: lower) }
    }

    /// The figure in base units.
    public var normalized: NormalizedRate {
        UnitNormalizer.normalize(low: low, high: high, currency: currency, per: per)
    }

    /// `$2.50–$10 per million tokens`, `$17, $20, $100 or $200 per month`.
    public var figure: String {
        guard points.count > 1 else { return MoneyFormatting.rate(low: low, high: high, currency: currency, per: per) }
        let values = points.map { MoneyFormatting.money($0, currency: currency) }
        let list = values.dropLast().joined(separator: ", ") + " or " + values.last!
        return per.isEmpty ? list : list + " " + MoneyFormatting.perPhrase(per)
    }

    /// How explanations cite the entry: `reference gpt-4o-api (Aug 2024–, https://…)`.
    public var citation: String {
        "reference \(id) (\(window), \(source))"
    }

    /// Whether any topic pattern matches the text.
    public func isAbout(_ text: String) -> Bool {
        let lower = text.lowercased()
        return topics.contains { $0.matches(lowercased: lower) }
    }

    /// Whether the entry's context (if any) occurs in a document's lowercased text.
    public func fits(documentLowercased text: String) -> Bool {
        context.isEmpty || context.contains { $0.matches(lowercased: text) }
    }
}

/// A topic pattern: phrases that must all occur (`capacity block & h100`).
/// A phrase matches at word boundaries; a trailing `*` makes it a prefix
/// (`train*` matches `trained`, `training`).
public struct TopicPattern: Sendable, Hashable, CustomStringConvertible {
    public var phrases: [String]

    public init(_ text: String) {
        phrases = text.split(separator: "&").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    public var description: String { phrases.joined(separator: " & ") }

    /// Whether every phrase occurs in `text` (already lowercased).
    public func matches(lowercased text: String) -> Bool {
        !phrases.isEmpty && phrases.allSatisfy { Self.contains(text, phrase: $0) }
    }

    static func contains(_ text: String, phrase: String) -> Bool {
        let prefix = phrase.hasSuffix("*")
        return WordSearch.contains(text, needle: prefix ? String(phrase.dropLast()) : phrase, prefix: prefix)
    }
}
