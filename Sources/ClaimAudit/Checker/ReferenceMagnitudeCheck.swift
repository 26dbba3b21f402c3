/// Compares a figure with dated reference figures for the same unit and topic
/// that apply on the figure's date. Agrees when it is within 10× of at least
/// one of them; contradicts when it is 10× or more away from every one.
struct ReferenceMagnitudeCheck {
    static let name = "reference-magnitude"
    /// How far from a reference a figure may be and still agree.
    static let orderOfMagnitude = 10.0

    let reference: ReferenceData
    /// Ids of the entries whose context (if any) occurs in the document.
    var fitting: Set<String>? = nil
    /// Per entry, index for index: its normalized dimensions and whether it is per period.
    private let entryDimensions: [Set<String>]
    private let entryHasTime: [Bool]
    /// Per entry: whether it fits the document (`nil` without a document).
    private let entryFits: [Bool]?
    /// Which entries' topics occur in a text, filled in as texts are asked about.
    private let topicMemo = TopicMemo()

    /// Answers `ReferenceEntry.isAbout` once per (text, entry).
    private final class TopicMemo {
        /// Per lowercased text: per entry, 0 unknown, 1 about, 2 not about.
        var answers: [String: [UInt8]] = [:]
        /// The same per sentence index (hashing a long sentence per figure would cost its length each time).
        var sentenceAnswers: [Int: [UInt8]] = [:]
        /// Per topic phrase: whether the whole document holds it (searched once, not once per figure).
        var inDocument: [String: Bool] = [:]
        /// Per sentence index: per entry, 0 unknown, 1 a topic fits with help from the document, 2 none does.
        var assisted: [Int: [UInt8]] = [:]
    }

    init(reference: ReferenceData, document: DocumentFacts? = nil) {
        self.reference = reference
        let normalized = reference.entries.map(\.normalized)
        entryDimensions = normalized.map(\.dimensions)
        entryHasTime = normalized.map(\.hasTime)
        if let document {
            let fits = reference.entries.map { $0.fits(documentLowercased: document.lowercasedText) }
            entryFits = fits
            fitting = Set(zip(reference.entries, fits).filter(\.1).map(\.0.id))
        } else {
            entryFits = nil
        }
    }

    /// The entries among `indices` that are about the (lowercased) text.
    private func entries(_ indices: [Int], about lower: String, sentence: Int? = nil) -> [ReferenceEntry] {
        var row = (sentence.map { topicMemo.sentenceAnswers.removeValue(forKey: $0) } ?? topicMemo.answers.removeValue(forKey: lower))
            ?? [UInt8](repeating: 0, count: reference.entries.count)
        let about = indices.filter { i in
            if row[i] == 0 { row[i] = reference.entries[i].isAbout(lowercased: lower) ? 1 : 2 }
            return row[i] == 1
        }
        if let sentence { topicMemo.sentenceAnswers[sentence] = row } else { topicMemo.answers[lower] = row }
        return about.map { reference.entries[$0] }
    }

    static let planCues = ["plan", "subscription", "subscriber", "subscribe", "tier", " sub ", " subs ", "membership", "per seat", "a seat"]
    static let annualCues = ["a year", "per year", "annual", "last year", "this year", "yearly", "per annum", "that year", "for the year"]
    static let gpuCues = ["gpu", "h100", "h200", "a100", "h800", "b200", "accelerator"]
    /// Words naming one unit of use in a sentence with a bare figure (`a chatbot query cost about $0.02`).
    static let unitNouns: [(String, String)] = [(" query", "query"), (" search", "query"), (" prompt", "query"),
                                                (" request", "query"), (" clip", "video"), (" video", "video")]

