/// Denominators after an amount: `per user per month`, `/user/month`,
/// `a month`, `monthly`, `per 1K tokens`, `/MTok`, `per GPU-hour`, …
enum DenominatorParser {
    /// Unit nouns allowed after `a`/`an`/`each`/`every`/`for every`; any noun
    /// is allowed after `per` and `/`.
    static let units: [(String, [String])] = [
        ("user", ["user", "users"]), ("seat", ["seat", "seats"]), ("month", ["month", "months", "mo", "mos"]),
        ("year", ["year", "years", "yr", "yrs", "annum"]), ("day", ["day", "days"]), ("week", ["week", "weeks", "wk"]),
        ("hour", ["hour", "hours", "hr", "hrs"]), ("minute", ["minute", "minutes", "min"]), ("quarter", []),
        ("query", ["query", "queries"]), ("request", ["request", "requests"]), ("call", ["call", "calls"]),
        ("message", ["message", "messages"]), ("conversation", ["conversation", "conversations"]),
        ("session", ["session", "sessions"]), ("prompt", ["prompt", "prompts"]), ("search", ["search", "searches"]),
        ("subscriber", ["subscriber", "subscribers"]), ("customer", ["customer", "customers"]),
        ("developer", ["developer", "developers"]), ("employee", ["employee", "employees"]), ("head", ["head"]),
        ("person", ["person", "people", "capita"]), ("token", ["token", "tokens"]), ("image", ["image", "images"]),
        ("video", ["video", "videos"]), ("stream", ["stream", "streams"]), ("ride", ["ride", "rides"]),
        ("trip", ["trip", "trips"]), ("mile", ["mile", "miles"]), ("gb", ["gb", "gigabyte", "gigabytes"]),
        ("tb", ["tb", "terabyte", "terabytes"]), ("kwh", ["kwh"]), ("account", ["account", "accounts"]),
        ("member", ["member", "members"]), ("license", ["license", "licenses", "licence", "licences"]),
        ("student", ["student", "students"]), ("visit", ["visit", "visits"]), ("click", ["click", "clicks"]),
        ("order", ["order", "orders"]), ("transaction", ["transaction", "transactions"]), ("device", ["device", "devices"]),
        ("agent", ["agent", "agents"]), ("task", ["task", "tasks"]), ("job", ["job", "jobs"]), ("page", ["page", "pages"]),
        ("household", ["household", "households"]), ("patient", ["patient", "patients"]),
        ("completion", ["completion", "completions"]), ("generation", ["generation", "generations"]),
        ("response", ["response", "responses"]), ("chat", ["chat", "chats"]), ("interaction", ["interaction", "interactions"]),
        ("download", ["download", "downloads"]), ("song", ["song", "songs"]), ("article", ["article", "articles"]),
        ("word", ["word", "words"]), ("character", ["character", "characters"]), ("install", ["install", "installs"]),
        ("gpu", ["gpu", "gpus"]), ("second", ["second", "seconds", "sec"]),
    ]
    static let adverbs: [(String, String)] = [
        ("monthly", "month"), ("annually", "year"), ("yearly", "year"), ("daily", "day"), ("weekly", "week"),
        ("hourly", "hour"), ("quarterly", "quarter"), ("nightly", "night"),
    ]
    static let gpus = ["gpu", "gpus", "tpu", "tpus", "h100", "a100", "h800", "h200", "b200", "gb200", "v100", "a10", "a10g",
                       "l4", "l40s", "mi300x", "h20", "a800"]
    static let adjectives = ["active", "additional", "extra", "single", "new", "paying", "individual", "average", "typical",
                             "incremental", "marginal", "api", "unique", "free", "paid", "registered", "enterprise", "heavy",
                             "power", "extra", "generated", "served"]
    /// Words that never are a unit after `per`/`/` (`per the report`, `per cent`).
    static let notUnits = ["the", "a", "an", "their", "its", "his", "her", "our", "my", "your", "this", "that", "these",
                           "those", "some", "any", "which", "what", "se", "cent", "percent", "centum", "or", "and", "is",
                           "was", "year-over-year", "month-over-month", "mille"]

    static func register(into lx: inout Lexicon) {
        for (unit, forms) in units { for f in forms { lx.set(f) { $0.unit = unit } } }
        for (w, u) in adverbs { lx.set(w) { $0.adverbUnit = u } }
        lx.set(gpus) { $0.gpuLike = true }
        lx.set(adjectives) { $0.skipAdjective = true }
        lx.set(notUnits) { _ in }
        // grammar words looked up by `SentenceParser.word(_:)`
        lx.set(["per", "each", "every", "for", "of", "to", "from", "between", "and", "or", "even", "as", "much", "high",
                "many", "more", "than", "greater", "north", "upwards", "excess", "less", "fewer", "south", "up", "at",
                "most", "least", "close", "no", "low", "mid", "single", "double", "triple", "digit", "digits", "in",
                "just", "only", "mere", "merely", "fraction", "fractions", "sterling", "not", "mtok", "ktok", "h", "through",
                "hundreds", "tens", "dozens", "cents", "pennies", "x"]) { _ in }
    }

