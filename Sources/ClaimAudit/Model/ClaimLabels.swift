/// Whose money a figure is (contract §1).
public enum MentionKind: String, Sendable, Codable, CaseIterable {
    /// Money a provider or company spends.
    case cost
    /// Money a customer pays: list price, plan, API rate.
    case price
    /// Revenue, valuation, funding, savings, losses, salaries as income, …
    case other
}

/// The class of a cost claim (contract §2).
public enum CostClass: String, Sendable, Codable, CaseIterable {
    case marginal
    case fixed
    case conflation
}

/// How the author stands behind a figure (contract §1).
public enum Stance: String, Sendable, Codable, CaseIterable {
    case asserted
    case attributed
    case hypothetical
    case negated
}

/// Whether a claim agrees with the arithmetic and the reference figures
/// (contract §3).
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case holds
    case fails
    case unverifiable
}

/// How loudly a finding is reported; `--fail-on` compares against it.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
