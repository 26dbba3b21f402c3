/// True positives, false positives and false negatives, with the figures
/// they give.
public struct DetectionCounts: Sendable, Hashable, Codable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// `nil` when nothing was predicted.
    public var precision: Double? {
        let n = truePositives + falsePositives
        return n == 0 ? nil : Double(truePositives) / Double(n)
    }

    /// `nil` when nothing was labelled.
    public var recall: Double? {
        let n = truePositives + falseNegatives
        return n == 0 ? nil : Double(truePositives) / Double(n)
    }

    /// 2TP / (2TP + FP + FN): the harmonic mean of precision and recall,
    /// 0 when either side is empty but the other is not, `nil` when there is
    /// nothing at all (the class is absent).
    public var f1: Double? {
        let n = 2 * truePositives + falsePositives + falseNegatives
        return n == 0 ? nil : Double(2 * truePositives) / Double(n)
    }

    public var isEmpty: Bool { truePositives + falsePositives + falseNegatives == 0 }

    public static func + (a: DetectionCounts, b: DetectionCounts) -> DetectionCounts {
        DetectionCounts(truePositives: a.truePositives + b.truePositives,
                        falsePositives: a.falsePositives + b.falsePositives,
                        falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

/// `correct` out of `total`.
public struct Tally: Sendable, Hashable, Codable {
    public var correct: Int
    public var total: Int

    public init(correct: Int = 0, total: Int = 0) {
        self.correct = correct
        self.total = total
    }

    /// `nil` when there is nothing to count.
    public var value: Double? { total == 0 ? nil : Double(correct) / Double(total) }

    public mutating func record(_ ok: Bool) {
        total += 1
        if ok { correct += 1 }
    }
}

/// One named figure of a scorecard (`mention.f1`), with the counts behind it.
public struct Figure: Sendable, Hashable {
    /// Stable name used by thresholds files, `--compare` and JSON.
    public var name: String
    /// `nil` when undefined (nothing to measure).
    public var value: Double?
    /// The counts behind it: `140/143`.
    public var detail: String

    public init(name: String, value: Double?, detail: String) {
        self.name = name
        self.value = value
        self.detail = detail
    }
}
