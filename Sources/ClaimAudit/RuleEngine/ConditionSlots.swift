/// Numbers the distinct conditions of a rule list, so that a condition
/// several rules share (`sentence has claim-context` is in most conflation
/// rules) is tested once per mention and its result reused.
///
/// Two conditions share a slot when they are written alike: a condition's
/// meaning depends only on its text, since lexicon names and quoted phrases
/// resolve the same way in every rule of a rule set.
struct ConditionSlots {
    /// Slot of each `when:` condition, per rule (same order as the rule list).
    let conditions: [[Int]]
    /// Slot of each `unless:` condition, per rule.
    let exceptions: [[Int]]
    /// Number of distinct conditions.
    let count: Int

    init(_ rules: [Rule]) {
        var slots: [String: Int] = [:]
        func slot(_ c: Condition) -> Int {
            if let s = slots[c.text] { return s }
            slots[c.text] = slots.count
            return slots.count - 1
        }
        conditions = rules.map { $0.conditions.map(slot) }
        exceptions = rules.map { $0.exceptions.map(slot) }
        count = slots.count
    }
}

/// Results of the conditions tested for one mention, by slot.
struct ConditionMemo {
    private var stamps: [Int]
    private var values: [[Evidence]?]
    private var stamp = 1

    init(slots: Int) {
        stamps = Array(repeating: 0, count: slots)
        values = Array(repeating: nil, count: slots)
    }

    /// Forgets every result (a new mention, or a new pass).
    mutating func reset() { stamp += 1 }

    /// The result of slot `slot`, computing it with `test` the first time.
    mutating func result(_ slot: Int, _ test: () -> [Evidence]?) -> [Evidence]? {
        if stamps[slot] == stamp { return values[slot] }
        let value = test()
        stamps[slot] = stamp
        values[slot] = value
        return value
    }
}