    /// Singular, lowercase form of a unit noun.
    static func singular(_ w: String) -> String {
        if w.count > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        for suffix in ["ches", "shes", "sses", "xes", "zzes"] where w.hasSuffix(suffix) { return String(w.dropLast(2)) }
        if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }
}

extension SentenceParser {
    /// Denominators starting at token `j`, chained (`per user per month`);
    /// returns them and the token after the last one.
    func parseDenominators(from j: Int) -> ([Denominator], Int) {
        var list: [Denominator] = []
        var k = j
        var rounds = 0
        while k < count, rounds < 4 {
            rounds += 1
            let t = tokens[k]
            if t.kind == .punct, t.mark == 0x2F {
                if k + 1 < count, tokens[k + 1].kind == .symbol { break }
                guard let (ds, nk) = parseUnit(at: k + 1, generic: true) else { break }
                list += ds; k = nk; continue
            }
            guard t.kind == .word, let e = entry(k) else { break }
            if let u = e.adverbUnit {
                // "monthly" right before a noun is an adjective of that noun ("monthly plan") — still a period.
                list.append(Denominator(unit: u)); k += 1; continue
            }
            switch e.word {
            case "per":
                if isPunct(k + 1, 0x2D), adjacent(k, k + 1), adjacent(k + 1, k + 2) {
                    guard let (ds, nk) = parseUnit(at: k + 2, generic: true) else { break }
                    list += ds; k = nk; continue
                }
                guard let (ds, nk) = parseUnit(at: k + 1, generic: true) else { break }
                list += ds; k = nk; continue
            case "a", "an", "each", "every":
                guard let (ds, nk) = parseUnit(at: k + 1, generic: false) else { break }
                list += ds; k = nk; continue
            case "for":
                guard isWord(k + 1, "every") || isWord(k + 1, "each"), let (ds, nk) = parseUnit(at: k + 2, generic: false) else { break }
                list += ds; k = nk; continue
            default:
                break
            }
            break
        }
        return (list, k)
    }

    /// One unit (`user`, `1K tokens`, `GPU-hour`, `user-month`, `10-second
    /// video`) at token `k`. `generic` allows any noun (after `per` and `/`).
    func parseUnit(at k0: Int, generic: Bool) -> ([Denominator], Int)? {
        var k = k0
        guard k < count else { return nil }
        var countValue: Double? = nil
        if let w = word(k), w == "mtok" || w == "ktok" {
            return ([Denominator(count: w == "mtok" ? 1e6 : 1e3, unit: "token")], k + 1)
        }
        if tokens[k].kind == .number {
            guard generic, let num = NumberParser.parse(bytes, tokens[k].start, tokens[k].end) else { return nil }
            var v = num.value
            k += 1
            if k < count, tokens[k].kind == .word, adjacent(k - 1, k) {
                if let w = word(k), w == "mtok" || w == "ktok" {
                    return ([Denominator(count: v * (w == "mtok" ? 1e6 : 1e3), unit: "token")], k + 1)
                }
                guard let m = entry(k)?.adjacentMagnitude else { return nil }
                v *= m; k += 1
            } else if let m = entry(k)?.spacedMagnitude {
                v *= m; k += 1
            }
            if isPunct(k, 0x2D), adjacent(k - 1, k), adjacent(k, k + 1), k + 1 < count, tokens[k + 1].kind == .word {
                k += 2 // "10-second video": an adjective, the noun follows
            } else {
                countValue = v
            }
        } else if let s = entry(k)?.scale, generic {
            countValue = s; k += 1
        }
        var skipped = 0
        while k + 1 < count, skipped < 2, entry(k)?.skipAdjective == true, tokens[k + 1].kind == .word {
            k += 1; skipped += 1
        }
        guard k < count, tokens[k].kind == .word else { return nil }
        let e = entry(k)
        let lower = lowercased(k)
        guard !lower.isEmpty, ByteClass.isASCIILetter(lower.utf8.first!) else { return nil }
        if DenominatorParser.notUnits.contains(lower) { return nil }
        // GPU-hour, GPU hour, H100-hour, GPU-hr
        if e?.gpuLike == true {
            if isPunct(k + 1, 0x2D), adjacent(k, k + 1), adjacent(k + 1, k + 2), entry(k + 2)?.unit == "hour" {
                return ([Denominator(count: countValue, unit: "gpu-hour")], k + 3)
            }
            if entry(k + 1)?.unit == "hour" { return ([Denominator(count: countValue, unit: "gpu-hour")], k + 2) }
        }
        var unit = e?.unit ?? DenominatorParser.singular(lower)
        if !generic && e?.unit == nil { return nil }
        k += 1
        // user-month → user, month; other compounds keep the hyphen
        if isPunct(k, 0x2D), adjacent(k - 1, k), adjacent(k, k + 1), k + 1 < count, tokens[k + 1].kind == .word {
            let second = entry(k + 1)?.unit ?? DenominatorParser.singular(lowercased(k + 1))
            if ["hour", "month", "year", "day", "week", "minute", "second"].contains(second) && e?.unit != nil {
                return ([Denominator(count: countValue, unit: unit), Denominator(unit: second)], k + 2)
            }
            unit += "-" + second
            k += 2
        }
        return ([Denominator(count: countValue, unit: unit)], k)
    }
}
