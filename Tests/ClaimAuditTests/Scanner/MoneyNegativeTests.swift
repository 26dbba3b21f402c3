import Testing
@testable import ClaimAudit

@Suite struct MoneyNegativeTests {
    /// Sentences with no money mention at all.
    static let noMoney: [String] = [
        "Add the folder to $PATH and restart the shell.",
        "Your config lives in $HOME/.config by default.",
        "Interpolate it as ${var} in the template.",
        "The schema uses $ref to point at shared parts.",
        "The sed command s/(\\w+)/$1/ swaps the words.",
        "GPT-4 was released in March.",
        "Revenue peaked in Q3 2024 for most vendors.",
        "The support desk is open 24/7 for enterprise plans.",
        "The new chips are 10x faster than the old ones.",
        "The launch happened on March 3, 2024 in the morning.",
        "The log shows 2024-03-03 as the date of the outage.",
        "The form was signed on 3/4/2025 by both parties.",
        "The call starts at 10:30 sharp.",
        "Call 555-867-5309 for the sales team.",
        "Upgrade to v2.1.3 before the migration.",
        "The modem still speaks RS 232 over a spare port.",
        "The rover's spec sheet lists Rs as the symbol for surface resistance.",
        "Version 3.5.1 fixed the leak.",
        "Margins improved by 40% this year.",
        "Costs fell 5 percent after the switch.",
        "The claim is sourced in a footnote[1] below.",
        "The area grows as r^2 in that model.",
        "The model has 405B parameters and a long context.",
        "The 70B model fits on two cards.",
        "Llama 3.1 405B is the largest open model.",
        "Each prompt can use up to 5K tokens of context.",
        "The service passed 10M users in June.",
        "The run took 2.788M GPU-hours in total.",
        "Prices will change in 2025 for everyone.",
        "For every dollar spent on research, two are spent on serving.",
        "Think in tokens, not dollars.",
        "The agencies matched the grants dollar-for-dollar.",
        "In dollar terms the market shrank.",
        "The dollar weakened against the yen this week.",
        "The parcel weighs 5 pounds on our scale.",
        "The team grew to 1,200 people in two years.",
        "The chapter has 20+ exercises.",
        "They scored in the low single digits on the benchmark.",
        "Just over 5 percent per cent of users churned.",
        "Half a million users signed up.",
        "They hired two thousand engineers to cut costs.",
        "The survey has six figures and two tables.",
        "The stream runs at 1080p on most screens.",
        "Most phones still play 720p video.",
        "It plans to spend the money on 280 million paying households.",
        "We pay the hosting bill whether customers upload one file or ten thousand.",
        "The app reached 200 million weekly users before the price change.",
        "So 6 x 25.2 million is about the yearly output in kWh.",
        "A grand total of twelve people attended.",
        "The build id abc123def$4.5k€xyz is not a price.",
        "Sessions ran from 9-5 on weekdays.",
    ]

    @Test(arguments: noMoney)
    func findsNothing(_ sentence: String) {
        let found = findMoney(sentence)
        #expect(found.isEmpty, "\(found)")
    }

    /// Sentences with several mentions: the texts of the mentions, in order.
    static let several: [(String, [String])] = [
        ("Spending rose from $2M to $144M in a year.", ["$2M", "$144M"]),
        ("The rate was cut from $8 to $2 an hour.", ["$8", "$2 an hour"]),
        ("Netflix raised its standard plan from $15.49 to $17.99 a month.", ["$15.49", "$17.99 a month"]),
        ("Costs grew from $1 to $3 per seat.", ["$1", "$3 per seat"]),
        ("Costs fell from $9 to $4 per seat.", ["$9", "$4 per seat"]),
        ("The price went from $10 to $12.", ["$10", "$12"]),
        ("The music app lifted its family plan from $15 to $18 a month.", ["$15", "$18 a month"]),
        ("The carrier hikes the unlimited tier from $60 to $65 in May.", ["$60", "$65"]),
        ("- The Team seat moves from $39 to $45 per month.", ["$39", "$45 per month"]),
        ("The depot's standing fee edged from $9.40 to $9.95 in March.", ["$9.40", "$9.95"]),
        ("Costs dropped from $9 to $4 per seat.", ["$9", "$4 per seat"]),
        ("Revenue hit $5M, up from $3M last year.", ["$5M", "$3M"]),
        ("Margins hit $5M, down from $7M last year.", ["$5M", "$7M"]),
        ("The flagship lists at $5/$25 per MTok for input/output.", ["$5", "$25 per MTok"]),
        ("GPT-4 costs $0.03 per 1K tokens for input and $0.06 per 1K tokens for output.",
         ["$0.03 per 1K tokens", "$0.06 per 1K tokens"]),
        ("Plans: $20/month, $200/month, or the team tier (262.50/month).", ["$20/month", "$200/month", "262.50/month"]),
        ("Pro is $20 per month and Max is $200 per month.", ["$20 per month", "$200 per month"]),
        ("The reseller pays 650M a year on 500M revenue.", ["650M a year", "500M"]),
    ]

