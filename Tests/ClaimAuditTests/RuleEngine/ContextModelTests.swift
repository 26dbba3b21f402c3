import Foundation
import Testing
@testable import ClaimAudit

/// The context model: its file format, its arithmetic, where it may replace
/// a rule's decision, and training from labelled documents.
@Suite struct ContextModelTests {
    /// A small model in the file format: "pass" and "ticket" go with prices,
    /// "hosting" and "serving" with marginal costs.
    static let modelText = """
    # a hand-made model for tests
    threshold\t0.5
    overrides\tdefault.\tcontext.
    decides\tmarginal\tfixed\tprice\tother
    outcomes\tmarginal\tfixed\tconflation\tprice\tother
    mentions\t40\t20\t20\t40\t20
    feature\tb:pass\t1\t0\t0\t30\t0
    feature\tb3:pass\t1\t0\t0\t28\t0
    feature\tb:ticket\t0\t0\t0\t20\t1
    feature\tb:host\t30\t2\t3\t1\t0
    feature\tb:serv\t25\t1\t5\t0\t0
    feature\tb:outrag\t2\t1\t18\t1\t0
    """

    static var model: ContextModel { try! ContextModel.parse(modelText, path: "test.tsv") }

    @Test func theFileRoundTripsAndKeepsItsSettings() throws {
        let model = Self.model
        #expect(model.threshold == 0.5)
        #expect(model.overrides == ["default.", "context."])
        #expect(model.decides == [.marginal, .fixed, .price, .other])
        #expect(model.outcomeCounts == [40, 20, 20, 40, 20])
        #expect(model.featureCounts["b:pass"] == [1, 0, 0, 30, 0])
        #expect(model.header == ["# a hand-made model for tests"])
        let again = try ContextModel.parse(model.text, path: "again.tsv")
        #expect(again.featureCounts == model.featureCounts)
        #expect(again.outcomeCounts == model.outcomeCounts)
        #expect(again.decides == model.decides)
    }

