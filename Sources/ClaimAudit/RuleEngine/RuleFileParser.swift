/// What one rule file declares, before names are resolved.
public struct RuleFile: Sendable {
    public var path: String
    public var lexicons: [CueLexicon] = []
    public var rules: [Rule] = []
}

/// Parses the `.rules` line format (see `Rules/README.md`).
///
/// Every error is a `Diagnostic` with the file, line and column of the
/// offending text and what was expected there.
public struct RuleFileParser {
    let path: String

    public init(path: String) { self.path = path }

    /// The keys a rule may have.
    static let ruleKeys: Set<String> = [
        "kind", "class", "stance", "priority", "when", "unless", "explain", "summary", "rationale", "example", "counter",
        "keeps-class",
    ]
    /// Keys whose values may continue on following, more indented lines.
    static let textKeys: Set<String> = ["explain", "summary", "rationale"]

    public func parse(_ text: String) throws(Diagnostic) -> RuleFile {
        var file = RuleFile(path: path)
        var currentRule: Rule?
        var currentLexicon: CueLexicon?
        var lastKey: String?
        var seenKeys: Set<String> = []

        func flush() {
            if let r = currentRule { file.rules.append(r) }
            if let l = currentLexicon { file.lexicons.append(l) }
            currentRule = nil; currentLexicon = nil; lastKey = nil; seenKeys = []
        }

        // Lines are found on the UTF-8 bytes (`TextLines`): splitting a String on
        // a Character walks grapheme clusters and never splits `\r\n`.
        for (index, line) in TextLines.split(text).enumerated() {
            let lineNo = index + 1
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix(while: { $0 == " " || $0 == "\t" }).count
            let body = String(String.UnicodeScalarView(scalars[indent...]))
            if body.trimmingSpaces.isEmpty || body.hasPrefix("#") { continue }
            func loc(_ col: Int) -> RuleSourceLocation { RuleSourceLocation(path: path, line: lineNo, column: col) }

            if indent == 0 {
                flush()
                if body.hasPrefix("lexicon ") || body == "lexicon" {
                    currentLexicon = try parseLexiconHead(body, loc: loc)
                } else if body.hasPrefix("rule ") || body == "rule" {
                    let id = body.dropFirst(4).trimmingSpaces
                    guard !id.isEmpty else { throw loc(6).error("expected a rule id after 'rule'") }
                    guard Self.isValidName(id, allowDots: true) else {
                        throw loc(6).error("invalid rule id '\(id)': use letters, digits, '-', '_' and '.'")
                    }
                    currentRule = Rule(id: id, location: loc(6))
                } else {
                    throw loc(1).error("expected 'lexicon NAME: phrases' or 'rule ID' at the start of a line (indent rule keys and lexicon continuation lines)")
                }
                continue
            }

            let bodyCol = indent + 1
            if currentLexicon != nil {
                currentLexicon!.append(contentsOf: Self.splitList(body, column: bodyCol).map { ($0.0, loc($0.1)) })
                continue
            }
            guard currentRule != nil else {
                throw loc(bodyCol).error("indented line outside a rule or lexicon")
            }
            if let colon = body.firstIndex(of: ":"), Self.ruleKeys.contains(String(body[..<colon])) {
                let key = String(body[..<colon])
                let valueStart = body.index(after: colon)
                let rawValue = String(body[valueStart...])
                let lead = rawValue.unicodeScalars.prefix(while: { $0 == " " || $0 == "\t" }).count
                let value = rawValue.trimmingSpaces
                let valueCol = bodyCol + body[..<valueStart].unicodeScalars.count + lead
                try apply(key: key, value: value, to: &currentRule!, loc: loc(valueCol), keyLoc: loc(bodyCol),
                          seen: &seenKeys)
                lastKey = key
            } else if let key = lastKey, Self.textKeys.contains(key) {
                let extra = body.trimmingSpaces
                switch key {
                case "explain": currentRule!.explain = (currentRule!.explain ?? "") + " " + extra
                case "summary": currentRule!.summary = (currentRule!.summary ?? "") + " " + extra
                default: currentRule!.rationale += (currentRule!.rationale.isEmpty ? "" : " ") + extra
                }
            } else {
                let word = body.prefix(while: { $0 != ":" && $0 != " " })
                throw loc(bodyCol).error("unknown rule key '\(word)'; expected one of: \(Self.ruleKeys.sorted().joined(separator: ", "))")
            }
        }
        flush()
        return file
    }

