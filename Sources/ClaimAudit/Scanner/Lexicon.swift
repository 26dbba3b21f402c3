/// What the money grammar knows about one lowercase word. A word can play
/// several roles (`thousand` is a number word, a magnitude and a count).
///
/// A class so that the parser reads fields without copying the entry; the
/// entries are built once in `Lexicon.build()` and never change afterwards,
/// which is why sharing them across threads is safe.
final class LexEntry: @unchecked Sendable {
    var word: String
    /// Spelled-out number: `one` … `ninety`.
    var number: Double?
    /// Multiplier in a spelled-out number: `hundred`, `thousand`, `million`, …
    var scale: Double?
    /// Magnitude written right after digits: `5k`, `1.2bn`, `3M`.
    var adjacentMagnitude: Double?
    /// Magnitude written after digits and a space: `1.2 million`, `3 bn`.
    var spacedMagnitude: Double?
    /// Money word: currency and the value of one (`cents` → USD 0.01).
    var currency: String?
    var currencyScale: Double = 1
    /// `pounds`: weight unless the context is money.
    var needsMoneyContext = false
    /// `grand`: money only right after a number (`5 grand`).
    var afterNumberOnly = false
    /// Makes the sentence one that talks about money (for context rules).
    var marksCurrency = false
    /// ISO 4217 code when written in capitals (`USD`).
    var code: String?
    /// A cost/spend/price/pay/burn/raise/fund/budget/revenue word.
    var costWord = false
    /// A unit noun allowed after `a`/`an`/`each`/`every` (singular form).
    var unit: String?
    /// An adverb that states a period: `monthly` → month.
    var adverbUnit: String?
    /// A one-word qualifier, normalized.
    var qualifier: String?
    /// `half`, `quarter`, `third`, `fifth`, `tenth`.
    var fraction: Double?
    /// `tenths`, `thousandths`: the fraction a count of them takes (`three tenths of a cent`).
    var pluralFraction: Double?
    /// `few`, `several`, `couple`, `handful`: approximate count.
    var approxCount: (Double, Double)?
    /// Plural scales in approximate amounts: `tens`, `hundreds`, `thousands`, …
    var approxScale: Double?
    /// `single`, `double`, `triple` (digits).
    var digitsBase: Double?
    /// A verb or adverb of change (`rose`, `cut`, `up`, `down`).
    var changeVerb = false
    /// A word that may follow a bare figure without making it a count.
    var safeFollower = false
    /// GPU names that make `X-hour` a `gpu-hour`.
    var gpuLike = false
    /// Adjectives skipped before a denominator noun (`per active user`).
    var skipAdjective = false
    /// The word can begin an amount (a number word, `a`, `between`, …).
    var startsAmount = false
    /// A noun naming money (`revenue`, `funding`): `500M revenue` is money.
    var moneyNoun = false
    /// A word that makes a nearby `high single digits` a percentage (`return`, `growth`).
    var percentContext = false
    /// Never a unit after `per` or `/` (`per the report`, `per cent`).
    var notUnit = false
    /// A period adjective on a money noun: `annual` (bill) → year.
    var periodAdjective: String?

    init(word: String) { self.word = word }
}

/// The scanner's word table: lowercase ASCII words of up to 16 bytes, looked
/// up by value (two packed little-endian `UInt64`s, see `Tokenizer.packedKey`)
/// in an open-addressing table, so a lookup never allocates.
struct Lexicon: Sendable {
    struct Key: Hashable, Sendable { var a: UInt64; var b: UInt64 }

