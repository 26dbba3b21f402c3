import Testing
@testable import ClaimAudit

/// Realistic sentences, one per pattern, through the real pipeline (masker,
/// scanner, default rules). `↓` marks the figure under test. These are written
/// for the tests, not taken from the corpus.
@Suite struct ClassificationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var kind: MentionKind
        var costClass: CostClass?
        var testDescription: String { text }
    }

    static func c(_ text: String, _ kind: MentionKind, _ costClass: CostClass? = nil) -> Case {
        Case(text: text, kind: kind, costClass: costClass)
    }

    static let cases: [Case] = [
        // marginal
        c("Each extra chat session adds roughly ↓$0.04 in GPU time.", .cost, .marginal),
        c("Serving a typical subscriber costs the company about ↓$2 per month.", .cost, .marginal),
        c("Bandwidth for one more viewer works out to ↓$0.01 per hour of video.", .cost, .marginal),
        c("Last year the inference bill alone came to ↓$4 billion.", .cost, .marginal),
        c("Customer acquisition cost averaged ↓$45 per new account.", .cost, .marginal),
        // fixed
        c("Pre-training the flagship model cost ↓$90 million.", .cost, .fixed),
        c("The company pays ↓$300 million a year in research salaries.", .cost, .fixed),
        c("They committed ↓$10 billion to a new data-centre build-out.", .cost, .fixed),
        c("Amortized over four years, the cluster comes to ↓$5 million a month.", .cost, .fixed),
        // conflation
        c("Their $3B of total spending divided by 600,000 users is ↓$5,000 per user.", .cost, .conflation),
        c("The startup doesn't spend ↓$900 on every customer, whatever the deck says.", .cost, .conflation),
        c("A viral post says a maxed-out Team plan costs the provider ↓$9,000 a month in compute at API prices.", .cost, .conflation),
        c("One blog claimed the training run cost $50M, so each of its 500,000 subscribers costs ↓$100 every month.", .cost, .conflation),
        // price
        c("The Business tier is ↓$30 per seat per month.", .price),
        c("ChatGPT Plus costs ↓$20 a month.", .price),
        c("Output tokens are billed at ↓$15 per million tokens.", .price),
        c("An A100 rents for about ↓$1.50 per GPU-hour.", .price),
        // other
        c("The company raised ↓$2 billion in its latest round.", .other),
        c("Annual revenue reached ↓$1.3 billion.", .other),
        c("The firm was valued at ↓$40 billion.", .other),
        c("The company lost ↓$700 million last year.", .other),
    ]

    @Test(arguments: cases) func classifies(_ c: Case) throws {
        let marker = try #require(c.text.range(of: "↓"))
        let offset = c.text.utf8.distance(from: c.text.utf8.startIndex, to: marker.lowerBound)
        let text = c.text.replacingOccurrences(of: "↓", with: "")
        let doc = RuleTestSupport.classify(text)
        let i = try #require(doc.scanned.scan.mentions.firstIndex { $0.range.contains(offset) || $0.range.lowerBound >= offset })
        let got = try #require(doc.classifications[i])
        #expect(got.kind == c.kind, "rule \(got.ruleID)")
        #expect(got.costClass == c.costClass, "rule \(got.ruleID)")
        #expect(!got.evidence.isEmpty)
        if got.kind == .cost { #expect(got.explanation?.isEmpty == false) }
    }

    @Test func aDocumentWithNoRulesStillCitesWhatItSaw() throws {
        let doc = RuleTestSupport.classify("The number was $42.", rules: RuleSet())
        let c = try #require(doc.classifications.first ?? nil)
        #expect(c.kind == .other)
        #expect(c.ruleID == Classifier.fallbackRuleID)
        #expect(c.evidence.first?.cue == "$42")
    }

    /// On equal priority the rule with more `when` conditions wins; an `unless`
    /// narrows a rule without making it win ties (Rules/README.md, "Order").
    @Test func tiesGoToTheMoreSpecificPatternNotTheOneWithMoreExceptions() throws {
        let rules = try RuleSet.parse([(path: "tie.rules", text: """
            rule tie.guarded
              kind: price
              priority: 50
              when: sentence has "plan"
              unless: sentence has "refund"
              unless: sentence has "credit"

            rule tie.specific
              kind: cost
              class: marginal
              priority: 50
              when: sentence has "plan"
              when: sentence has "serve"
            """)])
        let doc = RuleTestSupport.classify("The plan costs us $4 a month to serve.", rules: rules)
        #expect(doc.classifications.first??.ruleID == "tie.specific")
        // with one `when` each, the earlier rule wins, however many `unless` lines the later one has
        let flat = try RuleSet.parse([(path: "tie.rules", text: """
            rule tie.plain
              kind: cost
              class: marginal
              priority: 50
              when: sentence has "serve"

            rule tie.guarded
              kind: price
              priority: 50
              when: sentence has "plan"
              unless: sentence has "refund"
            """)])
        #expect(RuleTestSupport.classify("The plan costs us $4 a month to serve.", rules: flat).classifications.first??.ruleID == "tie.plain")
    }

    @Test func explanationTemplateIsFilled() throws {
        let doc = RuleTestSupport.classify("Their $2B annual burn divided by 400,000 users is $5,000 per user.")
        let c = try #require(doc.classifications.last ?? nil)
        #expect(c.ruleID == "conflation.total-over-users")
        #expect(c.explanation?.hasPrefix("$5,000 per user is total spending (") == true, "\(c.explanation ?? "")")
        #expect(c.evidence.contains { $0.feature == "division" })
        #expect(c.evidence.contains { $0.feature == "aggregate-spend" && $0.cue == "annual burn" })
        // The total itself is the numerator, not a per-user figure.
        let total = try #require(doc.classifications.first ?? nil)
        #expect(total.costClass == .fixed, "\(total.ruleID)")
    }
}
