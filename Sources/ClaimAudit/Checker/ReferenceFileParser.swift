/// Reads the reference file format (`Rules/reference/*.ref`, documented in
/// `Rules/reference/README.md`):
///
/// ```
/// # comment
/// [gpt-4o-api]
/// what:     GPT-4o API list price, input to output tokens
/// topics:   gpt-4o, gpt 4o, openai api & 4o
/// value:    2.50-10
/// currency: USD
/// per:      1000000 token
/// kind:     price
/// from:     2024-08
/// to:
/// source:   https://…
/// note:     optional
/// context:  optional document patterns (chatgpt, claude, llm)
/// broad:    optional `yes`: a span of other entries (confirms, never refutes)
/// ```
///
/// Errors name `file:line:col`.
struct ReferenceFileParser {
    let path: String

    static let required = ["what", "topics", "value", "currency", "kind", "from", "source"]
    static let known = Set(required + ["per", "to", "note", "context", "broad"])

    private struct Field {
        var value: String
        var line: Int
        var column: Int
    }

    func parse(_ text: String) throws(Diagnostic) -> [ReferenceEntry] {
        var entries: [ReferenceEntry] = []
        var current: (id: String, line: Int, fields: [String: Field])?
        var lineNo = 0
        for line in TextLines.split(text) {
            lineNo += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let indent = line.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]") else {
                    throw error(lineNo, indent + 1, "entry header must be `[id]`")
                }
                let id = String(trimmed.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                guard !id.isEmpty, id.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "." || $0 == "_" }) else {
                    throw error(lineNo, indent + 2, "entry id must be letters, digits, `-`, `.` or `_`, got `\(id)`")
                }
                if let open = current { entries.append(try build(open.id, open.line, open.fields)) }
                if entries.contains(where: { $0.id == id }) {
                    throw error(lineNo, indent + 2, "duplicate entry id `\(id)`")
                }
                current = (id, lineNo, [:])
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw error(lineNo, indent + 1, "expected `key: value` or `[id]`")
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard current != nil else {
                throw error(lineNo, indent + 1, "`\(key)` before any `[id]` header")
            }
            guard Self.known.contains(key) else {
                throw error(lineNo, indent + 1, "unknown key `\(key)` (known: \(Self.known.sorted().joined(separator: ", ")))")
            }
            guard current!.fields[key] == nil else {
                throw error(lineNo, indent + 1, "`\(key)` given twice in entry `\(current!.id)`")
            }
            let afterColon = line[line.index(after: line.firstIndex(of: ":")!)...]
            let lead = afterColon.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
            let valueColumn = line[..<line.firstIndex(of: ":")!].unicodeScalars.count + 2 + lead
            current!.fields[key] = Field(value: afterColon.trimmingCharacters(in: .whitespaces), line: lineNo, column: valueColumn)
        }
        if let open = current { entries.append(try build(open.id, open.line, open.fields)) }
        return entries
    }

    private func build(_ id: String, _ headerLine: Int, _ f: [String: Field]) throws(Diagnostic) -> ReferenceEntry {
        for key in Self.required where (f[key]?.value ?? "").isEmpty {
            if let field = f[key] { throw error(field.line, field.column, "`\(key)` of `\(id)` is empty") }
            throw error(headerLine, 1, "entry `\(id)` has no `\(key)`")
        }
        let valueField = f["value"]!
        var points: [Double] = []
        let low: Double, high: Double
        if valueField.value.contains(",") {
            // discrete figures: `17, 20, 100, 200`
            let parsed = valueField.value.split(separator: ",").map { Self.parseNumber($0.trimmingCharacters(in: .whitespaces)) }
            guard parsed.count > 1, parsed.allSatisfy({ ($0 ?? -1) >= 0 }) else {
                throw error(valueField.line, valueField.column, "value `\(valueField.value)` is not a list of numbers such as `17, 20, 100, 200`")
            }
            points = parsed.compactMap { $0 }.sorted()
            (low, high) = (points.first!, points.last!)
        } else {
            guard let (l, h) = Self.parseRange(valueField.value) else {
                throw error(valueField.line, valueField.column, "value `\(valueField.value)` is not a number, range or list such as `2.50`, `78.4M`, `2.50-10` or `17, 20, 200`")
            }
            (low, high) = (l, h)
        }
        let currency = f["currency"]!
        guard currency.value.count == 3, currency.value.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw error(currency.line, currency.column, "currency must be an ISO code such as `USD`, got `\(currency.value)`")
        }
        let kindField = f["kind"]!
        guard let kind = ReferenceEntry.Kind(rawValue: kindField.value.lowercased()) else {
            throw error(kindField.line, kindField.column, "kind must be `price` or `cost`, got `\(kindField.value)`")
        }
        let fromField = f["from"]!
        guard let from = CalendarDate(parsing: fromField.value) else {
            throw error(fromField.line, fromField.column, "from must be a date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, got `\(fromField.value)`")
        }
        var to: CalendarDate?
        if let toField = f["to"], !toField.value.isEmpty, toField.value != "-" {
            guard let date = CalendarDate(parsing: toField.value) else {
                throw error(toField.line, toField.column, "to must be a date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or empty), got `\(toField.value)`")
            }
            guard date >= from || date.lastDay >= from.firstDay else {
                throw error(toField.line, toField.column, "to (\(date)) is before from (\(from))")
            }
            to = date
        }
        var per: [Denominator] = []
        if let perField = f["per"], !perField.value.isEmpty, perField.value != "-" {
            per = perField.value.split(separator: ",").map { Denominator(parsing: $0.trimmingCharacters(in: .whitespaces)) }
            if let bad = per.first(where: { $0.unit.isEmpty || $0.unit.contains(" ") }) {
                throw error(perField.line, perField.column, "per must list denominators such as `1000000 token` or `user, month`, got `\(bad)`")
            }
        }
        let topics = f["topics"]!.value.split(separator: ",").map { TopicPattern(String($0)) }.filter { !$0.phrases.isEmpty }
        guard !topics.isEmpty else {
            throw error(f["topics"]!.line, f["topics"]!.column, "topics of `\(id)` lists no phrase")
        }
        var entry = ReferenceEntry(id: id, what: f["what"]!.value, topics: topics, low: low, high: high,
                                   currency: currency.value, per: per, kind: kind,
                                   window: DateWindow(from: from, to: to), source: f["source"]!.value,
                                   note: f["note"]?.value, origin: "\(path):\(headerLine)")
        entry.points = points
        if let b = f["broad"] {
            switch b.value.lowercased() {
            case "yes", "true": entry.broad = true
            case "no", "false", "": entry.broad = false
            default: throw error(b.line, b.column, "broad must be `yes` or `no`, got `\(b.value)`")
            }
        }
        if let context = f["context"], !context.value.isEmpty {
            entry.context = context.value.split(separator: ",").map { TopicPattern(String($0)) }.filter { !$0.phrases.isEmpty }
        }
        return entry
    }

    /// `2.50`, `78.4M`, `1.5B`, `2.50-10`, `2.50–10`, `2.50 to 10`.
    static func parseRange(_ text: String) -> (Double, Double)? {
        let t = text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: " to ", with: "-")
        let parts = t.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let low = parseNumber(parts[0]) else { return nil }
        let high = parts.count == 2 ? parseNumber(parts[1]) : low
        guard let high, high >= low, low >= 0 else { return nil }
        return (low, high)
    }

    static func parseNumber(_ text: String) -> Double? {
        var t = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: "")
        var factor = 1.0
        if let last = t.last, let f = ["K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12][String(last).uppercased()] {
            factor = f
            t.removeLast()
        }
        guard let v = Double(t), v.isFinite else { return nil }
        return v * factor
    }

    private func error(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: path, location: SourceLocation(line: line, column: column), message: message)
    }
}
