/// A row of the class confusion matrix: what the label says.
public enum ExpectedCategory: String, Sendable, CaseIterable, Codable {
    case marginal, fixed, conflation, price, other
    /// A prediction with no label.
    case spurious

    init(_ label: MentionLabel) {
        switch label.kind {
        case .price: self = .price
        case .other: self = .other
        case .cost:
            switch label.costClass ?? .marginal {
            case .marginal: self = .marginal
            case .fixed: self = .fixed
            case .conflation: self = .conflation
            }
        }
    }

    var costClass: CostClass? { CostClass(rawValue: rawValue) }
}

/// A column of the class confusion matrix: what the analyzer said.
public enum PredictedCategory: String, Sendable, CaseIterable, Codable {
    case marginal, fixed, conflation
    /// `kind: cost` with no class (a rule-engine gap).
    case costWithoutClass = "cost"
    case price, other
    /// The rule engine gave no classification.
    case unclassified
    /// No prediction matched the label.
    case missed

    var costClass: CostClass? { CostClass(rawValue: rawValue) }
}

/// Counts of (expected, predicted) category pairs over every labelled and
/// every predicted mention: rows expected, columns predicted (contract §5.4).
public struct ConfusionMatrix: Sendable, Hashable {
    private var counts: [ExpectedCategory: [PredictedCategory: Int]] = [:]

    public init() {}

    public subscript(expected: ExpectedCategory, predicted: PredictedCategory) -> Int {
        get { counts[expected]?[predicted] ?? 0 }
        set { counts[expected, default: [:]][predicted] = newValue }
    }

    public mutating func add(_ expected: ExpectedCategory, _ predicted: PredictedCategory) {
        self[expected, predicted] += 1
    }

    public func rowTotal(_ expected: ExpectedCategory) -> Int {
        PredictedCategory.allCases.reduce(0) { $0 + self[expected, $1] }
    }

    public func columnTotal(_ predicted: PredictedCategory) -> Int {
        ExpectedCategory.allCases.reduce(0) { $0 + self[$1, predicted] }
    }

    /// The columns worth printing: the contract's ones, plus `cost` and
    /// `unclassified` when anything fell there.
    public var shownColumns: [PredictedCategory] {
        PredictedCategory.allCases.filter { c in
            (c != .costWithoutClass && c != .unclassified) || columnTotal(c) > 0
        }
    }

    /// Precision/recall counts of one cost class: a hit is the diagonal; a
    /// false positive is that class predicted on any other row (another
    /// class, price, other, or no label); a false negative is a label of
    /// that class predicted as anything else or missed.
    public func counts(of costClass: CostClass) -> DetectionCounts {
        let row = ExpectedCategory(rawValue: costClass.rawValue)!
        let column = PredictedCategory(rawValue: costClass.rawValue)!
        let hits = self[row, column]
        return DetectionCounts(truePositives: hits, falsePositives: columnTotal(column) - hits,
                               falseNegatives: rowTotal(row) - hits)
    }
}