    func run(_ m: MentionFacts, in doc: DocumentFacts) -> [Check] {
        guard !reference.entries.isEmpty, m.amount.high > 0 else { return [] }
        // Every reading that finds references; the first whose figures agree wins.
        var readings: [(entries: [ReferenceEntry], whereFound: String, per: [Denominator], note: String?)] = []
        for (per, note) in Self.readings(of: m, in: doc) {
            let (entries, whereFound) = matchingEntries(m, per: per, in: doc)
            if !entries.isEmpty { readings.append((entries, whereFound, per, note)) }
        }
        guard !readings.isEmpty else { return [] }
        let dated0 = doc.date(for: m)
        let found = readings.first { r in
            r.entries.contains { Self.applies($0, on: dated0.date) && compare(m, per: r.per, with: $0, dated: dated0,
                                                                              dateInput: CheckInput(name: "", value: 0, unit: "", source: "")).agrees == true }
        } ?? readings[0]
        let candidates = found.entries
        let dated = doc.date(for: m)
        let applicable = candidates.filter { Self.applies($0, on: dated.date) }
        let dateInput = CheckInput(name: "date judged at", value: Double(dated.date.year), unit: "year", source: dated.how)
        guard !applicable.isEmpty else {
            let ids = candidates.prefix(3).map { "\($0.id) (\($0.window))" }.joined(separator: ", ")
            return [Check(name: Self.name, inputs: [dateInput],
                          arithmetic: "reference \(ids) \(candidates.count == 1 ? "does" : "do") not apply on \(dated.how); nothing dated to check \(m.cited) against",
                          agrees: nil)]
        }
        var checks: [Check] = []
        if let note = found.note {
            checks.append(Check(name: "unit-normalization", inputs: [m.input("stated figure")], arithmetic: "\(m.cited) is read \(note)", agrees: nil))
        }
        if let first = applicable.first, first.per != found.per, !found.per.isEmpty,
           let note = conversionNote(m, per: found.per, to: first) {
            checks.append(note)
        }
        // A reading the text does not state, or an entry with a context, can
        // confirm a figure but never refute it. Specific entries come first; the
        // others (with a context, or broad spans) only when no specific entry
        // that applies on the date settles the figure.
        let inferred = found.per != m.mention.per
        let tiers = [applicable.filter { $0.context.isEmpty && !$0.broad }, applicable.filter { !$0.context.isEmpty || $0.broad }]
        var compared: [(ReferenceEntry, Check)] = []
        for tier in tiers where compared.isEmpty {
            compared = tier.prefix(4).map { entry in
                (entry, compare(m, per: found.per, with: entry, dated: dated, dateInput: dateInput))
            }
            compared.removeAll { entry, check in check.agrees == false && (inferred || !entry.context.isEmpty || entry.broad) }
        }
        guard !compared.isEmpty else { return [] }
        checks += compared.map(\.1)
        return checks
    }

    /// Whether an entry applies on a date: within its window, or, for a broad
    /// entry (which only confirms), any time from its start on (a figure for
    /// 2024 can be restated in a 2026 article).
    static func applies(_ e: ReferenceEntry, on date: CalendarDate) -> Bool {
        if e.window.contains(date) { return true }
        guard e.broad, let from = e.window.from else { return false }
        return date.lastDay >= from.firstDay
    }

    /// Ways to read the mention's denominators: as stated (or inherited from
    /// its paired figure); a bare price in a sentence about a plan as per
    /// month; a bare total in a sentence about a year as per year.
    static func readings(of m: MentionFacts, in doc: DocumentFacts) -> [([Denominator], String?)] {
        var out: [([Denominator], String?)] = [(m.per, m.perNote)]
        let s = m.sentenceIndex
        // `$2 an hour` for a GPU is per GPU-hour.
        if m.per.count == 1, m.per[0].unit == "hour", m.per[0].count == nil, gpuCues.contains(where: { doc.lowerSentence(s, contains: $0) }) {
            out.append(([Denominator(unit: "gpu-hour")], "per GPU-hour, as the sentence is about GPUs"))
        }
        guard m.per.isEmpty else { return out }
        // The sentence between spaces; each cue is searched once per sentence.
        func has(_ cue: String) -> Bool {
            doc.memo.contains(s, " padded " + cue) {
                FastText.contains(" " + doc.lowerSentence(s).replacingOccurrences(of: "\n", with: " ") + " ", cue)
            }
        }
        if m.kind == .price, !m.mention.approx, planCues.contains(where: has) {
            out.append(([Denominator(unit: "month")], "per month, as a plan price"))
        }
        // The denominators other figures in the sentence state (`$0.56 in and $1.68 out` beside `per MTok`):
        // per sentence, once, each distinct one with the first two figures stating it.
        let stated = doc.memo.value("stated-denominators", s) { () -> [StatedDenominator] in
            var list: [StatedDenominator] = []
            var at: [[Denominator]: Int] = [:]
            for i in doc.bySentence[s] ?? [] where !doc.mentions[i].per.isEmpty {
                if let k = at[doc.mentions[i].per] {
                    if list[k].second == nil { list[k].second = i }
                } else {
                    at[doc.mentions[i].per] = list.count
                    list.append(StatedDenominator(per: doc.mentions[i].per, first: i))
                }
            }
            return list
        }
        let others = stated.compactMap { d -> Int? in d.first != m.index ? d.first : d.second }.sorted()
        for other in others.prefix(Self.maxStatedDenominators).map({ doc.mentions[$0] }) {
            out.append((other.per, "\(MoneyFormatting.perPhrase(other.per)), like \(other.cited)"))
        }
        for (cue, unit) in unitNouns where has(cue) {
            out.append(([Denominator(unit: unit)], "per \(unit), as the sentence is about one \(unit)"))
            break
        }
        let annual = annualCues.contains(where: has) || has(" in 20") || has(" for 20")
        if m.amount.low >= 1_000_000, annual {
            out.append(([Denominator(unit: "year")], "per year, as a total for the year"))
        }
        return out
    }

