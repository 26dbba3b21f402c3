/// Words that make a bare figure money (`they burn 5k per user`), verbs of
/// change that split `from X to Y` into two mentions, and the words that may
/// follow a bare figure without making it a count (`5K tokens` is a count).
enum MoneyContext {
    static let costWords = [
        "cost", "costs", "costing", "costed", "spend", "spends", "spending", "spent", "price", "prices", "priced", "pricing",
        "pay", "pays", "paid", "paying", "payment", "payments", "burn", "burns", "burned", "burnt", "burning",
        "raise", "raises", "raised", "raising", "fund", "funds", "funded", "funding", "budget", "budgets", "budgeted",
        "revenue", "revenues", "earn", "earns", "earned", "earning", "earnings", "income", "salary", "salaries",
        "invest", "invests", "invested", "investing", "investment", "investments", "valuation", "valued", "worth",
        "charge", "charges", "charged", "charging", "fee", "fees", "lose", "loses", "lost", "losing", "loss", "losses",
        "profit", "profits", "save", "saves", "saved", "savings", "sell", "sells", "sold", "bill", "bills", "billed",
        "expense", "expenses", "expensive", "capex", "opex", "sales", "buy", "buys", "bought", "purchase", "purchased",
        "subsidy", "subsidies", "subsidize", "subsidized", "subsidise", "subsidised", "afford", "cheap", "cheaper",
        "money", "cash", "rent", "rental", "wage", "wages", "tuition", "donated", "donation", "grant", "grants",
        "payroll", "spendings", "outlay", "bankroll", "bankrolled",
    ]
    static let changeWords = [
        "rose", "rise", "rises", "rising", "risen", "grew", "grow", "grows", "growing", "grown", "fell", "fall", "falls",
        "falling", "fallen", "went", "go", "goes", "going", "dropped", "drop", "drops", "dropping", "cut", "cuts",
        "cutting", "slashed", "slash", "slashes", "reduced", "reduce", "reduces", "lowered", "lower", "lowers", "raised",
        "increased", "increase", "increases", "decreased", "decrease", "decreases", "jumped", "jump", "jumps", "climbed",
        "climb", "climbs", "declined", "decline", "declines", "soared", "surged", "plunged", "plummeted", "shrank",
        "shrunk", "doubled", "tripled", "halved", "moved", "changed", "up", "down", "ballooned", "spiked", "hiked",
        "bumped", "tumbled", "sank", "rocketed", "skyrocketed", "exploded", "collapsed",
        // price moves (contract §1: `lifted its plan from $15 to $18` is two mentions)
        "lifted", "lifts", "raise", "raises", "raising", "hike", "hikes", "hiking", "bumps", "trimmed", "trims", "boosted",
        "upped", "dipped", "repriced",
        "moves", "move", "moving", "jacked", "jacks", "shifted", "shifts", "edged", "edges", "ticked", "inched", "crept",
        "creeps", "slid", "slides", "slipped", "slips", "dips", "changes", "increasing", "decreasing", "reducing",
    ]
    static let safeFollowers = [
        "per", "a", "an", "each", "every", "for", "on", "in", "of", "to", "from", "and", "or", "but", "with", "at", "by",
        "the", "this", "that", "which", "than", "over", "into", "toward", "towards", "last", "next", "so", "too", "just",
        "total", "is", "was", "are", "were", "will", "would", "has", "had", "have", "up", "down", "while", "when",
        "because", "since", "after", "before", "during", "through", "across", "within", "via", "versus", "vs",
        "annually", "monthly", "yearly", "daily", "weekly", "hourly", "quarterly", "already", "alone", "overall",
        "upfront", "apiece", "outright", "now", "then", "back", "instead", "all", "net", "gross",
    ]
    static let qualifiers: [(String, String)] = [
        ("about", "about"), ("around", "about"), ("roughly", "about"), ("approximately", "about"), ("approx", "about"),
        ("circa", "about"), ("some", "about"), ("over", "over"), ("above", "over"), ("exceeding", "over"),
        ("under", "under"), ("below", "under"), ("nearly", "nearly"), ("almost", "nearly"),
    ]

    static let moneyNouns = ["revenue", "revenues", "funding", "sales", "income", "earnings", "profit", "profits", "loss",
                             "losses", "budget", "budgets", "savings", "capex", "opex", "salary", "salaries", "spending",
                             "payroll", "cash", "money", "investment", "investments", "valuation", "subsidy", "subsidies",
                             "fee", "fees", "expense", "expenses", "wages", "debt", "financing"]
    static let percentWords = ["return", "returns", "yield", "yields", "growth", "margin", "margins", "rate", "rates",
                               "interest", "inflation", "percentage", "share", "discount", "markup", "tax"]

