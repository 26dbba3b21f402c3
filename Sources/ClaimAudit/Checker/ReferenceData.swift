import Foundation

/// Dated reference figures loaded from `Rules/reference/*.ref`: API list
/// prices, plan prices, GPU-hour rates, per-query estimates, training-run costs.
public struct ReferenceData: Sendable {
    /// Every entry, in file order (files sorted by name).
    public private(set) var entries: [ReferenceEntry]

    /// No reference figures: the checker uses only the document's own figures.
    public init() { entries = [] }

    public init(entries: [ReferenceEntry]) { self.entries = entries }

    /// Loads every `*.ref` file in `directory/reference/` (or in `directory`
    /// itself when it has no `reference` folder). A folder without reference
    /// files gives empty data. Throws the first error with file, line and column.
    public static func load(directory: URL) throws(Diagnostic) -> ReferenceData {
        let fm = FileManager.default
        let sub = directory.appendingPathComponent("reference")
        var isDir: ObjCBool = false
        let folder = fm.fileExists(atPath: sub.path, isDirectory: &isDir) && isDir.boolValue ? sub : directory
        guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return ReferenceData() }
        var entries: [ReferenceEntry] = []
        for name in names.filter({ $0.hasSuffix(".ref") }).sorted() {
            let url = folder.appendingPathComponent(name)
            guard let data = fm.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw Diagnostic(.error, path: url.path, message: "cannot read reference file (missing or not UTF-8)")
            }
            let parsed = try parse(text, path: url.path)
            for entry in parsed {
                if let earlier = entries.first(where: { $0.id == entry.id }) {
                    let line = Int(entry.origin.split(separator: ":").last ?? "") ?? 1
                    throw Diagnostic(.error, path: url.path, location: SourceLocation(line: line, column: 2),
                                     message: "duplicate entry id `\(entry.id)` (first at \(earlier.origin))")
                }
                entries.append(entry)
            }
        }
        return ReferenceData(entries: entries)
    }

    /// Parses the text of one reference file; `path` names it in errors.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> [ReferenceEntry] {
        try ReferenceFileParser(path: path).parse(text)
    }

    /// The entry with this id.
    public func entry(id: String) -> ReferenceEntry? { entries.first { $0.id == id } }

    /// Entries that can be compared with a figure stated `per` these
    /// denominators, optionally only those about `text` (any topic matches)
    /// and valid on `date`.
    public func entries(per: [Denominator]? = nil, about text: String? = nil, on date: CalendarDate? = nil) -> [ReferenceEntry] {
        entries.filter { entry in
            if let per, !UnitNormalizer.comparable(UnitNormalizer.dimensions(of: per), entry.normalized.dimensions) { return false }
            if let text, !entry.isAbout(text) { return false }
            if let date, !entry.window.contains(date) { return false }
            return true
        }
    }
}
