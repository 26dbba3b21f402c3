/// Currency signs, ISO codes and money words.
enum CurrencyLexicon {
    /// ISO codes recognised before or after a figure (`USD 300`, `300 EUR`).
    static let codes = ["USD", "EUR", "GBP", "JPY", "INR", "CAD", "AUD", "CHF", "CNY", "HKD", "SGD", "NZD",
                        "KRW", "SEK", "NOK", "DKK", "BRL", "MXN", "ZAR", "RMB"]

    static func register(into lx: inout Lexicon) {
        for c in codes { lx.set(c.lowercased()) { $0.code = c == "RMB" ? "CNY" : c } }
        let words: [(String, String, Double)] = [
            ("dollar", "USD", 1), ("dollars", "USD", 1), ("buck", "USD", 1), ("bucks", "USD", 1),
            ("cent", "USD", 0.01), ("cents", "USD", 0.01), ("penny", "USD", 0.01), ("pennies", "USD", 0.01),
            ("dime", "USD", 0.1), ("dimes", "USD", 0.1), ("nickel", "USD", 0.05), ("nickels", "USD", 0.05),
            ("euro", "EUR", 1), ("euros", "EUR", 1), ("pence", "GBP", 0.01), ("quid", "GBP", 1),
            ("yen", "JPY", 1), ("rupee", "INR", 1), ("rupees", "INR", 1), ("yuan", "CNY", 1), ("renminbi", "CNY", 1),
            // "a fiver", "two tenners": a note's worth, in the text's currency (pounds by default)
            ("fiver", "GBP", 5), ("fivers", "GBP", 5), ("tenner", "GBP", 10), ("tenners", "GBP", 10),
        ]
        for (w, c, s) in words {
            lx.set(w) { $0.currency = c; $0.currencyScale = s; $0.marksCurrency = true }
        }
        lx.set(["pound", "pounds"]) { $0.currency = "GBP"; $0.needsMoneyContext = true }
        lx.set("grand") { $0.currency = "USD"; $0.currencyScale = 1000; $0.afterNumberOnly = true }
    }

    /// ISO code of a sign id.
    static func code(ofSign id: UInt8) -> String {
        switch id {
        case SignID.dollar: return "USD"
        case SignID.euro: return "EUR"
        case SignID.pound: return "GBP"
        case SignID.yen: return "JPY"
        case SignID.rupee: return "INR"
        default: return "USD"
        }
    }

    /// Currency of a short prefix glued to `$`: `US$`, `A$`, `C$`, `CA$`, `AU$`, `NZ$`, `HK$`, `S$`.
    static func dollarPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ t: Token) -> String? {
        let n = t.end - t.start
        guard n >= 1, n <= 2 else { return nil }
        let a = bytes[t.start], b: UInt8 = n == 2 ? bytes[t.start + 1] : 0
        switch (a, b) {
        case (0x55, 0x53): return "USD"           // US
        case (0x41, 0), (0x41, 0x55): return "AUD" // A, AU
        case (0x43, 0), (0x43, 0x41): return "CAD" // C, CA
        case (0x4E, 0x5A): return "NZD"           // NZ
        case (0x48, 0x4B): return "HKD"           // HK
        case (0x53, 0), (0x53, 0x47): return "SGD" // S, SG
        case (0x52, 0): return "BRL"              // R
        case (0x4D, 0x58): return "MXN"           // MX
        default: return nil
        }
    }
}