    static func register(into lx: inout Lexicon) {
        lx.set(costWords) { $0.costWord = true }
        lx.set(moneyNouns) { $0.moneyNoun = true }
        lx.set(percentWords) { $0.percentContext = true }
        lx.set(changeWords) { $0.changeVerb = true }
        lx.set(safeFollowers) { $0.safeFollower = true }
        for (w, q) in qualifiers { lx.set(w) { $0.qualifier = q } }
    }
}

extension SentenceParser {
    /// A cost word within `radius` words before `from` or after `to`
    /// (exclusive), not crossing the sentence.
    func costWordNear(_ from: Int, _ to: Int, radius: Int = 4) -> Bool {
        var k = from - 1, words = 0
        while k >= 0, words < radius {
            if tokens[k].kind == .word { words += 1; if entry(k)?.costWord == true { return true } }
            else if tokens[k].kind == .punct, tokens[k].mark == 0x3B || tokens[k].mark == 0x3A { break }
            k -= 1
        }
        k = to; words = 0
        while k < count, words < radius {
            if tokens[k].kind == .word { words += 1; if entry(k)?.costWord == true { return true } }
            else if tokens[k].kind == .punct, tokens[k].mark == 0x3B || tokens[k].mark == 0x3A { break }
            k += 1
        }
        return false
    }

    /// Money context for a bare figure spanning tokens `from..<to`.
    func moneyContext(_ from: Int, _ to: Int) -> Bool {
        flags.hasCurrency || costWordNear(from, to)
    }

    /// The token at `k` starts a noun that the figure counts (`5K tokens`,
    /// `70B model`, `10M users`, `5k-token`).
    func countedNounAt(_ k: Int) -> Bool {
        guard k < count else { return false }
        let t = tokens[k]
        if t.kind == .punct, t.mark == 0x2D, adjacent(k - 1, k), k + 1 < count, tokens[k + 1].kind == .word, adjacent(k, k + 1) {
            return true
        }
        // "4.5M × 10": arithmetic on a count
        if t.kind == .punct, t.mark == Tokenizer.operatorMark || t.mark == 0x2A || t.mark == 0x3D { return true }
        if t.kind == .word, t.end - t.start == 1, bytes[t.start] == 0x78 || bytes[t.start] == 0x58 { return true } // x
        guard t.kind == .word else { return false }
        if let e = entry(k) {
            // "200 million weekly users": the adverb qualifies a counted noun
            if e.adverbUnit != nil { return k + 1 < count && tokens[k + 1].kind == .word && entry(k + 1)?.safeFollower != true }
            // "500M revenue", "5M funding"
            if e.safeFollower || e.code != nil || e.moneyNoun { return false }
        }
        return true
    }

    /// The qualifier written just before token `s` (`about $5`, `~$5`,
    /// `more than $5`, `up to $5`).
    func qualifier(before s: Int) -> String? {
        if s >= 1, tokens[s - 1].kind == .punct, tokens[s - 1].mark == 0x7E { return "about" }
        guard s >= 1, tokens[s - 1].kind == .word || isPunct(s - 1, 0x2E) else { return nil }
        // "approx. $5"
        if isPunct(s - 1, 0x2E) { return isWord(s - 2, "approx") ? "about" : nil }
        let a = s - 2, b = s - 1
        if isWord(b, "than") {
            if isWord(a, "more") || isWord(a, "greater") { return "over" }
            if isWord(a, "less") || isWord(a, "fewer") { return "under" }
        }
        if isWord(b, "of") {
            if isWord(a, "north") || isWord(a, "upwards") || isWord(a, "excess") { return "over" }
            if isWord(a, "south") { return "under" }
        }
        if isWord(b, "to") {
            if isWord(a, "up") { return "up to" }
            if isWord(a, "close") { return "nearly" }
        }
        if isWord(a, "at") {
            if isWord(b, "most") { return "up to" }
            if isWord(b, "least") { return "at least" }
        }
        if isWord(b, "as"), isWord(s - 3, "as"), isWord(a, "much") || isWord(a, "high") || isWord(a, "many") { return "up to" }
        return entry(b)?.qualifier
    }
}
