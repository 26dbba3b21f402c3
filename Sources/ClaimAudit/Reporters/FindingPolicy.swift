/// The one place that decides how loudly a mention is reported.
///
/// Every reporter, the run summary and the exit policy ask this type, so a
/// mention shown as a `warning` in the text output is the same `warning`
/// that `--fail-on warning` counts.
public enum FindingPolicy {
    /// The level a mention is reported at, or `nil` when the human, SARIF
    /// and annotation outputs leave it out (`other` mentions, which appear
    /// only in JSON).
    ///
    /// An assessed mention takes the checker's severity. A mention the
    /// checker has not assessed (mentions-only runs, or a classification
    /// without an assessment) is a `note`.
    public static func level(of mention: AuditedMention) -> Severity? {
        guard mention.isReportable, mention.suppression == nil else { return nil }
        return unsuppressedLevel(of: mention)
    }

    /// The level the mention would have without its suppression comment
    /// (SARIF reports suppressed results as such).
    public static func unsuppressedLevel(of mention: AuditedMention) -> Severity? {
        guard mention.isReportable else { return nil }
        return mention.assessment?.severity ?? .note
    }

    /// The reportable mentions silenced by an inline directive, with the
    /// level they would have had.
    public static func suppressedFindings(in document: AuditedDocument) -> [(index: Int, mention: AuditedMention, level: Severity)] {
        document.mentions.enumerated().compactMap { i, m in
            guard m.suppression != nil else { return nil }
            return unsuppressedLevel(of: m).map { (i, m, $0) }
        }
    }

    /// The reportable mentions of a document with their levels, in document order.
    public static func findings(in document: AuditedDocument) -> [(index: Int, mention: AuditedMention, level: Severity)] {
        document.mentions.enumerated().compactMap { i, m in
            level(of: m).map { (i, m, $0) }
        }
    }
}
