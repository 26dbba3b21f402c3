/// How loudly a verdict is reported (the policy table, in one place):
///
/// | finding                                             | severity |
/// | --------------------------------------------------- | -------- |
/// | conflation, asserted, not rebutted                  | error    |
/// | conflation, attributed or hypothetical, not rebutted| warning  |
/// | conflation, negated or rebutted by the document     | note     |
/// | cost or price that fails, asserted, not rebutted    | error    |
/// | anything else (holds, unverifiable, other stances)  | note     |
public enum SeverityPolicy {
    public static func severity(verdict: Verdict, costClass: CostClass?, stance: Stance, rebutted: Bool) -> Severity {
        if rebutted || stance == .negated { return .note }
        if costClass == .conflation {
            return stance == .asserted ? .error : .warning
        }
        if verdict == .fails, stance == .asserted { return .error }
        return .note
    }
}
