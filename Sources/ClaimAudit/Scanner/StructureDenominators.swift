/// Denominators that the document's structure states for a figure rather
/// than its sentence: a table column header (`| Item | Per ride |`, `Monthly
/// cost`, `$/user/mo`), and a lead-in that ends with a colon before a list
/// (`Per seat, per month:` then `- Hosting: $6`). A row label in the first
/// column counts only when its column header states nothing and the label
/// states a rate in so many words (`| Clinician time per visit | $12.40 |`,
/// `| Annual payroll | $28M |`); mostly it names the item, not its unit.
struct StructureDenominators {
    /// Denominators of the label blocks already read, by block index.
    private var cache: [Int: [Denominator]] = [:]

    /// Fills in `per` for the mentions `out[first...]` of a sentence in block
    /// `blockIndex` that state none themselves.
    mutating func apply(_ out: inout [MoneyMention], from first: Int, blockIndex: Int?, blocks: [Block],
                        parser: inout SentenceParser) {
        guard let b = blockIndex, b < blocks.count, first < out.count else { return }
        guard out[first...].contains(where: { $0.per.isEmpty }) else { return }
        let block = blocks[b]
        var stated: [Denominator] = []
        if block.kind == .tableCell, let cell = block.cell, cell.row > 0 {
            if let h = Self.find(blocks, before: b, table: cell.table, row: 0, column: cell.column) {
                stated = label(h, blocks, &parser, leadIn: false)
            }
            if stated.isEmpty, cell.column > 0, let r = Self.find(blocks, before: b, table: cell.table, row: cell.row, column: 0) {
                stated = label(r, blocks, &parser, leadIn: false)
            }
        } else if block.kind == .listItem {
            // the block before the run of list items this one belongs to
            var k = b - 1
            while k >= 0, b - k <= 200, blocks[k].kind == .listItem { k -= 1 }
            if k >= 0, b - k <= 200, blocks[k].kind != .tableCell { stated = label(k, blocks, &parser, leadIn: true) }
        }
        guard !stated.isEmpty else { return }
        for n in first..<out.count where out[n].per.isEmpty { out[n].per = stated }
    }

    /// The nearest block before `b` at `table`, `row`, `column`.
    static func find(_ blocks: [Block], before b: Int, table: Int, row: Int, column: Int) -> Int? {
        var k = b - 1
        while k >= 0, b - k <= 400, blocks[k].kind == .tableCell {
            if let c = blocks[k].cell, c.table == table, c.row == row, c.column == column { return k }
            if let c = blocks[k].cell, c.table != table { return nil }
            k -= 1
        }
        return nil
    }

    private mutating func label(_ k: Int, _ blocks: [Block], _ parser: inout SentenceParser, leadIn: Bool) -> [Denominator] {
        if let d = cache[k] { return d }
        var r = blocks[k].range
        // a lead-in is read in its last 200 bytes only
        if leadIn, r.count > 200 { r = (r.upperBound - 200)..<r.upperBound }
        parser.load(r)
        var heading = false
        if case .heading = blocks[k].kind { heading = true }
        let d = leadIn ? parser.leadInDenominators(heading: heading) : parser.headerDenominators()
        cache[k] = d
        return d
    }
}

extension SentenceParser {
    /// Denominators a table header or row label states: `Per ride`, `Cost
    /// per user`, `Monthly cost`, `Annual`, `$/mo`, `USD per GPU-hour`. None
    /// when the cell holds an amount itself (a data cell, not a label).
    func headerDenominators() -> [Denominator] {
        guard count > 0, count <= 16 else { return [] }
        for k in 0..<count where tokens[k].kind == .symbol && isNumberAt(k + 1) { return [] }
        var out: [Denominator] = []
        var k = 0
        while k < count {
            if isWord(k, "per") || isPunct(k, 0x2F) && k > 0 && (tokens[k - 1].kind == .symbol || code(k - 1) != nil) {
                let (list, e) = parseDenominators(from: k)
                if !list.isEmpty {
                    for d in list where !out.contains(where: { $0.unit == d.unit }) { out.append(d) }
                    k = e
                    continue
                }
            }
            if let e = entry(k), let u = e.adverbUnit ?? e.periodAdjective, !out.contains(where: { $0.unit == u }) {
                out.append(Denominator(unit: u))
            }
            k += 1
        }
        return out
    }

