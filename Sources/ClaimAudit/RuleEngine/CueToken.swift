/// One token of prose: a word, a number or a punctuation mark.
public struct CueToken: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case punctuation
    }

    public var kind: Kind
    /// Prose byte range of the token as written.
    public var range: Range<Int>
    /// Normalized form used for matching: a stem for words (see
    /// `WordStemmer`), the digits for numbers (`3090`, `5k`; a phrase's `#`
    /// matches any number), the mark itself for punctuation
    /// (curly quotes and dashes folded to `"` and `—`).
    public var norm: String
    /// The word as written, lower-cased, for exact matching (`=says`); for a
    /// contraction's parts (`doesn't` → `do`, `not`), each part's form. Empty
    /// for numbers and punctuation.
    public var exact: String
    /// The word starts with an upper-case letter.
    public var isCapitalized: Bool
    /// The word has an upper-case letter or a digit after its first
    /// character (`ChatGPT`, `GPT`, `H100`): a name, not an ordinary word.
    public var looksLikeName: Bool

    public init(kind: Kind, range: Range<Int>, norm: String, exact: String = "", isCapitalized: Bool = false,
                looksLikeName: Bool = false) {
        self.kind = kind
        self.range = range
        self.norm = norm
        self.exact = exact
        self.isCapitalized = isCapitalized
        self.looksLikeName = looksLikeName
    }

    /// Punctuation that ends a clause.
    public var isClauseBreak: Bool {
        kind == .punctuation && [",", ";", ":", "(", ")", "—", "\"", "!", "?", "[", "]"].contains(norm)
    }
}
