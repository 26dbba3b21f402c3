import Testing
@testable import ClaimAudit

/// A scenario set up at the start of a paragraph carries into its later
/// sentences (the `lead` scope), and a conflation asserted in the author's own
/// voice is caught without any quotation, attribution or denial.
@Suite struct ScenarioAndAssertedConflationTests {
    func decisions(_ text: String) -> [Classification?] {
        RuleTestSupport.classify(text, format: .markdown).classifications
    }

    @Test func aParagraphOpeningWithASuppositionStaysHypothetical() {
        let doc = decisions("Assume a station with a £35 billion budget. Its output is 25 TWh a year. Each kWh then carries £1.40 of build cost.")
        #expect(doc.count == 2)
        #expect(doc.allSatisfy { $0?.stance == .hypothetical })
    }

    @Test func aSentenceThatTurnsBackToFactsBreaksTheScenario() {
        let doc = decisions("Assume a lab trains one model a year. In reality its last run cost $60 million.")
        #expect(doc.count == 1)
        #expect(doc.first??.stance == .asserted)
    }

    @Test func theScenarioDoesNotCrossParagraphs() {
        let doc = decisions("Assume a lab trains one model a year.\n\nIts last run cost $60 million.")
        #expect(doc.first??.stance == .asserted)
    }

    @Test func assertedPerUserConflationsAreCaught() {
        let drafts = [
            "Anthropic spends $5,000 on every user.",
            "Each of their users costs them $5K.",
            "OpenAI loses $25 per user.",
            "Training cost $100M, so each of its 1M subscribers costs $100 every month.",
        ]
        for draft in drafts {
            let figure = decisions(draft).last
            #expect(figure??.costClass == .conflation, "\(draft)")
            #expect(figure??.stance == .asserted, "\(draft)")
        }
        let plan = decisions("Your $200 plan costs OpenAI $14,000 a month.")
        #expect(plan.first??.kind == .price)
        #expect(plan.last??.costClass == .conflation)
    }

    @Test func realMarginalCostsAreNotConflations() {
        for text in ["Serving one more user costs about $3 a month.",
                     "A typical subscriber costs them about $3 a month.",
                     "Customer acquisition costs them $150 per user.",
                     "The company spends $1,200 per employee on laptops."] {
            #expect(decisions(text).first??.costClass != .conflation, "\(text)")
        }
    }
}
