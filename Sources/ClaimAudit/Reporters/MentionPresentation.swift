/// The human wording of one mention, shared by the text, SARIF and GitHub
/// reporters so that they say the same thing.
struct MentionPresentation {
    let mention: AuditedMention
    /// All mentions of the document (to name the other places a claim is stated).
    let siblings: [AuditedMention]
    /// Also show informative checks (neither agreeing nor contradicting)
    /// and every check's inputs.
    var verbose = false

    /// What follows the figure on a report's first line:
    /// `— conflation (attributed), fails` (the text reporter adds the rule id),
    /// or `→ 5,000 USD per user` when the mention is not classified.
    var summary: String {
        guard let c = mention.classification else { return "→ " + Self.amountText(mention) }
        var s = "— " + c.kindLabel + " (\(c.stance.rawValue))"
        if let a = mention.assessment {
            s += ", \(a.verdict.rawValue)"
            if a.rebutted { s += ", rejected by the document itself" }
        }
        return s
    }

    /// The mention text on one line.
    var quotedText: String { Self.oneLine(mention.text) }

    /// A title of a few words: `Conflation fails`, `Price holds`, `Money mention`.
    var title: String {
        guard let c = mention.classification else { return "Money mention" }
        var t = c.kindLabel.prefix(1).uppercased() + c.kindLabel.dropFirst()
        if let a = mention.assessment { t += " \(a.verdict.rawValue)" }
        return t
    }

    /// Explanation lines: the rule's, the checker's, then the arithmetic of
    /// each check that agrees or contradicts. `verbose` adds informative
    /// checks and each check's inputs (indented by two spaces).
    var explanationLines: [String] {
        var lines: [String] = []
        func add(_ line: String) {
            let line = Self.oneLine(line)
            if !line.isEmpty, !lines.contains(line) { lines.append(line) }
        }
        if let e = mention.classification?.explanation { add(e) }
        if let a = mention.assessment {
            // A checker line that quotes the rule's explanation ("fails: … is a
            // conflation: <explanation>") replaces it rather than repeating it.
            if let e = mention.classification?.explanation.map(Self.oneLine), !e.isEmpty,
               a.explanation.contains(where: { Self.oneLine($0).contains(e) }) {
                lines.removeAll { $0 == e }
            }
            a.explanation.forEach(add)
            for check in a.checks where verbose || check.agrees != nil {
                let arithmetic = Self.oneLine(check.arithmetic)
                guard !arithmetic.isEmpty else { continue }
                // `(agrees)` / `(contradicts)` unless the arithmetic says so itself.
                let saysSo = ["agree", "contradict"].contains { arithmetic.lowercased().contains($0) }
                let verdict = saysSo ? "" : check.agrees.map { $0 ? " (agrees)" : " (contradicts)" } ?? ""
                // `break-even: …` when the arithmetic does not already say so.
                let labelled = arithmetic.lowercased().hasPrefix(check.name.lowercased() + ":")
                    ? arithmetic : "\(check.name): \(arithmetic)"
                let inputs = verbose ? check.inputs.map { "  \($0.name) = \(Self.number($0.value)) \($0.unit) (\($0.source))" } : []
                // Arithmetic the explanation already shows gets its verdict
                // (and inputs) there rather than a second copy.
                if let i = lines.firstIndex(of: arithmetic) {
                    lines[i] = labelled + verdict
                    lines.insert(contentsOf: inputs, at: i + 1)
                } else if !lines.contains(where: { $0.contains(arithmetic) }) {
                    lines.append(labelled + verdict)
                    lines.append(contentsOf: inputs)
                }
            }
        }
        return lines
    }

    /// `evidence: "divided by" (3:40), "per user" (3:22)`, or `nil` when there is none.
    var evidenceLine: String? {
        guard let evidence = mention.classification?.evidence, !evidence.isEmpty else { return nil }
        var items: [String] = []
        for (i, e) in evidence.enumerated() {
            let cue = Self.oneLine(e.cue)
            let quoted = cue.contains("\"") ? "'\(cue)'" : "\"\(cue)\""
            let at = i < mention.evidenceLocations.count ? " (\(mention.evidenceLocations[i]))" : ""
            // The same cue at the same place can be pooled in twice from a claim's mentions.
            if !items.contains(quoted + at) { items.append(quoted + at) }
        }
        return "evidence: " + items.joined(separator: ", ")
    }

    /// `same figure also at line 12, 40`, or `nil` when the claim has one mention.
    var alsoAtLine: String? {
        guard let id = mention.claimID else { return nil }
        let lines = siblings.filter { $0.claimID == id && $0.span != mention.span }.map(\.span.location.line)
        guard !lines.isEmpty else { return nil }
        let unique = Array(Set(lines)).sorted()
        return "same figure also at line " + unique.map(String.init).joined(separator: ", ")
    }

    /// Everything below the headline, in order.
    var detailLines: [String] {
        explanationLines + [evidenceLine, alsoAtLine].compactMap { $0 }
    }

    // MARK: - Formatting helpers

    /// `5,000 USD per user per month`, `3–15 USD per hour`, `≈ 1,000 USD`.
    static func amountText(_ m: AuditedMention) -> String {
        var s = m.approx ? "≈ " : ""
        if let q = m.qualifier { s += q + " " }
        s += number(m.amount.low)
        if m.amount.isRange { s += "–" + number(m.amount.high) }
        s += " " + m.amount.currency
        for d in m.per { s += " per " + d.description }
        return s
    }

    /// A number with thousands separators: `5,000`, `1,200,000`, `0.03`.
    static func number(_ value: Double) -> String {
        let plain = JSONNumber.format(value)
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1)
        var intPart = String(parts.first ?? "")
        guard intPart.count > 3 else { return plain }
        var grouped = ""
        while intPart.count > 3 {
            grouped = "," + intPart.suffix(3) + grouped
            intPart.removeLast(3)
        }
        grouped = intPart + grouped
        return (negative ? "-" : "") + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// Collapses runs of whitespace (including newlines) into one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension Classification {
    /// `conflation`, `marginal`, `fixed`, `price`, `other`, or `cost` when a
    /// cost has no class.
    var kindLabel: String {
        if kind == .cost, let costClass { return costClass.rawValue }
        return kind.rawValue
    }
}

/// Where each claim of a document was first explained, so that reports
/// explain a repeated claim once and point back to it.
struct ExplainedClaims {
    private var lineOf: [Int: Int] = [:]

    /// The line where `m`'s claim was already explained, or `nil` when this
    /// is its first reported mention (which is then recorded).
    mutating func earlierLine(for m: AuditedMention) -> Int? {
        guard let claim = m.claimID else { return nil }
        if let line = lineOf[claim] { return line }
        lineOf[claim] = m.span.location.line
        return nil
    }
}