    @Test(arguments: several)
    func findsEach(_ sentence: String, _ texts: [String]) {
        let found = findMoney(sentence)
        #expect(found.map(\.text) == texts, "\(found)")
    }

    @Test func pairSharesTheDenominator() {
        let found = findMoney("The flagship lists at $5/$25 per MTok for input/output.")
        #expect(found.map(\.per) == [["1000000 token"], ["1000000 token"]])
        #expect(found.map(\.low) == [5, 25])
    }

    @Test func theMoneyBaseOfARatioIsNoMention() {
        #expect(findMoney("For every $1 of revenue the studio spends 70 cents on servers.").map(\.amountText) == ["70 cents"])
        #expect(findMoney("The parcel levy is $1.10 per $100 of assessed value.").map(\.amountText) == ["$1.10"])
        // a figure that names a plan is a mention
        #expect(findMoney("Not every $20 subscriber is a loss.").map(\.amountText) == ["$20"])
    }

    @Test func changeOverTimeKeepsBothAmounts() {
        let found = findMoney("Spending rose from $2M to $144M in a year.")
        #expect(found.map(\.low) == [2e6, 144e6])
        #expect(found.allSatisfy { $0.low == $0.high })
        // a hyphenated word between the verb of change and `from`
        let plan = findMoney("The gym raised its off-peak membership from $29 to $34 a month.")
        #expect(plan.map(\.low) == [29, 34], "\(plan)")
        #expect(plan.map(\.per) == [["month"], ["month"]], "\(plan)")
    }

    @Test func bareFigureTakesTheSentenceCurrency() {
        let found = findMoney("In Berlin the plan is €30 a month, and the team budget is 5k per seat.")
        #expect(found.map(\.currency) == ["EUR", "EUR"])
    }

    @Test func labelsBeforeAColonAreNoBareAmount() {
        #expect(findMoney("4K: about 7 GB an hour at $0.02 per GB.").map(\.amountText) == ["$0.02"])
    }

    @Test func percentagesInWordsAreNoAmount() {
        #expect(findMoney("With €18 million a year, the fund expects a return in the high single digits.").map(\.amountText) == ["€18 million"])
    }

    @Test func centsAndPenniesTakeTheTextCurrency() {
        #expect(findMoney("Power is 0,072 € per kWh, so one answer costs a tenth of a cent.").map(\.currency) == ["EUR", "EUR"])
        #expect(findMoney("Power is 0,072 € per kWh here.").map(\.low) == [0.072])
        #expect(findMoney("The unit rate is 24.5p per kWh. Generation adds a penny per kWh.").map(\.currency) == ["GBP", "GBP"])
        #expect(findMoney("Plans cost $20. Support is a penny per ticket.").map(\.currency) == ["USD", "USD"])
    }

    @Test func poundsWithMoneyContext() {
        #expect(findMoney("The course costs 40 pounds per student.").map(\.currency) == ["GBP"])
        #expect(findMoney("He lost 40 pounds of weight last year.").isEmpty)
    }

    @Test func lowSingleDigitsFromThePreviousSentence() {
        let found = findMoney("A session costs the vendor very little. The bill lands in the low single digits per session.")
        #expect(found.map(\.amountText) == ["low single digits"])
        #expect(found.first?.per == ["session"])
    }
}

@Suite struct MoneyDenominatorContextTests {
    @Test func labelBeforeColonGivesTheDenominators() {
        let found = findMoney("Infrastructure per user per month: $3 to $15 based on usage.")
        #expect(found.map(\.per) == [["user", "month"]])
        #expect(found.map(\.text) == ["$3 to $15"])
    }

    @Test func productNamesBeforeTheUnit() {
        let found = findMoney("Rumour has it the lab spends $5,000 for every Claude Code user.")
        #expect(found.map(\.per) == [["user"]])
        #expect(found.map(\.text) == ["$5,000 for every Claude Code user"])
    }

    @Test func tokenAdjectivesAreSkipped() {
        #expect(findMoney("Output costs $10 per million output tokens.").map(\.per) == [["1000000 token"]])
    }

    @Test func arithmeticOnCountsIsNoMoney() {
        let found = findMoney("So 0.25 × 4.5M × 10 × $1.30 = $14.6M/day.")
        #expect(found.map(\.amountText) == ["$1.30", "$14.6M"])
        #expect(found.last?.per == ["day"])
    }

    @Test func dollarSignAfterAFigureIsNotASuffix() {
        #expect(findMoney("Compare GPT-4 $100M+ with the newer runs.").map(\.amountText) == ["$100M+"])
    }
}
