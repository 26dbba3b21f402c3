/// Parses a numeral written with digits and separators (`1,234.56`,
/// `1.234,56`, `0.10`, `1,00,000`) into a value, deciding which separator
/// is the decimal mark.
enum NumberParser {
    struct Numeral {
        /// All digits as one integer (`12.50` → 1250).
        var mantissa: Double
        var fractionDigits: Int
        var value: Double { mantissa / pow10(fractionDigits) }
        /// The value times `m`, multiplied before dividing so that
        /// `5.576 × 1e6` is exactly 5,576,000.
        func scaled(by m: Double) -> Double { mantissa * m / pow10(fractionDigits) }
    }

    static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }

    /// `v × s`, dividing for fractional units so that `30 cents` is exactly 0.3.
    static func apply(_ v: Double, unit s: Double) -> Double {
        s < 1 ? v / (1 / s).rounded() : v * s
    }

    /// - Parameter euroHint: the figure is in euros, so a single `.` followed
    ///   by exactly three digits is a thousands separator (`€1.234`).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, euroHint: Bool = false) -> Numeral? {
        let len = end - start
        guard len > 0, len <= 40 else { return nil }
        var dots = 0, commas = 0, lastSep: UInt8 = 0, lastSepPos = -1
        var p = start
        while p < end {
            let c = bytes[p]
            if c == 0x2E { dots += 1; lastSep = c; lastSepPos = p }
            else if c == 0x2C { commas += 1; lastSep = c; lastSepPos = p }
            p += 1
        }
        var decimal: UInt8 = 0 // 0: none
        if dots > 0 && commas > 0 {
            decimal = lastSep
            let other: UInt8 = lastSep == 0x2E ? 0x2C : 0x2E
            if (lastSep == 0x2E ? dots : commas) != 1 { return nil }
            guard groupsValid(bytes, start, lastSepPos, sep: other) else { return nil }
        } else if commas > 0 {
            let after = end - lastSepPos - 1
            if commas == 1 && bytes[start] == 0x30 && lastSepPos == start + 1 {
                decimal = 0x2C // 0,072: a leading zero is never a thousands group
            } else if commas == 1 && after != 3 {
                guard after <= 2 || euroHint else { return nil }
                decimal = 0x2C // European decimal comma: 3,50
            } else if !groupsValid(bytes, start, end, sep: 0x2C) && !indianGroupsValid(bytes, start, end) {
                return nil
            }
        } else if dots > 0 {
            let after = end - lastSepPos - 1
            let intDigits = lastSepPos - start
            if dots == 1 {
                if euroHint && after == 3 && intDigits <= 3 && bytes[start] != 0x30 { decimal = 0 } else { decimal = 0x2E }
            } else if !groupsValid(bytes, start, end, sep: 0x2E) {
                return nil // 3.5.1: a version
            }
        }
        var mantissa = 0.0, fracDigits = 0, inFraction = false
        p = start
        while p < end {
            let c = bytes[p]
            if ScanByte.isDigit(c) {
                mantissa = mantissa * 10 + Double(c - 0x30)
                if inFraction { fracDigits += 1 }
            } else if c == decimal {
                inFraction = true
            }
            p += 1
        }
        return Numeral(mantissa: mantissa, fractionDigits: fracDigits)
    }

    /// `d{1,3}(SEP ddd)*` over `start..<end`.
    static func groupsValid(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, sep: UInt8) -> Bool {
        var run = 0, first = true, p = start
        while p < end {
            let c = bytes[p]
            if c == sep {
                if first { if run < 1 || run > 3 { return false }; first = false } else if run != 3 { return false }
                run = 0
            } else if ScanByte.isDigit(c) { run += 1 } else { return false }
            p += 1
        }
        return first ? run >= 1 : run == 3
    }

    /// Indian grouping: `1,00,000`, `12,34,56,789`.
    static func indianGroupsValid(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var groups: [Int] = []
        var run = 0, p = start
        while p < end {
            if bytes[p] == 0x2C { groups.append(run); run = 0; if groups.count > 10 { return false } } else { run += 1 }
            p += 1
        }
        guard run == 3, let f = groups.first, f >= 1, f <= 2 else { return false }
        return groups.dropFirst().allSatisfy { $0 == 2 }
    }
}
