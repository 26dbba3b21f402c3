/// Finds the date a document or a sentence states: front matter `date:`,
/// HTML `datetime=`/`published_time`, "as of March 2026", "in 2023".
enum DocumentDate {
    static let monthNames: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9),
        ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    /// The document's own date, if it states one.
    static func find(in scanned: ScannedDocument) -> DocumentFacts.DatedBy? {
        let raw = String(decoding: scanned.source.bytes.prefix(200_000), as: UTF8.self)
        if let d = frontMatterDate(raw) { return .init(date: d, how: "the document's date \(d.readable) (front matter)") }
        if scanned.source.format == .html, let d = htmlDate(raw) {
            return .init(date: d, how: "the document's date \(d.readable) (HTML metadata)")
        }
        let prose = String(decoding: scanned.prose.bytes, as: UTF8.self)
        if let (d, offset) = asOfDate(prose) {
            let line = scanned.span(of: offset..<offset).location.line
            return .init(date: d, how: "the document's date \(d.readable) (\"as of\", line \(line))")
        }
        return nil
    }

    static func frontMatterDate(_ raw: String) -> CalendarDate? {
        var text = Substring(raw)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") || text.hasPrefix("+++") else { return nil }
        for line in TextLines.split(text.prefix(8_192)).dropFirst().prefix(80) {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l == "---" || l == "+++" || l == "..." { break }
            for key in ["date", "published", "publishdate", "pubdate", "created", "updated", "lastmod"] {
                let lower = l.lowercased()
                guard lower.hasPrefix(key), let sep = l.firstIndex(where: { $0 == ":" || $0 == "=" }),
                      l[..<sep].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
                let value = l[l.index(after: sep)...].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
                if let d = parseLoose(value) { return d }
            }
        }
        return nil
    }

    static func htmlDate(_ raw: String) -> CalendarDate? {
        for marker in ["datetime=\"", "published_time\" content=\"", "name=\"date\" content=\"", "itemprop=\"datePublished\" content=\""] {
            if let r = raw.range(of: marker) {
                let tail = raw[r.upperBound...].prefix(30)
                if let d = parseLoose(String(tail.prefix { $0 != "\"" })) { return d }
            }
        }
        return nil
    }

    /// `as of March 2026`, `as of 2026`, `updated March 2026`.
    static func asOfDate(_ prose: String) -> (CalendarDate, Int)? {
        let lower = prose.lowercased()
        for cue in ["as of ", "updated ", "updated: ", "published ", "published: ", "last updated "] {
            var searchFrom = lower.startIndex
            while let r = lower.range(of: cue, range: searchFrom..<lower.endIndex) {
                let tail = String(lower[r.upperBound...].prefix(24))
                if let d = leadingMonthYear(tail) {
                    return (d, lower.utf8.distance(from: lower.startIndex, to: r.lowerBound))
                }
                searchFrom = r.upperBound
            }
        }
        return nil
    }

    /// A date at the start of `text`: `march 2026`, `mar. 9, 2026`, `2026`, `2026-03-09`, `q1 2026`.
    static func leadingMonthYear(_ text: String) -> CalendarDate? {
        if let d = CalendarDate(parsing: String(text.prefix(10))) { return d }
        if let d = CalendarDate(parsing: String(text.prefix(7))) { return d }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map(String.init)
        guard let first = words.first else { return nil }
        if first.count == 4, let y = Int(first), (1900...2099).contains(y) { return CalendarDate(year: y) }
        if let (_, m) = monthNames.first(where: { $0.0 == first }) {
            for w in words.dropFirst().prefix(2) where w.count == 4 {
                if let y = Int(w), (1900...2099).contains(y) { return CalendarDate(year: y, month: m) }
            }
        }
        if first.count == 2, first.hasPrefix("q"), let q = Int(first.dropFirst()), (1...4).contains(q),
           let w = words.dropFirst().first, let y = Int(w), (1900...2099).contains(y) {
            return CalendarDate(year: y, month: (q - 1) * 3 + 1)
        }
        return nil
    }

    /// `2023-05-12`, `2023-05-12T10:00:00Z`, `May 12, 2023`, `12 May 2023`, `2023`.
    static func parseLoose(_ value: String) -> CalendarDate? {
        let v = value.lowercased()
        if let d = CalendarDate(parsing: String(v.prefix(10))) { return d }
        if let d = CalendarDate(parsing: String(v.prefix(7))) { return d }
        let words = v.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "/" }).map(String.init)
        guard let y = words.compactMap({ $0.count == 4 ? Int($0) : nil }).first(where: { (1900...2099).contains($0) }) else { return nil }
        let m = words.compactMap { w in monthNames.first(where: { $0.0 == w })?.1 }.first
        return CalendarDate(year: y, month: m)
    }

    /// The year a sentence states nearest to byte `offset` (`in 2023`,
    /// `in March 2023`, `(2024)`, `as of 2026`), if any.
    static func inSentence(_ sentence: String, near offset: Int) -> CalendarDate? {
        nearest(years(in: sentence), to: offset)
    }

    /// The first of the dates nearest `offset` among `years` (as `years(in:)` gives them).
    /// The offsets increase, so only the last before and the first at or after `offset` can be nearest (binary search).
    static func nearest(_ years: [(date: CalendarDate, offset: Int)], to offset: Int) -> CalendarDate? {
        var lo = 0, hi = years.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if years[mid].offset < offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return years.first?.date }
        guard lo < years.count else { return years[lo - 1].date }
        return offset - years[lo - 1].offset <= years[lo].offset - offset ? years[lo - 1].date : years[lo].date
    }

    /// The years (with a month or full date when stated) in a sentence, with their byte offsets, in order.
    static func years(in sentence: String) -> [(date: CalendarDate, offset: Int)] {
        let b = Array(sentence.utf8)
        func isDigit(_ j: Int) -> Bool { j >= 0 && j < b.count && b[j] >= 0x30 && b[j] <= 0x39 }
        var found: [(date: CalendarDate, offset: Int)] = []
        var i = 0
        while i + 4 <= b.count {
            guard isDigit(i), !isDigit(i - 1), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) else { i += 1; continue }
            let prev: UInt8 = i > 0 ? b[i - 1] : 0x20
            let next: UInt8 = i + 4 < b.count ? b[i + 4] : 0x20
            let bad = prev == 0x24 || prev == 0x2C || prev == 0x2E || (next == 0x2C || next == 0x2E) && isDigit(i + 5)
                || next == 0x25 || SentenceNumbers.isLetter(prev) || SentenceNumbers.isLetter(next)
            if !bad, let y = Int(String(decoding: b[i..<(i + 4)], as: UTF8.self)), (1990...2099).contains(y) {
                var date = CalendarDate(year: y)
                // a month name just before: "March 2023", "Feb. 2023"
                let before = String(decoding: b[max(0, i - 12)..<i], as: UTF8.self).lowercased()
                let lastWord = before.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "," }).last.map(String.init) ?? ""
                if let m = monthNames.first(where: { $0.0 == lastWord })?.1 { date.month = m }
                // a full ISO date: 2024-08-06
                if next == 0x2D, let d = CalendarDate(parsing: String(decoding: b[i..<min(b.count, i + 10)], as: UTF8.self)) { date = d }
                found.append((date, i))
            }
            i += 4
        }
        return found
    }
}

import Foundation