    private func parseLexiconHead(_ body: String, loc: (Int) -> RuleSourceLocation) throws(Diagnostic) -> CueLexicon {
        let rest = body.dropFirst("lexicon".count)
        guard let colon = rest.firstIndex(of: ":") else {
            throw loc(body.unicodeScalars.count + 1).error("expected ':' after the lexicon name")
        }
        let name = rest[..<colon].trimmingSpaces
        guard !name.isEmpty else { throw loc(9).error("expected a lexicon name after 'lexicon'") }
        guard Self.isValidName(name, allowDots: false) else {
            throw loc(9).error("invalid lexicon name '\(name)': use letters, digits, '-' and '_'")
        }
        guard !Self.reservedWords.contains(name) else {
            throw loc(9).error("'\(name)' is a reserved word and cannot name a lexicon")
        }
        var lexicon = CueLexicon(name: name, phrases: [], phraseLocations: [], location: loc(9))
        let afterColon = rest[rest.index(after: colon)...]
        let col = "lexicon".count + rest[...colon].unicodeScalars.count + 1
        lexicon.append(contentsOf: Self.splitList(String(afterColon), column: col).map { ($0.0, loc($0.1)) })
        return lexicon
    }

    private func apply(key: String, value: String, to rule: inout Rule, loc: RuleSourceLocation,
                       keyLoc: RuleSourceLocation, seen: inout Set<String>) throws(Diagnostic) {
        let single: Set<String> = ["kind", "class", "stance", "priority", "keeps-class"]
        if single.contains(key) {
            guard seen.insert(key).inserted else { throw keyLoc.error("'\(key)' given twice in rule '\(rule.id)'") }
        }
        guard !value.isEmpty else { throw loc.error("'\(key):' needs a value") }
        switch key {
        case "kind":
            guard let k = MentionKind(rawValue: value) else {
                throw loc.error("unknown kind '\(value)'; expected cost, price or other")
            }
            rule.kind = k
        case "class":
            guard let c = CostClass(rawValue: value) else {
                throw loc.error("unknown class '\(value)'; expected marginal, fixed or conflation")
            }
            rule.costClass = c
        case "stance":
            guard let s = Stance(rawValue: value) else {
                throw loc.error("unknown stance '\(value)'; expected asserted, attributed, hypothetical or negated")
            }
            rule.stance = s
        case "priority":
            guard let p = Int(value), (0...1000).contains(p) else {
                throw loc.error("priority must be a whole number from 0 to 1000, got '\(value)'")
            }
            rule.priority = p
        case "keeps-class":
            switch value {
            case "yes": rule.keepsClass = true
            case "no": rule.keepsClass = false
            default: throw loc.error("keeps-class must be yes or no, got '\(value)'")
            }
        case "when": rule.conditions.append(try ConditionParser(path: path).parse(value, at: loc))
        case "unless": rule.exceptions.append(try ConditionParser(path: path).parse(value, at: loc))
        case "explain":
            try ExplanationTemplate.validate(value, at: loc)
            rule.explain = value
        case "summary": rule.summary = value
        case "rationale": rule.rationale += (rule.rationale.isEmpty ? "" : " ") + value
        case "example", "counter":
            // `\n` in an example stands for a line break (tables, headings).
            let marker: Character = "↓"
            let text = value.utf8.contains(0x5C) ? value.replacingOccurrences(of: "\\n", with: "\n") : value
            let parts = text.split(separator: marker, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else {
                throw loc.error(parts.count < 2
                    ? "an \(key) needs '↓' right before the money mention it is about"
                    : "an \(key) may contain only one '↓' marker")
            }
            rule.examples.append(RuleExample(text: parts[0] + parts[1], markerOffset: parts[0].utf8.count,
                                             triggers: key == "example", location: loc))
        default: break
        }
    }

    /// Words that may not name a lexicon because conditions use them.
    static let reservedWords: Set<String> = ["within", "before", "after", "words", "word", "has", "is", "of", "only"]

    static func isValidName(_ s: String, allowDots: Bool) -> Bool {
        guard let first = s.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || (allowDots && $0 == ".")
        }
    }

    /// Splits `a, b, c` into trimmed items with their 1-based columns.
    static func splitList(_ text: String, column: Int) -> [(String, Int)] {
        var items: [(String, Int)] = []
        var current = ""
        var start: Int?
        var col = column
        for s in text.unicodeScalars {
            if s == "," {
                if let st = start { items.append((current.trimmingSpaces, st)) }
                current = ""; start = nil
            } else {
                if start == nil, s != " ", s != "\t" { start = col }
                if start != nil { current.unicodeScalars.append(s) }
            }
            col += 1
        }
        if let st = start { items.append((current.trimmingSpaces, st)) }
        return items.filter { !$0.0.isEmpty }
    }
}

extension CueLexicon {
    mutating func append(contentsOf items: [(String, RuleSourceLocation)]) {
        for (phrase, location) in items {
            phrases.append(phrase)
            phraseLocations.append(location)
        }
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        let scalars = String(self).unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        // ASCII first: Unicode property lookups cost more than the rest of rule parsing
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0B}" || s == "\u{0C}" : s.properties.isWhitespace
        }
        while lo < hi, isSpace(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, isSpace(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        return String(Substring(scalars[lo..<hi]))
    }
}
