import Foundation

/// A date as precise as the text states it: a year, a year and month, or a
/// full date. Reference windows and document dates use it.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2024`, `2024-08` or `2024-08-06`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?, d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let v = Int(parts[1]), (1...12).contains(v) else { return nil }
            m = v
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let v = Int(parts[2]), (1...31).contains(v) else { return nil }
            d = v
        }
        self.init(year: y, month: m, day: d)
    }

    /// Today's date in UTC.
    public static func today(_ now: Date = Date()) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: c.year ?? 2026, month: c.month, day: c.day)
    }

    /// First day the date can mean (`2024` → 1 Jan 2024), as a sortable ordinal.
    var firstDay: Int { year * 372 + ((month ?? 1) - 1) * 31 + ((day ?? 1) - 1) }
    /// Last day the date can mean (`2024` → 31 Dec 2024).
    var lastDay: Int { year * 372 + ((month ?? 12) - 1) * 31 + ((day ?? 31) - 1) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.firstDay < rhs.firstDay }

    /// `2024`, `2024-08`, `2024-08-06`.
    public var description: String {
        var s = String(format: "%04d", year)
        if let month { s += String(format: "-%02d", month) }
        if let day { s += String(format: "-%02d", day) }
        return s
    }

    /// `Aug 2024`, `2024`, `6 Aug 2024`.
    public var readable: String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        guard let month else { return "\(year)" }
        let m = names[month - 1] + " \(year)"
        return day.map { "\($0) " + m } ?? m
    }
}

/// A time window `[from, to]`; `to == nil` means still valid.
public struct DateWindow: Sendable, Hashable, CustomStringConvertible {
    public var from: CalendarDate?
    public var to: CalendarDate?

    public init(from: CalendarDate?, to: CalendarDate?) {
        self.from = from
        self.to = to
    }

    /// Whether the window overlaps the period a date stands for (a year-only
    /// date stands for the whole year).
    public func contains(_ date: CalendarDate) -> Bool {
        if let from, date.lastDay < from.firstDay { return false }
        if let to, date.firstDay > to.lastDay { return false }
        return true
    }

    /// `Aug 2024–`, `Mar 2023–May 2024`.
    public var description: String {
        (from?.readable ?? "") + "–" + (to?.readable ?? "")
    }
}
