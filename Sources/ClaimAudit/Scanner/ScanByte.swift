/// Byte-level helpers for the scanner: ASCII classes and the few multi-byte
/// UTF-8 sequences that matter to money (currency signs, dashes, quotes,
/// spaces). Everything here is a table lookup or a comparison; nothing
/// allocates.
enum ScanByte {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    static let alnumBit: UInt8 = 1, lowerBit: UInt8 = 2, spaceBit: UInt8 = 4, digitBit: UInt8 = 8, letterBit: UInt8 = 16

    /// Class bits of every byte value, for one-load tests in the tokenizer
    /// (non-ASCII bytes have none).
    static let classes: ClassTable = ClassTable()

    /// A 256-entry table behind a pointer that is allocated once and never
    /// freed or written after initialisation, so sharing it is safe.
    struct ClassTable: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>

        init() {
            base = .allocate(capacity: 256)
            for i in 0..<256 {
                let b = UInt8(i)
                var c: UInt8 = 0
                if isDigit(b) { c |= alnumBit | digitBit }
                if isASCIILetter(b) { c |= alnumBit | letterBit }
                if isLower(b) { c |= lowerBit }
                if isSpace(b) { c |= spaceBit }
                base[i] = c
            }
        }

        @inline(__always) subscript(_ i: Int) -> UInt8 { base[i] }
    }

    /// A UTF-8 continuation byte.
    @inline(__always) static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// What a multi-byte sequence starting at `p` is, and its length.
    /// Only C2 xx and E2 xx xx sequences are special; every other non-ASCII
    /// scalar counts as a letter.
    static func special(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int, _ end: Int) -> (Special, Int) {
        let b = bytes[p]
        if b == 0xC2, p + 1 < end {
            switch bytes[p + 1] {
            case 0xA0: return (.space, 2)
            case 0xA2: return (.cent, 2)
            case 0xA3: return (.pound, 2)
            case 0xA5: return (.yen, 2)
            default: return (.other, 2)
            }
        }
        if b == 0xC3, p + 1 < end, bytes[p + 1] == 0x97 || bytes[p + 1] == 0xB7 {
            return (.operator, 2) // × ÷
        }
        if b == 0xE2, p + 2 < end {
            let b1 = bytes[p + 1], b2 = bytes[p + 2]
            if b1 == 0x80 {
                switch b2 {
                case 0x80...0x8A, 0xAF: return (.space, 3)
                case 0x90...0x95: return (.dash, 3)
                case 0x98, 0x99: return (.apostrophe, 3)
                case 0x9C, 0x9D: return (.quote, 3)
                case 0xA6: return (.ellipsis, 3)
                default: return (.other, 3)
                }
            }
            if b1 == 0x82, b2 == 0xAC { return (.euro, 3) }
            if b1 == 0x82, b2 == 0xB9 { return (.rupee, 3) }
            if b1 == 0x89, b2 == 0x88 { return (.approx, 3) }
            if b1 == 0x88, b2 == 0x92 || b2 == 0x97 { return (.operator, 3) } // − ∗
            if b1 == 0x81, b2 == 0x9F { return (.space, 3) }
            return (.other, 3)
        }
        return (.letter, sequenceLength(b))
    }

    @inline(__always) static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    enum Special {
        case space, cent, pound, yen, euro, rupee, dash, apostrophe, quote, ellipsis, approx, letter, other, `operator`
    }
}
