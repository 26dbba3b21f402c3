/// Decodes HTML character references (`&amp;`, `&#36;`, `&#x24;`), shared by
/// the HTML and Markdown maskers.
enum CharacterReference {
    /// Decodes the reference that starts with `&` at `i` (before `end`).
    /// Returns the scalar value it stands for (invalid values give U+FFFD)
    /// and the raw length it covers,
    /// or `nil` when the bytes are not a complete reference (then the `&` is
    /// literal text). A semicolon is required.
    ///
    /// With `legacy` (HTML text), the Latin-1 names and `amp`, `lt`, `gt`,
    /// `quot` are also recognised without the semicolon, as browsers do
    /// (`&nbsp` → U+00A0, `&copy2026` → `©2026`).
    static func decode(_ bytes: [UInt8], at i: Int, end: Int, legacy: Bool = false) -> (scalar: UInt32, length: Int)? {
        var j = i + 1
        guard j < end else { return nil }
        if bytes[j] == UInt8(ascii: "#") {
            j += 1
            var hex = false
            if j < end, bytes[j] | 0x20 == UInt8(ascii: "x") { hex = true; j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < end, j - digitsStart < (hex ? 6 : 7) {
                let d = bytes[j]
                let v: UInt32
                switch d {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(d - 48)
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: v = UInt32(d - 87)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: v = UInt32(d - 55)
                default: v = 99
                }
                if v == 99 { break }
                value = value * (hex ? 16 : 10) + v
                j += 1
            }
            guard j > digitsStart, j < end, bytes[j] == UInt8(ascii: ";") else { return nil }
            if (0x80...0x9F).contains(value), let mapped = windows1252[value] { value = mapped }
            return (UTF8Validation.sanitized(value), j + 1 - i)
        }
        let nameStart = j
        while j < end, j - nameStart <= 32, isAlnum(bytes[j]) { j += 1 }
        guard j > nameStart else { return nil }
        if j < end, bytes[j] == UInt8(ascii: ";"), let value = named[String(decoding: bytes[nameStart..<j], as: UTF8.self)] {
            return (UTF8Validation.sanitized(value), j + 1 - i)
        }
        guard legacy else { return nil }
        // The longest legacy name that prefixes the run.
        var e = min(j, nameStart + 6)
        while e > nameStart + 1 {
            let name = String(decoding: bytes[nameStart..<e], as: UTF8.self)
            if let value = named[name], value >= 0xA0 && value <= 0xFF || value == 0x26 || value == 0x3C || value == 0x3E || value == 0x22,
               name != "half", name != "centerdot" {
                return (UTF8Validation.sanitized(value), e - i)
            }
            e -= 1
        }
        return nil
    }

    @inline(__always) private static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }

    /// HTML maps numeric references in 0x80…0x9F through Windows-1252
    /// (`&#128;` is `€`).
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// The HTML 4 named references (Latin-1, symbols, Greek, punctuation)
    /// plus a few common HTML 5 ones such as `&dollar;`.
    static let named: [String: UInt32] = {
        var table: [String: UInt32] = [:]
        // Latin-1 supplement, U+00A0…U+00FF, in code point order.
        let latin1 = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 \
        acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml \
        Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde \
        Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig \
        ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide \
        oslash ugrave uacute ucirc uuml yacute thorn yuml
        """
        for (k, name) in latin1.split(separator: " ").enumerated() { table[String(name)] = 0xA0 + UInt32(k) }
        // Greek letters: capitals U+0391…U+03A9 (no U+03A2), small U+03B1…U+03C9.
        let greek = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda",
                     "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi", "Chi", "Psi", "Omega"]
        for (k, name) in greek.enumerated() where !name.isEmpty {
            table[name] = 0x391 + UInt32(k)
            table[name.lowercased()] = 0x3B1 + UInt32(k)
        }
        table["sigmaf"] = 0x3C2; table["thetasym"] = 0x3D1; table["upsih"] = 0x3D2; table["piv"] = 0x3D6
        let others: [String: UInt32] = [
            "quot": 0x22, "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "apos": 0x27,
            "dollar": 0x24, "percnt": 0x25, "num": 0x23, "plus": 0x2B, "comma": 0x2C, "period": 0x2E,
            "colon": 0x3A, "semi": 0x3B, "equals": 0x3D, "lpar": 0x28, "rpar": 0x29, "sol": 0x2F, "ast": 0x2A,
            "excl": 0x21, "quest": 0x3F, "commat": 0x40, "lsqb": 0x5B, "rsqb": 0x5D, "lowbar": 0x5F,
            "Tab": 0x09, "NewLine": 0x0A, "half": 0xBD, "centerdot": 0xB7, "hyphen": 0x2010, "dash": 0x2010,
            "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "fnof": 0x192,
            "circ": 0x2C6, "tilde": 0x2DC, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C,
            "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018,
            "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020,
            "Dagger": 0x2021, "bull": 0x2022, "hellip": 0x2026, "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033,
            "lsaquo": 0x2039, "rsaquo": 0x203A, "oline": 0x203E, "frasl": 0x2044, "euro": 0x20AC, "image": 0x2111,
            "weierp": 0x2118, "real": 0x211C, "trade": 0x2122, "alefsym": 0x2135, "larr": 0x2190, "uarr": 0x2191,
            "rarr": 0x2192, "darr": 0x2193, "harr": 0x2194, "crarr": 0x21B5, "lArr": 0x21D0, "uArr": 0x21D1,
            "rArr": 0x21D2, "dArr": 0x21D3, "hArr": 0x21D4, "forall": 0x2200, "part": 0x2202, "exist": 0x2203,
            "empty": 0x2205, "nabla": 0x2207, "isin": 0x2208, "notin": 0x2209, "ni": 0x220B, "prod": 0x220F,
            "sum": 0x2211, "minus": 0x2212, "lowast": 0x2217, "radic": 0x221A, "prop": 0x221D, "infin": 0x221E,
            "ang": 0x2220, "and": 0x2227, "or": 0x2228, "cap": 0x2229, "cup": 0x222A, "int": 0x222B,
            "there4": 0x2234, "sim": 0x223C, "cong": 0x2245, "asymp": 0x2248, "ne": 0x2260, "equiv": 0x2261,
            "le": 0x2264, "ge": 0x2265, "sub": 0x2282, "sup": 0x2283, "nsub": 0x2284, "sube": 0x2286,
            "supe": 0x2287, "oplus": 0x2295, "otimes": 0x2297, "perp": 0x22A5, "sdot": 0x22C5, "lceil": 0x2308,
            "rceil": 0x2309, "lfloor": 0x230A, "rfloor": 0x230B, "lang": 0x2329, "rang": 0x232A, "loz": 0x25CA,
            "spades": 0x2660, "clubs": 0x2663, "hearts": 0x2665, "diams": 0x2666,
        ]
        table.merge(others) { _, new in new }
        return table
    }()
}
