import Foundation
import Testing
@testable import ClaimAudit

@Suite struct LabelFileTests {
    func decode(_ json: String) throws(Diagnostic) -> (LabelFile, [Diagnostic]) {
        try LabelFile.decode(Array(json.utf8), path: "a.expected.json")
    }

    func error(_ json: String) -> Diagnostic? {
        do { _ = try decode(json); return nil } catch { return error }
    }

    @Test func decodesTheContractExample() throws {
        let (file, warnings) = try decode("""
        { "source": "written for this corpus",
          "mentions": [
            { "quote": "$5,000", "occurrence": 1, "kind": "cost", "class": "conflation",
              "stance": "attributed", "verdict": "fails",
              "amount": { "low": 5000, "high": 5000, "currency": "USD" },
              "per": ["user", "1000000 token"], "note": "total spend divided by users" },
            { "quote": "a few cents", "kind": "price", "approx": true, "per": [] }
          ] }
        """)
        #expect(warnings.isEmpty)
        #expect(file.source == "written for this corpus")
        let m = file.mentions[0]
        #expect(m.costClass == .conflation && m.stance == .attributed && m.verdict == .fails)
        #expect(m.amount == LabelAmount(low: 5000, high: 5000, currency: "USD"))
        #expect(m.per == [Denominator(unit: "user"), Denominator(count: 1_000_000, unit: "token")])
        let n = file.mentions[1]
        #expect(n.occurrence == 1 && n.isApprox && n.per == [] && n.stance == nil && n.amount == nil)
    }

    @Test func syntaxErrorsHaveALine() {
        let e = error("{\n  \"mentions\": [\n    { \"quote\": \"$5\" \"kind\": \"price\" }\n  ]\n}")
        #expect(e?.path == "a.expected.json")
        #expect(e?.location?.line == 3)
        #expect(e?.message.hasPrefix("not valid JSON") == true)
    }

    @Test func typeErrorsNameTheKeyPathAndTheMentionLine() {
        let e = error("""
        { "mentions": [
            { "quote": "$5", "kind": "price" },
            { "quote": "$6", "kind": "price",
              "amount": { "low": "6", "currency": "USD" } }
        ] }
        """)
        #expect(e?.message == "mentions[1].amount.low: expected a number")
        #expect(e?.location == SourceLocation(line: 3, column: 5))
    }

    @Test func wrongValuesListTheAllowedOnes() {
        let e = error(#"{ "mentions": [ { "quote": "$5", "kind": "costs" } ] }"#)
        #expect(e?.message == #"mentions[0].kind: "costs" is not one of cost, price, other"#)
        let s = error(#"{ "mentions": [ { "quote": "$5", "kind": "price", "stance": "claimed" } ] }"#)
        #expect(s?.message.contains("asserted, attributed, hypothetical, negated") == true)
    }

    @Test func classRulesFollowTheContract() {
        #expect(error(#"{ "mentions": [ { "quote": "$5", "kind": "cost" } ] }"#)?.message
            == "mentions[0].class: missing; a cost mention needs a class: marginal, fixed or conflation")
        #expect(error(#"{ "mentions": [ { "quote": "$5", "kind": "price", "class": "fixed" } ] }"#)?.message
            == #"mentions[0].class: "class": "fixed" is only for kind cost, not price"#)
        #expect(error(#"{ "mentions": [ { "quote": "$5", "kind": "other", "verdict": "holds" } ] }"#)?.message
            .hasPrefix("mentions[0].verdict") == true)
    }

    @Test func missingKeysAndBadNumbers() {
        #expect(error(#"{ "mentions": [ { "kind": "price" } ] }"#)?.message == #"mentions[0]: missing key "quote""#)
        #expect(error(#"{ "source": "x" }"#)?.message == #"missing key "mentions""#)
        #expect(error(#"{ "mentions": [ { "quote": "$5", "kind": "price", "occurrence": 0 } ] }"#)?.message
            == "mentions[0].occurrence: occurrence is 1-based; got 0")
        #expect(error(#"{ "mentions": [ { "quote": "$5", "kind": "price", "amount": {"low": 5, "currency": "usd"} } ] }"#)?
            .message.contains("ISO 4217") == true)
        #expect(error("[1, 2]")?.message.contains("JSON object") == true)
    }

    @Test func unknownKeysAreWarnings() throws {
        let (_, warnings) = try decode(#"{ "mentions": [ { "quote": "$5", "kind": "price", "verdcit": "holds" } ], "topic": "x" }"#)
        #expect(warnings.map(\.message) == [#"mentions[0]: unknown key "verdcit" is ignored"#])
        #expect(warnings.allSatisfy { $0.level == .warning })
    }

    @Test func locatorFindsEveryMention() {
        let json = "{ \"note\": \"[x]\", \"mentions\": [\n {\"quote\": \"]\"},\n {\"quote\": \"{\"}\n] }"
        #expect(LabelFile.mentionLocations(in: Array(json.utf8)) == [SourceLocation(line: 2, column: 2),
                                                                     SourceLocation(line: 3, column: 2)])
    }
}

@Suite struct CorpusLabelFileTests {
    /// The checkout's `Corpus/` folder.
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus").path

    @Test func everyCorpusLabelFileDecodesAndTheLocatorFindsEveryMention() throws {
        let (documents, _) = LabelledDocument.discover([Self.corpus])
        #expect(!documents.isEmpty)
        for document in documents {
            let data = try #require(FileManager.default.contents(atPath: document.labelPath))
            let (file, _) = try LabelFile.decode([UInt8](data), path: document.labelPath)
            #expect(LabelFile.mentionLocations(in: [UInt8](data)).count == file.mentions.count, "\(document.labelPath)")
        }
    }
}
