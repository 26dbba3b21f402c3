/// A number in a sentence that is not money: a count (`1M queries`,
/// `400,000 users`), a duration (`250 months`, `20+ years`), a multiplier
/// (`10 times`, `18×`) or a percentage (`25%`, `75% margin`).
struct SentenceNumber: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        case count(unit: String?)
        /// In months.
        case duration
        case multiplier
        /// As a fraction (25% → 0.25).
        case percent
    }

    var role: Role
    var value: Double
    /// Interval the written number covers (rounding, `+`, `about`).
    var interval: ClosedRange<Double>
    /// The number as written with its unit word (`20+ years`).
    var text: String
    /// Byte offsets in the sentence.
    var range: Range<Int>
    /// For a count stated per period (`4 GB a month`), the period in days.
    var perTime: Double? = nil
    /// Whether the number was taken from the sentence before the one being checked.
    var fromEarlierSentence = false
    /// For a rate of one unit per another (`3.2 mi/kWh`, `3.5 miles per kWh`), the second unit (`kwh`).
    var perUnit: String? = nil
}

enum SentenceNumbers {
    static let durationUnits: [String: Double] = [
        "month": 1, "months": 1, "year": 12, "years": 12, "yr": 12, "yrs": 12, "week": 12.0 / 52, "weeks": 12.0 / 52,
        "day": 12.0 / 365, "days": 12.0 / 365, "decade": 120, "decades": 120,
    ]
    static let multiplierWords = ["times", "x", "×", "fold", "-fold"]

