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

    init(reference: ReferenceData, document: DocumentFacts? = nil) {
        self.reference = reference
        if let document {
            fitting = Set(reference.entries.filter { $0.fits(documentLowercased: document.lowercasedText) }.map(\.id))
        }
    }

    static let planCues = ["plan", "subscription", "subscriber", "subscribe", "tier", " sub ", " subs ", "membership", "per seat", "a seat"]
    static let annualCues = ["a year", "per year", "annual", "last year", "this year", "yearly", "per annum"]
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
            r.entries.contains { $0.window.contains(dated0.date) && compare(m, per: r.per, with: $0, dated: dated0,
                                                                              dateInput: CheckInput(name: "", value: 0, unit: "", source: "")).agrees == true }
        } ?? readings[0]
        let candidates = found.entries
        let dated = doc.date(for: m)
        let applicable = candidates.filter { $0.window.contains(dated.date) }
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
        // A reading the text does not state, or a broad entry (one with a context),
        // can confirm a figure but never refute it.
        let inferred = found.per != m.per
        var compared = applicable.prefix(4).map { entry in
            (entry, compare(m, per: found.per, with: entry, dated: dated, dateInput: dateInput))
        }
        compared.removeAll { entry, check in check.agrees == false && (inferred || !entry.context.isEmpty) }
        guard !compared.isEmpty else { return [] }
        checks += compared.map(\.1)
        return checks
    }

    /// Ways to read the mention's denominators: as stated (or inherited from
    /// its paired figure); a bare price in a sentence about a plan as per
    /// month; a bare total in a sentence about a year as per year.
    static func readings(of m: MentionFacts, in doc: DocumentFacts) -> [([Denominator], String?)] {
        var out: [([Denominator], String?)] = [(m.per, m.perNote)]
        let lower = doc.sentence(m.sentenceIndex).lowercased()
        // `$2 an hour` for a GPU is per GPU-hour.
        if m.per.count == 1, m.per[0].unit == "hour", m.per[0].count == nil, gpuCues.contains(where: lower.contains) {
            out.append(([Denominator(unit: "gpu-hour")], "per GPU-hour, as the sentence is about GPUs"))
        }
        guard m.per.isEmpty else { return out }
        let sentence = " " + doc.sentence(m.sentenceIndex).lowercased().replacingOccurrences(of: "\n", with: " ") + " "
        if m.kind == .price, !m.mention.approx, planCues.contains(where: sentence.contains) {
            out.append(([Denominator(unit: "month")], "per month, as a plan price"))
        }
        // The denominators other figures in the sentence state (`$0.56 in and $1.68 out` beside `per MTok`).
        var seen: Set<[Denominator]> = []
        for other in doc.mentions(inSentence: m.sentenceIndex) where other.index != m.index && !other.per.isEmpty {
            guard seen.insert(other.per).inserted else { continue }
            out.append((other.per, "\(MoneyFormatting.perPhrase(other.per)), like \(other.cited)"))
        }
        for (cue, unit) in unitNouns where sentence.contains(cue) {
            out.append(([Denominator(unit: unit)], "per \(unit), as the sentence is about one \(unit)"))
            break
        }
        let annual = annualCues.contains(where: sentence.contains) || sentence.contains(" in 20") || sentence.contains(" for 20")
        if m.amount.low >= 1_000_000, annual {
            out.append(([Denominator(unit: "year")], "per year, as a total for the year"))
        }
        return out
    }

    /// Entries in the same unit and currency whose topics occur in the
    /// mention's sentence (or, for a list item or table cell, its heading),
    /// and whose context (if any) occurs in the document.
    func matchingEntries(_ m: MentionFacts, per: [Denominator], in doc: DocumentFacts) -> ([ReferenceEntry], String) {
        let dims = UnitNormalizer.dimensions(of: per)
        let sameUnit = reference.entries.filter {
            $0.currency == m.amount.currency && UnitNormalizer.comparable(dims, $0.normalized.dimensions)
                && (fitting?.contains($0.id) ?? $0.fits(documentLowercased: doc.lowercasedText))
                // What a provider spends per user-month is not checked against what a plan charges.
                && !(m.kind == .cost && $0.kind == .price && $0.normalized.hasTime)
        }
        guard !sameUnit.isEmpty else { return ([], "") }
        let sentence = doc.sentence(m.sentenceIndex)
        // Specific figures take precedence over broad ranges (entries with a context).
        func preferSpecific(_ e: [ReferenceEntry]) -> [ReferenceEntry] {
            let specific = e.filter { $0.context.isEmpty }
            return specific.isEmpty ? e : specific
        }
        let hits = sameUnit.filter { $0.isAbout(sentence) }
        if !hits.isEmpty { return (preferSpecific(hits), "its sentence") }
        if doc.isListOrTable(sentence: m.sentenceIndex), let heading = doc.heading(before: m.sentenceIndex) {
            let h = sameUnit.filter { $0.isAbout(heading) }
            if !h.isEmpty { return (preferSpecific(h), "its heading \"\(heading)\"") }
        }
        return ([], "")
    }

    func compare(_ m: MentionFacts, per: [Denominator], with entry: ReferenceEntry, dated: DocumentFacts.DatedBy,
                 dateInput: CheckInput) -> Check {
        let scale = UnitNormalizer.scale(of: entry.per) / UnitNormalizer.scale(of: per)
        let stated = (m.interval.lowerBound * scale)...(m.interval.upperBound * scale)
        let ref = entry.low...entry.high
        let nominalLow = m.amount.low * scale, nominalHigh = m.amount.high * scale
        let shown = MoneyFormatting.rate(low: nominalLow, high: nominalHigh, currency: m.amount.currency, per: entry.per)
        let head = "\(entry.citation): \(entry.figure), applies on \(dated.how); \(shown) (line \(m.line))"
        let inputs = [m.input("stated figure"),
                      CheckInput(name: entry.what, value: entry.low == entry.high ? entry.low : (entry.low + entry.high) / 2,
                                 unit: entry.currency + (entry.per.isEmpty ? "" : " " + MoneyFormatting.perPhrase(entry.per)),
                                 source: entry.citation),
                      dateInput]
        if Tolerance.agrees(stated, ref) {
            return Check(name: Self.name, inputs: inputs, arithmetic: head + " is within the reference figure", agrees: true)
        }
        let above = stated.lowerBound > ref.upperBound
        let decisive = above ? stated.lowerBound / max(ref.upperBound, 1e-12) : ref.lowerBound / max(stated.upperBound, 1e-12)
        let factor = above ? nominalLow / max(ref.upperBound, 1e-12) : ref.lowerBound / max(nominalHigh, 1e-12)
        let direction = above ? "above" : "below"
        if min(decisive, factor) < Self.orderOfMagnitude && factor < Self.orderOfMagnitude {
            return Check(name: Self.name, inputs: inputs,
                         arithmetic: head + " is \(MoneyFormatting.times(factor)) \(direction) it, within 10×", agrees: true)
        }
        return Check(name: Self.name, inputs: inputs,
                     arithmetic: head + " is \(MoneyFormatting.times(factor)) \(direction) it, an order of magnitude or more away",
                     agrees: false)
    }

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

extension DocumentFacts {
    /// Whether sentence `i` sits in a list item or table cell.
    func isListOrTable(sentence i: Int) -> Bool {
        let s = document.scanned.scan.sentences
        guard s.indices.contains(i) else { return false }
        let prose = document.scanned.prose
        guard let b = s[i].blockIndex ?? prose.blockIndex(containing: s[i].range.lowerBound), prose.blocks.indices.contains(b) else { return false }
        switch prose.blocks[b].kind {
        case .listItem, .tableCell: return true
        default: return false
        }
    }
}
