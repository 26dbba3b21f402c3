import Testing
@testable import ClaimAudit

/// Figures without a currency sign that the grammar makes money, and the
/// look-alikes that must stay counts.
@Suite struct BareMoneyTests {
    @Test(arguments: [
        ("A seven-mile robotaxi ride is maybe $6 of real cost and they charge 18.", "18", 18.0),
        ("I pay $12 for the phone plan and the carrier says it costs them fifty to serve me.", "fifty", 50.0),
        ("The reseller loses maybe 300 bucks on that account, not 4,800.", "4,800", 4800.0),
        ("Claude is $20 a month and honestly I pay like 20/mo for the other one too.", "20", 20.0),
        // the second end of a change over time, left bare
        ("The family plan went from $22.99 to 25.99 in March.", "25.99", 25.99),
        // forum shorthand for cents
        ("The gacha is a scam, $10 buys 25 pulls so each one is like .40 a pull.", ".40", 0.40),
        ("ngl the api is like .02 per query vs my $20 a month plan", ".02", 0.02),
    ])
    func bareFigureAfterAPriceVerb(_ text: String, _ amount: String, _ value: Double) {
        let found = findMoney(text)
        let m = found.first { $0.amountText == amount }
        #expect(m != nil, "\(found)")
        #expect(m.map { close($0.low, value) && $0.currency == "USD" } == true, "\(found)")
    }

    @Test func centsShorthandBeforeAUnitRateIsMoney() {
        let found = findMoney("power here is like 30c/kwh now, ugh")
        #expect(found.map(\.amountText) == ["30c"], "\(found)")
        #expect(found.first.map { close($0.low, 0.30) && $0.per == ["kwh"] } == true, "\(found)")
        // a temperature or a grade stays out without a rate or money around it
        #expect(findMoney("It hit 30c in the shade today.").isEmpty)
    }

    @Test func pointLedNumbersThatAreNotMoneyStayOut() {
        for text in ["We ported it to .NET last year for $40,000.", "About .25 of the $8 budget went on hosting.",
                     "Version .12 of the $5 app.", "Run ./bin/build.sh before you pay the $5 fee."] {
            let found = findMoney(text).map(\.amountText)
            #expect(!found.contains { $0.hasPrefix(".") }, "\(text): \(found)")
        }
    }

    @Test func aStatedCalculationCarriesTheRateOfItsResult() {
        let text = "Egress bills $0.09 per GB, so 40,000 GB x $0.09 = 3,600 a month."
        let found = MoneyScanner().scan(proseBlocks(text)).mentions
        let result = found.first { close($0.amount.low, 3600) }
        #expect(result?.per == [Denominator(unit: "month")], "\(found)")
    }

    @Test func theFirstEndOfAChangeTakesTheSecondEndsMoneyWord() {
        let cents = findMoney("Insurance went from 40 to 55 cents a ride last year.")
        #expect(cents.map(\.amountText) == ["40", "55 cents"])
        #expect(close(cents[0].low, 0.40) && cents[0].currency == "USD" && cents[0].per == ["ride"], "\(cents)")
        let millions = findMoney("The grant grew from 3 to 4 million euros.")
        #expect(millions.map(\.amountText) == ["3", "4 million euros"])
        #expect(close(millions[0].low, 3e6) && millions[0].currency == "EUR", "\(millions)")
        // counts that change stay counts
        #expect(findMoney("Visits went from 40 to 55 a day, at $3 each.").map(\.amountText) == ["$3"])
    }

    @Test func aBareRateAfterAnOfferAndACopulaBesideAPriceIsMoney() {
        let tiers = findMoney("Starter is $19 a month, Studio is 49 a month and Agency is custom.")
        #expect(tiers.map(\.amountText) == ["$19", "49"])
        #expect(tiers.last?.per == ["month"] && tiers.last?.currency == "USD", "\(tiers)")
        #expect(findMoney("The base fee is €4 and the family plan is 12/mo.").map(\.amountText) == ["€4", "12"])
        // counts after a copula stay counts
        #expect(findMoney("At $3 a ride, trips are 49 a day.").map(\.amountText) == ["$3"])
        #expect(findMoney("The $19 plan is popular; usage is 49 a month.").map(\.amountText) == ["$19"])
    }

    @Test func bareRepeatOfAnEarlierAmount() {
        let text = "The final training run cost $5.6M in rented GPU time.\n\nok so 5.6M is real but only for the last run."
        let found = MoneyScanner().scan(proseBlocks(text)).mentions
        #expect(found.count == 2)
        #expect(found.last.map { close($0.amount.low, 5.6e6) } == true)
        // a count that happens to repeat a figure stays a count
        let counts = "The seed round was $5M.\n\nThe app now has 5M users."
        #expect(MoneyScanner().scan(proseBlocks(counts)).mentions.count == 1)
    }

    @Test func aCountStaysACountWhenItsNounIsLeftOutOrItIsRepeated() {
        let text = "The service ended the year with 42 million paying households, against 38 million a year earlier, "
            + "and its content budget reached $9.1 billion.\n\n"
            + "If the base stalls at 42 million while the budget climbs to $11 billion, the average rises to about $262 a household."
        let found = MoneyScanner().scan(proseBlocks(text)).mentions.map { proseBlocks(text).string($0.amountRange) }
        #expect(found == ["$9.1 billion", "$11 billion", "$262"], "\(found)")
        // a bare figure the text uses as money is still money, even beside a count of the same value
        let money = "The startup has 3 million users.\n\nThe lab burns 3 million a month on compute."
        #expect(MoneyScanner().scan(proseBlocks(money)).mentions.count == 1)
    }

    @Test func multiBillionIsAnApproximateAmount() {
        let found = findMoney("It compared the GPUs to the company's multi-billion losses.")
        #expect(found.map(\.amountText) == ["multi-billion"], "\(found)")
        #expect(found.first.map { $0.approx && close($0.low, 2e9) && close($0.high, 9.9e9) } == true)
        #expect(findMoney("The utility signed a multimillion-dollar grid contract.").map(\.amountText) == ["multimillion-dollar"])
        // no money noun or word: a count
        #expect(findMoney("The model was trained on a multi-billion token corpus.").isEmpty)
    }

    @Test(arguments: [
        // counts, years, shares and labels after a price verb
        "The streaming service charges $15 a month and pays 3 studios for the catalogue.",
        "We paid $40 a month in 2024 and spent 2025 rebuilding the pipeline.",
        "The support desk costs $9 a seat and we pay 24/7 coverage for it.",
        "They paid $9 for the plan; 10 of them cancelled.",
        "The cloud charges $2 an hour, and the cluster costs 8 GPUs of capacity.",
        // numbers with no price verb stay counts in a money text
        "At $20 a month, GPT-4o handles 128 requests a minute.",
        "The $5 plan includes 405 credits and 70 tokens per second.",
    ])
    func noBareMoney(_ text: String) {
        let found = findMoney(text)
        #expect(found.allSatisfy { $0.amountText.contains("$") }, "\(found)")
    }
}
