import Foundation
import Testing
@testable import ClaimAudit

/// Hundreds of money figures in one sentence, one paragraph or
/// one table: the checks and rules that compare figures within a sentence or
/// nearby must not grow quadratically (pair-wise checks are bounded past 64
/// figures in a sentence, per-sentence answers are computed once). The
/// inputs are sized so that each case stays well under two seconds in a
/// debug build; `claimaudit-bench --audit --shape sentence|paragraph|table
/// --scale 1,4,16` measures the growth at larger sizes.
@Suite struct ManyFiguresTests {
    static func clause(_ n: Int) -> String {
        let a = n % 90 + 2
        switch n % 5 {
        case 0: return "the vendor pays $\(a) per user for serving, "
        case 1: return "a blog claims $\(a)K per seat each month, "
        case 2: return "not $\(a).25 per request as the thread says, "
        case 3: return "while the starter plan is $\(a) a month, "
        default: return "and if each user cost $\(a) a day, "
        }
    }

    static func input(_ shape: String, figures: Int) -> String {
        switch shape {
        case "sentence":
            return "By one count, " + (0..<figures).map(clause).joined() + "that settles it.\n"
        case "paragraph":
            return (0..<figures).map { n in
                let a = n % 90 + 2
                return ["Serving a user costs about $\(a) a month. ", "The team tier is $\(a) per seat per month. ",
                        "It does not cost $\(a)K per user. ", "Training took $\(a)M last year. "][n % 4]
            }.joined() + "\n"
        default:
            return "| Line | Cost | Notes |\n| --- | --- | --- |\n" + (0..<figures).map { n in
                let a = n % 90 + 2
                return ["| Serving per user | $\(a) per month | grows |\n", "| Training | $\(a)M | once |\n",
                        "| Pro plan | $\(a)/month | list |\n"][n % 3]
            }.joined()
        }
    }

    @Test("many figures in one sentence, paragraph or table are audited whole", arguments: ["sentence", "paragraph", "table"])
    func manyFigures(shape: String) {
        let figures = 400
        let bytes = Array(Self.input(shape, figures: figures).utf8)
        let clock = ContinuousClock()
        var result: AuditedDocument?
        let elapsed = clock.measure {
            result = Robustness.auditor.audit(SourceDocument(path: "many.md", bytes: bytes, format: .markdown))
        }
        guard let result else { return }
        #expect(result.mentions.count >= figures, "\(shape): \(result.mentions.count) mentions")
        #expect(!result.claims.isEmpty, "\(shape): claims")
        let problems = Robustness.sampledViolations(of: result, bytes: bytes)
        #expect(problems.isEmpty, "\(shape): \(problems.prefix(5))")
        // A generous bound (a shared, loaded debug build): quadratic work at this size took minutes.
        #expect(elapsed < .seconds(60), "\(shape): \(elapsed)")
    }
}
