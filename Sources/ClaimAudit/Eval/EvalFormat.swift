/// Number and column formatting shared by the eval text outputs.
enum EvalFormat {
    /// `0.973`; `—` when undefined.
    static func figure(_ value: Double?) -> String {
        guard let value else { return "—" }
        return fixed(value, digits: 3)
    }

    /// `+0.012`, `-0.100`, `±0`; `—` when either side is undefined.
    static func delta(_ value: Double?) -> String {
        guard let value else { return "—" }
        if abs(value) < 5e-4 { return "±0" }
        return (value > 0 ? "+" : "-") + fixed(abs(value), digits: 3)
    }

    static func fixed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value * scale).rounded()
        let negative = scaled < 0
        let whole = Int64(abs(scaled))
        let intPart = whole / Int64(scale)
        var frac = String(whole % Int64(scale))
        while frac.count < digits { frac = "0" + frac }
        return (negative ? "-" : "") + "\(intPart)" + (digits > 0 ? "." + frac : "")
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// Left column then right-aligned columns.
    static func row(_ first: String, _ firstWidth: Int, _ rest: [String], width: Int) -> String {
        (pad(first, firstWidth) + rest.map { padLeft($0, width) }.joined()).trimmingTrailingSpaces()
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
