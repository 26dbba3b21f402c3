import Testing
@testable import ClaimAudit

/// Negation and conditionals govern the clause that holds the figure, not the
/// whole sentence. Checked both on hand-built documents (no scanner) and
/// through the real pipeline.
@Suite struct StanceScopeTests {
    typealias Spec = RuleTestSupport.MentionSpec

    func stance(_ sentence: String, _ spec: Spec) -> Stance? {
        let doc = RuleTestSupport.document(sentences: [sentence], mentions: [spec])
        return Classifier(rules: RuleTestSupport.defaultRules).classify(doc).classifications.first??.stance
    }

    @Test func negationInTheClauseNegates() {
        #expect(stance("The lab doesn't spend $5,000 per user.", Spec(text: "$5,000 per user", amountText: "$5,000", low: 5000, per: ["user"])) == .negated)
        #expect(stance("That is nowhere near $5K a head.", Spec(text: "$5K", low: 5000)) == .negated)
    }

    @Test func negationInAnotherClauseDoesNot() {
        #expect(stance("It is not cheap, but a reply costs $0.002 to serve.", Spec(text: "$0.002", low: 0.002)) == .asserted)
        #expect(stance("Nobody disputes it: serving costs $3 per user.", Spec(text: "$3 per user", amountText: "$3", low: 3, per: ["user"])) == .asserted)
    }

    @Test func negationExceptionsAreNotNegations() {
        #expect(stance("It costs no more than $3 a month.", Spec(text: "$3", low: 3)) == .asserted)
        #expect(stance("It is not only cheap; it costs $3 a month.", Spec(text: "$3", low: 3)) == .asserted)
    }

    @Test func negationFarBeforeTheFigureDoesNotReach() {
        #expect(stance("We do not think the whole team and every contractor on the project would ever see $40 of it.",
                       Spec(text: "$40", low: 40)) != .negated)
    }

    @Test func conditionalClauseIsHypothetical() {
        #expect(stance("If the lab really spent $5,000 per user, it would never break even.",
                       Spec(text: "$5,000 per user", amountText: "$5,000", low: 5000, per: ["user"])) == .hypothetical)
        #expect(stance("A heavy user could cost $200 a month.", Spec(text: "$200", low: 200)) == .hypothetical)
    }

    @Test func questionsAreHypothetical() {
        #expect(stance("Does one user really cost $5,000?", Spec(text: "$5,000", low: 5000)) == .hypothetical)
    }

    @Test func attributionIsAttributed() {
        #expect(stance("According to the filing, training cost $3 billion.", Spec(text: "$3 billion", low: 3e9)) == .attributed)
        #expect(stance("Training cost $3 billion, the report said.", Spec(text: "$3 billion", low: 3e9)) == .attributed)
        #expect(stance("Training cost $3 billion.", Spec(text: "$3 billion", low: 3e9)) == .asserted)
    }

    @Test func negationOutranksAttribution() {
        #expect(stance("A viral post claims it, but the lab does not spend $5,000 on each user.", Spec(text: "$5,000", low: 5000)) == .negated)
    }

    @Test func throughTheRealPipeline() {
        let doc = RuleTestSupport.classify("It is not cheap to build, but each answer costs about $0.002. The lab doesn't spend $5,000 per user.")
        #expect(doc.classifications.count == 2)
        #expect(doc.classifications[0]?.stance == .asserted)
        #expect(doc.classifications[1]?.stance == .negated)
        #expect(doc.classifications[1]?.stanceRuleID == "stance.negated")
    }
}
