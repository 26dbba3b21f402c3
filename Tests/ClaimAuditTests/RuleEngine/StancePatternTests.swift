import Testing
@testable import ClaimAudit

/// Stance patterns of real prose, through the real pipeline (masking, the
/// money scanner, the default rules): plan names, verbs of speech, the
/// author's own arithmetic on a reported figure, conditions after the figure,
/// hedges, corrected wording in quotation marks, and forum quote lines.
@Suite struct StancePatternTests {
    /// The stance and stance rule of the first mention whose amount text is `amount`.
    func stance(of amount: String, in text: String, format: SourceFormat = .text, occurrence: Int = 1) -> (Stance?, String?) {
        let doc = RuleTestSupport.classify(text, format: format)
        var seen = 0
        for (i, m) in doc.scanned.scan.mentions.enumerated() where doc.scanned.prose.string(m.amountRange) == amount {
            seen += 1
            if seen == occurrence { return (doc.classifications[i]?.stance, doc.classifications[i]?.stanceRuleID) }
        }
        Issue.record("no mention \(amount) in: \(text)")
        return (nil, nil)
    }

    @Test func aPlanNameIsAssertedWhenTheSuppositionIsElsewhere() {
        // The supposition is about the plan's economics, not its price.
        #expect(stance(of: "$30", in: "If usage keeps doubling, the margin on the $30 team plan disappears.").0 == .asserted)
        #expect(stance(of: "$20", in: "I still don't think the $20 plan makes money for them.").0 == .asserted)
        // A supposition in the plan's own clause, or a plan that is only proposed, keeps it hypothetical.
        #expect(stance(of: "$200", in: "If a power user burns $1,000 of compute on a $200 plan, that is a loss.").0 == .hypothetical)
        #expect(stance(of: "$25", in: "We should launch a $25 tier for teams.").1 != "stance.plan-name")
    }

    @Test func sayWithASubjectReportsAndSayAsAnAsideSupposes() {
        #expect(stance(of: "$40", in: "My cofounder says every seat costs us $40 a month in support.").0 == .attributed)
        #expect(stance(of: "$700,000", in: "A blog says the chatbot costs $700,000 a day to run.").0 == .attributed)
        #expect(stance(of: "$20", in: "Customers pay for subscriptions (say, $20 a month) and for API usage.").0 == .hypothetical)
    }

    @Test func aNoteReportsAndNeverNegates() {
        // "note" once shared the stem of "not"
        #expect(stance(of: "$4", in: "Analysts note that each support ticket costs the insurer $4 to answer.").0 == .attributed)
        #expect(stance(of: "$4", in: "Noting the audit, each support ticket costs the insurer $4 to answer.").0 != .negated)
        #expect(stance(of: "$4", in: "My notes: each support ticket costs the insurer $4 to answer.").0 == .asserted)
    }

    @Test func supposedToExpectsInItsOwnClauseOnly() {
        // "supposed" once shared the stem of the conditional "suppose", which reached the whole sentence
        let text = "The new depot was supposed to cost $2 million, and it came in at $3.1 million."
        #expect(stance(of: "$2 million", in: text).0 == .hypothetical)
        #expect(stance(of: "$3.1 million", in: text).0 == .asserted)
        #expect(stance(of: "$5", in: "Suppose each ticket costs $5 to answer.").0 == .hypothetical)
    }

    @Test func sayAsTheFirstWordSupposesWhateverFollows() {
        // "^=say": a first-word "Say" before a name opens a worked example; after a subject it reports
        #expect(stance(of: "$4", in: "Say Lumen spends $4 a ride on insurance.").0 == .hypothetical)
        #expect(stance(of: "$4", in: "Brightline says it spends $4 a ride on insurance.").0 == .attributed)
        #expect(stance(of: "$4", in: "Couriers say each drop costs $4 in fuel.").0 == .attributed)
        // a round figure right after "say" is the writer's own estimate, and set phrases do not suppose
        #expect(stance(of: "$12k", in: "Two weeks of contractor time, plus hosting. Say $12k all in.").0 == .asserted)
        #expect(stance(of: "$15", in: "Say goodbye to the $15 monthly fee.").0 != .hypothetical)
    }

    @Test func aListTakesItsStanceFromTheParagraphThatIntroducesIt() {
        // `intro`: every item of the list, not only the first, sits under the lead-in
        let scenario = "Assume a mid-size SaaS:\n\n- 5,000 seats\n- hosting at $1.20 per seat a month\n- support at $0.80 per seat a month\n"
        #expect(stance(of: "$1.20", in: scenario, format: .markdown).0 == .hypothetical)
        #expect(stance(of: "$0.80", in: scenario, format: .markdown).0 == .hypothetical)
        let report = "What the depot manager told us:\n\n- Buses run 14 hours a day.\n- Each bus wash costs $14 in water and labour.\n"
        #expect(stance(of: "$14", in: report, format: .markdown).0 == .attributed)
        // the writer's own list, and a paragraph after the list, are not under a lead-in
        let own = "What our own logs show:\n\n- Buses run 14 hours a day.\n- Each bus wash costs $14 in water and labour.\n"
        #expect(stance(of: "$14", in: own, format: .markdown).0 == .asserted)
        let after = "Assume a mid-size SaaS:\n\n- 5,000 seats\n\nIn practice hosting costs us $1.20 per seat a month.\n"
        #expect(stance(of: "$1.20", in: after, format: .markdown).0 == .asserted)
    }

