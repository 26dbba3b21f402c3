/// Splits prose into sentences in one pass over the bytes.
///
/// Every block boundary ends a sentence; inside a block a sentence ends at
/// `.`, `?`, `!` or an ellipsis followed by whitespace (after any closing
/// quotes or brackets), unless the period belongs to a decimal (`$0.10`), an
/// abbreviation (`e.g.`, `U.S.`, `Inc.`, `Dr.`, `vs.`, `No. 5`) or the next
/// word starts in lowercase. A blank line also ends a sentence. Sentences
/// longer than 16 KB are cut at the next space (64 KB at the latest) so that
/// later stages work on bounded windows.
enum SentenceSplitter {
    static let softLimit = 16_384
    static let hardLimit = 65_536

    static func split(_ bytes: UnsafeBufferPointer<UInt8>, blocks: [Block]) -> [Sentence] {
        var out: [Sentence] = []
        out.reserveCapacity(bytes.count / 128 + 16)
        if blocks.isEmpty {
            splitRegion(bytes, 0..<bytes.count, blockIndex: nil, into: &out)
        } else {
            for (i, block) in blocks.enumerated() {
                let r = block.range.clamped(to: 0..<bytes.count)
                splitRegion(bytes, r, blockIndex: i, into: &out)
            }
        }
        return out
    }

    /// Abbreviations that never end a sentence.
    static let neverFinal: Set<String> = [
        "dr", "rs", "mr", "mrs", "ms", "prof", "st", "vs", "approx", "cf", "fig", "figs", "ca", "incl", "est", "al", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "gen", "sen", "rep", "gov",
        "capt", "lt", "col", "sgt", "vol", "ch", "ref", "resp", "avg", "eq", "viz", "ed", "eds", "dept", "univ",
        "e.g", "i.e",
    ]
    /// Abbreviations that end a sentence only before a capitalised word.
    static let maybeFinal: Set<String> = ["etc", "inc", "corp", "ltd", "co", "jr", "sr", "bros", "llc", "plc", "no", "p", "pp"]

    static func splitRegion(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, blockIndex: Int?, into out: inout [Sentence]) {
        let end = range.upperBound
        var p = range.lowerBound
        var start = -1
        @inline(__always) func emit(_ s: Int, _ e: Int) {
            var e = e
            while e > s, ScanByte.isSpace(bytes[e - 1]) { e -= 1 }
            if e > s { out.append(Sentence(range: s..<e, blockIndex: blockIndex)) }
        }
        while p < end {
            if start < 0 {
                let b = bytes[p]
                if ScanByte.isSpace(b) { p += 1; continue }
                if b == 0xC2, p + 1 < end, bytes[p + 1] == 0xA0 { p += 2; continue }
                start = p
            }
            // skip to the next byte that can end a sentence
            let limit = min(end, start + softLimit)
            p = skipToMayEnd(bytes, p, limit)
            if p >= limit {
                if limit == end { break }
                // an overlong sentence: cut at the next space, or at the hard limit
                let hard = min(end, start + hardLimit)
                while p < hard, !ScanByte.isSpace(bytes[p]) { p += 1 }
                while p < end, ScanByte.isContinuation(bytes[p]) { p += 1 }
                emit(start, p); start = -1
                continue
            }
            let b = bytes[p]
            switch b {
            case 0x2E, 0x3F, 0x21: // . ? !
                var q = p + 1
                while q < end, q - p < 64, bytes[q] == 0x2E || bytes[q] == 0x3F || bytes[q] == 0x21 { q += 1 }
                let run = q - p
                q = skipClosers(bytes, q, end)
                if q >= end { emit(start, end); start = -1; p = end; continue }
                guard startsSpace(bytes, q, end) else { p = q; continue }
                let next = nextNonSpace(bytes, q, end)
                if b == 0x2E {
                    let nextIsLower = next < end && ScanByte.isLower(bytes[next])
                    let nextIsUpper = next < end && ScanByte.isUpper(bytes[next])
                    let nextIsDigit = next < end && ScanByte.isDigit(bytes[next])
                    if run >= 3 {
                        // ellipsis: a break only before a capital
                        if !nextIsUpper { p = q; continue }
                    } else if run == 1 {
                        if nextIsLower { p = q; continue }
                        switch abbreviation(bytes, p, range.lowerBound) {
                        case .never: p = q; continue
                        case .maybe: if !nextIsUpper { p = q; continue }
                        case .number: if nextIsDigit { p = q; continue }
                        case .none: break
                        }
                    }
                }
                emit(start, q); start = -1; p = q
            case 0xE2: // …
                if p + 2 < end, bytes[p + 1] == 0x80, bytes[p + 2] == 0xA6 {
                    let q = skipClosers(bytes, p + 3, end)
                    if q >= end { emit(start, end); start = -1; p = end; continue }
                    if startsSpace(bytes, q, end) {
                        let next = nextNonSpace(bytes, q, end)
                        if next < end, ScanByte.isUpper(bytes[next]) { emit(start, q); start = -1; p = q; continue }
                    }
                    p += 3
                } else {
                    p += 1
                }
            default: // \n: a blank line ends a sentence
                var q = p + 1
                while q < end, q - p < 32, bytes[q] == 0x20 || bytes[q] == 0x09 || bytes[q] == 0x0D { q += 1 }
                if q < end, bytes[q] == 0x0A { emit(start, p); start = -1; p = q } else { p += 1 }
            }
        }
        if start >= 0 { emit(start, end) }
    }

