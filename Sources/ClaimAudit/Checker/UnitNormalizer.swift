/// A money figure stated against denominators, reduced to base units so
/// that figures stated per 1K tokens, per million tokens, per month, per year
/// or per user-month can be compared.
///
/// Base units: one token, one day (hours, weeks, months = 365/12 days, years
/// = 365 days), one user (subscriber, seat, developer, customer, …), one query
/// (request, prompt, message, …), one conversation, one session, one video,
/// one GPU-hour, one watt-hour (Wh, kWh, MWh), one gigabyte (GB, TB, PB).
/// Other units stay as they are.
public struct NormalizedRate: Sendable, Hashable {
    /// Amount per one base unit of every dimension.
    public var low: Double
    public var high: Double
    public var currency: String
    /// Base dimensions the figure is stated against (`token`, `day`, `user`, …).
    public var dimensions: Set<String>

    /// The time dimension's name.
    public static let time = "day"
    /// The user dimension's name.
    public static let user = "user"

    public var hasTime: Bool { dimensions.contains(Self.time) }
    public var isLumpSum: Bool { dimensions.isEmpty }
}

/// Converts denominators to base units and figures between units.
public enum UnitNormalizer {
    /// One denominator in base units: its dimension and how many base units it is.
    public struct BaseUnit: Sendable, Hashable {
        public var dimension: String
        public var scale: Double
    }

    static let daysPerMonth = 365.0 / 12
    static let aliases: [String: BaseUnit] = {
        var t: [String: BaseUnit] = [:]
        func add(_ names: [String], _ dim: String, _ scale: Double = 1) {
            for n in names { t[n] = BaseUnit(dimension: dim, scale: scale) }
        }
        add(["token", "tok", "tokens"], "token")
        add(["ktok", "k-token"], "token", 1_000)
        add(["mtok", "m-token", "million-token"], "token", 1_000_000)
        add(["second", "sec", "s"], "day", 1.0 / 86_400)
        add(["minute", "min"], "day", 1.0 / 1_440)
        add(["hour", "hr", "h"], "day", 1.0 / 24)
        add(["day", "active day", "active-day", "workday", "night", "daily"], "day")
        add(["week", "wk", "weekly"], "day", 7)
        add(["month", "mo", "monthly"], "day", daysPerMonth)
        add(["quarter"], "day", 365.0 / 4)
        add(["year", "yr", "annum", "annual", "annually", "yearly"], "day", 365)
        add(["decade"], "day", 3_650)
        add(["gpu-hour", "gpu hour", "gpu-hr", "h100-hour", "h100 hour", "a100-hour", "h800-hour", "h200-hour", "gpu-hours"], "gpu-hour")
        add(["gpu-day"], "gpu-hour", 24)
        add(["user", "subscriber", "seat", "customer", "developer", "dev", "member", "account", "person", "head",
             "people", "rider", "passenger", "listener", "viewer", "household", "client", "buyer", "shopper", "student", "active user", "paying user", "power user", "monthly active user", "mau", "licence", "license", "engineer"], "user")
        add(["query", "request", "search", "prompt", "call", "api call", "message", "question", "interaction",
             "response", "reply", "answer", "exchange", "completion", "turn", "task"], "query")
        add(["conversation", "chat"], "conversation")
        add(["session"], "session")
        add(["video", "clip", "10-second video", "video clip"], "video")
        add(["image", "picture"], "image")
        add(["stream", "play", "listen", "track"], "stream")
        add(["mile", "mi"], "mile")
        add(["km", "kilometre", "kilometer"], "mile", 0.621371)
        add(["wh", "watt-hour", "watt hour"], "energy")
        add(["kwh", "kilowatt-hour", "kilowatt hour"], "energy", 1_000)
        add(["mwh", "megawatt-hour", "megawatt hour"], "energy", 1_000_000)
        add(["gwh", "gigawatt-hour"], "energy", 1e9)
        add(["twh", "terawatt-hour"], "energy", 1e12)
        add(["gb", "gigabyte"], "data")
        add(["tb", "terabyte"], "data", 1_000)
        add(["pb", "petabyte"], "data", 1_000_000)
        return t
    }()

    /// The base units of one denominator; a compound such as `user-month`
    /// gives two.
    public static func baseUnits(of denominator: Denominator) -> [BaseUnit] {
        let unit = denominator.unit.lowercased().trimmingCharacters(in: .whitespaces)
        let count = denominator.count ?? 1
        if let base = aliases[unit] ?? aliases[singular(unit)] {
            return [BaseUnit(dimension: base.dimension, scale: base.scale * count)]
        }
        let parts = unit.split(separator: "-").map(String.init)
        if parts.count == 2, let a = aliases[parts[0]] ?? aliases[singular(parts[0])],
           let b = aliases[parts[1]] ?? aliases[singular(parts[1])] {
            return [BaseUnit(dimension: a.dimension, scale: a.scale * count), BaseUnit(dimension: b.dimension, scale: b.scale)]
        }
        return [BaseUnit(dimension: singular(unit), scale: count)]
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }

    /// How many base units the denominators stand for together.
    public static func scale(of per: [Denominator]) -> Double {
        per.flatMap(baseUnits).reduce(1) { $0 * $1.scale }
    }

    /// How many base days the time denominators stand for (1 when there are none):
    /// `per user per month` → 30.4.
    public static func timeScale(of per: [Denominator]) -> Double {
        per.flatMap(baseUnits).filter { $0.dimension == NormalizedRate.time }.reduce(1) { $0 * $1.scale }
    }

    /// The dimensions of the denominators.
    public static func dimensions(of per: [Denominator]) -> Set<String> {
        Set(per.flatMap(baseUnits).map(\.dimension))
    }

    /// A figure per base units.
    public static func normalize(low: Double, high: Double, currency: String, per: [Denominator]) -> NormalizedRate {
        let s = scale(of: per)
        return NormalizedRate(low: low / s, high: high / s, currency: currency, dimensions: dimensions(of: per))
    }

    /// `value` stated per `from`, restated per `to`; `nil` when the two are
    /// not in the same dimensions.
    public static func convert(_ value: Double, from: [Denominator], to: [Denominator]) -> Double? {
        guard dimensions(of: from) == dimensions(of: to) else { return nil }
        return value * (scale(of: to) / scale(of: from))
    }

    /// Whether two sets of dimensions describe the same kind of figure. With
    /// `implicitUser`, a per-period price (a plan, per month) also compares
    /// with a per-user-per-period one, since a plan is priced per user.
    public static func comparable(_ a: Set<String>, _ b: Set<String>, implicitUser: Bool = true) -> Bool {
        if a == b { return true }
        guard implicitUser, a.contains(NormalizedRate.time), b.contains(NormalizedRate.time) else { return false }
        return a.subtracting([NormalizedRate.user]) == b.subtracting([NormalizedRate.user])
    }

    /// Restates a normalized figure per the given denominators (dimensions
    /// that differ only by an implicit user are allowed).
    public static func restate(_ perBase: Double, per: [Denominator]) -> Double {
        perBase * scale(of: per)
    }
}
