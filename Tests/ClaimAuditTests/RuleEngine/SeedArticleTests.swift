import Foundation
import Testing
@testable import ClaimAudit

/// Acceptance on the article the project was born from. The article is read
/// from the shared folder (never copied into the repository); the test runs
/// only where that file exists.
@Suite struct SeedArticleTests {
    static let path = "/work/shared/seed/5k-per-user-article.txt"
    static let available = FileManager.default.fileExists(atPath: path)

    struct Row {
        var text: String
        var classification: Classification
        var claim: Int?
        var sentence: String
    }

    func rows() throws -> [Row] {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let doc = RuleTestSupport.classify(text, format: .text)
        var claimOf: [Int: Int] = [:]
        for c in doc.claims { for i in c.mentionIndices { claimOf[i] = c.id } }
        return doc.scanned.scan.mentions.enumerated().map { i, m in
            Row(text: doc.scanned.prose.string(m.range), classification: doc.classifications[i]!, claim: claimOf[i],
                sentence: doc.scanned.prose.string(doc.scanned.scan.sentences[m.sentenceIndex].range))
        }
    }

    @Test(.enabled(if: available)) func fiveThousandPerUserIsOneConflationClaim() throws {
        let rows = try rows()
        let fiveK = rows.filter { $0.text.hasPrefix("$5,000") || $0.text.hasPrefix("$5K") }
        #expect(fiveK.count >= 6)
        #expect(Set(fiveK.map(\.claim)).count == 1, "\(fiveK.map { ($0.text, $0.claim) })")
        for r in fiveK { #expect(r.classification.costClass == .conflation, "\(r.text): \(r.classification.ruleID)") }
        let attributed = try #require(fiveK.first { $0.sentence.contains("making rounds") })
        #expect(attributed.classification.stance == .attributed)
        let hypothetical = try #require(fiveK.first { $0.sentence.hasPrefix("If Anthropic really spent") })
        #expect(hypothetical.classification.stance == .hypothetical)
        let negated = try #require(fiveK.first { $0.sentence.contains("doesn't spend") })
        #expect(negated.classification.stance == .negated)
    }

    @Test(.enabled(if: available)) func otherFiguresOfTheArticle() throws {
        let rows = try rows()
        func row(_ prefix: String) throws -> Classification {
            try #require(rows.first { $0.text.hasPrefix(prefix) }, "no mention \(prefix)").classification
        }
        #expect(try row("$0.10 to $2.00").costClass == .marginal)
        #expect(try row("$3 to $15").costClass == .marginal)
        #expect(try row("$20 per month").kind == .price)
        #expect(try row("$25 per user monthly").kind == .price)
        #expect(try row("$0.03 per 1K tokens").kind == .price)
        let netflix = try row("$15,000 per subscriber")
        #expect(netflix.costClass == .conflation)
        #expect(netflix.stance == .hypothetical || netflix.stance == .attributed)
    }

    @Test(.enabled(if: available)) func everyMentionCitesARuleAndEvidence() throws {
        for r in try rows() {
            #expect(!r.classification.ruleID.isEmpty)
            #expect(!r.classification.evidence.isEmpty, "\(r.text) has no evidence")
        }
    }
}