    /// The first byte at or after `p0` (before `limit`) that may end a
    /// sentence; eight bytes at a time where none of them can.
    @inline(__always) static func skipToMayEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ p0: Int, _ limit: Int) -> Int {
        var p = p0
        guard let base = bytes.baseAddress else { return limit }
        let raw = UnsafeRawPointer(base)
        while true {
            while p + 8 <= limit, !mayEndIn(raw.loadUnaligned(fromByteOffset: p, as: UInt64.self)) { p += 8 }
            let stop = min(limit, p + 8)
            while p < stop, !mayEnd(bytes[p]) { p += 1 }
            if p < stop || p >= limit { return p }
        }
    }

    static let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080

    /// Some byte of `v` is zero (may also flag a byte above a zero byte,
    /// which only sends the caller to the exact byte loop).
    @inline(__always) static func zeroByte(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }

    /// One of the eight bytes in `x` may be `.` `?` `!` `\n` or 0xE2.
    @inline(__always) static func mayEndIn(_ x: UInt64) -> Bool {
        (zeroByte(x ^ (ones &* 0x2E)) | zeroByte(x ^ (ones &* 0x3F)) | zeroByte(x ^ (ones &* 0x21))
            | zeroByte(x ^ (ones &* 0x0A)) | zeroByte(x ^ (ones &* 0xE2))) != 0
    }

    /// `.` `?` `!` `\n` or the lead byte of `…`.
    @inline(__always) static func mayEnd(_ b: UInt8) -> Bool {
        b < 64 ? (endMask >> UInt64(b)) & 1 != 0 : b == 0xE2
    }
    static let endMask: UInt64 = (1 << 0x2E) | (1 << 0x3F) | (1 << 0x21) | (1 << 0x0A)

    @inline(__always) static func startsSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ q: Int, _ end: Int) -> Bool {
        ScanByte.isSpace(bytes[q]) || (bytes[q] == 0xC2 && q + 1 < end && bytes[q + 1] == 0xA0)
    }

    /// Closing quotes, brackets and emphasis after a terminator: `."`, `.)`, `.”`, `.*`.
    static func skipClosers(_ bytes: UnsafeBufferPointer<UInt8>, _ q0: Int, _ end: Int) -> Int {
        var q = q0
        while q < end, q - q0 < 16 {
            let c = bytes[q]
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D || c == 0x2A || c == 0x5F || c == 0x7D { q += 1; continue }
            if c == 0xE2, q + 2 < end, bytes[q + 1] == 0x80, bytes[q + 2] == 0x9D || bytes[q + 2] == 0x99 || bytes[q + 2] == 0xBA { q += 3; continue }
            if c == 0xC2, q + 1 < end, bytes[q + 1] == 0xBB { q += 2; continue }
            break
        }
        return q
    }

    /// First non-space byte at or after `q`, looking at most 64 bytes ahead
    /// (an opening quote or bracket is skipped too).
    static func nextNonSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ q0: Int, _ end: Int) -> Int {
        var q = q0
        while q < end, q - q0 < 64 {
            let c = bytes[q]
            if ScanByte.isSpace(c) || c == 0x22 || c == 0x27 || c == 0x28 || c == 0x5B || c == 0x2A || c == 0x5F { q += 1; continue }
            if c == 0xC2, q + 1 < end, bytes[q + 1] == 0xA0 || bytes[q + 1] == 0xAB { q += 2; continue }
            if c == 0xE2, q + 2 < end, bytes[q + 1] == 0x80, bytes[q + 2] == 0x9C || bytes[q + 2] == 0x98 { q += 3; continue }
            return q
        }
        return end
    }

    enum Abbreviation { case none, never, maybe, number }

    /// Whether the period at `p` closes an abbreviation.
    static func abbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int, _ lower: Int) -> Abbreviation {
        var s = p
        while s > lower, p - s < 12, ScanByte.isASCIILetter(bytes[s - 1]) { s -= 1 }
        let n = p - s
        guard n > 0, n < 12 else { return .none }
        if s > lower, ScanByte.isASCIILetter(bytes[s - 1]) { return .none }
        let dotted = s > lower && bytes[s - 1] == 0x2E
        var key: UInt64 = 0, shift: UInt64 = 0
        if dotted, n == 1, s - 2 >= lower, ScanByte.isASCIILetter(bytes[s - 2]), s - 3 < lower || !ScanByte.isASCIILetter(bytes[s - 3]) {
            // e.g / i.e / U.S / a.m
            key = UInt64(ScanByte.lower(bytes[s - 2])) | (0x2E << 8)
            shift = 16
        }
        guard n <= 6 || shift == 0 && n <= 8 else { return .none }
        for i in s..<p { key |= UInt64(ScanByte.lower(bytes[i])) << shift; shift += 8 }
        if neverKeys.contains(key) { return .never }
        if numberKeys.contains(key) { return .number }
        if maybeKeys.contains(key) || dotted { return .maybe }
        // a single capital: an initial (J. Smith) or a part of U.S.
        if n == 1, ScanByte.isUpper(bytes[s]) { return .maybe }
        return .none
    }

    static func pack(_ w: String) -> UInt64 {
        var key: UInt64 = 0, shift: UInt64 = 0
        for c in w.utf8.prefix(8) { key |= UInt64(c) << shift; shift += 8 }
        return key
    }
    static let neverKeys = Set(neverFinal.map(pack))
    static let maybeKeys = Set(maybeFinal.map(pack))
    static let numberKeys = Set(["no", "p", "pp"].map(pack))
}