    /// A denominator figures of one sentence state, with the first two figures stating it.
    struct StatedDenominator {
        var per: [Denominator]
        var first: Int
        var second: Int?
    }

    /// The most denominators of other figures a bare figure is read with (a bound for sentences
    /// of thousands of figures; a real sentence states a handful).
    static let maxStatedDenominators = 16

    /// Entries in the same unit and currency whose topics occur in the
    /// mention's sentence (or, for a list item or table cell, its heading),
    /// and whose context (if any) occurs in the document.
    func matchingEntries(_ m: MentionFacts, per: [Denominator], in doc: DocumentFacts) -> ([ReferenceEntry], String) {
        let dims = per == m.mention.per ? m.dimensions : UnitNormalizer.dimensions(of: per)
        let all = reference.entries
        let sameUnit = all.indices.filter { i in
            let e = all[i]
            return e.currency == m.amount.currency && UnitNormalizer.comparable(dims, entryDimensions[i])
                && (entryFits?[i] ?? e.fits(documentLowercased: doc.lowercasedText))
                // What a provider spends per user-month is not checked against what a plan charges.
                && !(m.kind == .cost && e.kind == .price && entryHasTime[i])
        }
        guard !sameUnit.isEmpty else { return ([], "") }
        let sentence = doc.lowerSentence(m.sentenceIndex)
        // Specific figures first, then broad ranges (entries with a context); `run` picks the tier.
        func preferSpecific(_ e: [ReferenceEntry]) -> [ReferenceEntry] {
            e.filter { $0.context.isEmpty && !$0.broad } + e.filter { !$0.context.isEmpty || $0.broad }
        }
        let hits = entries(sameUnit, about: sentence, sentence: m.sentenceIndex)
        if !hits.isEmpty { return (preferSpecific(hits), "its sentence") }
        if doc.isListOrTable(sentence: m.sentenceIndex), let heading = doc.heading(before: m.sentenceIndex) {
            let lowerHeading = heading.lowercased()
            let h = entries(sameUnit, about: lowerHeading)
            if !h.isEmpty { return (preferSpecific(h), "its heading \"\(heading)\"") }
        }
        // A topic whose subject is named elsewhere in the document (`openai & train*`: the
        // sentence says "training", the article is about OpenAI). Such a match confirms a
        // figure inside the reference, like a broad entry, and never refutes one.
        let text = doc.lowercasedText
        func inDocument(_ phrase: String) -> Bool {
            if let known = topicMemo.inDocument[phrase] { return known }
            let found = TopicPattern.contains(text, phrase: phrase)
            topicMemo.inDocument[phrase] = found
            return found
        }
        var assistedRow = topicMemo.assisted.removeValue(forKey: m.sentenceIndex) ?? [UInt8](repeating: 0, count: all.count)
        defer { topicMemo.assisted[m.sentenceIndex] = assistedRow }
        let assisted: [ReferenceEntry] = sameUnit.compactMap { i in
            let e = all[i]
            if assistedRow[i] == 0 {
                let fits = e.topics.contains { t in
                    t.phrases.count >= 2 && t.phrases.contains { TopicPattern.contains(sentence, phrase: $0) }
                        && t.phrases.allSatisfy { TopicPattern.contains(sentence, phrase: $0) || inDocument($0) }
                }
                assistedRow[i] = fits ? 1 : 2
            }
            guard assistedRow[i] == 1 else { return nil }
            var loose = e
            loose.broad = true
            loose.assisted = true
            if loose.points.isEmpty, loose.low != loose.high { loose.points = [loose.low, loose.high] }
            return loose
        }
        if !assisted.isEmpty { return (assisted, "its sentence, with its subject named elsewhere in the document") }
        return ([], "")
    }