    @Test func theAuthorsArithmeticOnAReportedFigureIsAsserted() {
        let text = "The lab reported 30 million GPU-hours for the run; at $2 an hour that is over $60 million in compute."
        #expect(stance(of: "$2", in: text).0 == .asserted)
        #expect(stance(of: "$60 million", in: text).0 == .asserted)
        // The report's own figure stays attributed.
        #expect(stance(of: "$60 million", in: "The lab reported that the run cost $60 million in compute.").0 == .attributed)
        // A conversion "which at …" after a reported quantity.
        #expect(stance(of: "$0.15", in: "A recent estimate puts a reply near 0.3 Wh, which at $0.15 per kWh is about $0.00005.").0 == .asserted)
    }

    @Test func aConditionAfterTheFigureMakesItHypothetical() {
        #expect(stance(of: "28 cents", in: "A two-hour film costs about 28 cents to deliver, if it goes over the commit.").0 == .hypothetical)
        #expect(stance(of: "$259,000", in: "That is about $259,000 a year if usage stays flat.").0 == .hypothetical)
        // Billing terms of a price list and concessive "even if" are facts.
        #expect(stance(of: "$290", in: "The team plan is $290 per seat per year if you pay annually.").0 == .asserted)
        #expect(stance(of: "90 cents", in: "A season costs about 90 cents in egress, even if nobody watches it twice.").0 == .asserted)
    }

    @Test func aQuestionOrComparisonIfDoesNotSuppose() {
        let text = "If you compare rented compute with rented compute, the ratio is $78 million to $5.6 million."
        #expect(stance(of: "$78 million", in: text).0 == .asserted)
        #expect(stance(of: "$10", in: "If the lab burns $500 million, each of its users costs $10.").0 == .hypothetical)
    }

    @Test func aHedgedEstimateIsAssertedButASuppositionIsNot() {
        // the author's own guess, stated with less certainty (Corpus/README.md, "A hedged estimate")
        #expect(stance(of: "$60,000", in: "Each charging bay is expensive to build, maybe $60,000 with the grid connection.").0 == .asserted)
        #expect(stance(of: "$4", in: "Perhaps the true cost per delivery is closer to $4 once returns are counted.").0 == .asserted)
        #expect(stance(of: "$900", in: "Maybe we should check the invoice again: the bill was $900 last month.").0 == .asserted)
        // a hedge on a supposition is still a supposition
        #expect(stance(of: "$60,000", in: "If the grid connection is included, each bay would cost maybe $60,000.").0 == .hypothetical)
    }

    @Test func aWorkedExampleOnAMadeUpFigure() {
        let text = "Spread a $40 million studio build over 10 million viewers and you get $4 a viewer."
        #expect(stance(of: "$40 million", in: text).0 == .hypothetical)
        #expect(stance(of: "$4", in: text).0 == .hypothetical)
        #expect(stance(of: "$4", in: "Divide the $40 million build by 10 million viewers and you get $4 a viewer.").0 == .asserted)
    }

    @Test func correctedWordingInQuotesIsTheAuthors() {
        #expect(stance(of: "$8 million", in: "The honest headline is \"a final training run for $8 million, on top of years of research\".").0 == .asserted)
        #expect(stance(of: "$8 million", in: "The viral headline was \"a frontier model for $8 million\".").0 == .attributed)
    }

    @Test func aForumQuoteLineQuotesOnlyItsOwnLine() {
        let text = """
            nitpicker | 58 minutes ago
            > every ride costs them $500
            8000 x 12 = $96,000. checks out, for once
            """
        #expect(stance(of: "$500", in: text).0 == .attributed)
        #expect(stance(of: "$96,000", in: text).0 == .asserted)
        // A ">" inside a line compares; it does not quote.
        #expect(stance(of: "$5", in: "Any request with latency > 200 ms costs us $5 in credits.").0 == .asserted)
    }

    @Test func aForumQuoteLineQuotesEverySentenceOnIt() {
        let text = """
            gpu_grumbler wrote:
            > a render costs them $0.02. 100k renders a day = $2,000 a day. insane
            nah the render farm is mostly idle, it costs about $300 a day.
            """
        #expect(stance(of: "$0.02", in: text).0 == .attributed)
        #expect(stance(of: "$2,000", in: text).0 == .attributed)
        #expect(stance(of: "$300", in: text).0 != .attributed)
    }

    @Test func aLowerCaseSentenceAfterAFullStopIsItsOwnClause() {
        // Forum prose: the splitter keeps "lol no. that 5k is…" together; the
        // "no" of the first sentence must not negate the figure of the second.
        let text = "lol no. that 5k is everything they spent divided by the number of users."
        #expect(stance(of: "5k", in: text).0 != .negated)
        #expect(stance(of: "$5k", in: "they do not spend $5k on you.").0 == .negated)
    }

    @Test func aLowerCaseSentenceAfterAFullStopIsItsOwnSentence() {
        // The "if" of the first sentence does not reach the figures of the second.
        let text = "also if you ever move to a CDN the egress bill drops a lot on the bigger tiers. we went from $0.085 to $0.02 per GB last year."
        #expect(stance(of: "$0.085", in: text).0 == .asserted)
        // An abbreviation's dot does not end the sentence: the "if" still governs the figure.
        #expect(stance(of: "$0.39", in: "if you rent from a small host, e.g. $0.39 per million tokens, you pay less.").0 == .hypothetical)
    }

    @Test func anHTMLBlockQuoteIsAttributed() {
        let html = "<p>saw this on a forum:</p>\n<blockquote class=\"quote\">every ride costs them $500</blockquote>\n<p>they charge $18 a ride.</p>"
        let quoted = stance(of: "$500", in: html, format: .html)
        #expect(quoted.0 == .attributed)
        #expect(quoted.1 == "stance.attributed-quote")
        #expect(stance(of: "$18", in: html, format: .html).0 == .asserted)
    }
}
