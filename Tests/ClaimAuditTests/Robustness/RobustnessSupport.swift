import Foundation
import Testing
@testable import ClaimAudit

/// A small seeded generator so every fuzz run sees the same documents.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Shared state and invariant checks for the whole-pipeline robustness tests.
enum Robustness {
    /// Default rules and reference data, loaded once.
    static let auditor: Auditor = {
        guard let configuration = try? AuditConfiguration.defaults() else {
            Issue.record("cannot load the default Rules/ folder")
            return Auditor()
        }
        return Auditor(configuration: configuration)
    }()

    /// Fragments the fuzzer mixes: money, denominators, cue words, markup,
    /// unicode, and bytes that are not valid UTF-8.
    static let fragments: [[UInt8]] = {
        let text = [
            "$5K", "$5,000", "per user per", "per month", "between $", " and $", "€1.234,5", "£3.50", "USD 300",
            "twenty dollars and", "5 thousand dollars", "$0.03", "3 cents", "$3-15", "$1 to $5", "$10 or even $100 billion",
            "a few cents", "tens of millions of dollars", "/month", "$5/MTok", "per 1K tokens", "$1.2bn", "5k per user",
            "divided by", "not", "doesn't spend", "if", "would cost", "according to", "amortized over", "training run",
            "inference", "revenue", "salaries", "list price", "costs", "spend", "is", "they", "users", "%", "10x",
            "<p>", "</p>", "</", "<div>", "<!--", "-->", "<script>", "&#", "&#36;", "&amp;", "&dollar;", "&#x24;",
            "[x](", ")", "](http://a.b/$5)", "`", "```", "```\n", "~~~", "---\n", "|", "| $5 |", ">", "> ", "*", "_", "#", "\\$",
            "    ", "\t", "\n", "\n\n", "\r", "\r\n", " ", " ", ". ", "? ", "!", "\"", "'", "(", ",", ".", "=", "*", "×", "÷",
            "é", "日本語", "👩‍💻", "\u{200B}", "\u{FEFF}", "ﬁ", "Ａ", "₹5", "¥300", "$", "$$", "0", "9", "1e9", ".5", "5.",
        ]
        var list = text.map { Array($0.utf8) }
        list += [[0xFF], [0xC3], [0xE2, 0x82], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00], [0x0C], [0x1B]]
        list.append(Array(String(repeating: "a", count: 700).utf8))
        list.append(Array(String(repeating: "9", count: 400).utf8))
        list.append(Array(("$" + String(repeating: "9", count: 320)).utf8))
        return list
    }()

    /// A random document of about `pieces` fragments.
    static func document(pieces: Int, using rng: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<pieces {
            let fragment = fragments[Int.random(in: 0..<fragments.count, using: &rng)]
            bytes += fragment
            if Int.random(in: 0..<3, using: &rng) == 0 { bytes.append(UInt8(ascii: " ")) }
        }
        return bytes
    }

    /// The location of raw byte `offset`, computed the slow, obvious way.
    static func expectedLocation(of offset: Int, in bytes: [UInt8]) -> ClaimAudit.SourceLocation {
        var line = 1, column = 1
        for b in bytes[..<offset] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return ClaimAudit.SourceLocation(line: line, column: column)
    }

    /// Every invariant the contract promises for one audited document;
    /// returns the problems found (empty when all hold).
    /// Violations in the first 30 mentions of a large result (checking every
    /// location the slow way is quadratic), and claims that name a mention
    /// the result does not have.
    static func sampledViolations(of result: AuditedDocument, bytes: [UInt8]) -> [String] {
        let sample = AuditedDocument(path: result.path, format: result.format,
                                     mentions: Array(result.mentions.prefix(30)), claims: [], diagnostics: [])
        var problems = violations(of: sample, bytes: bytes).filter { !$0.contains("names claim") }
        for claim in result.claims where !claim.mentionIndices.allSatisfy({ result.mentions.indices.contains($0) }) {
            problems.append("claim \(claim.id) names a mention out of range")
        }
        return problems
    }

    static func violations(of result: AuditedDocument, bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        func check(_ span: SourceSpan, _ what: String) {
            guard 0 <= span.start, span.start <= span.end, span.end <= bytes.count else {
                problems.append("\(what) span \(span.start)..<\(span.end) outside 0..<\(bytes.count)"); return
            }
            let start = expectedLocation(of: span.start, in: bytes), end = expectedLocation(of: span.end, in: bytes)
            if span.location != start { problems.append("\(what) start \(span.location) expected \(start)") }
            if span.endLocation != end { problems.append("\(what) end \(span.endLocation) expected \(end)") }
        }
        for (i, m) in result.mentions.enumerated() {
            check(m.span, "mention \(i)")
            check(m.amountSpan, "amount of mention \(i)")
            guard m.span.start >= 0, m.span.end <= bytes.count, m.span.start <= m.span.end else { continue }
            let raw = String(decoding: bytes[m.span.start..<m.span.end], as: UTF8.self)
            if raw != m.text { problems.append("mention \(i) text \(m.text.debugDescription) but raw bytes say \(raw.debugDescription)") }
            if m.span.start == m.span.end { problems.append("mention \(i) is empty") }
            if m.amountSpan.start < m.span.start || m.amountSpan.end > m.span.end {
                problems.append("mention \(i) amount span outside the mention span")
            }
            if let claim = m.claimID, !result.claims.contains(where: { $0.id == claim && $0.mentionIndices.contains(i) }) {
                problems.append("mention \(i) names claim \(claim), which does not list it")
            }
            if let c = m.classification, m.evidenceLocations.count != c.evidence.count {
                problems.append("mention \(i) has \(c.evidence.count) evidence items but \(m.evidenceLocations.count) locations")
            }
        }
        var ids = Set<Int>()
        for claim in result.claims {
            if !ids.insert(claim.id).inserted { problems.append("claim id \(claim.id) used twice") }
            if claim.mentionIndices.isEmpty { problems.append("claim \(claim.id) has no mentions") }
            for i in claim.mentionIndices where !result.mentions.indices.contains(i) {
                problems.append("claim \(claim.id) references missing mention \(i)")
            }
        }
        return problems
    }

    /// The first tag that closes out of order in `html`, if any (void
    /// elements aside); a cheap well-formedness check for escaped output.
    static func htmlNestingProblem(_ html: String) -> String? {
        // Bytes, not Characters: a '>' followed by a joiner is one Character.
        let bytes = Array(html.utf8)
        var stack: [String] = []
        let void: Set<String> = ["meta", "br", "hr", "img", "link", "!doctype"]
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            guard let close = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else { return "unclosed '<'" }
            let tag = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
            i = close + 1
            if tag.hasPrefix("/") {
                let closing = String(tag.dropFirst())
                guard stack.last == closing else { return "</\(closing)> closes <\(stack.last ?? "nothing")>" }
                stack.removeLast()
            } else {
                let name = String(tag.prefix { $0 != " " }).lowercased()
                if !void.contains(name) { stack.append(name) }
            }
        }
        return stack.isEmpty ? nil : "unclosed <\(stack.last!)>"
    }

    /// Problems with the output of every reporter for `documents`.
    static func reporterViolations(_ documents: [AuditedDocument]) -> [String] {
        var problems: [String] = []
        for format in ReportFormat.allCases {
            let output = format.makeReporter(options: ReportOptions(verbose: true)).generateReport(documents)
            switch format {
            case .json, .sarif:
                if (try? JSONSerialization.jsonObject(with: Data(output.utf8))) == nil {
                    problems.append("\(format) output is not JSON: \(output.prefix(300))")
                }
            case .jsonl:
                for line in output.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                    if (try? JSONSerialization.jsonObject(with: Data(line.utf8))) == nil {
                        problems.append("jsonl line is not JSON: \(line.prefix(300))")
                    }
                }
            case .github:
                for line in output.split(separator: "\n") where !line.hasPrefix("::") {
                    problems.append("github line is not a workflow command: \(line.prefix(300))")
                }
            case .text:
                if output.utf8.contains(0) { problems.append("text output holds a NUL byte") }
            case .html:
                // Every tag the page opens is closed, in order: the input never breaks the markup.
                if let problem = htmlNestingProblem(output) { problems.append("html: \(problem)") }
            }
        }
        return problems
    }
}
