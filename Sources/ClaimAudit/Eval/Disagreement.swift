/// One place where the analyzer and the labels disagree, printed as
/// `path:line:col: FIELD: expected …, got …` so a rule author can jump to it.
public struct Disagreement: Sendable, Hashable, Encodable {
    public enum Field: String, Sendable, Codable, CaseIterable {
        /// A label no prediction matched.
        case missed
        /// A prediction no label matched.
        case spurious
        /// Kind differs, or (both cost) the class differs.
        case kind, `class`, stance, verdict, amount, per
    }

    /// The document.
    public var path: String
    public var location: SourceLocation
    public var field: Field
    public var expected: String
    public var got: String
    /// The labelled quote, or the predicted text for a spurious mention.
    public var quote: String
    /// The rule that decided the prediction, when one did.
    public var rule: String?
    /// The labeller's note, when there is one.
    public var note: String?

    public init(path: String, location: SourceLocation, field: Field, expected: String, got: String,
                quote: String, rule: String? = nil, note: String? = nil) {
        self.path = path
        self.location = location
        self.field = field
        self.expected = expected
        self.got = got
        self.quote = quote
        self.rule = rule
        self.note = note
    }

    private enum CodingKeys: String, CodingKey { case file, line, column, field, expected, got, quote, rule, note }

    /// JSON: `{"file", "line", "column", "field", "expected", "got", "quote", "rule"?, "note"?}`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .file)
        try c.encode(location.line, forKey: .line)
        try c.encode(location.column, forKey: .column)
        try c.encode(field, forKey: .field)
        try c.encode(expected, forKey: .expected)
        try c.encode(got, forKey: .got)
        try c.encode(quote, forKey: .quote)
        try c.encodeIfPresent(rule, forKey: .rule)
        try c.encodeIfPresent(note, forKey: .note)
    }

    /// `Corpus/a.md:3:18: class: expected conflation, got marginal ("$5K" by rule cost.per-user)`,
    /// followed by `; label note: …` when the label has a note and the
    /// disagreement is about kind, class, stance or verdict.
    public var line: String {
        var text = "\(path):\(location.line):\(location.column): \(field.rawValue): expected \(expected), got \(got) (\(LabelResolver.quoted(quote))"
        if let rule { text += " by rule \(rule)" }
        text += ")"
        if let note, !note.isEmpty, [.kind, .class, .stance, .verdict].contains(field) { text += "; label note: \(note)" }
        return text
    }

    /// Every disagreement in a document, in document order.
    public static func list(in evaluation: DocumentEvaluation) -> [Disagreement] {
        var items: [(Int, Int, Disagreement)] = []
        let path = evaluation.path
        for pair in evaluation.match.pairs {
            let resolved = evaluation.labels[pair.label]
            let label = resolved.label
            let p = evaluation.predictions[pair.prediction]
            let fields = FieldComparison(label: label, prediction: p)
            func add(_ field: Field, _ expected: String, _ got: String) {
                items.append((resolved.span.start, items.count, Disagreement(
                    path: path, location: resolved.span.location, field: field, expected: expected, got: got,
                    quote: label.quote, rule: p.ruleID, note: label.note)))
            }
            if !fields.kind {
                add(.kind, describe(label), p.kindDescription)
            } else if !fields.kindAndClass {
                add(.class, label.costClass?.rawValue ?? "none", p.costClass?.rawValue ?? "no class")
            }
            if fields.stance == false { add(.stance, label.stance!.rawValue, p.stance?.rawValue ?? "none") }
            if fields.verdict == false { add(.verdict, label.verdict!.rawValue, p.verdict?.rawValue ?? "none") }
            if fields.amount == false { add(.amount, describe(label.amount!), describe(p.amount)) }
            if fields.per == false { add(.per, describe(label.per!), describe(p.per)) }
        }
        for l in evaluation.match.missed {
            let resolved = evaluation.labels[l]
            items.append((resolved.span.start, items.count, Disagreement(
                path: path, location: resolved.span.location, field: .missed,
                expected: article(describe(resolved.label)) + " mention", got: "nothing", quote: resolved.label.quote, note: resolved.label.note)))
        }
        for index in evaluation.match.spurious {
            let p = evaluation.predictions[index]
            items.append((p.amountSpan.start, items.count, Disagreement(
                path: path, location: p.amountSpan.location, field: .spurious,
                expected: "no mention", got: article(p.kindDescription) + " mention", quote: p.text, rule: p.ruleID)))
        }
        return items.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// `a price`, `an other`.
    static func article(_ word: String) -> String {
        ("aeiou".contains(word.first ?? "x") ? "an " : "a ") + word
    }

    /// `cost/conflation`, `price`.
    static func describe(_ label: MentionLabel) -> String {
        label.kind == .cost ? "cost/\(label.costClass?.rawValue ?? "?")" : label.kind.rawValue
    }

    static func describe(_ amount: LabelAmount) -> String {
        describe(MoneyAmount(low: amount.low, high: amount.high, currency: amount.currency))
    }

    /// `5000 USD`, `3–15 USD`.
    static func describe(_ amount: MoneyAmount) -> String {
        let low = number(amount.low), high = number(amount.high)
        return (amount.low == amount.high ? low : "\(low)–\(high)") + " " + amount.currency
    }

    /// `["user", "month"]`, `[]`.
    static func describe(_ per: [Denominator]) -> String {
        "[" + per.map { "\"\($0.description)\"" }.joined(separator: ", ") + "]"
    }

    /// A number without a needless `.0`.
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(x)
    }
}
