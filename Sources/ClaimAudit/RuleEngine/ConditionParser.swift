/// Parses the value of a `when:` or `unless:` line.
///
/// ```
/// SCOPE has CUES [within N words] [before|after]
/// per has UNITS | per only UNITS | per is empty
/// amount above NUMBER | amount below NUMBER
/// mention is range|approx|qualified|quoted|lump-sum
/// sentence is question
/// subject of CUES is product | subject of CUES has CUES
/// figure [before|after] [within N words] is KIND-OR-CLASS
/// same figure is KIND-OR-CLASS
/// smaller figure is KIND-OR-CLASS
/// ```
/// CUES is a comma-separated list of lexicon names and "quoted phrases".
struct ConditionParser {
    let path: String

    struct Word {
        var text: String
        var column: Int
        var quoted: Bool
        var isComma: Bool { !quoted && text == "," }
    }

    func parse(_ value: String, at start: RuleSourceLocation) throws(Diagnostic) -> Condition {
        let words = try lex(value, start)
        func loc(_ w: Word) -> RuleSourceLocation { RuleSourceLocation(path: path, line: start.line, column: w.column) }
        var i = 0
        func peek() -> Word? { i < words.count ? words[i] : nil }
        func next(_ expected: String) throws(Diagnostic) -> Word {
            guard i < words.count else {
                throw RuleSourceLocation(path: path, line: start.line, column: start.column + value.unicodeScalars.count)
                    .error("expected \(expected) at the end of the condition")
            }
            i += 1
            return words[i - 1]
        }
        func expect(_ keyword: String) throws(Diagnostic) {
            let w = try next("'\(keyword)'")
            guard !w.quoted, w.text == keyword else { throw loc(w).error("expected '\(keyword)', found '\(w.text)'") }
        }
        func cues(until stop: Set<String>) throws(Diagnostic) -> [CueReference] {
            var list: [CueReference] = []
            while true {
                let w = try next("a lexicon name or a \"quoted phrase\"")
                if w.isComma { throw loc(w).error("expected a lexicon name or a \"quoted phrase\" before ','") }
                if w.quoted {
                    guard !w.text.trimmingSpaces.isEmpty else { throw loc(w).error("empty quoted phrase") }
                    list.append(CueReference(target: .literal(w.text), location: loc(w)))
                } else {
                    guard RuleFileParser.isValidName(w.text, allowDots: false) else {
                        throw loc(w).error("expected a lexicon name or a \"quoted phrase\", found '\(w.text)'")
                    }
                    list.append(CueReference(target: .lexicon(w.text), location: loc(w)))
                }
                guard let p = peek(), p.isComma else { break }
                i += 1
            }
            if let p = peek(), !p.quoted, !stop.contains(p.text) {
                throw loc(p).error("expected ',' between cues or one of \(stop.sorted().map { "'\($0)'" }.joined(separator: ", ")), found '\(p.text)'")
            }
            return list
        }
        func units() throws(Diagnostic) -> Set<String> {
            var set = Set<String>()
            while true {
                let w = try next("a unit")
                if w.isComma { throw loc(w).error("expected a unit before ','") }
                set.insert(w.text.lowercased())
                guard let p = peek() else { break }
                guard p.isComma else { throw loc(p).error("expected ',' between units, found '\(p.text)'") }
                i += 1
            }
            return set
        }
        /// `N words` after `within`: a whole number of words from 1 to 50.
        func wordCount() throws(Diagnostic) -> Int {
            let n = try next("a number of words")
            guard let k = Int(n.text), (1...50).contains(k) else {
                throw loc(n).error("'within' takes a whole number of words from 1 to 50, found '\(n.text)'")
            }
            let unit = try next("'words'")
            guard unit.text == "words" || unit.text == "word" else { throw loc(unit).error("expected 'words', found '\(unit.text)'") }
            return k
        }
        func done() throws(Diagnostic) {
            if let extra = peek() { throw loc(extra).error("unexpected '\(extra.text)' at the end of the condition") }
        }
        /// A kind or class name ends `figure … is`, `same figure is`, `smaller figure is`.
        func kindOrClass() throws(Diagnostic) -> String {
            let t = try next("a kind or class")
            let targets = MentionKind.allCases.map(\.rawValue) + CostClass.allCases.map(\.rawValue)
            guard targets.contains(t.text) else {
                throw loc(t).error("expected one of \(targets.joined(separator: ", ")), found '\(t.text)'")
            }
            return t.text
        }

        let head = try next("a condition")
        let test: ConditionTest
        switch head.text {
        case "per":
            let verb = try next("'has', 'only' or 'is empty'")
            switch verb.text {
            case "has": test = .perHas(units: try units())
            case "only": test = .perOnly(units: try units())
            case "is": try expect("empty"); try done(); test = .perEmpty
            default: throw loc(verb).error("expected 'has', 'only' or 'is empty' after 'per', found '\(verb.text)'")
            }
        case "amount":
            let verb = try next("'above' or 'below'")
            let n = try next("a number")
            guard let value = Self.number(n.text) else { throw loc(n).error("expected a number such as 1000, 5K, 2.5M or 1e9, found '\(n.text)'") }
            try done()
            switch verb.text {
            case "above": test = .amountAbove(value)
            case "below": test = .amountBelow(value)
            default: throw loc(verb).error("expected 'above' or 'below' after 'amount', found '\(verb.text)'")
            }
        case "mention":
            try expect("is")
            let f = try next("a mention property")
            guard let flag = MentionFlag(rawValue: f.text) else {
                throw loc(f).error("unknown mention property '\(f.text)'; expected one of: \(MentionFlag.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            try done()
            test = .mentionIs(flag)
        case "figure":
            var within: Int?
            var position: CuePosition?
            while let w = peek(), w.text != "is" {
                i += 1
                switch w.text {
                case "within":
                    within = try wordCount()
                case "before", "after":
                    position = CuePosition(rawValue: w.text)
                default:
                    throw loc(w).error("expected 'before', 'after', 'within N words' or 'is', found '\(w.text)'")
                }
            }
            try expect("is")
            let target = try kindOrClass()
            try done()
            test = .figure(within: within, position: position, target: target)
        case "same":
            try expect("figure")
            try expect("is")
            let target = try kindOrClass()
            try done()
            test = .sameFigure(target: target)
        case "smaller":
            try expect("figure")
            try expect("is")
            let target = try kindOrClass()
            try done()
            test = .smallerFigure(target: target)
        case "subject":
            try expect("of")
            let verbs = try cues(until: ["is", "has"])
            let verb = try next("'is product' or 'has CUES'")
            if verb.text == "is" {
                try expect("product"); try done()
                test = .subjectIsProduct(verbs: verbs)
            } else {
                test = .subjectHas(verbs: verbs, cues: try cues(until: []))
                try done()
            }
        default:
            guard let scope = Scope(rawValue: head.text), !head.quoted else {
                throw loc(head).error("unknown condition '\(head.text)'; expected a scope (\(Scope.allCases.map(\.rawValue).joined(separator: ", "))), 'per', 'amount', 'mention', 'subject', 'figure', 'same figure' or 'smaller figure'")
            }
            let verb = try next("'has'")
            if scope == .sentence, verb.text == "is" {
                try expect("question"); try done()
                test = .sentenceIsQuestion
                break
            }
            guard verb.text == "has" else { throw loc(verb).error("expected 'has' after '\(scope.rawValue)', found '\(verb.text)'") }
            let list = try cues(until: ["within", "before", "after"])
            var within: Int?
            var position: CuePosition?
            while let w = peek() {
                i += 1
                switch w.text {
                case "within":
                    within = try wordCount()
                case "before", "after":
                    guard position == nil else { throw loc(w).error("'before'/'after' given twice") }
                    position = CuePosition(rawValue: w.text)
                default:
                    throw loc(w).error("expected 'within N words', 'before' or 'after', found '\(w.text)'")
                }
            }
            test = .has(scope: scope, cues: list, within: within, position: position)
        }
        return Condition(test: test, text: value, location: start)
    }

    /// Splits a condition into words, commas and "quoted phrases".
    private func lex(_ value: String, _ start: RuleSourceLocation) throws(Diagnostic) -> [Word] {
        var words: [Word] = []
        let scalars = Array(value.unicodeScalars)
        var k = 0
        while k < scalars.count {
            let s = scalars[k]
            let col = start.column + k
            if s == " " || s == "\t" { k += 1; continue }
            if s == "," { words.append(Word(text: ",", column: col, quoted: false)); k += 1; continue }
            if s == "\"" || s == "\u{201C}" {
                var j = k + 1
                var text = ""
                while j < scalars.count, scalars[j] != "\"", scalars[j] != "\u{201D}" { text.unicodeScalars.append(scalars[j]); j += 1 }
                guard j < scalars.count else {
                    throw RuleSourceLocation(path: path, line: start.line, column: col).error("unterminated quoted phrase")
                }
                words.append(Word(text: text, column: col, quoted: true))
                k = j + 1
                continue
            }
            var j = k
            var text = ""
            while j < scalars.count, scalars[j] != " ", scalars[j] != "\t", scalars[j] != ",", scalars[j] != "\"" {
                text.unicodeScalars.append(scalars[j]); j += 1
            }
            words.append(Word(text: text, column: col, quoted: false))
            k = j
        }
        return words
    }

    /// `1000`, `1,000`, `2.5`, `5K`, `3M`, `1.2B`, `1e9`.
    static func number(_ text: String) -> Double? {
        var t = String(text.filter { $0 != "," && $0 != "_" })
        var scale = 1.0
        if let last = t.last, "kKmMbBtT".contains(last) {
            scale = ["k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12][String(last).lowercased()]!
            t.removeLast()
        }
        guard let v = Double(t), v.isFinite else { return nil }
        return v * scale
    }
}
