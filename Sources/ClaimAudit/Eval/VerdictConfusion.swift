/// Verdicts side by side: rows are the labelled verdict, columns what the
/// analyzer said (`none` when it gave no verdict, as for a mention it read
/// as `other`). It tells missing checks (labelled `holds`, said
/// `unverifiable`) from checks that reached a wrong answer.
public struct VerdictConfusion: Sendable, Hashable {
    /// The columns: every verdict, then `none`.
    public static let columns: [String] = Verdict.allCases.map(\.rawValue) + ["none"]

    private var cells: [Verdict: [String: Int]] = [:]

    public init() {}

    /// Counts one matched mention whose label gives a verdict.
    public mutating func add(expected: Verdict, predicted: Verdict?) {
        cells[expected, default: [:]][predicted?.rawValue ?? "none", default: 0] += 1
    }

    /// The count in row `expected`, column `predicted` (a name from `columns`).
    public subscript(expected: Verdict, predicted: String) -> Int {
        cells[expected]?[predicted] ?? 0
    }

    /// Whether any verdict was counted.
    public var isEmpty: Bool { cells.isEmpty }
}