    private(set) var entries: [LexEntry] = []
    /// Per entry: `flagCurrency`, `flagCost`, `flagStarts`, `flagCode` bits,
    /// so the tokenizer reads one byte per word.
    private(set) var flags: [UInt8] = []
    static let flagCurrency: UInt8 = 1, flagCost: UInt8 = 2, flagStarts: UInt8 = 4, flagCode: UInt8 = 8
    /// A starter that begins an amount only before a figure, a sign, a
    /// known word or a hyphen (`a few`, `from $1`, `low-single`).
    static let flagNeedsNext: UInt8 = 16
    static let startersNeedingNext: Set<String> = ["a", "an", "from", "between", "low", "mid", "high", "half"]
    /// Open-addressing table: packed words and entry indices (-1 = empty).
    private var slotA = [UInt64](repeating: 0, count: Lexicon.slots)
    private var slotB = [UInt64](repeating: 0, count: Lexicon.slots)
    private var slotValue = [Int32](repeating: -1, count: Lexicon.slots)
    private static let slotBits: UInt64 = 12
    private static let slots = 1 << 12

    @inline(__always) private static func hash(_ a: UInt64, _ b: UInt64) -> Int {
        Int(truncatingIfNeeded: ((a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F)) >> (64 - slotBits))
    }

    /// Entry index of a word already packed (lowercase, little-endian, ≤ 16 bytes).
    @inline(__always) func find(_ a: UInt64, _ b: UInt64) -> Int32 {
        var i = Self.hash(a, b)
        while true {
            let v = slotValue[i]
            if v < 0 { return -1 }
            if slotA[i] == a && slotB[i] == b { return v }
            i = (i + 1) & (Self.slots - 1)
        }
    }

    private mutating func insert(_ k: Key, _ value: Int32) {
        var i = Self.hash(k.a, k.b)
        while slotValue[i] >= 0 { i = (i + 1) & (Self.slots - 1) }
        slotA[i] = k.a; slotB[i] = k.b; slotValue[i] = value
    }

    static let shared = Lexicon.build()

    static func key(_ word: String) -> Key {
        var a: UInt64 = 0, b: UInt64 = 0, shift: UInt64 = 0
        for c in word.utf8 {
            let l = UInt64(ScanByte.lower(c))
            if shift < 64 { a |= l << shift } else { b |= l << (shift - 64) }
            shift += 8
        }
        return Key(a: a, b: b)
    }

    /// Entry index of a lowercase word, or -1.
    func id(_ word: String) -> Int32 {
        let k = Self.key(word)
        return find(k.a, k.b)
    }

    /// Adds or amends the entry for `word`.
    mutating func set(_ word: String, _ change: (inout LexEntry) -> Void) {
        let k = Self.key(word)
        let i = find(k.a, k.b)
        if i >= 0 {
            change(&entries[Int(i)])
        } else {
            var e = LexEntry(word: word)
            change(&e)
            flags.append(0)
            insert(k, Int32(entries.count))
            entries.append(e)
        }
    }

    mutating func set(_ words: [String], _ change: (inout LexEntry) -> Void) {
        for w in words { set(w, change) }
    }

    static func build() -> Lexicon {
        var lx = Lexicon()
        NumberWords.register(into: &lx)
        CurrencyLexicon.register(into: &lx)
        DenominatorParser.register(into: &lx)
        MoneyContext.register(into: &lx)
        ApproximateAmounts.register(into: &lx)
        let starters: Set<String> = ["a", "an", "half", "between", "from", "low", "mid", "high", "fractions", "cents", "pennies",
                                     "multi", "multibillion", "multimillion", "multitrillion"]
        for i in lx.entries.indices {
            let e = lx.entries[i]
            e.startsAmount = e.number != nil || e.approxCount != nil || e.approxScale != nil || e.code != nil
                || e.digitsBase != nil || starters.contains(e.word)
            var f: UInt8 = 0
            if e.marksCurrency { f |= flagCurrency }
            if e.costWord { f |= flagCost }
            if e.startsAmount { f |= flagStarts }
            if e.code != nil { f |= flagCode }
            if startersNeedingNext.contains(e.word) { f |= flagNeedsNext }
            lx.flags[i] = f
        }
        return lx
    }
}
