/// Spelled-out numbers: `twenty`, `five thousand`, `half a million`,
/// `one and a half billion`, `a quarter of a`.
enum NumberWords {
    static func register(into lx: inout Lexicon) {
        let small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        for (i, w) in small.enumerated() { lx.set(w) { $0.number = Double(i) } }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, w) in tens.enumerated() { lx.set(w) { $0.number = Double((i + 2) * 10) } }
        lx.set("dozen") { $0.number = 12 }
        lx.set("hundred") { $0.scale = 100 }
        let scales: [(String, Double)] = [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)]
        for (w, v) in scales {
            lx.set(w) { $0.scale = v; $0.spacedMagnitude = v; $0.adjacentMagnitude = v }
        }
        let adjacent: [(String, Double)] = [("k", 1e3), ("m", 1e6), ("mm", 1e6), ("mn", 1e6), ("mil", 1e6), ("mln", 1e6),
                                            ("b", 1e9), ("bn", 1e9), ("bln", 1e9), ("t", 1e12), ("tn", 1e12)]
        for (w, v) in adjacent { lx.set(w) { $0.adjacentMagnitude = v } }
        // Indian magnitudes: 2,000 crore = 2e10
        for (w, v) in [("lakh", 1e5), ("lakhs", 1e5), ("crore", 1e7), ("crores", 1e7)] {
            lx.set(w) { $0.spacedMagnitude = v }
        }
        for (w, v) in [("mil", 1e6), ("mln", 1e6), ("mn", 1e6), ("bn", 1e9), ("bln", 1e9), ("tn", 1e12)] {
            lx.set(w) { $0.spacedMagnitude = v }
        }
        for (w, v) in [("half", 0.5), ("quarter", 0.25), ("third", 1.0 / 3), ("fifth", 0.2), ("tenth", 0.1),
                       ("sixth", 1.0 / 6), ("eighth", 0.125), ("hundredth", 0.01), ("thousandth", 0.001)] {
            lx.set(w) { $0.fraction = v }
        }
        // "three tenths of a cent", "two thousandths of a cent": a count of fractions
        for (w, v) in [("halves", 0.5), ("quarters", 0.25), ("thirds", 1.0 / 3), ("fifths", 0.2), ("sixths", 1.0 / 6),
                       ("eighths", 0.125), ("tenths", 0.1), ("hundredths", 0.01), ("thousandths", 0.001)] {
            lx.set(w) { $0.pluralFraction = v }
        }
    }
}

extension SentenceParser {
    /// A spelled-out number starting at token `i`: its value and the token
    /// after it. `a`/`an` count as one only before a scale, a fraction or a
    /// money word.
    func parseNumberWords(at i: Int) -> (value: Double, next: Int)? {
        var j = i
        // "a quarter of a", "a fifth of a", "one third of a"
        if isWord(j, "a") || isWord(j, "an") || isWord(j, "one"), let f = entry(j + 1)?.fraction,
           isWord(j + 2, "of"), isWord(j + 3, "a") || isWord(j + 3, "an") {
            var v = f
            j += 4
            if let s = entry(j)?.scale, s >= 1000 { v *= s; j += 1 }
            return (v, j)
        }
        // "three tenths of a cent", "four-tenths of a cent", "two thousandths of a cent"
        if let n = entry(j)?.number, n >= 2, n < 100 {
            var f = j + 1
            if isPunct(f, 0x2D), adjacent(j, f), adjacent(f, f + 1) { f += 1 }
            if let p = entry(f)?.pluralFraction, isWord(f + 1, "of"), isWord(f + 2, "a") || isWord(f + 2, "an") {
                return (n * p, f + 3)
            }
        }
        // "half a million", "half a cent"
        if isWord(j, "half"), isWord(j + 1, "a") || isWord(j + 1, "an") {
            var v = 0.5
            j += 2
            if let s = entry(j)?.scale { v *= s; j += 1 }
            return (v, j)
        }
        var total = 0.0, current = 0.0, any = false, lastWasHundred = false
        while j < count, j - i < 12 {
            guard let e = entry(j) else { break }
            if let n = e.number {
                current += n
                any = true
                lastWasHundred = false
                j += 1
                // twenty-five
                if n >= 20, n.truncatingRemainder(dividingBy: 10) == 0, isPunct(j, 0x2D), adjacent(j - 1, j), adjacent(j, j + 1),
                   let u = entry(j + 1)?.number, u < 10 {
                    current += u
                    j += 2
                }
                continue
            }
            if !any && (isWord(j, "a") || isWord(j, "an")) {
                guard let nx = entry(j + 1), nx.scale != nil || (nx.currency != nil && !nx.afterNumberOnly) else { break }
                current = 1
                any = true
                j += 1
                continue
            }
            if let s = e.scale {
                if s == 100 {
                    if !any { break }
                    current = max(current, 1) * 100
                    lastWasHundred = true
                } else {
                    if !any { break }
                    total += max(current, 1) * s
                    current = 0
                    lastWasHundred = false
                }
                j += 1
                continue
            }
            if any, isWord(j, "and") {
                // one and a half billion
                if isWord(j + 1, "a"), isWord(j + 2, "half") { current += 0.5; j += 3; continue }
                if lastWasHundred, entry(j + 1)?.number != nil { j += 1; continue }
                break
            }
            break
        }
        return any ? (total + current, j) : nil
    }
}
