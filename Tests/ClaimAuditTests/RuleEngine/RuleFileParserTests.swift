import Foundation
import Testing
@testable import ClaimAudit

/// Loading a bad rule file fails with the file, line and column of the
/// mistake and says what is wrong; it never falls back silently.
@Suite struct RuleFileParserTests {
    /// The diagnostic for `text` as the file `bad.rules`.
    func error(_ text: String) -> Diagnostic? {
        do {
            _ = try RuleSet.parse([(path: "bad.rules", text: text)])
            return nil
        } catch {
            return error
        }
    }

    func expectError(_ text: String, line: Int, column: Int, containing fragment: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let d = error(text) else {
            Issue.record("no error for:\n\(text)", sourceLocation: sourceLocation)
            return
        }
        #expect(d.path == "bad.rules", sourceLocation: sourceLocation)
        #expect(d.location == ClaimAudit.SourceLocation(line: line, column: column), "\(d)", sourceLocation: sourceLocation)
        #expect(d.message.contains(fragment), "\(d)", sourceLocation: sourceLocation)
        #expect(d.description.hasPrefix("bad.rules:\(line):\(column): error: "), sourceLocation: sourceLocation)
    }

    static let good = """
    # comment
    lexicon cost-word: cost, spend
    rule r.one
      kind: cost
      class: marginal
      when: clause has cost-word
      example: It costs ↓$3 per request.
    """

    @Test func aValidFileLoads() throws {
        let set = try RuleSet.parse([(path: "ok.rules", text: Self.good)])
        #expect(set.rules.map(\.id) == ["r.one"])
        #expect(set.lexicons["cost-word"]?.phrases == ["cost", "spend"])
        #expect(set.rules[0].examples.first?.markerOffset == "It costs ".utf8.count)
    }

    /// A file saved with Windows line ends reads the same (it used to be read
    /// as one long lexicon line, silently).
    @Test func windowsLineEndsLoadTheSameRules() throws {
        let crlf = Self.good.replacingOccurrences(of: "\n", with: "\r\n")
        let set = try RuleSet.parse([(path: "ok.rules", text: crlf)])
        #expect(set.rules.map(\.id) == ["r.one"])
        #expect(set.lexicons["cost-word"]?.phrases == ["cost", "spend"])
        #expect(set.rules[0].examples.first?.text == "It costs $3 per request.")
        expectError("rule r\r\n  kind: costs\r\n", line: 2, column: 9, containing: "unknown kind 'costs'")
    }

    @Test func unknownLexiconPointsAtTheName() {
        expectError("rule r\n  kind: other\n  when: sentence has nosuch-lexicon\n", line: 3, column: 22, containing: "unknown lexicon 'nosuch-lexicon'")
    }

    @Test func unknownKeyPointsAtTheKey() {
        expectError("rule r\n  kind: other\n  wehn: sentence has \"x\"\n", line: 3, column: 3, containing: "unknown rule key 'wehn'")
    }

    @Test func badKindValue() {
        expectError("rule r\n  kind: costs\n", line: 2, column: 9, containing: "unknown kind 'costs'")
    }

    @Test func costNeedsAClass() {
        expectError("rule r\n  kind: cost\n  when: sentence has \"x\"\n", line: 1, column: 6, containing: "no 'class:'")
    }

    @Test func ruleMustDecideSomething() {
        expectError("rule r\n  priority: 3\n", line: 1, column: 6, containing: "decides nothing")
    }

    @Test func badPriority() {
        expectError("rule r\n  kind: other\n  priority: high\n", line: 3, column: 13, containing: "priority must be a whole number")
    }

    @Test func unknownScope() {
        expectError("rule r\n  kind: other\n  when: chapter has \"x\"\n", line: 3, column: 9, containing: "unknown condition 'chapter'")
    }

    @Test func withinNeedsANumber() {
        expectError("rule r\n  kind: other\n  when: clause has \"x\" within many words\n", line: 3, column: 31, containing: "'within' takes a whole number")
    }

    @Test func unterminatedQuote() {
        expectError("rule r\n  kind: other\n  when: clause has \"x\n", line: 3, column: 20, containing: "unterminated quoted phrase")
    }

    @Test func exampleNeedsExactlyOneMarker() {
        expectError("rule r\n  kind: other\n  example: It costs $3.\n", line: 3, column: 12, containing: "needs '↓'")
        expectError("rule r\n  kind: other\n  example: ↓$3 and ↓$4\n", line: 3, column: 12, containing: "only one '↓'")
    }

