import Foundation

/// Cheap negative answers for Foundation substring searches.
///
/// `String.contains(_:)` and `String.range(of:)` from Foundation compare
/// canonically equivalent text, and on Linux every call bridges the string.
/// When the needle is ASCII and its bytes do not occur in the text, Foundation
/// cannot find it either — unless the text holds one of the three scalars that
/// canonically decompose to ASCII (U+037E `;`, U+1FEF `` ` ``, U+212A `K`).
/// Every positive answer still comes from Foundation, so results never change.
enum FastText {
    /// Whether `text` contains `needle`, answered like Foundation's `contains`.
    static func contains(_ text: String, _ needle: String) -> Bool {
        if definitelyAbsent(needle, in: text) { return false }
        return text.contains(needle)
    }

    /// True when Foundation's search for `needle` in `text` is certain to fail.
    static func definitelyAbsent(_ needle: String, in text: String) -> Bool {
        var needle = needle
        var text = text
        return needle.withUTF8 { n in
            guard !n.isEmpty, n.allSatisfy({ $0 < 0x80 }) else { return false }
            return text.withUTF8 { t in !occurs(n, in: t) && !hasAsciiEquivalents(t) }
        }
    }

    /// Byte-level substring search.
    static func occurs(_ n: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard n.count <= t.count else { return false }
        let first = n[0]
        let last = t.count - n.count
        var i = 0
        while i <= last {
            if t[i] == first {
                var k = 1
                while k < n.count, t[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether the text holds a scalar that canonically decomposes to ASCII.
    static func hasAsciiEquivalents(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < t.count {
            let b = t[i]
            if b >= 0x80 {
                // U+037E = CD BE, U+1FEF = E1 BF AF, U+212A = E2 84 AA
                if b == 0xCD, i + 1 < t.count, t[i + 1] == 0xBE { return true }
                if b == 0xE1, i + 2 < t.count, t[i + 1] == 0xBF, t[i + 2] == 0xAF { return true }
                if b == 0xE2, i + 2 < t.count, t[i + 1] == 0x84, t[i + 2] == 0xAA { return true }
            }
            i += 1
        }
        return false
    }
}
