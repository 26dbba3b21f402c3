import Foundation
import Testing
@testable import ClaimAudit

@Suite struct JSONOutputTests {
    func parsed(_ document: AuditedDocument) throws -> [String: Any] {
        let line = JSONLinesReporter().generateReport([document])
        #expect(line.hasSuffix("\n") && line.dropLast().split(separator: "\n").count == 1)
        return try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    func mentions(_ document: AuditedDocument) throws -> [[String: Any]] {
        try #require(try parsed(document)["mentions"] as? [[String: Any]])
    }

    @Test func fileObjectKeysInContractOrder() throws {
        let line = JSONLinesReporter().generateReport([ReportFixtures.audited])
        #expect(line.hasPrefix("{\"file\":\"posts/who pays.md\",\"format\":\"markdown\",\"mentions\":[{\"text\":\"$5K per user\",\"span\":{\"start\":"))
        let first = try #require(try mentions(ReportFixtures.audited).first)
        #expect(Set(first.keys) == ["text", "span", "amount", "per", "kind", "class", "stance", "verdict", "severity",
                                    "rule", "stanceRule", "claim", "evidence", "explanation", "checks"])
    }

    @Test func everyMentionIsListedWhateverItsKind() throws {
        let ms = try mentions(ReportFixtures.audited)
        #expect(ms.count == 7)
        #expect(ms.map { $0["kind"] as? String } == ["cost", "price", "cost", "cost", "other", "cost", "price"])
        // `class` only on cost claims; no verdict on the unassessed valuation.
        #expect(ms[1]["class"] == nil && ms[4]["class"] == nil)
        #expect(ms[4]["verdict"] == nil && ms[4]["checks"] == nil)
    }

    @Test func spanAmountAndEvidence() throws {
        let m = try #require(try mentions(ReportFixtures.audited).first)
        let span = try #require(m["span"] as? [String: Int])
        let bytes = Array(ReportFixtures.text.utf8)
        #expect(String(decoding: bytes[span["start"]!..<span["end"]!], as: UTF8.self) == "$5K per user")
        #expect(span["line"] == 3 && span["column"] == 46 && span["endLine"] == 3 && span["endColumn"] == 58)
        let amount = try #require(m["amount"] as? [String: Any])
        #expect(amount["low"] as? Int == 5000 && amount["currency"] as? String == "USD")
        #expect(m["per"] as? [String] == ["user"])
        let evidence = try #require(m["evidence"] as? [[String: Any]])
        #expect(evidence.first?["cue"] as? String == "claims" && evidence.first?["line"] as? Int == 3)
        let check = try #require((m["checks"] as? [[String: Any]])?.first)
        #expect(check["agrees"] as? Bool == false)
        #expect((check["inputs"] as? [[String: Any]])?.last?["source"] as? String == "line 5")
    }

    @Test func informativeChecksHaveNoAgreesField() throws {
        var doc = ReportFixtures.audited
        doc.mentions[0].assessment?.checks.append(Check(name: "document-ratio", inputs: [], arithmetic: "$5,000 is 250 plan-months", agrees: nil))
        let checks = try #require(try mentions(doc).first?["checks"] as? [[String: Any]])
        #expect(checks.map { $0["agrees"] as? Bool } == [false, nil])
        #expect(checks[1].keys.sorted() == ["arithmetic", "inputs", "name"])
    }

    @Test func approxAndQualifierOnlyWhenPresent() throws {
        let ms = try mentions(ReportFixtures.audited)
        #expect(ms[3]["approx"] as? Bool == true)
        #expect(ms.filter { $0["approx"] != nil }.count == 1)
        #expect(ms[2]["qualifier"] as? String == "about")
        #expect(ms.filter { $0["qualifier"] != nil }.count == 1)
    }

    @Test func uncomputedFieldsAreLeftOut() throws {
        for m in try mentions(ReportFixtures.mentionsOnly) {
            #expect(Set(m.keys).isSubset(of: ["text", "span", "amount", "per", "approx", "qualifier"]))
        }
    }

    @Test func numbersReadLikePeopleWriteThem() throws {
        let line = JSONLinesReporter().generateReport([ReportFixtures.audited])
        #expect(line.contains("\"amount\":{\"low\":5000,\"high\":5000,\"currency\":\"USD\"}"))
        #expect(line.contains("\"amount\":{\"low\":0.03,\"high\":0.03,\"currency\":\"USD\"}"))
        #expect(line.contains("\"low\":60000000000,"))
        #expect(!line.contains(".0,") && !line.contains("e+"))
    }

    @Test func diagnosticsAreErrors() throws {
        let errors = try #require(try parsed(ReportFixtures.missing)["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(errors[0]["level"] as? String == "error" && errors[0]["line"] == nil)
        let warnings = try #require(try parsed(ReportFixtures.audited)["errors"] as? [[String: Any]])
        #expect(warnings[0]["line"] as? Int == 7 && warnings[0]["column"] as? Int == 1)
    }

    @Test func jsonIsAnArrayInInputOrder() throws {
        let report = JSONReporter().generateReport([ReportFixtures.missing, ReportFixtures.audited])
        let array = try #require(JSONSerialization.jsonObject(with: Data(report.utf8)) as? [[String: Any]])
        #expect(array.map { $0["file"] as? String } == ["posts/gone.md", "posts/who pays.md"])
        #expect(JSONReporter().generateReport([]) == "[]\n")
    }
}

@Suite struct JSONValueTests {
    @Test(arguments: [
        (5000.0, "5000"), (0.1, "0.1"), (0.03, "0.03"), (-2.5, "-2.5"), (0.0, "0"), (1.2e9, "1200000000"),
        (0.00003, "0.00003"), (1.5e20, "150000000000000000000"), (262.5, "262.5"), (1e15, "1000000000000000"),
        (123456.789, "123456.789"), (Double.nan, "null"), (0.1 + 0.2, "0.3"), (0.7000000000000001, "0.7"),
        (1.0 / 3.0, "0.333333333333333"), (-1e-7, "-0.0000001"),
    ])
    func numbers(_ value: Double, _ expected: String) {
        #expect(JSONNumber.format(value) == expected)
    }

    @Test func writtenFiguresReadBackExactly() throws {
        for value in [0.1, 0.03, 5e-7, 2.5e17, 12.75, 1234567.891, 262.5, 0.000123] {
            let parsed = try #require(Double(JSONNumber.format(value)))
            #expect(parsed == value)
        }
    }

    @Test func stringsAreEscaped() throws {
        let value: JSONValue = .object([("k", .string("a \"quote\", back\\slash\nnew\tline \u{01} €"))])
        let text = value.serialized()
        #expect(text == #"{"k":"a \"quote\", back\\slash\nnew\tline \u0001 €"}"#)
        let back = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
        #expect(back["k"] == "a \"quote\", back\\slash\nnew\tline \u{01} €")
    }

    @Test func lineSeparatorsAreEscapedAndPlainStringsCopied() {
        #expect(JSONValue.string("a\u{2028}b\u{2029}c").serialized() == #""a\u2028b\u2029c""#)
        #expect(JSONValue.string("€40 – £3").serialized() == "\"€40 – £3\"")
        #expect(JSONValue.string("plain $5K per user").serialized() == "\"plain $5K per user\"")
    }

    @Test func prettyPrintingKeepsKeyOrder() {
        let value: JSONValue = .object([("z", 1), ("a", [true, .null]), ("m", .object([]))])
        #expect(value.serialized(pretty: true) == "{\n  \"z\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"m\": {}\n}")
    }
}
