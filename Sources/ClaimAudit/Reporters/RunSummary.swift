/// Counts over a run, printed as one line at the end:
/// `3 files, 41 mentions, 12 cost claims, 5 prices: 2 errors, 1 warning, 14 notes`
/// (a figure repeated in one document is one cost claim, however many times
/// it is mentioned; the levels count the reported mentions, one finding each).
public struct RunSummary: Sendable, Hashable, CustomStringConvertible {
    public var files = 0
    public var mentions = 0
    /// Cost claims: a claim's cost mentions count once (contract: the same
    /// figure repeated in a document is one claim).
    public var costClaims = 0
    /// Mentions of kind `price`.
    public var prices = 0
    /// Whether any mention was classified (else the run was mentions only).
    public var classified = false
    public var errors = 0
    public var warnings = 0
    public var notes = 0
    /// Findings silenced by inline directives.
    public var suppressed = 0
    /// Files that could not be read (error diagnostics).
    public var inputErrors = 0
    /// Warning diagnostics about inputs.
    public var inputWarnings = 0

    public init() {}

    public init(_ documents: [AuditedDocument]) {
        for d in documents { add(d) }
    }

    /// Adds one document's counts.
    public mutating func add(_ document: AuditedDocument) {
        files += 1
        mentions += document.mentions.count
        var countedClaims = Set<Int>()
        for m in document.mentions {
            if let c = m.classification {
                classified = true
                if c.kind == .cost, m.claimID.map({ countedClaims.insert($0).inserted }) ?? true { costClaims += 1 }
                if c.kind == .price { prices += 1 }
            }
            switch FindingPolicy.level(of: m) {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            case nil: if m.suppression != nil { suppressed += 1 }
            }
        }
        for d in document.diagnostics {
            if d.level == .error { inputErrors += 1 } else { inputWarnings += 1 }
        }
    }

    public var description: String {
        func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var s = n(files, "file") + ", " + n(mentions, "mention")
        if classified {
            s += ", " + n(costClaims, "cost claim") + ", " + n(prices, "price") + ": " + [n(errors, "error"), n(warnings, "warning"), n(notes, "note")].joined(separator: ", ")
            if suppressed > 0 { s += ", \(suppressed) suppressed" }
        }
        var input: [String] = []
        if inputErrors > 0 { input.append(n(inputErrors, "input error")) }
        if inputWarnings > 0 { input.append(n(inputWarnings, "input warning")) }
        if !input.isEmpty { s += " (" + input.joined(separator: ", ") + ")" }
        return s
    }
}
