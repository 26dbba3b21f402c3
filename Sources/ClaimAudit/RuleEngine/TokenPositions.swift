/// Sorted token indices of one kind of landmark (clause breaks, colons,
/// quotation marks), so "the nearest one before / after a token" and "how
/// many between two tokens" are binary searches instead of walks over the
/// sentence.
struct TokenPositions {
    /// Token indices, ascending.
    private(set) var list: [Int] = []

    init() {}

    /// Adds a token index; indices must be appended in ascending order.
    mutating func append(_ i: Int) {
        precondition(list.last.map { $0 < i } ?? true, "TokenPositions must be built in ascending order")
        list.append(i)
    }

    /// Position in `list` of the first index `>= i`.
    func firstSlot(atOrAfter i: Int) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The first index in `range`, if any.
    func first(in range: Range<Int>) -> Int? {
        let k = firstSlot(atOrAfter: range.lowerBound)
        return k < list.count && list[k] < range.upperBound ? list[k] : nil
    }

    /// The last index in `range`, if any.
    func last(in range: Range<Int>) -> Int? {
        let k = firstSlot(atOrAfter: range.upperBound)
        return k > 0 && list[k - 1] >= range.lowerBound ? list[k - 1] : nil
    }

    /// How many indices lie in `range`.
    func count(in range: Range<Int>) -> Int {
        guard !range.isEmpty else { return 0 }
        return firstSlot(atOrAfter: range.upperBound) - firstSlot(atOrAfter: range.lowerBound)
    }

    func contains(_ i: Int) -> Bool { first(in: i..<(i + 1)) != nil }
}