    @Test func unknownPlaceholder() {
        expectError("rule r\n  kind: other\n  explain: {amount} is {amonut}\n", line: 3, column: 24, containing: "unknown placeholder {amonut}")
    }

    @Test func duplicateRuleInOneFolder() {
        expectError("rule r\n  kind: other\nrule r\n  kind: price\n", line: 3, column: 6, containing: "already defined at bad.rules:1:6")
    }

    @Test func topLevelGarbage() {
        expectError("rules r\n", line: 1, column: 1, containing: "expected 'lexicon NAME: phrases' or 'rule ID'")
    }

    @Test func selfReferentialLexicon() {
        expectError("lexicon a: x {a}\nrule r\n  kind: other\n  when: clause has a\n", line: 1, column: 12, containing: "refers to itself")
        expectError("lexicon a: =doesn't\nrule r\n  kind: other\n  when: clause has a\n", line: 1, column: 12, containing: "must be a single word")
    }

    @Test func phraseCannotStartWithAGap() {
        expectError("lexicon a: * users\nrule r\n  kind: other\n  when: clause has a\n", line: 1, column: 12, containing: "cannot start with '*'")
    }

    @Test func aMisplacedAnchorPointsAtTheCaret() {
        // in a lexicon: the column of the '^' itself
        expectError("lexicon a: costs, say ^the lab\nrule r\n  kind: other\n  when: clause has a\n", line: 1, column: 23,
                    containing: "'^' anchors a phrase")
        expectError("lexicon a: ^say ^the\nrule r\n  kind: other\n  when: clause has a\n", line: 1, column: 17,
                    containing: "can only begin a phrase")
        // in a quoted phrase of a condition
        expectError("rule r\n  kind: other\n  when: opening has \"say^\"\n", line: 3, column: 25, containing: "'^' anchors a phrase")
        // an anchor with no word after it
        expectError("lexicon a: ^\nrule r\n  kind: other\n  when: clause has a\n", line: 1, column: 12, containing: "needs at least one word")
        expectError("lexicon a: ^ * users\nrule r\n  kind: other\n  when: clause has a\n", line: 1, column: 12, containing: "cannot start with '*'")
        // an anchored lexicon after other words
        expectError("lexicon a: ^say\nlexicon b: so {a}\nrule r\n  kind: other\n  when: clause has b\n", line: 2, column: 12,
                    containing: "can only begin a phrase")
    }

    @Test func anAnchoredPhraseLoads() throws {
        let set = try RuleSet.parse([(path: "ok.rules", text: "lexicon a: ^=say, ^ suppose\nrule r\n  stance: hypothetical\n  when: opening has a, \"^imagine\"\n")])
        #expect(set.cueIDs["a"] != nil)
        #expect(set.cueIDs["\"^imagine\""] != nil)
    }

    // MARK: - Folders

    func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func laterFolderOverridesByID() throws {
        let base = try folder(["a.rules": Self.good])
        let extra = try folder(["b.rules": "rule r.one\n  kind: price\n  when: clause has cost-word\nrule r.two\n  kind: other\n"])
        let set = try RuleSet.load(directories: [base, extra])
        #expect(set.rules.map(\.id) == ["r.one", "r.two"])
        #expect(set.rule(id: "r.one")?.kind == .price)
    }

    @Test func badFileInAFolderNamesTheFile() throws {
        let dir = try folder(["a.rules": Self.good, "z.rules": "rule x\n  kind: nope\n"])
        do {
            _ = try RuleSet.load(directories: [dir])
            Issue.record("expected an error")
        } catch {
            #expect(error.path == dir.appendingPathComponent("z.rules").path)
            #expect(error.location == ClaimAudit.SourceLocation(line: 2, column: 9))
        }
    }

    @Test func missingFolderAndEmptyFolderFail() throws {
        #expect(throws: Diagnostic.self) { try RuleSet.load(directories: [URL(fileURLWithPath: "/nonexistent/rules")]) }
        let empty = try folder(["README.md": "# nothing"])
        #expect(throws: Diagnostic.self) { try RuleSet.load(directories: [empty]) }
    }

    @Test func defaultRulesLoad() throws {
        let set = try RuleSet.load(directories: [RuleTestSupport.defaultRulesDirectory])
        #expect(set.rules.count > 40)
        #expect(set.rule(id: "conflation.total-over-users")?.costClass == .conflation)
    }
}
