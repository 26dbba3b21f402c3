/// Reduces a word to a stem so that lexicon phrases match their inflected
/// forms: `salary`/`salaries`, `spend`/`spends`/`spent`/`spending`,
/// `charge`/`charged`/`charging`.
///
/// Both lexicon phrases and document words go through the same function, so
/// the stems only need to agree with each other, not to be real words. This is
/// a small, conservative suffix stripper with a table of irregular forms, not
/// a full Porter stemmer.
public enum WordStemmer {
    /// Irregular forms that suffix rules cannot reach.
    static let irregular: [String: String] = [
        "spent": "spend", "paid": "pay", "built": "build", "ran": "run", "sold": "sell",
        "lost": "lose", "losses": "loss", "bought": "buy", "made": "make", "took": "take",
        "taken": "take", "gave": "give", "given": "give", "grew": "grow", "grown": "grow",
        "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "brought": "bring",
        "won't": "will not", "can't": "can not", "cannot": "can not", "isn't": "be not",
        "doesn't": "do not", "don't": "do not", "didn't": "do not", "aren't": "be not",
        "wasn't": "be not", "weren't": "be not", "hasn't": "have not", "haven't": "have not",
        "wouldn't": "would not", "couldn't": "could not", "shouldn't": "should not",
        "it's": "it be", "that's": "that be", "there's": "there be", "what's": "what be",
        "they'd": "they would", "we'd": "we would",
        "you'd": "you would", "i'd": "i would", "he'd": "he would", "she'd": "she would",
        "children": "child", "people": "person", "men": "man", "women": "woman",
        "data": "data", "news": "news", "series": "series", "analyses": "analysis",
        "was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "being": "be", "am": "be",
        "has": "have", "had": "have", "having": "have", "does": "do", "did": "do", "done": "do",
        // Dropping the silent e would merge these with other words (`far`, `car`).
        "fare": "fare", "fares": "fare", "fared": "fare", "faring": "fare",
        "care": "care", "cares": "care", "cared": "care", "caring": "care",
        // `fined` (penalised) is not the adjective `fine` ("my $7.99 is fine").
        "fined": "fined", "fining": "fined",
        // Without these, `note`, `notes`, `noted` and `noting` share the stem of `not`, and a
        // word of reporting reads as a negation.
        "note": "note", "notes": "note", "noted": "note", "noting": "note",
        // "was supposed to cost" expects; it does not suppose a case the way "suppose" does.
        "supposed": "supposed",
    ]

    /// Words whose final `s` is not a plural.
    static let keepS: Set<String> = [
        "this", "his", "its", "is", "was", "has", "does", "us", "plus", "gas", "bus", "yes", "thus",
        "less", "unless", "across", "always", "perhaps", "various", "analysis", "basis", "crisis",
        "ops", "opex", "capex", "news", "series", "status", "bonus", "census", "consensus",
        "virus", "campus", "focus", "versus", "vs", "aws", "gpus", "tps",
    ]

    /// The stem of one lowercased word. Contractions expand to more than one
    /// word (`doesn't` → `do not`), so the result may contain a space.
    public static func stem(_ word: String) -> String {
        var w = word.lowercased()
        if w.unicodeScalars.contains("\u{2019}") { w = w.replacingOccurrences(of: "\u{2019}", with: "'") }
        if let irr = irregular[w] { return irr }
        if w.hasSuffix("'s") { w.removeLast(2) } else if w.hasSuffix("'") { w.removeLast() }
        if let irr = irregular[w] { return irr }
        if keepS.contains(w) { return w }
        guard w.count > 3, w.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "&" }) else { return w }
        w = stripSuffix(w)
        // A final silent `e` is dropped so `charge`, `charged` and `charging` agree.
        if w.count > 3, w.hasSuffix("e"), !w.hasSuffix("ee") { w.removeLast() }
        return w
    }

    private static func stripSuffix(_ w: String) -> String {
        func drop(_ n: Int) -> String { String(w.dropLast(n)) }
        if w.hasSuffix("ies"), w.count > 4 { return drop(3) + "y" }
        if w.hasSuffix("ied"), w.count > 4 { return drop(3) + "y" }
        if w.hasSuffix("sses") { return drop(2) }
        if w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("zes") { return drop(2) }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") { return w }
        if w.hasSuffix("ing"), w.count > 5 { return undouble(drop(3)) }
        if w.hasSuffix("ed"), w.count > 4 { return undouble(drop(2)) }
        if w.hasSuffix("s"), !w.hasSuffix("ss") { return drop(1) }
        return w
    }

    /// `runn` → `run`, `stopp` → `stop`; keeps `ll`, `ss`, `zz`.
    private static func undouble(_ w: String) -> String {
        let chars = Array(w)
        guard chars.count >= 3, let last = chars.last, chars[chars.count - 2] == last,
              !"aeiouylsz".contains(last) else { return w }
        return String(chars.dropLast())
    }
}
