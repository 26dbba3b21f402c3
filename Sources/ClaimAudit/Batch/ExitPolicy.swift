/// `--fail-on`: the lowest finding level that fails a run.
public enum FailLevel: String, Sendable, CaseIterable {
    case error, warning, note
    /// Findings never fail the run (input errors still do).
    case none

    /// The lowest severity that fails, or `nil` for `none`.
    public var threshold: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .note: .note
        case .none: nil
        }
    }
}

/// How a run ends; the raw value is the process exit status, never a count.
public enum RunStatus: Int32, Sendable, CaseIterable {
    /// No finding at or above `--fail-on`, and every input was read.
    case clean = 0
    /// A finding at or above `--fail-on`.
    case findings = 1
    /// A usage, configuration or input error (such as a missing file),
    /// even when the other inputs were checked and reported.
    case inputError = 2
}

/// The severity policy, applied once per run after everything is audited.
public enum ExitPolicy {
    /// The status of a run: input errors (error diagnostics on any
    /// document) win over findings; a finding counts when its level
    /// (`FindingPolicy.level(of:)`) is at or above `failOn`.
    public static func status(of documents: [AuditedDocument], failOn: FailLevel) -> RunStatus {
        if documents.contains(where: { $0.diagnostics.contains { $0.level == .error } }) { return .inputError }
        guard let threshold = failOn.threshold else { return .clean }
        let failing = documents.contains { d in
            d.mentions.contains { m in FindingPolicy.level(of: m).map { $0 >= threshold } ?? false }
        }
        return failing ? .findings : .clean
    }
}
