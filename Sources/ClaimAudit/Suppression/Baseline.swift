import Foundation

/// Findings accepted once, so that a lint run over legacy content reports
/// only new ones (SwiftLint's and ESLint's baselines).
///
/// Entries are keyed by content, not by line: the file, the rule, the
/// figure's text and a hash of its sentence. Editing other paragraphs does
/// not bring a finding back; editing the sentence that holds it does, so a
/// changed claim is checked again. Entries are counted, so a second copy of
/// an accepted sentence is still reported.
///
/// ```sh
/// claimaudit check posts/ --write-baseline .claimaudit-baseline.json
/// claimaudit check posts/ --baseline .claimaudit-baseline.json
/// ```
public struct Baseline: Sendable, Hashable, Codable {
    /// One accepted finding.
    public struct Entry: Sendable, Hashable, Codable {
        /// The file, relative to the directory the run started in.
        public var file: String
        public var rule: String
        /// The figure as written (`$5,000 on every user`).
        public var figure: String
        /// FNV-1a hash of the sentence holding the figure, one line.
        public var sentence: String
        /// The level when the baseline was written (informative).
        public var level: String

        public init(file: String, rule: String, figure: String, sentence: String, level: String) {
            self.file = file
            self.rule = rule
            self.figure = figure
            self.sentence = sentence
            self.level = level
        }

        var key: String { [file, rule, figure, sentence].joined(separator: "\u{0}") }
    }

    public var version = 1
    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Every reported finding of `documents` (inline-suppressed ones stay
    /// out: their comment already accepts them).
    public static func make(from documents: [AuditedDocument], base: String = FileManager.default.currentDirectoryPath) -> Baseline {
        var entries: [Entry] = []
        for d in documents {
            for f in FindingPolicy.findings(in: d) {
                entries.append(entry(for: f.mention, in: d.path, level: f.level, base: base))
            }
        }
        return Baseline(entries: entries)
    }

    static func entry(for m: AuditedMention, in path: String, level: Severity, base: String) -> Entry {
        Entry(file: normalized(path, base: base), rule: m.classification?.ruleID ?? RuleDescriptor.moneyMention.id,
              figure: MentionPresentation.oneLine(m.text),
              sentence: Fingerprint.fnv1a(MentionPresentation.oneLine(m.sentence.isEmpty ? m.text : m.sentence)),
              level: level.rawValue)
    }

    /// Marks the findings of `document` that the baseline lists as
    /// suppressed (each entry silences one finding).
    public func apply(to document: inout AuditedDocument, baselinePath: String,
                      base: String = FileManager.default.currentDirectoryPath) {
        let file = Self.normalized(document.path, base: base)
        var remaining: [String: Int] = [:]
        for e in entries where e.file == file { remaining[e.key, default: 0] += 1 }
        guard !remaining.isEmpty else { return }
        for f in FindingPolicy.findings(in: document) {
            let key = Self.entry(for: f.mention, in: document.path, level: f.level, base: base).key
            guard let n = remaining[key], n > 0 else { continue }
            remaining[key] = n - 1
            document.mentions[f.index].suppression = Suppression(source: .baseline(baselinePath), reason: nil)
        }
    }

    /// A path relative to `base` when it is inside it, without `./`.
    static func normalized(_ path: String, base: String) -> String {
        var p = path
        let b = base.hasSuffix("/") ? base : base + "/"
        if p.hasPrefix(b) { p = String(p.dropFirst(b.count)) }
        while p.hasPrefix("./") { p.removeFirst(2) }
        return p
    }

    /// Reads a baseline file.
    public static func load(path: String) throws(Diagnostic) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.error, path: path, message: "--baseline: cannot read the file")
        }
        do {
            let baseline = try JSONDecoder().decode(Baseline.self, from: data)
            guard baseline.version == 1 else {
                throw Diagnostic(.error, path: path, message: "--baseline: version \(baseline.version) is not supported (this tool writes version 1)")
            }
            return baseline
        } catch let d as Diagnostic {
            throw d
        } catch {
            throw Diagnostic(.error, path: path, message: "--baseline: not a baseline file (\(error.localizedDescription))")
        }
    }

    /// Writes the baseline as sorted, pretty JSON (stable diffs in review).
    public func write(to path: String) throws(Diagnostic) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var sorted = self
        sorted.entries.sort { ($0.file, $0.rule, $0.figure, $0.sentence) < ($1.file, $1.rule, $1.figure, $1.sentence) }
        do {
            try (encoder.encode(sorted) + Data("\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Diagnostic(.error, path: path, message: "--write-baseline: cannot write the file (\(error.localizedDescription))")
        }
    }
}