    @Test(arguments: [
        ("outcomes\tmarginal\tfixed\tconflation\tprice\tother\nmentions\t1\t2\t3\n", 2, "expected 5 counts"),
        ("outcomes\tmarginal\tfixed\tconflation\tprice\tother\nmentions\t1\t2\t3\t4\tfive\n", 2, "'five' is not a count"),
        ("threshold\t1.5\n", 1, "threshold needs one probability"),
        ("outcomes\tmarginal\tfixed\tconflation\tprice\tother\nmentions\t1\t1\t1\t1\t1\nfeature\tb:x\t2\t0\t0\t0\t0\n", 3, "counts more marginal mentions"),
        ("# fine\nweights\t1\n", 2, "unknown line 'weights'"),
        ("decides\tmarginal\tcheap\n", 1, "'cheap' is not an outcome"),
    ])
    func badFilesNameTheLineAndCause(text: String, line: Int, message: String) {
        do {
            _ = try ContextModel.parse(text, path: "bad.tsv")
            Issue.record("parsed a bad model")
        } catch {
            #expect(error.path == "bad.tsv")
            #expect(error.location?.line == line)
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func aFileWithoutTotalsIsAnError() {
        #expect(throws: Diagnostic.self) { _ = try ContextModel.parse("# only a comment\n", path: "empty.tsv") }
    }

    @Test func thePosteriorFollowsTheWordsAndSumsToOne() {
        let model = Self.model
        let pass = model.posterior(["b:pass", "b3:pass"])
        #expect(abs(pass.reduce(0, +) - 1) < 1e-9)
        #expect(pass[3] > 0.9)
        let hosting = model.posterior(["b:host", "b:serv"])
        #expect(hosting[0] > 0.9)
        // Unknown features change nothing.
        #expect(model.posterior(["b:zebra"]) == model.posterior([]))
        #expect(model.weight(of: "b:pass", for: .price, against: .marginal) > 2)
        #expect(model.weight(of: "b:zebra", for: .price, against: .marginal) == 0)
    }

    @Test func itNeverCallsAFigureConflatedAndRespectsItsThreshold() {
        var model = Self.model
        // "outrageous" leans to conflation, which the model may not give: it
        // gives the best allowed outcome only when that reaches the threshold.
        let p = model.posterior(["b:outrag"])
        #expect(p[2] == p.max())
        let decided = model.decide(["b:outrag"])
        #expect(decided == nil || decided!.outcome != .conflation)
        model.decides = ContextModel.Outcome.allCases
        #expect(model.decide(["b:outrag"])?.outcome == .conflation)
        model.threshold = 0.999
        #expect(model.decide(["b:pass"]) == nil)
    }

    @Test func onlyFallbackAndContextRulesMayBeReplaced() {
        let model = Self.model
        #expect(model.mayOverride(ruleID: "default.cost-document-small"))
        #expect(model.mayOverride(ruleID: "context.paragraph-serving"))
        #expect(model.mayOverride(ruleID: nil))
        #expect(!model.mayOverride(ruleID: "derived.marginal"))
        #expect(!model.mayOverride(ruleID: "price.plan"))
    }

    // MARK: - In the pipeline

    static func rules(with model: ContextModel?) -> RuleSet {
        var rules = RuleTestSupport.defaultRules
        rules.contextModel = model
        return rules
    }

    static let gamePost = "Our hosting bill keeps climbing every month. Monthly pass $4.99/mo for the casual players."

    @Test func aFallbackDecisionIsReplacedAndTheWordsAreCited() throws {
        let without = RuleTestSupport.classify(Self.gamePost, rules: Self.rules(with: nil)).classifications
        let fallback = try #require(without.first ?? nil)
        #expect(fallback.kind == .cost)
        #expect(fallback.ruleID.hasPrefix("context.") || fallback.ruleID.hasPrefix("default."))

        let with = RuleTestSupport.classify(Self.gamePost, rules: Self.rules(with: Self.model)).classifications
        let learned = try #require(with.first ?? nil)
        #expect(learned.kind == .price)
        #expect(learned.ruleID == ContextModel.ruleID)
        #expect(learned.evidence.contains { $0.cue == "pass" && $0.feature == "context-model" })
        let explanation = try #require(learned.explanation)
        #expect(explanation.contains(fallback.ruleID))
        #expect(explanation.contains("\"pass\""))
        #expect(explanation.contains("a price"))
    }

    @Test func aCueRuleIsNeverReplaced() throws {
        // "costs us … to serve" is a cue rule's decision; even a model that
        // leans to price on "pass" leaves it alone.
        let text = "The monthly pass costs us $1.20 per player to serve."
        let without = try #require(RuleTestSupport.classify(text, rules: Self.rules(with: nil)).classifications.first ?? nil)
        #expect(!Self.model.mayOverride(ruleID: without.ruleID))
        let with = try #require(RuleTestSupport.classify(text, rules: Self.rules(with: Self.model)).classifications.first ?? nil)
        #expect(with.ruleID == without.ruleID)
        #expect(with.kind == without.kind && with.costClass == without.costClass)
    }

    @Test func theDefaultRulesFolderShipsAModelThatLoads() throws {
        let model = try #require(RuleTestSupport.defaultRules.contextModel)
        #expect(model.outcomeCounts.reduce(0, +) > 1000)
        #expect(!model.decides.contains(.conflation))
        #expect(model.path.hasSuffix("model/context-words.tsv"))
    }

    @Test func ruleExamplesRunWithoutTheModel() {
        let verifier = RuleExampleVerifier(rules: Self.rules(with: Self.model))
        #expect(verifier.rules.contextModel == nil)
    }

    // MARK: - Training

    @Test func trainingCountsEachLabelledMentionUnderItsLabel() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ctx-train-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "The season pass is $299 for adults.\n\nServing each skier costs the resort about $14 a day in lift power.\n"
        try text.write(to: dir.appendingPathComponent("ski.txt"), atomically: true, encoding: .utf8)
        let labels = """
        {"source": "written for this test", "mentions": [
          {"quote": "$299", "kind": "price", "stance": "asserted", "verdict": "unverifiable", "amount": {"low": 299, "high": 299, "currency": "USD"}},
          {"quote": "$14 a day", "kind": "cost", "class": "marginal", "stance": "asserted", "verdict": "unverifiable", "amount": {"low": 14, "high": 14, "currency": "USD"}, "per": ["day"]}
        ]}
        """
        try labels.write(to: dir.appendingPathComponent("ski.expected.json"), atomically: true, encoding: .utf8)
        let trainer = ContextModelTrainer(rules: Self.rules(with: Self.model), minimumCount: 1)
        #expect(trainer.rules.contextModel == nil)
        let (model, problems, documents) = trainer.train(paths: [dir.path])
        #expect(problems.isEmpty)
        #expect(documents == 1)
        #expect(model.outcomeCounts == [1, 0, 0, 1, 0])
        #expect(model.featureCounts["b3:pass"] == [0, 0, 0, 1, 0])
        #expect(model.featureCounts["b:resort"] == [1, 0, 0, 0, 0])
        #expect(model.featureCounts["per:day"] == [1, 0, 0, 0, 0])
        // A file-name prefix selects documents too.
        let (byPrefix, _, n) = trainer.train(paths: [dir.appendingPathComponent("sk").path])
        #expect(n == 1 && byPrefix.outcomeCounts == model.outcomeCounts)
        let (_, missing, _) = trainer.train(paths: [dir.appendingPathComponent("zz").path])
        #expect(missing.contains { $0.message.contains("no file starts with this prefix") })
        // The command a model's header records, read back for `train --verify`.
        let command = ContextModelTrainer.Command(paths: [dir.path, "Corpus/holdout/h2-"], minimumCount: 1)
        let line = command.headerLine(documents: 1, mentions: 2, version: "0.0.0")
        #expect(ContextModelTrainer.Command(header: ["# a model", line]) == command)
        #expect(ContextModelTrainer.Command(header: ["# a model"]) == nil)
        #expect(ContextModelTrainer.Command(paths: ["Corpus"]).description == "claimaudit train Corpus")
        #expect(model.featuresDiffering(from: model).isEmpty)
        #expect(model.featuresDiffering(from: byPrefix).isEmpty)
        // The examples behind the counts, each with its document and place (`train --examples`).
        let (examples, _, _) = trainer.examples(paths: [dir.path])
        #expect(examples.map(\.example.outcome) == [.price, .marginal])
        #expect(examples.allSatisfy { $0.document.hasSuffix("ski.txt") })
        #expect(examples.map(\.example.span.location.line) == [1, 3])
        #expect(examples[1].example.features.contains("per:day"))
        let tsv = ContextModelTrainer.examplesTSV(examples).split(separator: "\n")
        #expect(tsv.count == 3 && tsv[0] == "document\tline\tcolumn\toffset\toutcome\tfeatures")
        #expect(tsv[2].split(separator: "\t")[4] == "marginal")
    }
}