    func compare(_ m: MentionFacts, per: [Denominator], with entry: ReferenceEntry, dated: DocumentFacts.DatedBy,
                 dateInput: CheckInput) -> Check {
        let scale = UnitNormalizer.scale(of: entry.per) / UnitNormalizer.scale(of: per)
        let stated = orderedRange(m.interval.lowerBound * scale, m.interval.upperBound * scale)
        let ref = entry.low...entry.high
        let nominalLow = m.amount.low * scale, nominalHigh = m.amount.high * scale
        let shown = MoneyFormatting.rate(low: nominalLow, high: nominalHigh, currency: m.amount.currency, per: entry.per)
        let head = "\(entry.citation): \(entry.figure), applies on \(dated.how); \(shown) (line \(m.line))"
        let inputs = [m.input("stated figure"),
                      CheckInput(name: entry.what, value: entry.low == entry.high ? entry.low : (entry.low + entry.high) / 2,
                                 unit: entry.currency + (entry.per.isEmpty ? "" : " " + MoneyFormatting.perPhrase(entry.per)),
                                 source: entry.citation),
                      dateInput]
        if m.amount.isRange, m.amount.high > 5 * m.amount.low, Tolerance.agrees(stated, ref) || stated.lowerBound <= ref.upperBound * 10 && ref.lowerBound <= stated.upperBound * 10 {
            // `somewhere in the $0.10–$2.00 range`: too wide to confirm anything, and not far enough off to refute.
            return Check(name: Self.name, inputs: inputs, arithmetic: head + " spans more than 5×, too wide to check against it", agrees: nil)
        }
        if entry.assisted, m.amount.isRange || ![.exact, .approximately].contains(Tolerance.Qualifier(m.mention.qualifier)) {
            return Check(name: Self.name, inputs: inputs, arithmetic: head + " is a range or a bound, not a restated figure", agrees: false)
        }
        if !entry.points.isEmpty {
            // Discrete figures: the stated one must be one of them (2% for rounding).
            if let p = entry.points.first(where: { Tolerance.agrees(stated, orderedRange($0 * 0.98, $0 * 1.02)) }) {
                return Check(name: Self.name, inputs: inputs,
                             arithmetic: head + " is \(MoneyFormatting.money(p, currency: entry.currency)), one of the reference figures", agrees: true)
            }
            if entry.broad {
                return Check(name: Self.name, inputs: inputs, arithmetic: head + " is none of the reference figures", agrees: false)
            }
        }
        if Tolerance.agrees(stated, ref) {
            return Check(name: Self.name, inputs: inputs, arithmetic: head + " is within the reference figure", agrees: true)
        }
        if entry.broad {
            // A span of other entries confirms what falls inside it, nothing more.
            return Check(name: Self.name, inputs: inputs, arithmetic: head + " is outside the reference span", agrees: false)
        }
        let above = stated.lowerBound > ref.upperBound
        let decisive = above ? stated.lowerBound / max(ref.upperBound, 1e-12) : ref.lowerBound / max(stated.upperBound, 1e-12)
        let factor = above ? nominalLow / max(ref.upperBound, 1e-12) : ref.lowerBound / max(nominalHigh, 1e-12)
        let direction = above ? "above" : "below"
        if min(decisive, factor) < Self.orderOfMagnitude && factor < Self.orderOfMagnitude {
            return Check(name: Self.name, inputs: inputs,
                         arithmetic: head + " is \(MoneyFormatting.times(factor)) \(direction) it, within 10×", agrees: true)
        }
        if entry.per.isEmpty, per.isEmpty, factor >= Self.differentQuantity {
            // `listed at $0.27 in and $1.10 out` beside DeepSeek's $5.576M run: a lump sum thousands of
            // times off is another quantity with no unit stated, not a wrong figure for the same one.
            return Check(name: Self.name, inputs: inputs,
                         arithmetic: head + " is \(MoneyFormatting.times(factor)) \(direction) it, too far to be the same quantity", agrees: nil)
        }
        return Check(name: Self.name, inputs: inputs,
                     arithmetic: head + " is \(MoneyFormatting.times(factor)) \(direction) it, an order of magnitude or more away",
                     agrees: false)
    }

    /// How far a bare figure may be from a lump-sum reference and still be read as the same quantity.
    static let differentQuantity = 1_000.0

    /// `$0.03 per 1K tokens = $30 per million tokens`.
    func conversionNote(_ m: MentionFacts, per: [Denominator], to entry: ReferenceEntry) -> Check? {
        let from = UnitNormalizer.scale(of: per)
        let to = UnitNormalizer.scale(of: entry.per)
        guard abs(from - to) > 1e-12 * max(from, to) else { return nil }
        let low = m.amount.low * (to / from), high = m.amount.high * (to / from)
        let restated = MoneyFormatting.rate(low: low, high: high, currency: m.amount.currency, per: entry.per)
        let stated = MoneyFormatting.rate(low: m.amount.low, high: m.amount.high, currency: m.amount.currency, per: per)
        return Check(name: "unit-normalization",
                     inputs: [m.input("stated figure")],
                     arithmetic: "\(stated) (line \(m.line)) = \(restated)", agrees: nil)
    }
}
