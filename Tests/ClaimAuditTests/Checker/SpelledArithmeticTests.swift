import Foundation
import Testing
@testable import ClaimAudit

/// Arithmetic spelled in words (`times`, `divided by`, `plus`) is arithmetic:
/// a result it clearly misses fails, as it does with `×` and `=`. Words that
/// can mean something else in prose (`at`, `of`, `over`) only ever confirm.
/// Prose written for these tests.
@Suite struct SpelledArithmeticTests {
    static func audit(_ text: String) throws -> AuditedDocument {
        try AuditedProse.audit(text, path: "minutes.txt", format: .text)
    }

    static func verdict(of prefix: String, in doc: AuditedDocument) throws -> Verdict? {
        try AuditedProse.verdict(of: prefix, in: doc)
    }

    @Test func aSpelledProductThatMissesFails() throws {
        // 18,400 × $120 = $2.208 million, not $2.9 million
        let doc = try Self.audit("Treasurer: tyres and fuel at $120 a shift times 18,400 shifts is about $2.9 million.\n")
        #expect(try Self.verdict(of: "$2.9 million", in: doc) == .fails)
        let agreeing = try Self.audit("Treasurer: tyres and fuel at $120 a shift times 18,400 shifts is about $2.2 million.\n")
        #expect(try Self.verdict(of: "$2.2 million", in: agreeing) == .holds)
    }

    @Test func aSlippedZeroInWordsFails() throws {
        // 3 million × $0.025 = $75,000: the blog's $750,000 is ten times too high
        let doc = try Self.audit("""
            Each lookup costs the app about two and a half cents in compute. A blog did the sum as 3 million times two and a half cents and got $750,000 a week. No.

            """)
        #expect(try Self.verdict(of: "$750,000", in: doc) == .fails)
        // the rate keeps no period of the result it was multiplied into
        let rate = try #require(doc.mentions.last { $0.text.hasPrefix("two and a half cents") })
        #expect(rate.per.isEmpty)
    }

    @Test func aLooseWordOnlyConfirms() throws {
        // `at` is also a preposition: a product read through it that misses is not called wrong
        let doc = try Self.audit("At 65 cents a visit, a member who comes 12 times a month costs us $9.40.\n")
        #expect(try Self.verdict(of: "$9.40", in: doc) != .fails)
    }
}
