/// The one-to-one pairing of labelled and predicted mentions of a document.
public struct MentionMatch: Sendable, Hashable {
    /// `(label, prediction)` index pairs, in label document order.
    public var pairs: [Pair]
    /// Indices of labels no prediction matched.
    public var missed: [Int]
    /// Indices of predictions that matched no label.
    public var spurious: [Int]

    public struct Pair: Sendable, Hashable {
        public var label: Int
        public var prediction: Int
        public init(label: Int, prediction: Int) {
            self.label = label
            self.prediction = prediction
        }
    }

    public init(pairs: [Pair], missed: [Int], spurious: [Int]) {
        self.pairs = pairs
        self.missed = missed
        self.spurious = spurious
    }
}

/// Matches predictions to labels one to one (contract §5.1): a prediction
/// matches a label when their raw byte spans overlap; greedy in document
/// order.
///
/// A label quotes the amount alone (`$5K`), while a prediction's `span`
/// covers the whole mention (`$5K per user`). So matching runs in two
/// greedy passes: first on the prediction's `amountSpan`, then, for what is
/// left, on its whole `span`. Every pair found overlaps on the whole span as
/// the contract says; preferring the amount only decides which of two
/// candidates wins when a long mention reaches into a neighbouring label
/// ("$5 per user and $10" read as one mention).
public enum MentionMatcher {
    /// - Parameters:
    ///   - labels: label spans, in any order.
    ///   - predictions: `(amountSpan, span)` of each predicted mention.
    public static func match(labels: [Range<Int>], predictions: [(amount: Range<Int>, whole: Range<Int>)]) -> MentionMatch {
        let labelOrder = labels.indices.sorted { (labels[$0].lowerBound, labels[$0].upperBound, $0) < (labels[$1].lowerBound, labels[$1].upperBound, $1) }
        let predictionOrder = predictions.indices.sorted {
            (predictions[$0].whole.lowerBound, predictions[$0].amount.lowerBound, $0) < (predictions[$1].whole.lowerBound, predictions[$1].amount.lowerBound, $1)
        }
        var labelTaken = Array(repeating: false, count: labels.count)
        var predictionTaken = Array(repeating: false, count: predictions.count)
        var pairs: [MentionMatch.Pair] = []
        for useWhole in [false, true] {
            for l in labelOrder where !labelTaken[l] {
                let target = labels[l]
                for p in predictionOrder where !predictionTaken[p] {
                    let span = useWhole ? predictions[p].whole : predictions[p].amount
                    if overlaps(span, target) {
                        labelTaken[l] = true
                        predictionTaken[p] = true
                        pairs.append(.init(label: l, prediction: p))
                        break
                    }
                }
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: labelOrder.enumerated().map { ($1, $0) })
        pairs.sort { rank[$0.label]! < rank[$1.label]! }
        return MentionMatch(pairs: pairs,
                            missed: labelOrder.filter { !labelTaken[$0] },
                            spurious: predictionOrder.filter { !predictionTaken[$0] })
    }

    /// Matches resolved labels with audited mentions.
    public static func match(_ labels: [ResolvedLabel], _ predictions: [AuditedMention]) -> MentionMatch {
        match(labels: labels.map { $0.span.start..<$0.span.end },
              predictions: predictions.map { ($0.amountSpan.start..<$0.amountSpan.end, $0.span.start..<$0.span.end) })
    }

    /// Half-open ranges share at least one byte (an empty range shares none).
    static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        !a.isEmpty && !b.isEmpty && a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }
}
