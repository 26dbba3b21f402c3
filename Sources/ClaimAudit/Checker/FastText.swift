/// Substring tests on UTF-8 bytes for the checker's cue lists.
///
/// Every text the checker searches is lowercased prose and every needle a
/// lowercase phrase, so a byte-for-byte search is the right question and
/// needs no bridging to Foundation (whose search also equates canonically
/// equivalent text, such as a decomposed `é` or the Kelvin sign `K`, which
/// cue lists never rely on).
enum FastText {
    /// Whether `needle` occurs in `text`, byte for byte (never for an empty needle).
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return needle.withUTF8 { n in
            guard !n.isEmpty else { return false }
            return text.withUTF8 { t in occurs(n, in: t) }
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
}
