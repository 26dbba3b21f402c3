/// Denominators after an amount: `per user per month`, `/user/month`,
/// `a month`, `monthly`, `per 1K tokens`, `/MTok`, `per GPU-hour`, …
enum DenominatorParser {
    /// Unit nouns allowed after `a`/`an`/`each`/`every`/`for every`; any noun
    /// is allowed after `per` and `/`.
    static let units: [(String, [String])] = [
        ("user", ["user", "users"]), ("seat", ["seat", "seats"]), ("month", ["month", "months", "mo", "mos"]),
        ("year", ["year", "years", "yr", "yrs", "annum"]), ("day", ["day", "days", "d"]), ("week", ["week", "weeks", "wk"]),
        ("hour", ["hour", "hours", "hr", "hrs", "h"]), ("minute", ["minute", "minutes", "min"]), ("quarter", ["qtr", "qtrs"]),
        ("query", ["query", "queries"]), ("request", ["request", "requests"]), ("call", ["call", "calls"]),
        ("message", ["message", "messages", "msg", "msgs"]), ("conversation", ["conversation", "conversations"]),
        ("session", ["session", "sessions"]), ("prompt", ["prompt", "prompts"]), ("search", ["search", "searches"]),
        ("subscriber", ["subscriber", "subscribers"]), ("customer", ["customer", "customers"]),
        ("developer", ["developer", "developers"]), ("employee", ["employee", "employees"]),
        // "a head", "per person", "per capita": the unit as written (the checker counts each as a user)
        ("person", ["person", "people", "capita"]), ("head", ["head"]), ("token", ["token", "tokens"]), ("image", ["image", "images"]),
        ("video", ["video", "videos"]), ("stream", ["stream", "streams"]), ("ride", ["ride", "rides"]),
        ("trip", ["trip", "trips"]), ("mile", ["mile", "miles"]), ("gb", ["gb", "gigabyte", "gigabytes", "gig", "gigs"]),
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
        ("gpu", ["gpu", "gpus"]), ("second", ["second", "seconds", "sec"]), ("ticket", ["ticket", "tickets"]),
        ("km", ["km", "kilometre", "kilometres", "kilometer", "kilometers"]), ("mwh", ["mwh"]),
        ("clip", ["clip", "clips"]), ("ride", []), ("unit", ["unit", "units"]), ("file", ["file", "files"]),
        ("gallon", ["gallon", "gallons"]), ("litre", ["litre", "litres", "liter", "liters"]), ("node", ["node", "nodes"]),
        ("answer", ["answer", "answers"]), ("inference", ["inference", "inferences"]), ("vehicle", ["vehicle", "vehicles"]),
        ("rider", ["rider", "riders"]), ("question", ["question", "questions"]), ("listener", ["listener", "listeners"]),
        ("reader", ["reader", "readers"]), ("copy", ["copy", "copies"]), ("pack", ["pack", "packs"]),
        ("car", ["car", "cars"]), ("scooter", ["scooter", "scooters"]), ("night", ["night", "nights"]),
        ("player", ["player", "players"]), ("viewer", ["viewer", "viewers"]),
        ("play", ["play", "plays"]), ("view", ["view", "views"]), ("impression", ["impression", "impressions"]),
        ("signup", ["signup", "signups"]), ("booking", ["booking", "bookings"]),
        ("delivery", ["delivery", "deliveries"]), ("meal", ["meal", "meals"]), ("passenger", ["passenger", "passengers"]),
        ("package", ["package", "packages"]), ("parcel", ["parcel", "parcels"]), ("lesson", ["lesson", "lessons"]),
        ("episode", ["episode", "episodes", "ep", "eps"]), ("game", ["game", "games"]), ("workspace", ["workspace", "workspaces"]),
        ("server", ["server", "servers"]), ("instance", ["instance", "instances"]), ("vcpu", ["vcpu", "vcpus"]),
        ("kw", ["kw"]), ("mw", ["mw"]), ("tonne", ["tonne", "tonnes", "ton"]), ("kg", ["kg", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"]),
        ("driver", ["driver", "drivers"]), ("engineer", ["engineer", "engineers"]), ("researcher", ["researcher", "researchers"]),
        ("worker", ["worker", "workers"]), ("shipment", ["shipment", "shipments"]), ("render", ["render", "renders"]),
        ("mb", ["mb", "megabyte", "megabytes"]), ("pb", ["pb", "petabyte", "petabytes"]), ("therm", ["therm", "therms"]),
        ("flight", ["flight", "flights"]), ("guest", ["guest", "guests"]), ("attendee", ["attendee", "attendees"]),
        ("run", ["run", "runs"]), ("turn", ["turn", "turns"]),
        ("tenant", ["tenant", "tenants"]), ("client", ["client", "clients"]), ("team", ["team", "teams"]),
        ("organization", ["organization", "organizations", "organisation", "organisations", "org", "orgs"]),
        ("merchant", ["merchant", "merchants"]), ("seller", ["seller", "sellers"]), ("creator", ["creator", "creators"]),
        ("store", ["store", "stores"]), ("site", ["site", "sites"]), ("visitor", ["visitor", "visitors"]),
        ("subscription", ["subscription", "subscriptions"]), ("home", ["home", "homes"]),
    ]
    static let adverbs: [(String, String)] = [
        ("monthly", "month"), ("annually", "year"), ("yearly", "year"), ("daily", "day"), ("weekly", "week"),
        ("hourly", "hour"), ("quarterly", "quarter"), ("nightly", "night"),
        // British and forum shorthand after an amount: "£1,200 pcm", "£45k pa", "$20 pm"
        ("pcm", "month"), ("pa", "year"), ("pm", "month"),
    ]
    static let periodAdjectives: [(String, String)] = [
        ("annual", "year"), ("monthly", "month"), ("yearly", "year"), ("daily", "day"), ("weekly", "week"),
        ("hourly", "hour"), ("quarterly", "quarter"), ("nightly", "night"),
    ]
    static let gpus = ["gpu", "gpus", "tpu", "tpus", "h100", "a100", "h800", "h200", "b200", "gb200", "v100", "a10", "a10g",
                       "l4", "l40s", "mi300x", "h20", "a800"]
    static let adjectives = ["active", "additional", "extra", "single", "new", "paying", "individual", "average", "typical",
                             "incremental", "marginal", "api", "unique", "free", "paid", "registered", "enterprise", "heavy",
                             "power", "generated", "served", "resolved", "closed", "handled", "successful", "completed", "input", "output", "cached", "reasoning", "thinking",
                             "additional"]
    /// Words that never are a unit after `per`/`/` (`per the report`, `per cent`).
    static let notUnits = ["the", "a", "an", "their", "its", "his", "her", "our", "my", "your", "this", "that", "these",
                           "those", "some", "any", "which", "what", "se", "cent", "percent", "centum", "or", "and", "is",
                           "was", "year-over-year", "month-over-month", "mille"]

    static func register(into lx: inout Lexicon) {
        for (unit, forms) in units { for f in forms { lx.set(f) { $0.unit = unit } } }
        for (w, u) in adverbs { lx.set(w) { $0.adverbUnit = u } }
        for (w, u) in periodAdjectives { lx.set(w) { $0.periodAdjective = u } }
        lx.set(gpus) { $0.gpuLike = true }
        lx.set(adjectives) { $0.skipAdjective = true }
        lx.set(notUnits) { $0.notUnit = true }
        // grammar words: in the table so that `SentenceParser.word(_:)` and the
        // qualifier and range rules see them
        lx.set(["per", "each", "every", "for", "of", "to", "from", "between", "and", "or", "even", "as", "much", "high",
                "many", "more", "than", "greater", "north", "upwards", "excess", "less", "fewer", "south", "up", "at",
                "most", "least", "close", "no", "low", "mid", "single", "double", "triple", "digit", "digits", "in",
                "just", "only", "mere", "merely", "fraction", "fractions", "sterling", "not", "mtok", "ktok", "h", "through",
                "hundreds", "tens", "dozens", "cents", "pennies", "x", "plus", "figure", "figures", "p"]) { _ in }
        // words that may follow a rate noun the unit list does not know (`rateNounFollowers`)
        lx.set(Array(rateNounFollowers)) { _ in }
    }

    /// Connectives that may follow `a NOUN` read as a rate (`$35 a bag, and …`, `$2 a story to freelancers`).
    static let rateNounFollowers: Set<String> = ["and", "or", "but", "so", "which", "while", "for", "in", "at", "on", "to", "than",
                                                 "this", "last", "now", "from", "with",
                                                 // "$11.60 a pax toward rent", "7.2 cents a line it is", "85 cents an email lol"
                                                 "toward", "towards", "before", "after", "plus", "minus", "if", "when", "because",
                                                 "since", "by", "it", "is", "was", "lol", "tops",
                                                 // "$55,000 a station x 140 stations", "$1,700 a compound would be"
                                                 "x", "times", "across", "would", "will", "could", "should", "might", "until"]

    /// Words after `a` that measure or date rather than name a unit (`a lot`,
    /// `a while`, `a bit`, `a decade`).
    static let measureWords: Set<String> = [
        // (words the lexicon knows, such as units, money nouns and `while`, never reach this test)
        "lot", "lots", "bit", "little", "few", "couple", "dozen", "number", "half", "third", "quarter", "fifth", "tenth",
        "decade", "century", "fortune", "bargain", "steal", "deal", "minimum", "maximum", "max", "pop", "time", "go",
        "piece", "moment", "row", "bunch", "chunk", "slice", "portion", "part", "result", "premium", "lifetime", "way",
        "stretch", "must", "joke", "rip", "scam", "lie", "mistake", "myth", "thing", "sum",
    ]

    /// Units that make one compound unit with a period (`vCPU-hour`).
    static let resources: Set<String> = ["vcpu", "instance", "server", "kw", "mw"]

    /// Units of time that end a `user-month` compound.
    static let periods: Set<String> = ["hour", "month", "year", "day", "week", "minute", "second"]

    /// Plurals in `-es` after a stem ending in `s` (`buses`, not `buse`).
    static let irregularPlurals: [String: String] = [
        "buses": "bus", "busses": "bus", "gases": "gas", "campuses": "campus", "bonuses": "bonus", "viruses": "virus",
        "lenses": "lens", "statuses": "status", "censuses": "census", "minibuses": "minibus",
    ]

    /// Singular, lowercase form of a unit noun.
    static func singular(_ w: String) -> String {
        if let irregular = irregularPlurals[w] { return irregular }
        if w.count > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        for suffix in ["ches", "shes", "sses", "xes", "zzes"] where w.hasSuffix(suffix) { return String(w.dropLast(2)) }
        if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }
}

/// One parsed unit: `user`, or two for `user-month`.
struct UnitParse {
    var first: Denominator
    var second: Denominator?
    var next: Int

    func append(to list: inout [Denominator]) {
        list.append(first)
        if let second { list.append(second) }
    }
}

extension SentenceParser {
    /// The word at `k` has an apostrophe (`that's`).
    func hasApostrophe(_ k: Int) -> Bool {
        var p = tokens[k].start
        while p < tokens[k].end { if bytes[p] == 0x27 || bytes[p] >= 0x80 { return true }; p += 1 }
        return false
    }

    /// A noun the unit list does not know, as the whole of `a NOUN` right
    /// after an amount (`$30 a pull.`, `£2 a pint, which …`): a rate per that
    /// noun when a clause ends or a plain connective follows it. Not a measure
    /// word (`a lot of`, `a while back`, `a bit`), a time shift (`a decade
    /// ago`) or a noun phrase that goes on (`$5 a great deal`).
    func unlistedRateNoun(at k: Int, after k0: Int) -> Bool {
        // "$0.02 for a search" takes only listed units: "a million dollars for a logo" buys a thing
        guard k == k0, isWord(k - 1, "a") || isWord(k - 1, "an"), !isWord(k - 2, "for"), tokens[k].kind == .word, entry(k) == nil else { return false }
        let t = tokens[k]
        guard t.end - t.start >= 3, t.end - t.start <= 14 else { return false }
        for p in t.start..<t.end where !(bytes[p] >= 0x61 && bytes[p] <= 0x7A) { return false }
        // "a part of the bill" measures; "$1.23 a part in stuff that scales" is a rate
        if DenominatorParser.measureWords.contains(lowercased(k)), !(isWord(k, "part") && !isWord(k + 1, "of")) { return false }
        let n = k + 1
        if n >= count { return true }
        if tokens[n].kind == .punct { return tokens[n].mark != 0x2D && tokens[n].mark != 0x27 }
        guard tokens[n].kind == .word, let f = entry(n) else { return false }
        if isTimeShift(n) { return false }
        return DenominatorParser.rateNounFollowers.contains(f.word)
    }

    /// `ago`, `earlier`, `later` after a period: the period dates the figure
    /// (`a year ago`) rather than dividing it. (`before` and `back` stay rates:
    /// "$40 a month before the change".)
    func isTimeShift(_ k: Int) -> Bool {
        isWord(k, "ago") || isWord(k, "earlier") || isWord(k, "later")
    }

    /// The period a letter after `p/` stands for (`p/d`, `p/h`, `p/w`, `p/m`, `p/a`).
    func shorthandPeriod(_ k: Int) -> String? {
        if isWord(k, "d") { return "day" }
        if isWord(k, "h") || isWord(k, "hr") { return "hour" }
        if isWord(k, "w") || isWord(k, "wk") { return "week" }
        if isWord(k, "m") || isWord(k, "mo") { return "month" }
        if isWord(k, "a") || isWord(k, "y") || isWord(k, "yr") { return "year" }
        return nil
    }

    /// `kilowatt-hour`, `megawatt hours` at token `k`: the unit (`kwh`,
    /// `mwh`) and the token after it.
    func energyUnit(at k: Int) -> (String, Int)? {
        let unit: String
        if isWord(k, "kilowatt") { unit = "kwh" } else if isWord(k, "megawatt") { unit = "mwh" } else { return nil }
        var h = k + 1
        if isPunct(h, 0x2D), adjacent(k, h), adjacent(h, h + 1) { h += 1 }
        guard entry(h)?.unit == "hour" else { return nil }
        return (unit, h + 1)
    }

    /// `square foot`, `square metres`, `sq ft`, `cubic yard` at token `k`:
    /// the unit (`square foot`, `square metre`, `square mile`, `square
    /// kilometre`, `cubic yard`, `cubic metre`) and the token after it.
    func areaUnit(at k: Int) -> (String, Int)? {
        let shape: String
        if isWord(k, "square") || isWord(k, "sq") { shape = "square" } else if isWord(k, "cubic") || isWord(k, "cu") { shape = "cubic" } else { return nil }
        var n = k + 1
        if isPunct(n, 0x2E), adjacent(k, n) { n += 1 }
        let noun: String
        if isWord(n, "foot") || isWord(n, "feet") || isWord(n, "ft") { noun = "foot" }
        else if isWord(n, "metre") || isWord(n, "metres") || isWord(n, "meter") || isWord(n, "meters") || isWord(n, "m") { noun = "metre" }
        else if isWord(n, "yard") || isWord(n, "yards") || isWord(n, "yd") { noun = "yard" }
        else if isWord(n, "mile") || isWord(n, "miles") { noun = "mile" }
        else if entry(n)?.unit == "km" { noun = "kilometre" }
        else { return nil }
        n += 1
        if isPunct(n, 0x2E), adjacent(n - 1, n), noun == "foot" || noun == "metre" || noun == "yard" { n += 1 }
        return (shape + " " + noun, n)
    }

    /// Denominators starting at token `j`, chained (`per user per month`);
    /// returns them and the token after the last one.
    func parseDenominators(from j: Int) -> ([Denominator], Int) {
        var list: [Denominator] = []
        var k = j
        var rounds = 0
        while k < count, rounds < 4 {
            rounds += 1
            let t = tokens[k]
            var unit: UnitParse? = nil
            // "a $12 CPM": cost per thousand impressions
            if isWord(k, "cpm") { list.append(Denominator(count: 1000, unit: "impression")); k += 1; continue }
            // "$4 PMPM", "$9 PEPM", "$2 PUPM": per member / employee / user per month
            if isWord(k, "pmpm") || isWord(k, "pepm") || isWord(k, "pupm") {
                list.append(Denominator(unit: isWord(k, "pmpm") ? "member" : isWord(k, "pepm") ? "employee" : "user"))
                list.append(Denominator(unit: "month")); k += 1; continue
            }
            if t.kind == .punct, t.mark == 0x2F {
                if k + 1 < count, tokens[k + 1].kind == .symbol { break }
                // "$41K / 8,200": a division, not a rate
                if k + 1 < count, tokens[k + 1].kind == .number, !adjacent(k, k + 1) { break }
                // "$2.50/M", "$0.40/K": per million or thousand tokens, the way API rates are jotted down
                // (a capital letter alone; "/m" stays the shorthand for a month it is elsewhere)
                if k + 1 < count, adjacent(k, k + 1), tokens[k + 1].end - tokens[k + 1].start == 1,
                   bytes[tokens[k + 1].start] == 0x4D || bytes[tokens[k + 1].start] == 0x4B,
                   k + 2 >= count || !adjacent(k + 1, k + 2) || tokens[k + 2].kind != .word {
                    list.append(Denominator(count: bytes[tokens[k + 1].start] == 0x4D ? 1e6 : 1e3, unit: "token"))
                    k += 2
                    continue
                }
                unit = parseUnit(at: k + 1, generic: true)
            } else if t.kind == .word, t.info >= 0 {
                if let u = entry(k)?.adverbUnit {
                    // "pm" after a time is the afternoon ("at 5 pm")
                    if isWord(k, "pm"), !list.isEmpty || k == 0 || tokens[k - 1].kind != .number && tokens[k - 1].kind != .word { break }
                    list.append(Denominator(unit: u)); k += 1; continue
                }
                // "£65 p/d", "$40 p/h", "£1,200 p/m": forum shorthand for per period
                if isWord(k, "p"), isPunct(k + 1, 0x2F), adjacent(k, k + 1), adjacent(k + 1, k + 2), let u = shorthandPeriod(k + 2) {
                    list.append(Denominator(unit: u)); k += 3; continue
                }
                // "£45,000 p.a."
                if isWord(k, "p"), isPunct(k + 1, 0x2E), adjacent(k, k + 1), isWord(k + 2, "a"), adjacent(k + 1, k + 2) {
                    list.append(Denominator(unit: "year")); k += isPunct(k + 3, 0x2E) && adjacent(k + 2, k + 3) ? 4 : 3; continue
                }
                if isWord(k, "per") {
                    if isPunct(k + 1, 0x2D), adjacent(k, k + 1), adjacent(k + 1, k + 2) {
                        unit = parseUnit(at: k + 2, generic: true)
                    } else {
                        unit = parseUnit(at: k + 1, generic: true)
                    }
                } else if isWord(k, "a") || isWord(k, "each") || isWord(k, "every"), isWord(k + 1, "quarter"), !isWord(k + 2, "of"),
                          !isPunct(k + 2, 0x2D), !isTimeShift(k + 2) {
                    // "$90,000 a quarter"; "a quarter of the budget" is a fraction
                    list.append(Denominator(unit: "quarter")); k += 2; continue
                } else if isWord(k, "a") || isWord(k, "an") || isWord(k, "each") || isWord(k, "every") {
                    unit = parseUnit(at: k + 1, generic: false)
                } else if isWord(k, "for"), isWord(k + 1, "every") || isWord(k + 1, "each") {
                    unit = parseUnit(at: k + 2, generic: false)
                }
            }
            guard let u = unit else { break }
            // "$5M a year ago", "$40 a month earlier": a point in time, not a rate
            if DenominatorParser.periods.contains(u.first.unit), isTimeShift(u.next) { break }
            u.append(to: &list)
            k = u.next
        }
        return (list, k)
    }

    /// One unit (`user`, `1K tokens`, `GPU-hour`, `user-month`, `10-second
    /// video`) at token `k`. `generic` allows any noun (after `per` and `/`).
    func parseUnit(at k0: Int, generic: Bool) -> UnitParse? {
        var k = k0
        guard k < count else { return nil }
        var countValue: Double? = nil
        if generic, entry(k)?.skipAdjective == true, k + 1 < count, tokens[k + 1].kind == .number { k += 1 }
        // "every three years", "every 2 months"
        if !generic, k > 0, isWord(k - 1, "every") {
            var n: Double? = nil
            var nk = k
            if tokens[k].kind == .number, let num = NumberParser.parse(bytes, tokens[k].start, tokens[k].end) {
                n = num.value; nk = k + 1
            } else if let v = entry(k)?.number, v >= 2, v < 100 {
                n = v; nk = k + 1
            }
            if let n, let u = entry(nk)?.unit, DenominatorParser.periods.contains(u) {
                return UnitParse(first: Denominator(count: n, unit: u), next: nk + 1)
            }
        }
        if isWord(k, "mtok") || isWord(k, "ktok") {
            return UnitParse(first: Denominator(count: isWord(k, "mtok") ? 1e6 : 1e3, unit: "token"), next: k + 1)
        }
        // "$3/M input", "$15 per M output tokens", "$0.50/K tokens": a bare magnitude letter before token words
        if isWord(k, "m") || isWord(k, "k") {
            let scale = isWord(k, "m") ? 1e6 : 1e3
            var n = k + 1
            if isWord(n, "input") || isWord(n, "output") { n += 1 }
            if entry(n)?.unit == "token" { n += 1 }
            if n > k + 1 { return UnitParse(first: Denominator(count: scale, unit: "token"), next: n) }
        }
        // "every 1,000 tokens", "for every 10-second clip": a count after every/each too
        let counted = generic || isWord(k0 - 1, "every") || isWord(k0 - 1, "each")
        if tokens[k].kind == .number {
            guard counted, let num = NumberParser.parse(bytes, tokens[k].start, tokens[k].end) else { return nil }
            var v = num.value
            k += 1
            if k < count, tokens[k].kind == .word, adjacent(k - 1, k) {
                if isWord(k, "mtok") || isWord(k, "ktok") {
                    return UnitParse(first: Denominator(count: v * (isWord(k, "mtok") ? 1e6 : 1e3), unit: "token"), next: k + 1)
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
        } else if counted, let s = entry(k)?.scale {
            countValue = s; k += 1
        } else if generic, let m = entry(k)?.adjacentMagnitude, m >= 1000, entry(k + 1)?.unit != nil {
            // "$10/M tokens", "per K requests"
            countValue = m; k += 1
        }
        // "per monthly active user": a period adjective before the noun is no unit
        if generic, entry(k)?.periodAdjective != nil, entry(k + 1)?.skipAdjective == true || entry(k + 1)?.unit != nil,
           k + 1 < count, tokens[k + 1].kind == .word { k += 1 }
        var skipped = 0
        while k + 1 < count, skipped < 2, entry(k)?.skipAdjective == true {
            if tokens[k + 1].kind == .word { k += 1; skipped += 1; continue }
            // "input/output tokens"
            if isPunct(k + 1, 0x2F), entry(k + 2)?.skipAdjective == true, k + 3 < count, tokens[k + 3].kind == .word {
                k += 3; skipped += 1; continue
            }
            break
        }
        // "per million" / "per 1K" with no noun: in this domain, tokens
        if generic, let c = countValue, c >= 1000, k >= count || tokens[k].kind != .word || entry(k)?.safeFollower == true
            || entry(k)?.notUnit == true || entry(k)?.changeVerb == true
            || (entry(k)?.unit == nil && (bytes[tokens[k].end - 1] != 0x73 || hasApostrophe(k))) {
            return UnitParse(first: Denominator(count: c, unit: "token"), next: k)
        }
        guard k < count, tokens[k].kind == .word, ScanByte.isASCIILetter(bytes[tokens[k].start]) else { return nil }
        // after every/each a count needs a plural noun ("every 1,000 tokens"; "each 4K hour" is a modifier)
        if !generic, countValue != nil, !isPlural(k) { return nil }
        // "each kilowatt-hour", "a megawatt-hour", "per kilowatt hour"
        if let (u, next) = energyUnit(at: k) { return UnitParse(first: Denominator(count: countValue, unit: u), next: next) }
        // "per square foot", "a sq ft"
        if let (u, next) = areaUnit(at: k) { return UnitParse(first: Denominator(count: countValue, unit: u), next: next) }
        // "for every Claude Code user": product names before the unit noun
        if entry(k)?.unit == nil, ScanByte.isUpper(bytes[tokens[k].start]) {
            var m = k
            while m < count, m - k < 3, tokens[m].kind == .word, ScanByte.isUpper(bytes[tokens[m].start]), entry(m)?.unit == nil { m += 1 }
            if m < count, m > k, entry(m)?.unit != nil { k = m }
        }
        // "per uploaded hour", "per audio minute": an unknown modifier before a known unit noun
        if generic, entry(k)?.unit == nil, entry(k)?.notUnit != true, entry(k)?.safeFollower != true,
           !ScanByte.isUpper(bytes[tokens[k].start]), k + 1 < count, tokens[k + 1].kind == .word,
           entry(k + 1)?.unit != nil, !(isPunct(k + 2, 0x2D) && adjacent(k + 1, k + 2)) { k += 1 }
        let e = entry(k)
        if e?.notUnit == true || e?.safeFollower == true && e?.unit == nil && e?.adverbUnit == nil { return nil }
        if !generic && e?.unit == nil && !unlistedRateNoun(at: k, after: k0) { return nil }
        // GPU-hour, GPU hour, H100-hour, GPU-hr
        if e?.gpuLike == true {
            if isPunct(k + 1, 0x2D), adjacent(k, k + 1), adjacent(k + 1, k + 2), entry(k + 2)?.unit == "hour" {
                return UnitParse(first: Denominator(count: countValue, unit: "gpu-hour"), next: k + 3)
            }
            if entry(k + 1)?.unit == "hour" { return UnitParse(first: Denominator(count: countValue, unit: "gpu-hour"), next: k + 2) }
        }
        if e?.unit != nil, tokens[k].kind == .word, let e2 = entry(k + 1), e2.unit != nil, !DenominatorParser.periods.contains(e2.unit!),
           !(isPunct(k + 2, 0x2D) && adjacent(k + 1, k + 2)) {
            // "per agent seat": the second noun is the unit
            return UnitParse(first: Denominator(count: countValue, unit: e2.unit!), next: k + 2)
        }
        var unit = e?.unit ?? DenominatorParser.singular(lowercased(k))
        k += 1
        // user-month → user, month; other compounds keep the hyphen
        if isPunct(k, 0x2D), adjacent(k - 1, k), adjacent(k, k + 1), k + 1 < count, tokens[k + 1].kind == .word {
            let second = entry(k + 1)?.unit ?? DenominatorParser.singular(lowercased(k + 1))
            // user-month, skier-day → user, month; skier, day; a resource-hour stays one unit (vCPU-hour, instance-hour)
            if DenominatorParser.periods.contains(second), !DenominatorParser.resources.contains(unit),
               unit != "kilowatt", unit != "megawatt", unit.count >= 2 {
                return UnitParse(first: Denominator(count: countValue, unit: unit), second: Denominator(unit: second), next: k + 2)
            }
            unit += "-" + second
            k += 2
            // "per first-time rider": the compound is an adjective
            if let u = entry(k)?.unit { return UnitParse(first: Denominator(count: countValue, unit: u), next: k + 1) }
            if unit == "kilowatt-hour" { unit = "kwh" } else if unit == "megawatt-hour" { unit = "mwh" }
        }
        return UnitParse(first: Denominator(count: countValue, unit: unit), next: k)
    }
}
