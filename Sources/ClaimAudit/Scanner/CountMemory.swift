/// Bare figures with a scale word that a text uses as counts, remembered so
/// that their repeats are not read as money.
///
/// "The company ended the quarter with 305 million paid memberships, against
/// 295 million a year earlier" states two counts: the second leaves its noun
/// out. "If membership stalls at 305 million …" repeats the first. Neither is
/// money, although the paragraph is about budgets. A figure with a currency
/// (`$305 million`) is never affected, and neither is a bare figure the
/// document already used as money.
extension SentenceParser {
    /// Words that set a figure against the count just stated (`305 million
    /// members, against 295 million`; `up from 280 million`).
    static let comparisonWords: [StaticString] = ["against", "versus", "vs", "compared", "from", "than"]

    /// Reads the sentence's counts before its amounts: each bare figure with a
    /// scale word followed by a counted noun, and a bare figure with a scale
    /// word compared with it within a few words.
    mutating func noteCounts() {
        var k = 0
        var lastCountEnd: Int? = nil
        while k < count {
            guard tokens[k].kind == .number, k == 0 || tokens[k - 1].kind != .symbol,
                  let a = parseAmount(at: k), a.currency == nil, a.magnitude != nil, a.low == a.high else {
                k += 1
                continue
            }
            if countedNounAt(a.endToken) {
                seenCounts.insert(a.low)
                lastCountEnd = a.endToken
            } else if let e = lastCountEnd, k - e <= 8, (e..<k).contains(where: { j in Self.comparisonWords.contains { isWord(j, $0) } }) {
                seenCounts.insert(a.low)
                lastCountEnd = a.endToken
            }
            k = max(a.endToken, k + 1)
        }
    }

    /// Whether a bare figure with a scale word repeats a count (see `noteCounts`).
    func repeatsCount(_ a: ParsedAmount) -> Bool {
        seenCounts.contains(a.low) && !seenAmounts.contains(a.low) && !costWordNear(a.startToken, a.endToken, radius: 2)
    }
}
