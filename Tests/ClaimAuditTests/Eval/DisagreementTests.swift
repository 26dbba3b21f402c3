import Testing
@testable import ClaimAudit

@Suite struct DisagreementTests {
    let list = Disagreement.list(in: ScorecardTests.doc.evaluate(ScorecardTests.labels, ScorecardTests.predictions))

    @Test func everyDisagreementInDocumentOrder() {
        #expect(list.map(\.field) == [.class, .stance, .amount, .per, .missed, .kind, .spurious, .missed])
    }

    @Test func theLabelNoteExplainsAClassDisagreement() {
        let doc = EvalFixture("Each user costs them $5K.")
        let e = doc.evaluate([MentionLabel(quote: "$5K", kind: .cost, costClass: .conflation, note: "total spend over users")],
                             [doc.prediction("$5K", value: 5000, kind: .cost, costClass: .marginal, rule: "marginal.per-user")])
        #expect(Disagreement.list(in: e).map(\.line)
            == [#"doc.md:1:22: class: expected conflation, got marginal ("$5K" by rule marginal.per-user); label note: total spend over users"#])
    }

    @Test func linesPointAtTheMention() {
        #expect(list[0].line == #"doc.md:2:16: class: expected marginal, got fixed ("$0.02" by rule fixed.training)"#)
        #expect(list[2].line == #"doc.md:2:16: amount: expected 0.02 USD, got 0.2 USD ("$0.02" by rule fixed.training)"#)
        #expect(list[3].line == #"doc.md:2:16: per: expected ["query"], got [] ("$0.02" by rule fixed.training)"#)
        #expect(list[4].line == #"doc.md:2:47: missed: expected a cost/fixed mention, got nothing ("$100 million")"#)
        #expect(list[5].line == #"doc.md:2:71: kind: expected other, got cost/fixed ("$2 billion")"#)
        #expect(list[6].line == #"doc.md:3:9: spurious: expected no mention, got a cost/marginal mention ("2.5")"#)
    }
}

@Suite struct RuleTallyTests {
    @Test func eachRuleCountsItsRightWrongAndSpuriousDecisionsWorstFirst() {
        let tallies = RuleTally.tallies([ScorecardTests.doc.evaluate(ScorecardTests.labels, ScorecardTests.predictions)])
        #expect(tallies.map(\.rule) == ["(none)", "fixed.training", "conflation.total-over-users"])
        #expect(tallies[0].correct == 1 && tallies[0].wrong == 1 && tallies[0].spurious == 1)
        #expect(tallies[1].wrong == 1 && tallies[1].precision == 0)
        #expect(tallies[2].correct == 1 && tallies[2].precision == 1)
    }
}
