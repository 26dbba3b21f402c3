import Foundation
import Testing
@testable import ClaimAudit

@Suite struct SARIFReporterTests {
    func log(_ documents: [AuditedDocument], options: ReportOptions = ReportOptions()) throws -> [String: Any] {
        let text = SARIFReporter(options: options).generateReport(documents)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func run(_ log: [String: Any]) throws -> [String: Any] {
        try #require((log["runs"] as? [[String: Any]])?.first)
    }

    /// Every property GitHub code scanning requires, non-empty.
    @Test func carriesWhatGitHubRequires() throws {
        let log = try log([ReportFixtures.audited, ReportFixtures.missing])
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let run = try run(log)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "ClaimAudit")
        #expect(driver["semanticVersion"] as? String == ToolInfo.version)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["conflation.total-over-users", "fixed.salaries", "marginal.per-use", "price.plan"])
        for rule in rules {
            for key in ["shortDescription", "fullDescription", "help"] {
                let text = try #require((rule[key] as? [String: Any])?["text"] as? String)
                #expect(!text.isEmpty)
            }
            #expect(["error", "warning", "note"].contains((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String))
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 6)
        for result in results {
            let ruleId = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == ruleId)
            #expect(["error", "warning", "note"].contains(result["level"] as? String))
            let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
            #expect(!message.isEmpty)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "posts/who%20pays.md")
            let region = try #require(location["region"] as? [String: Any])
            for key in ["startLine", "startColumn", "endLine", "endColumn"] { #expect((region[key] as? Int ?? 0) >= 1) }
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints["primaryLocationLineHash"]?.isEmpty == false)
            #expect(fingerprints["claimAudit/v1"]?.isEmpty == false)
        }
    }

    @Test func firstResultSaysWhatFailedInItsFirstSentence() throws {
        let result = try #require((try run(log([ReportFixtures.audited]))["results"] as? [[String: Any]])?.first)
        let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
        #expect(message.hasPrefix("$5K per user: conflation (attributed), fails.\n"))
        #expect(message.contains("$5,000 ÷ $20 = 250 months"))
        let region = try #require(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 3 && region["startColumn"] as? Int == 46 && region["endColumn"] as? Int == 58)
        #expect(region["byteOffset"] as? Int == ReportFixtures.span("$5K per user").start && region["byteLength"] as? Int == 12)
        #expect((result["properties"] as? [String: Any])?["verdict"] as? String == "fails")
    }

    @Test func fingerprintsAreStableAndUniquePerFile() throws {
        let a = SARIFReporter().generateReport([ReportFixtures.audited])
        #expect(a == SARIFReporter().generateReport([ReportFixtures.audited]))
        let results = try #require(try run(log([ReportFixtures.audited]))["results"] as? [[String: Any]])
        let hashes = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["claimAudit/v1"] }
        #expect(Set(hashes).count == hashes.count)
        // Moving the claim to another line keeps its fingerprint.
        var moved = ReportFixtures.audited
        moved.mentions[0].span.location.line += 10
        let movedResults = try #require(try run(log([moved]))["results"] as? [[String: Any]])
        #expect(movedResults[0]["partialFingerprints"] as? [String: String] == results[0]["partialFingerprints"] as? [String: String])
    }

    @Test func ruleMetadataFromTheRuleEngineWins() throws {
        let descriptor = RuleDescriptor(id: "price.plan", shortDescription: "Plan price", fullDescription: "A subscription plan's list price.",
                                        help: "Prices are reference points, not costs.", helpMarkdown: "Prices are **reference points**.",
                                        defaultLevel: .note, tags: ["price"], precision: "high")
        let driver = try #require((try run(log([ReportFixtures.audited], options: ReportOptions(rules: ["price.plan": descriptor])))["tool"]
            as? [String: Any])?["driver"] as? [String: Any])
        let rule = try #require((driver["rules"] as? [[String: Any]])?.first { $0["id"] as? String == "price.plan" })
        #expect((rule["shortDescription"] as? [String: String])?["text"] == "Plan price")
        #expect((rule["help"] as? [String: String])?["markdown"] == "Prices are **reference points**.")
        #expect((rule["properties"] as? [String: Any])?["precision"] as? String == "high")
    }

    @Test func inputProblemsAreNotifications() throws {
        let run = try run(log([ReportFixtures.missing]))
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let note = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(note["level"] as? String == "error")
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    @Test func overTheResultLimitTheHighestLevelsStay() throws {
        let text = SARIFReporter(resultLimit: 2).generateReport([ReportFixtures.audited])
        let log = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try run(log)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["level"] as? String } == ["error", "warning"])
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["conflation.total-over-users"])
        let notes = try #require((run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]])
        #expect((notes.first?["message"] as? [String: Any])?["text"] as? String == "4 lower-level results left out: a run holds at most 2.")
    }

    @Test func mentionsOnlyUsesTheMoneyMentionRule() throws {
        let run = try run(log([ReportFixtures.mentionsOnly]))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 7)
        #expect(Set(results.compactMap { $0["ruleId"] as? String }) == ["money-mention"])
        #expect(Set(results.compactMap { $0["level"] as? String }) == ["note"])
    }

    @Test(arguments: [
        ("posts/a.md", "posts/a.md"), ("./posts/a.md", "posts/a.md"), ("docs/My Post.md", "docs/My%20Post.md"),
        ("a#b?.md", "a%23b%3F.md"), ("100%.md", "100%25.md"), ("c:notes.md", "c%3Anotes.md"),
        ("café/ü.md", "caf%C3%A9/%C3%BC.md"), ("/abs/x.md", "file:///abs/x.md"), ("dir\\win.md", "dir/win.md"),
    ])
    func artifactURIs(_ path: String, _ uri: String) {
        #expect(ArtifactURI.uri(for: path) == uri)
    }

    @Test func absolutePathsUnderTheBaseAreRelative() {
        #expect(ArtifactURI.uri(for: "/repo/docs/a.md", base: "/repo") == "docs/a.md")
        #expect(ArtifactURI.uri(for: "/other/a.md", base: "/repo") == "file:///other/a.md")
    }
}
