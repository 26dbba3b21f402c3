/// Turns checks into a verdict (contract §3): a conflation fails; otherwise a
/// figure fails when arithmetic contradicts it or it is an order of magnitude
/// from every applicable reference, holds when something agrees, and is
/// unverifiable when nothing checks it.
enum VerdictRule {
    static func verdict(costClass: CostClass?, checks: [Check]) -> Verdict {
        if costClass == .conflation { return .fails }
        let reference = checks.filter { $0.name == ReferenceMagnitudeCheck.name && $0.agrees != nil }
        let other = checks.filter { $0.name != ReferenceMagnitudeCheck.name }
        if other.contains(where: { $0.agrees == false }) { return .fails }
        if !reference.isEmpty, reference.allSatisfy({ $0.agrees == false }) { return .fails }
        if checks.contains(where: { $0.agrees == true }) { return .holds }
        return .unverifiable
    }
}
