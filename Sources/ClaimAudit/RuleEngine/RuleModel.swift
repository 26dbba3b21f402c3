/// Where something was written in a rule file.
public struct RuleSourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    /// A diagnostic at this location.
    public func error(_ message: String) -> Diagnostic {
        Diagnostic(.error, path: path, location: SourceLocation(line: line, column: column), message: message)
    }
}

/// A named list of cue phrases (`lexicon division: divided by, split across`).
public struct CueLexicon: Sendable, Hashable {
    public var name: String
    /// Phrases as written, with their locations.
    public var phrases: [String]
    public var phraseLocations: [RuleSourceLocation]
    public var location: RuleSourceLocation

    public init(name: String, phrases: [String], phraseLocations: [RuleSourceLocation], location: RuleSourceLocation) {
        self.name = name
        self.phrases = phrases
        self.phraseLocations = phraseLocations
        self.location = location
    }
}

/// A reference to cue phrases inside a condition: a lexicon by name, or a
/// quoted literal phrase.
public struct CueReference: Sendable, Hashable, CustomStringConvertible {
    public enum Target: Sendable, Hashable {
        case lexicon(String)
        case literal(String)
    }

    public var target: Target
    public var location: RuleSourceLocation
    /// Compiled lexicon id, filled when the rule set is compiled.
    public var id: Int = -1

    public init(target: Target, location: RuleSourceLocation) {
        self.target = target
        self.location = location
    }

    /// The name shown as an evidence feature.
    public var name: String {
        switch target {
        case .lexicon(let n): n
        case .literal(let p): "\"\(p)\""
        }
    }

    public var description: String { name }
}

/// The part of the document a condition looks at, relative to the mention.
public enum Scope: String, Sendable, Hashable, CaseIterable {
    /// The clause holding the mention: the sentence cut at `, ; : ( ) — "`
    /// and at the words of the `clause-break` lexicon.
    case clause
    case sentence
    /// The first two words of the sentence (for imperatives and suppositions: "Divide…",
    /// "Spread…", "Multiply…").
    case opening
    /// The list-item or table-row label: the words before a `:` that
    /// precedes the mention in its sentence (at most 6 words), or the first
    /// cell of the mention's table row.
    case label
    /// The table row holding the mention (every cell), when it is in a table.
    case row
    /// The header cell of the mention's table column (the cell in the same
    /// position in the table's first row), when it is in a table.
    case column
    /// The nearest heading above the mention.
    case heading
    /// The paragraph, list item or table cell holding the mention.
    case paragraph
    /// The first two words of that paragraph: a scenario it opens with
    /// ("Suppose…", "Assume…") carries into its later sentences.
    case lead
    /// For a mention in a list item: the paragraph right before its list, the lead-in that
    /// sets up every item ("Assume a mid-size SaaS:", "What the vendor told us:"); nothing
    /// for a mention outside a list or a list with no paragraph before it.
    case intro
    /// The sentence before the mention's sentence.
    case previous
    /// The sentence after the mention's sentence.
    case next
    /// The previous, current and next sentences together.
    case nearby
    /// The whole document.
    case document
}

/// Where a cue must be, relative to the mention.
public enum CuePosition: String, Sendable, Hashable {
    case before
    case after
}

/// A property of the mention itself.
public enum MentionFlag: String, Sendable, Hashable, CaseIterable {
    /// A range (`$3 to $15`).
    case range
    /// An approximate amount in words (`a few cents`).
    case approx
    /// Stated with a bound (`about`, `up to`, `over`).
    case qualified
    /// Inside quotation marks (opened earlier in its paragraph and closed
    /// after it), or after a `>` quote marker in its sentence (plain-text forums).
    case quoted
    /// Stated against no denominator (a lump sum).
    case lumpSum = "lump-sum"
}