    /// Denominators that end a lead-in before a list: `Per seat, per month:`,
    /// `Monthly:`, a subject that costs (`What one rider costs us per trip:`);
    /// a heading needs no colon (`## What a seat costs us each month`).
    func leadInDenominators(heading: Bool = false) -> [Denominator] {
        let colon = count - 1
        guard colon > 0, isPunct(colon, 0x3A) else {
            // a heading is read only for a subject that costs ("## Per stream" labels a topic)
            return heading && count > 0 ? subjectLeadIn(end: count) : []
        }
        let subject = subjectLeadIn(end: colon)
        if !subject.isEmpty { return subject }
        var k = max(0, colon - 12)
        while k < colon {
            if isWord(k, "per") || entry(k)?.adverbUnit != nil || isWord(k, "a") || isWord(k, "an") || isWord(k, "each") {
                let (list, e) = denominatorChain(from: k)
                if e == colon, !list.isEmpty { return list }
                // "List prices (per million tokens, input / output):": the rate opens a parenthesis that
                // closes the lead-in, the rest of it words, commas and slashes
                if !list.isEmpty, e < colon, isPunct(colon - 1, 0x29), isPunct(k - 1, 0x28),
                   (e..<(colon - 1)).allSatisfy({ tokens[$0].kind == .word || isPunct($0, 0x2C) || isPunct($0, 0x2F) }) {
                    return list
                }
                if isWord(k, "per") || entry(k)?.adverbUnit != nil { return [] }
            }
            k += 1
        }
        return []
    }

    /// A lead-in whose subject is one unit and whose verb is a verb of cost,
    /// then at most an object pronoun and denominators: `What one tonne of
    /// ore costs us:`, `What a seat costs us each month` → the unit, then
    /// the denominators.
    func subjectLeadIn(end: Int) -> [Denominator] {
        var k = max(0, end - 14)
        while k < end {
            if isWord(k, "one") || isWord(k, "a") || isWord(k, "an") || isWord(k, "each") || isWord(k, "every") {
                if let u = subjectUnit(at: k + 1) ?? plainSubjectNoun(at: k + 1), u.first.count == nil {
                    // "one tonne of lithium concentrate costs"
                    var v = u.next
                    if isWord(v, "of") { while v < end, v - u.next <= 4, tokens[v].kind == .word, !isLeadInCostVerb(v) { v += 1 } }
                    guard isLeadInCostVerb(v) else { return [] }
                    v += 1
                    if isWord(v, "us") || isWord(v, "them") || isWord(v, "you") || isWord(v, "me") { v += 1 }
                    var list: [Denominator] = []
                    u.append(to: &list)
                    if v == end { return list }
                    let (more, e) = denominatorChain(from: v)
                    guard e == end, !more.isEmpty else { return [] }
                    for d in more where !list.contains(where: { $0.unit == d.unit }) { list.append(d) }
                    return list
                }
            }
            k += 1
        }
        return []
    }

    /// `costs`, `cost`, `runs` at `k`.
    func isLeadInCostVerb(_ k: Int) -> Bool {
        isWord(k, "costs") || isWord(k, "cost") || isWord(k, "runs")
    }

    /// Denominators chained with commas or `and` between them (`per seat,
    /// per month`).
    func denominatorChain(from j: Int) -> ([Denominator], Int) {
        var (list, end) = parseDenominators(from: j)
        var rounds = 0
        while !list.isEmpty, rounds < 3, isPunct(end, 0x2C) || isWord(end, "and") {
            let (more, e2) = parseDenominators(from: end + 1)
            guard !more.isEmpty else { break }
            list += more; end = e2; rounds += 1
        }
        return (list, end)
    }

    @inline(__always) func isNumberAt(_ k: Int) -> Bool { k < count && tokens[k].kind == .number }
}
