import Foundation

/// Answers about one sentence that do not depend on the mention asking,
/// computed once per sentence instead of once per mention (a sentence of
/// thousands of figures would otherwise be searched thousands of times).
/// Shared by the copies of a `DocumentFacts`; every answer is the one the
/// uncached computation gives.
final class SentenceMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var cues: [Int: [String: Bool]] = [:]
    private var values: [String: [Int: Any]] = [:]

    /// Whether lowercased sentence `i` contains `cue` (`FastText.contains`), computed once per (sentence, cue).
    func contains(_ i: Int, _ cue: String, compute: () -> Bool) -> Bool {
        lock.lock()
        if let known = cues[i]?[cue] { lock.unlock(); return known }
        lock.unlock()
        let found = compute()
        lock.lock()
        cues[i, default: [:]][cue] = found
        lock.unlock()
        return found
    }

    /// A value named `key` for sentence `i`, computed once. `T` may be an
    /// optional: a stored `nil` is an answer too (the entry is looked up
    /// first, so a missing one is never mistaken for a stored `nil`).
    func value<T>(_ key: String, _ i: Int, compute: () -> T) -> T {
        lock.lock()
        if let stored = values[key]?[i], let known = stored as? T { lock.unlock(); return known }
        lock.unlock()
        let found = compute()
        lock.lock()
        values[key, default: [:]].updateValue(found as Any, forKey: i)
        lock.unlock()
        return found
    }
}
