import Foundation
import Testing
@testable import ClaimAudit

/// Large inputs of pathological shape through the whole pipeline. These only
/// check that the audit finishes with consistent output; the time growth
/// between 1x and 4x sizes is measured outside the suite (see the report in
/// the `robust` branch history) because timings in a shared debug build are
/// not reliable enough to assert.
@Suite struct HostileShapeTests {
    /// About 8 KB of each shape (the 300 KB versions take minutes in a
    /// debug build: classification and checking grow faster than linearly
    /// with thousands of figures in one sentence or table; they are measured
    /// with the CLI and `claimaudit-bench --audit` instead).
    static func shape(_ name: String, scale: Int = 1) -> [UInt8] {
        func repeated(_ s: String, _ n: Int) -> [UInt8] { Array(String(repeating: s, count: max(1, n * scale / 40)).utf8) }
        switch name {
        case "dollars": return repeated("$", 300_000)
        case "dollar-digit": return repeated("$5 ", 100_000)
        case "one long line": return repeated("They spend $5K per user per month, not $9 a seat. ", 6_000)
        case "nested div": return repeated("<div>", 40_000) + Array("They spend $5K per user.".utf8) + repeated("</div>", 10_000)
        case "list items": return repeated("- Hosting costs $5 per user per month\n", 8_000)
        case "giant claim": return repeated("$5,000 per user and ", 15_000)
        case "between": return repeated("between $1 and ", 20_000)
        case "per chain": return repeated("$5 per user per ", 20_000)
        case "cue words": return repeated("according to if not divided by ", 10_000) + Array("$5K per user.".utf8)
        case "table": return repeated("| $5 | $6 per user |\n", 15_000)
        case "entities": return repeated("&#36;5 &#", 30_000)
        case "fences": return repeated("```\n$5\n", 40_000)
        case "number words": return repeated("twenty dollars and ", 15_000)
        default: return []
        }
    }

    static let names = ["dollars", "dollar-digit", "one long line", "nested div", "list items", "giant claim",
                        "between", "per chain", "cue words", "table", "entities", "fences", "number words"]

    @Test("hostile shapes finish with consistent spans", arguments: names)
    func hostile(name: String) {
        let bytes = Self.shape(name)
        for format in [SourceFormat.markdown, .html] {
            let result = Robustness.auditor.audit(SourceDocument(path: "h", bytes: bytes, format: format))
            let problems = Robustness.sampledViolations(of: result, bytes: bytes)
            #expect(problems.isEmpty, "\(name) \(format): \(problems.prefix(5))")
        }
    }
}
