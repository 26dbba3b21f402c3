import Testing
@testable import ClaimAudit

@Suite struct SeverityPolicyTests {
    @Test(arguments: [
        (Verdict.fails, CostClass?.some(.conflation), Stance.asserted, false, Severity.error),
        (.fails, .conflation, .attributed, false, .warning),
        (.fails, .conflation, .hypothetical, false, .warning),
        (.fails, .conflation, .negated, false, .note),
        (.fails, .conflation, .asserted, true, .note),
        (.fails, .conflation, .attributed, true, .note),
        (.fails, .marginal, .asserted, false, .error),
        (.fails, nil, .asserted, false, .error),
        (.fails, .marginal, .attributed, false, .note),
        (.fails, .fixed, .asserted, true, .note),
        (.holds, .marginal, .asserted, false, .note),
        (.unverifiable, .fixed, .asserted, false, .note),
    ] as [(Verdict, CostClass?, Stance, Bool, Severity)])
    func table(verdict: Verdict, costClass: CostClass?, stance: Stance, rebutted: Bool, expected: Severity) {
        #expect(SeverityPolicy.severity(verdict: verdict, costClass: costClass, stance: stance, rebutted: rebutted) == expected)
    }
}

@Suite struct RebuttalTests {
    let checker = Checker(reference: ReferenceData(), today: today2026)

    @Test func assertedConflationIsAnError() throws {
        let doc = TestDocument.make("Anthropic spends $5,000 on every user.", [.cost("$5,000", 5000, per: ["user"], .conflation)])
        let a = try #require(checker.assess(doc)[0])
        #expect(a.verdict == .fails && a.severity == .error && !a.rebutted)
    }

    @Test func negatedMentionOfTheSameClaimRebutsEveryMention() throws {
        let doc = TestDocument.make("""
            A post going around says the lab spends $5,000 on each user.
            Investors repeat it.
            The lab does not spend $5K per user.
            """, [.cost("$5,000", 5000, per: ["user"], .conflation, .attributed),
                  .cost("$5K", 5000, per: ["user"], .conflation, .negated)])
        let out = checker.assess(doc)
        let first = try #require(out[0])
        #expect(first.severity == .note && first.rebutted)
        #expect(first.text.contains("the document itself rejects this figure: it negates the same claim on line 3"))
        let second = try #require(out[1])
        #expect(second.verdict == .fails && second.severity == .note && second.rebutted)
    }

    @Test func cuesInTheSentenceNextSentenceOrHeading() throws {
        let next = TestDocument.make("People say training spread over users is $900 per user. That number is misleading.",
                                     [.cost("$900", 900, per: ["user"], .conflation)])
        #expect(checker.assess(next)[0]?.severity == .note)
        #expect(checker.assess(next)[0]?.text.contains("\"misleading\" (line 1)") == true)

        let heading = TestDocument.make("# The $900-per-user myth\n\nThe lab supposedly burns $900 per user.\n",
                                        [.cost("$900", 900, per: ["user"], .conflation, occurrence: 2)])
        let h = try #require(checker.assess(heading)[0])
        #expect(h.rebutted && h.severity == .note)
        #expect(h.text.contains("heading"))

        let far = TestDocument.make("The lab burns $900 per user. Revenue grew. Costs fell. That claim is wrong.",
                                    [.cost("$900", 900, per: ["user"], .conflation)])
        #expect(checker.assess(far)[0]?.severity == .error)
    }

    @Test func aMarginalCostPerUserBeyondTenYearsOfSubscriptionFails() throws {
        let reference = try TestDocument.defaultReference()
        let doc = TestDocument.make("Anthropic spends $5,000 on every user.", [.cost("$5,000", 5000, .marginal)])
        let a = try #require(Checker(reference: reference, today: today2026).assess(doc)[0])
        #expect(a.verdict == .fails && a.severity == .error)
        #expect(a.text.contains("$5,000 (line 1) ÷ $20 per month (reference claude-pro"))
        #expect(a.text.contains("250 months ≈ 20.8 years"))
        let small = TestDocument.make("Anthropic spends about $40 on every user.", [.cost("$40", 40, .marginal)])
        let b = try #require(Checker(reference: reference, today: today2026).assess(small)[0])
        #expect(b.verdict == .unverifiable && b.severity == .note)
    }

    @Test func otherMentionsGetNoAssessment() {
        let doc = TestDocument.make("The company raised $2 billion.", [.other("$2 billion", 2e9)])
        #expect(checker.assess(doc) == [nil])
        let unclassified = TestDocument.make("It costs $3.", [MentionSpec(quote: "$3", low: 3, high: 3, kind: nil)])
        #expect(checker.assess(unclassified) == [nil])
    }

    @Test func conflationWithListPriceShowsRetailArithmetic() throws {
        let doc = TestDocument.make("The $200 plan burns $5,000 in compute at API prices each month.",
                                    [.price("$200", 200), .cost("$5,000", 5000, per: ["month"], .conflation)])
        let a = try #require(checker.assess(doc)[1])
        #expect(a.text.contains("retail list price"))
        #expect(a.text.contains("$5,000 × (1 − 0.75) = $1,250"))
        #expect(a.text.contains("$5,000 × (1 − 0.9) = $500"))
    }
}