    /// Numbers in `sentence`, skipping byte ranges in `excluding` (money mentions),
    /// years (1900–2099 without a unit) and numbers glued to a word (`GPT-4`, `H100`).
    static let numberWords: [String: Double] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000,
    ]

    static func find(in text: String, excluding: [Range<Int>]) -> [SentenceNumber] {
        // A line break inside a sentence (hard-wrapped text: `over four\nyears`, `4 GB a\nmonth`)
        // separates words like a space; the byte offsets stay the same.
        let sentence = text.contains("\n") ? text.replacingOccurrences(of: "\n", with: " ") : text
        let bytes = Array(sentence.utf8)
        var out: [SentenceNumber] = wordMultipliers(in: sentence) + wordCounts(in: sentence, excluding: excluding)
        for token in NumberToken.all(in: sentence) {
            if excluding.contains(where: { $0.overlaps(token.range) }) { continue }
            let s = token.range.lowerBound
            // clock times and timestamps: 09:26
            if token.range.upperBound < bytes.count, bytes[token.range.upperBound] == 0x3A,
               token.range.upperBound + 1 < bytes.count, (0x30...0x39).contains(bytes[token.range.upperBound + 1]) { continue }
            if s > 0, bytes[s - 1] == 0x3A { continue }
            if s > 0 {
                let p = bytes[s - 1]
                // glued to a word or a currency sign: GPT-4, H100, V3, $5
                if isLetter(p) || p == 0x2D && s > 1 && isLetter(bytes[s - 2]) || p == 0x24 { continue }
            }
            if Self.isVersion(token.range, in: bytes) { continue }
            // a post or issue number (`as #2 said`), a footnote or the end of a timestamp (`[1]`, `[10:02]`)
            if s > 0, bytes[s - 1] == 0x23 { continue }
            if token.range.upperBound < bytes.count, bytes[token.range.upperBound] == 0x5D { continue }
            // a part of a date, a phone number or a span of numbers (`2025-03-31`, `555-0143`, `2-3`)
            if s > 1, bytes[s - 1] == 0x2D, ScanByte.isDigit(bytes[s - 2]) { continue }
            if token.range.upperBound + 1 < bytes.count, bytes[token.range.upperBound] == 0x2D, ScanByte.isDigit(bytes[token.range.upperBound + 1]) { continue }
            // a part of a date or a clock time (`posted 6/02, 7:14 am`)
            if s > 1, bytes[s - 1] == 0x2F || bytes[s - 1] == 0x3A, ScanByte.isDigit(bytes[s - 2]) { continue }
            if token.range.upperBound + 1 < bytes.count, bytes[token.range.upperBound] == 0x2F || bytes[token.range.upperBound] == 0x3A,
               ScanByte.isDigit(bytes[token.range.upperBound + 1]) { continue }
            var e = token.range.upperBound
            var plus = false
            if e < bytes.count, bytes[e] == 0x2B { plus = true; e += 1 }
            // unit word
            var j = e
            var multiplier = false
            if j < bytes.count, bytes[j] == 0x78 || bytes[j] == 0x58, j + 1 >= bytes.count || !isLetter(bytes[j + 1]) {
                multiplier = true; j += 1
            } else if sentence.utf8.count >= j + 2, Array(bytes[j..<min(bytes.count, j + 2)]) == [0xC3, 0x97] { // ×
                multiplier = true; j += 2
            }
            if !multiplier, j < bytes.count, bytes[j] == 0x25 { // %
                let v = token.value / 100
                let h = token.halfUnit / 100
                out.append(SentenceNumber(role: .percent, value: v, interval: orderedRange(max(0, v - h), v + h),
                                          text: String(decoding: bytes[s..<(j + 1)], as: UTF8.self), range: s..<(j + 1)))
                continue
            }
            var word = ""
            var wordEnd = j
            if !multiplier {
                var k = j
                while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x09 || bytes[k] == 0x2D { k += 1 }
                let ws = k
                while k < bytes.count, isLetter(bytes[k]) || bytes[k] == 0x2D { k += 1 }
                word = String(decoding: bytes[ws..<k], as: UTF8.self).lowercased()
                wordEnd = k
                if k - j > 0, ws - j > 2 { word = "" ; wordEnd = j }
            }
            let text = String(decoding: bytes[s..<wordEnd], as: UTF8.self)
            // `2 hours ago`: a timestamp, not a quantity
            if String(decoding: bytes[wordEnd..<min(bytes.count, wordEnd + 4)], as: UTF8.self).lowercased() == " ago" { continue }
            let half = min(token.halfUnit, max(0.5 * token.value / 10, token.value * 0.05))
            var interval = orderedRange(token.value - half, token.value + half)
            if plus { interval = orderedRange(token.value - token.halfUnit, token.value * 2) }
            if multiplier || multiplierWords.contains(word) {
                out.append(SentenceNumber(role: .multiplier, value: token.value, interval: widen(interval, 0.05), text: text, range: s..<wordEnd))
            } else if word == "percent" || word == "per-cent" {
                let v = token.value / 100
                out.append(SentenceNumber(role: .percent, value: v, interval: orderedRange(interval.lowerBound / 100, interval.upperBound / 100), text: text,
                                          range: s..<wordEnd))
            } else if let m = durationUnits[word] {
                out.append(SentenceNumber(role: .duration, value: token.value * m,
                                          interval: orderedRange(interval.lowerBound * m, interval.upperBound * m), text: text, range: s..<wordEnd))
            } else {
                // a year has no thousands separator and no unit after it (`2,018 TWh`, `2000 GPU-hours` are counts)
                let isYear = token.value >= 1900 && token.value <= 2099 && token.value == token.value.rounded() && token.halfUnit == 0.5
                    && !bytes[token.range].contains(0x2C) && UnitNormalizer.aliases[UnitNormalizer.singular(word)] == nil
                if isYear { continue }
                let unit = word.isEmpty ? nil : UnitNormalizer.singular(word)
                if let unit, let (per, end) = Self.perUnit(after: wordEnd, in: bytes) {
                    // `3.2 mi/kWh`: an efficiency, one unit per another
                    var n = SentenceNumber(role: .count(unit: unit), value: token.value, interval: interval,
                                           text: String(decoding: bytes[s..<end], as: UTF8.self), range: s..<end)
                    n.perUnit = per
                    out.append(n)
                    continue
                }
                let (period, periodEnd) = unit == nil ? (nil, wordEnd) : Self.period(after: wordEnd, in: bytes)
                let shown = String(decoding: bytes[s..<periodEnd], as: UTF8.self)
                out.append(SentenceNumber(role: .count(unit: unit), value: token.value, interval: interval, text: shown,
                                          range: s..<periodEnd, perTime: period))
            }
        }
        return out
    }

    static let periods: [(String, Double)] = [
        (" a month", 365.0 / 12), (" per month", 365.0 / 12), (" each month", 365.0 / 12), (" monthly", 365.0 / 12), ("/month", 365.0 / 12),
        ("/mo", 365.0 / 12), (" a day", 1), (" per day", 1), (" each day", 1), (" daily", 1), ("/day", 1), (" an hour", 1.0 / 24),
        (" per hour", 1.0 / 24), ("/hour", 1.0 / 24), ("/hr", 1.0 / 24), (" a week", 7), (" per week", 7), (" a year", 365), (" per year", 365),
        ("/year", 365), ("/yr", 365),
    ]

    /// A period right after a count's unit (`4 GB a month`), or after a short
    /// `of` phrase (`6 hours of meetings a month`), in days, and where it ends.
    static func period(after end: Int, in bytes: [UInt8]) -> (Double?, Int) {
        if let found = periodCue(at: end, in: bytes) { return found }
        // ` of` and one or two words: `hours of audio a month`, `GB of video per day`
        guard end + 4 < bytes.count, String(decoding: bytes[end..<(end + 4)], as: UTF8.self).lowercased() == " of " else { return (nil, end) }
        var k = end + 3
        for _ in 0..<2 {
            guard k < bytes.count, bytes[k] == 0x20 else { break }
            var w = k + 1
            while w < bytes.count, isLetter(bytes[w]) || bytes[w] == 0x2D { w += 1 }
            guard w > k + 1 else { break }
            let word = String(decoding: bytes[(k + 1)..<w], as: UTF8.self).lowercased()
            if ["a", "an", "per", "each", "every"].contains(word) { break }
            k = w
            if let found = periodCue(at: k, in: bytes) { return found }
        }
        return (nil, end)
    }

    /// `/kWh`, ` per kWh`, ` per litre` after a count's unit: a unit of energy or volume the count is per.
    static func perUnit(after end: Int, in bytes: [UInt8]) -> (String, Int)? {
        let rest = String(decoding: bytes[end..<min(bytes.count, end + 14)], as: UTF8.self).lowercased()
        for cue in ["/", " per ", " a "] where rest.hasPrefix(cue) {
            var k = end + cue.utf8.count
            let ws = k
            while k < bytes.count, isLetter(bytes[k]) { k += 1 }
            let word = String(decoding: bytes[ws..<k], as: UTF8.self).lowercased()
            if ["kwh", "wh", "mwh", "litre", "liter", "gallon", "gal"].contains(word) { return (UnitNormalizer.singular(word), k) }
        }
        return nil
    }

    private static func periodCue(at end: Int, in bytes: [UInt8]) -> (Double, Int)? {
        let rest = String(decoding: bytes[end..<min(bytes.count, end + 12)], as: UTF8.self).lowercased()
        for (cue, days) in periods where rest.hasPrefix(cue) {
            let after = end + cue.utf8.count
            if after >= bytes.count || !isLetter(bytes[after]) { return (days, after) }
        }
        return nil
    }

    /// Counts in words before a unit: `five seats`, `ten million queries`.
    static func wordCounts(in text: String, excluding: [Range<Int>]) -> [SentenceNumber] {
        // A line break inside a sentence (`over four\nyears`) separates words like a space (same byte length).
        let sentence = text.contains("\n") ? text.replacingOccurrences(of: "\n", with: " ") : text
        let bytes = Array(sentence.utf8)
        let lower = sentence.lowercased()
        var out: [SentenceNumber] = []
        for (word, value) in numberWords where value <= 100 {
            for separator in [" ", "-"] where FastText.contains(lower, word + separator) {
                var from = lower.startIndex
                while let r = lower.range(of: word + separator, range: from..<lower.endIndex) {
                    from = r.upperBound
                    let s = lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                    if s > 0, isLetter(bytes[s - 1]) || bytes[s - 1] == 0x2D { continue }
                    var k = s + word.utf8.count + 1
                    var v = value
                    // `twenty-four riders`, `thirty five seats`: a tens word and a units word
                    if value >= 20, value < 100, let (ones, next) = Self.unitsWord(at: k, in: bytes) {
                        v += ones; k = next
                    }
                    for (m, f) in [("million ", 1e6), ("thousand ", 1e3), ("billion ", 1e9)] where lower.utf8.dropFirst(k).starts(with: m.utf8) {
                        v *= f; k += m.utf8.count
                    }
                    // `a million queries`: `a` only before a magnitude word
                    if value == 1, v == 1 { continue }
                    let ws = k
                    while k < bytes.count, isLetter(bytes[k]) || bytes[k] == 0x2D { k += 1 }
                    guard k > ws else { continue }
                    let unitWord = String(decoding: bytes[ws..<k], as: UTF8.self).lowercased()
                    if ["times", "fold", "-fold", "of", "and", "or", "to", "more", "less", "percent"].contains(unitWord) { continue }
                    if excluding.contains(where: { $0.overlaps(s..<k) }) { continue }
                    if let months = durationUnits[unitWord] {
                        // `eight years`, `a two-year life`
                        out.append(SentenceNumber(role: .duration, value: v * months, interval: orderedRange(v * months, v * months),
                                                  text: String(decoding: bytes[s..<k], as: UTF8.self), range: s..<k))
                        continue
                    }
                    let (period, end) = Self.period(after: k, in: bytes)
                    out.append(SentenceNumber(role: .count(unit: UnitNormalizer.singular(unitWord)), value: v, interval: orderedRange(v, v),
                                              text: String(decoding: bytes[s..<end], as: UTF8.self), range: s..<end, perTime: period))
                }
            }
        }
        return out
    }

    /// A units word (`four`) starting at `start` and followed by a space: its value and the byte after the space.
    static func unitsWord(at start: Int, in bytes: [UInt8]) -> (Double, Int)? {
        var k = start
        while k < bytes.count, isLetter(bytes[k]) { k += 1 }
        guard k > start, k < bytes.count, bytes[k] == 0x20 else { return nil }
        let word = String(decoding: bytes[start..<k], as: UTF8.self).lowercased()
        guard let v = numberWords[word], v >= 1, v <= 9, word != "a" else { return nil }
        return (v, k + 1)
    }

    /// Fraction words and the ratio they state between two figures.
    static let fractionWords: [(String, Double)] = [
        ("half", 2), ("a third", 3), ("one third", 3), ("a quarter", 4), ("one quarter", 4), ("a fifth", 5), ("one fifth", 5),
        ("a tenth", 10), ("one tenth", 10), ("a hundredth", 100), ("one hundredth", 100),
    ]

    /// Multiples with a half in words (`two and a half times the wholesale rate`, `half again as much`).
    static let halfMultiples: [(String, Double)] = [
        ("one and a half times", 1.5), ("two and a half times", 2.5), ("three and a half times", 3.5),
        ("four and a half times", 4.5), ("half again as", 1.5), ("half as much again", 1.5), ("half again more", 1.5),
    ]

    /// Words that multiply a figure by a whole number (`double the price`, `costs tripled`).
    static let multiplyingWords: [(String, Double)] = [
        ("double", 2), ("triple", 3), ("quadruple", 4),
    ]

    /// `six times`, `twice`, `ten-fold`, `double`, `tripled`.
    static func wordMultipliers(in sentence: String) -> [SentenceNumber] {
        let lower = sentence.lowercased()
        var out: [SentenceNumber] = []
        var present: [String: Bool] = [:]
        for suffix in [" times", "-fold", " fold"] { present[suffix] = FastText.contains(lower, suffix) }
        for (word, value) in numberWords.sorted(by: { $0.key < $1.key }) {
            for suffix in [" times", "-fold", " fold"] where present[suffix] == true {
                let phrase = word + suffix
                if !FastText.contains(lower, phrase) { continue }
                var from = lower.startIndex
                while let r = lower.range(of: phrase, range: from..<lower.endIndex) {
                    let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
                    if !before.isLetter {
                        let s = lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                        let e = lower.utf8.distance(from: lower.startIndex, to: r.upperBound)
                        out.append(SentenceNumber(role: .multiplier, value: value, interval: orderedRange(value * 0.85, value * 1.15),
                                                  text: String(sentence.utf8.dropFirst(s).prefix(e - s)).map { $0 } ?? phrase, range: s..<e))
                    }
                    from = r.upperBound
                }
            }
        }
        // Fractions between two figures: `a tenth of`, `half what`, `a quarter the cost` (the ratio is 10, 2, 4).
        func multiplier(_ ratio: Double, within low: Double, _ high: Double, _ s: Int, _ e: Int) -> SentenceNumber {
            SentenceNumber(role: .multiplier, value: ratio, interval: orderedRange(ratio * low, ratio * high),
                           text: String(decoding: sentence.utf8.dropFirst(s).prefix(e - s), as: UTF8.self), range: s..<e)
        }
        for (fraction, ratio) in Self.fractionWords where FastText.contains(lower, fraction) {
            for follower in [" of ", " the ", " what ", " as ", " off "] {
                for s in Self.wordStarts(of: fraction + follower, in: lower) {
                    out.append(multiplier(ratio, within: 0.85, 1.15, s, s + fraction.utf8.count))
                }
            }
        }
        // `two and a half times`, `half again as much`: multiples with a half.
        for (phrase, ratio) in Self.halfMultiples where FastText.contains(lower, phrase) {
            for s in Self.wordStarts(of: phrase, in: lower) {
                out.append(multiplier(ratio, within: 0.97, 1.03, s, s + phrase.utf8.count))
            }
        }
        // `costs double the basic tier`, `spend tripled`: a verb or adjective of a whole multiple.
        for (word, ratio) in Self.multiplyingWords where FastText.contains(lower, word) {
            var from = lower.startIndex
            while let r = lower.range(of: word, range: from..<lower.endIndex) {
                from = r.upperBound
                if r.lowerBound != lower.startIndex, lower[lower.index(before: r.lowerBound)].isLetter { continue }
                // `double-digit`, `double-check`, `doubles as`: no multiple of a figure.
                let rest = lower[r.upperBound...]
                if rest.hasPrefix("-") || rest.hasPrefix("s as") || rest.hasPrefix(" as ") || rest.hasPrefix(" down") || rest.hasPrefix(" count") { continue }
                let s = lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                let e = s + word.utf8.count
                // The word names a whole multiple: only the figures' own rounding widens it.
                out.append(SentenceNumber(role: .multiplier, value: ratio, interval: orderedRange(ratio * 0.98, ratio * 1.02),
                                          text: String(decoding: Array(sentence.utf8)[s..<e], as: UTF8.self), range: s..<e))
            }
        }
        // `a third less than $120`, `cut by half`: the smaller figure is (N − 1)/N of the larger one.
        for (fraction, n) in Self.fractionWords where n > 1 && FastText.contains(lower, fraction) {
            let ratio = n / (n - 1)
            var phrases = [" less", " cheaper", " lower", " smaller"].map { fraction + $0 }
            for verb in ["cut", "cuts", "reduced", "slashed", "fell", "fallen", "dropped", "down", "trimmed", "shrank"] {
                phrases.append(verb + " by " + fraction)
                phrases.append(verb + " nearly by " + fraction)
            }
            // `from a $9,000 bill to $6,000, saving a third`
            for verb in ["saving", "saves", "saved", "cutting", "shaving", "shaved"] { phrases.append(verb + " " + fraction) }
            for phrase in phrases where FastText.contains(lower, phrase) {
                guard let r = lower.range(of: phrase) else { continue }
                if r.lowerBound != lower.startIndex, lower[lower.index(before: r.lowerBound)].isLetter { continue }
                let s = lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
                let e = s + phrase.utf8.count
                out.append(SentenceNumber(role: .multiplier, value: ratio, interval: orderedRange(ratio * 0.98, ratio * 1.02),
                                          text: String(decoding: Array(sentence.utf8)[s..<e], as: UTF8.self), range: s..<e))
            }
        }
        if FastText.contains(lower, "twice"), let r = lower.range(of: "twice") {
            let s = lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
            out.append(SentenceNumber(role: .multiplier, value: 2, interval: 1.7...2.3, text: "twice", range: s..<(s + 5)))
        }
        return out
    }

    /// A version number between two capitalized words (`Gemini 2.5 Pro`, `Claude 3.5 Sonnet`).
    /// UTF-8 offsets in `lower` of each occurrence of `phrase` that starts a
    /// word (no letter right before it).
    static func wordStarts(of phrase: String, in lower: String) -> [Int] {
        var out: [Int] = []
        var from = lower.startIndex
        while let r = lower.range(of: phrase, range: from..<lower.endIndex) {
            from = r.upperBound
            if r.lowerBound != lower.startIndex, lower[lower.index(before: r.lowerBound)].isLetter { continue }
            out.append(lower.utf8.distance(from: lower.startIndex, to: r.lowerBound))
        }
        return out
    }

    static func isVersion(_ r: Range<Int>, in bytes: [UInt8]) -> Bool {
        guard r.lowerBound >= 2, bytes[r.lowerBound - 1] == 0x20, r.upperBound + 1 < bytes.count, bytes[r.upperBound] == 0x20 else { return false }
        var k = r.lowerBound - 2
        while k > 0, isLetter(bytes[k - 1]) { k -= 1 }
        let before = (0x41...0x5A).contains(bytes[k]) && isLetter(bytes[r.lowerBound - 2])
        guard before, (0x41...0x5A).contains(bytes[r.upperBound + 1]) else { return false }
        // `At 0.3 Wh`, `About 40 GB`: a preposition and a unit, not a name and a version
        let previous = String(decoding: bytes[k..<(r.lowerBound - 1)], as: UTF8.self).lowercased()
        var e = r.upperBound + 1
        while e < bytes.count, isLetter(bytes[e]) || bytes[e] == 0x2D { e += 1 }
        let next = String(decoding: bytes[(r.upperBound + 1)..<e], as: UTF8.self).lowercased()
        return !functionWords.contains(previous) && UnitNormalizer.aliases[next] == nil && UnitNormalizer.aliases[UnitNormalizer.singular(next)] == nil
    }

    static let functionWords: Set<String> = ["at", "in", "about", "around", "for", "of", "to", "by", "with", "on", "over", "under",
                                             "some", "nearly", "roughly", "only", "just", "and", "or", "is", "was", "the", "a", "an"]

    static func widen(_ r: ClosedRange<Double>, _ f: Double) -> ClosedRange<Double> {
        orderedRange(r.lowerBound * (1 - f), r.upperBound * (1 + f))
    }

    static func isLetter(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A }
}
