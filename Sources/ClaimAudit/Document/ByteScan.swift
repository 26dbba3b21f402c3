#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast forward scans over raw bytes, shared by the maskers' hot loops.
///
/// The scans work on unsafe buffer pointers (callers pass the buffer of an
/// array they hold) and look at eight bytes at a time (SWAR: "SIMD within a
/// register") where that pays, so that the bulk of plain prose is skipped
/// with a few instructions per word instead of a bounds-checked branch per
/// byte. Every scan returns exactly what the obvious byte-by-byte loop would.
enum ByteScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Eight bytes at `p + i`, first byte in the low bits.
    @inline(__always)
    static func word(_ p: UnsafePointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
    }

    /// High bit set in each byte of `w` equal to `byte` (exact, no false
    /// positives).
    @inline(__always)
    static func equalMask(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let y = w ^ (ones &* UInt64(byte))
        return ~(((y & lows) &+ lows) | y) & highs
    }

    /// Index of the first byte of a mask built by the functions above.
    @inline(__always)
    static func firstByte(_ mask: UInt64) -> Int { mask.trailingZeroBitCount &>> 3 }

    // MARK: - One byte

    /// First index of `byte` in `bytes[from..<end]`, or `end` (or `from`
    /// when `from >= end`), using the C library's vectorised `memchr`.
    @inline(__always)
    static func find(_ byte: UInt8, in bytes: [UInt8], from: Int, end: Int) -> Int {
        guard from < end else { return from }
        precondition(from >= 0 && end <= bytes.count)
        return bytes.withUnsafeBufferPointer { find(byte, in: $0.baseAddress!, from: from, end: end) }
    }

    /// `memchr` over `p[from..<end]`: the index of `byte`, or `end`.
    @inline(__always)
    static func find(_ byte: UInt8, in p: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        guard from < end else { return from }
        guard let hit = memchr(p + from, Int32(byte), end - from) else { return end }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(p)
    }

    // MARK: - Plain prose

    /// Bytes `ProseBuilder.copy` may copy as they are without looking closer:
    /// printable ASCII, tab and line feed. Returns a mask with the high bit
    /// set in every other byte (controls, DEL, and all bytes ≥ 0x80).
    @inline(__always)
    static func unplainMask(_ w: UInt64) -> UInt64 {
        let x = w & lows                                              // each byte ≤ 0x7F: sums below never carry
        let control = ~(x &+ 0x6060_6060_6060_6060) & highs            // x < 0x20
        let del = (x &+ ones) & highs                                  // x == 0x7F
        let tab = ~((x ^ 0x0909_0909_0909_0909) &+ lows) & highs        // x == 0x09
        let lf = ~((x ^ 0x0A0A_0A0A_0A0A_0A0A) &+ lows) & highs         // x == 0x0A
        return (w & highs) | del | (control & ~(tab | lf))
    }

    @inline(__always)
    static func isPlain(_ b: UInt8) -> Bool { b >= 0x20 && b < 0x7F || b == 0x0A || b == 0x09 }

    /// Nonzero when some byte of `w` is below 0x20 or above 0x7E (tab and
    /// line feed included): a cheap screen, exact as a yes/no answer but not
    /// byte by byte.
    @inline(__always)
    static func screenUnplain(_ w: UInt64) -> UInt64 {
        (((w &- 0x2020_2020_2020_2020) & ~w) | (w &+ ones) | w) & highs
    }

    /// Nonzero when some byte of `w` is `byte` (exact as a yes/no answer).
    @inline(__always)
    static func screenEqual(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let y = w ^ (ones &* UInt64(byte))
        return (y &- ones) & ~y & highs
    }

    /// First index in `p[from..<end]` of a byte that is not printable ASCII,
    /// tab or line feed; `end` if none.
    @inline(__always)
    static func firstUnplain(_ p: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        // Sixteen bytes per step through the cheap screen; the exact masks
        // only where it finds something.
        while i &+ 16 <= end {
            let a = word(p, i), b = word(p, i &+ 8)
            if screenUnplain(a) | screenUnplain(b) != 0 {
                let m0 = unplainMask(a)
                if m0 != 0 { return i &+ firstByte(m0) }
                let m1 = unplainMask(b)
                if m1 != 0 { return i &+ 8 &+ firstByte(m1) }
            }
            i &+= 16
        }
        while i &+ 8 <= end {
            let m = unplainMask(word(p, i))
            if m != 0 { return i &+ firstByte(m) }
            i &+= 8
        }
        while i < end, isPlain(p[i]) { i &+= 1 }
        return i
    }

    /// First index in `p[from..<end]` of a byte that is not printable ASCII,
    /// tab or line feed, or that is `:` or `.` (see `nextURL`); `end` if none.
    @inline(__always)
    static func firstUnplainColonOrDot(_ p: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        while i &+ 16 <= end {
            let a = word(p, i), b = word(p, i &+ 8)
            let screen = screenUnplain(a) | screenEqual(a, UInt8(ascii: ":")) | screenEqual(a, UInt8(ascii: "."))
                | screenUnplain(b) | screenEqual(b, UInt8(ascii: ":")) | screenEqual(b, UInt8(ascii: "."))
            if screen != 0 {
                let m0 = unplainMask(a) | equalMask(a, UInt8(ascii: ":")) | equalMask(a, UInt8(ascii: "."))
                if m0 != 0 { return i &+ firstByte(m0) }
                let m1 = unplainMask(b) | equalMask(b, UInt8(ascii: ":")) | equalMask(b, UInt8(ascii: "."))
                if m1 != 0 { return i &+ 8 &+ firstByte(m1) }
            }
            i &+= 16
        }
        while i &+ 8 <= end {
            let w = word(p, i)
            let m = unplainMask(w) | equalMask(w, UInt8(ascii: ":")) | equalMask(w, UInt8(ascii: "."))
            if m != 0 { return i &+ firstByte(m) }
            i &+= 8
        }
        while i < end {
            let b = p[i]
            if !isPlain(b) || b == UInt8(ascii: ":") || b == UInt8(ascii: ".") { break }
            i &+= 1
        }
        return i
    }

    /// First index in `p[from..<end]` of a byte ≥ 0x80; `end` if none.
    @inline(__always)
    static func firstNonASCII(_ p: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        while i &+ 8 <= end {
            let m = word(p, i) & highs
            if m != 0 { return i &+ firstByte(m) }
            i &+= 8
        }
        while i < end, p[i] < 0x80 { i &+= 1 }
        return i
    }

    // MARK: - Bare URLs

    /// First index in `p[from..<end]` of a `:` or a `.`; `end` if none.
    /// A bare URL (`http://`, `https://`, `www.`) has one of these three to
    /// five bytes after its start, so URL searches look only there.
    @inline(__always)
    static func firstColonOrDot(_ p: UnsafePointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        while i &+ 8 <= end {
            let w = word(p, i)
            let m = equalMask(w, UInt8(ascii: ":")) | equalMask(w, UInt8(ascii: "."))
            if m != 0 { return i &+ firstByte(m) }
            i &+= 8
        }
        while i < end, p[i] != UInt8(ascii: ":"), p[i] != UInt8(ascii: ".") { i &+= 1 }
        return i
    }

    /// The first bare URL that starts at or after `floor` and whose key byte
    /// (the `:` of `http:`/`https:`, the `.` of `www.`) is in `[from, end)`:
    /// its start and end, as `BareURL.end(in:at:end:)` finds them when
    /// called at every index from `floor` on. `accept` vets a candidate
    /// start (extra conditions of the caller).
    ///
    /// Correct because `BareURL.end` succeeds only where the bytes read
    /// `http://`, `https://` or `www.` (any case), so the key byte sits 3, 4
    /// or 5 bytes after the start and the bytes between are letters.
    @inline(__always)
    static func nextURL(in bytes: [UInt8], _ p: UnsafePointer<UInt8>, floor: Int, from: Int, end: Int,
                        accept: (Int) -> Bool = { _ in true }) -> (start: Int, end: Int)? {
        var k = from
        while true {
            k = firstColonOrDot(p, from: k, end: end)
            if k >= end { return nil }
            if let url = urlEndingKey(in: bytes, p, key: k, floor: floor, end: end, accept: accept) { return url }
            k &+= 1
        }
    }

    /// A bare URL whose key byte is at `key` and whose start is ≥ `floor`.
    @inline(__always)
    static func urlEndingKey(in bytes: [UInt8], _ p: UnsafePointer<UInt8>, key k: Int, floor: Int, end: Int,
                             accept: (Int) -> Bool) -> (start: Int, end: Int)? {
        let isColon = p[k] == UInt8(ascii: ":")
        // `://` must follow a scheme; `www` must precede a dot.
        if isColon {
            guard k &+ 2 < end, p[k &+ 1] == UInt8(ascii: "/"), p[k &+ 2] == UInt8(ascii: "/") else { return nil }
        } else {
            guard k &- 3 >= floor, p[k &- 1] | 0x20 == UInt8(ascii: "w") else { return nil }
        }
        var s = max(floor, k &- 5)
        let last = k &- 3
        while s <= last {
            let b = p[s] | 0x20
            if b == UInt8(ascii: "h") || b == UInt8(ascii: "w"), accept(s), let e = BareURL.end(in: bytes, at: s, end: end) {
                return (s, e)
            }
            s &+= 1
        }
        return nil
    }
}
