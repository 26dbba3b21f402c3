/// The features `ContextModel` reads for one mention: the stemmed words of
/// its sentence before and after it, its denominators, and the rule that
/// decided it when the model is not used.
///
/// - `b:WORD` / `a:WORD`: one of the `window` nearest words before / after
///   the mention in its sentence;
/// - `b3:WORD` / `a3:WORD`: one of the three nearest;
/// - `per:UNIT` for each denominator (`per:none` when it has none);
/// - `rule:ID`, `got:OUTCOME` and `fam:PREFIX` of the rules' own decision.
struct ContextFeatures {
    /// A feature and, for a word feature, the token it came from.
    struct Feature {
        var name: String
        var token: Int?
    }

    /// Words looked at on each side of the mention.
    static let window = 10
    static let near = 3

    static func extract(index: DocumentIndex, scopes s: MentionScopes, winner: Rule?) -> [Feature] {
        var out: [Feature] = []
        let tokens = index.tokens
        var before = 0
        var t = s.mentionTokens.lowerBound - 1
        while t >= s.sentence.lowerBound, before < window {
            if tokens[t].kind == .word {
                out.append(Feature(name: "b:" + tokens[t].norm, token: t))
                if before < near { out.append(Feature(name: "b3:" + tokens[t].norm, token: t)) }
                before += 1
            }
            t -= 1
        }
        var after = 0
        t = s.mentionTokens.upperBound
        while t < s.sentence.upperBound, after < window {
            if tokens[t].kind == .word {
                out.append(Feature(name: "a:" + tokens[t].norm, token: t))
                if after < near { out.append(Feature(name: "a3:" + tokens[t].norm, token: t)) }
                after += 1
            }
            t += 1
        }
        if s.mention.per.isEmpty { out.append(Feature(name: "per:none")) }
        for d in s.mention.per { out.append(Feature(name: "per:" + RuleSet.unitKey(d.unit))) }
        let id = winner?.id ?? "none"
        out.append(Feature(name: "rule:" + id))
        out.append(Feature(name: "fam:" + (id.split(separator: ".").first.map(String.init) ?? id)))
        let got = winner.flatMap(ContextModel.Outcome.init(rule:))
        out.append(Feature(name: "got:" + (got?.rawValue ?? "none")))
        return out
    }
}