/// One test a rule makes.
public indirect enum ConditionTest: Sendable, Hashable {
    /// `SCOPE has CUES [within N words] [before|after]`
    case has(scope: Scope, cues: [CueReference], within: Int?, position: CuePosition?)
    /// `per has UNITS`: some denominator is one of the units.
    case perHas(units: Set<String>)
    /// `per only UNITS`: there is a denominator and every one is one of the units.
    case perOnly(units: Set<String>)
    /// `per is empty`
    case perEmpty
    /// `amount above N` (the low end is above N).
    case amountAbove(Double)
    /// `amount below N` (the high end is below N).
    case amountBelow(Double)
    /// `mention is FLAG`
    case mentionIs(MentionFlag)
    /// `sentence is question`: the sentence ends with `?`.
    case sentenceIsQuestion
    /// `subject of VERBS is product`: the words before the nearest verb of
    /// VERBS (in the clause, before the mention) name a product: a name such
    /// as `ChatGPT`, `GPT-4`, `Claude Pro`.
    case subjectIsProduct(verbs: [CueReference])
    /// `subject of VERBS has CUES`: those words contain one of the cues
    /// (`we`, `customers`, `plan`).
    case subjectHas(verbs: [CueReference], cues: [CueReference])
    /// `figure [before|after] [within N words] is KIND-OR-CLASS`: the nearest
    /// other mention in the same sentence that a rule of its own decided is of
    /// that kind (`cost`, `price`, `other`) or class (`marginal`, `fixed`,
    /// `conflation`). Used for figures derived by arithmetic from another
    /// ("$700K a day is about $255 million a year").
    case figure(within: Int?, position: CuePosition?, target: String)
    /// `same figure is KIND-OR-CLASS`: the nearest other mention in the
    /// document with the same amount (within rounding: `$5K` = `$5,000`) and
    /// compatible denominators, decided by a rule of its own, is of that kind
    /// or class.
    case sameFigure(target: String)
    /// `smaller figure is KIND-OR-CLASS`: another mention in the document,
    /// decided by a rule of its own as that kind or class, states an amount in
    /// the same currency for a shared unit (both have denominators and share
    /// one: `per user` and `per user per month` share the user) and is at
    /// most a tenth of this one. A debunking text sets the real per-unit cost
    /// next to the figure it corrects.
    case smallerFigure(target: String)

    /// Whether the test looks at other mentions' decisions (second pass).
    var usesFigures: Bool {
        switch self {
        case .figure, .sameFigure, .smallerFigure: true
        default: false
        }
    }
}

/// A condition line of a rule (`when:` or `unless:`).
public struct Condition: Sendable, Hashable {
    public var test: ConditionTest
    /// The condition as written.
    public var text: String
    public var location: RuleSourceLocation

    public init(test: ConditionTest, text: String, location: RuleSourceLocation) {
        self.test = test
        self.text = text
        self.location = location
    }
}

/// An example sentence of a rule, with `↓` before the target mention.
public struct RuleExample: Sendable, Hashable {
    /// The text without the marker.
    public var text: String
    /// UTF-8 offset of the marker in `text`: the target mention starts here.
    public var markerOffset: Int
    /// `true` for `example:` (must trigger), `false` for `counter:`.
    public var triggers: Bool
    public var location: RuleSourceLocation

    public init(text: String, markerOffset: Int, triggers: Bool, location: RuleSourceLocation) {
        self.text = text
        self.markerOffset = markerOffset
        self.triggers = triggers
        self.location = location
    }

    /// The example as written, with the marker.
    public var marked: String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[..<markerOffset], as: UTF8.self) + "↓" + String(decoding: bytes[markerOffset...], as: UTF8.self)
    }
}

/// A classification rule. A rule decides a mention's kind (and class, for a
/// cost), or its stance, or both, when all its `when:` conditions hold and
/// none of its `unless:` conditions does.
public struct Rule: Sendable, Hashable {
    public var id: String
    public var kind: MentionKind?
    public var costClass: CostClass?
    public var stance: Stance?
    /// Higher wins; see `Rules/README.md` for the tie-breaks.
    public var priority: Int
    public var conditions: [Condition]
    public var exceptions: [Condition]
    /// Explanation template with `{amount}`, `{per}`, `{cue}`, … placeholders.
    public var explain: String?
    /// One line for `claimaudit rules`.
    public var summary: String?
    public var rationale: String
    public var examples: [RuleExample]
    public var location: RuleSourceLocation
    /// Position in load order (after overrides), used to break ties.
    public var order: Int = 0
    /// `keeps-class: yes`: a cost class this rule decides stands for its
    /// mention even when the claim the mention repeats is pooled as a
    /// conflation (see `Classifier.keepsOwnClass`).
    public var keepsClass: Bool = false

    public init(id: String, location: RuleSourceLocation) {
        self.id = id
        self.location = location
        self.priority = 50
        self.conditions = []
        self.exceptions = []
        self.rationale = ""
        self.examples = []
    }

    /// Whether the rule looks at other mentions' decisions, so it runs in
    /// the second pass.
    public var usesFigures: Bool { (conditions + exceptions).contains { $0.test.usesFigures } }

    /// Whether the rule decides kind/class.
    public var decidesKind: Bool { kind != nil }
    /// Whether the rule decides the stance.
    public var decidesStance: Bool { stance != nil }

    /// A one-line description: `summary:`, else the first sentence of the rationale.
    public var oneLine: String {
        if let summary, !summary.isEmpty { return summary }
        if let dot = rationale.range(of: ". ") { return String(rationale[..<dot.lowerBound]) + "." }
        if !rationale.isEmpty { return rationale }
        return explain ?? "(no summary)"
    }

    /// `cost/marginal`, `price`, `stance: negated`, …
    public var outcome: String {
        var parts: [String] = []
        if let kind { parts.append(costClass.map { "\(kind.rawValue)/\($0.rawValue)" } ?? kind.rawValue) }
        if let stance { parts.append("stance: \(stance.rawValue)") }
        return parts.joined(separator: ", ")
    }
}
