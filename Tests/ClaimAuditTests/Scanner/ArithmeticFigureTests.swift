import Testing
@testable import ClaimAudit

/// Bare figures in arithmetic the text states are money when the
/// document states them as money elsewhere, and so is a result left with
/// one money unit.
@Suite struct ArithmeticFigureTests {
    func amounts(_ text: String) -> [String] {
        findMoney(text).map { "\($0.amountText)=\($0.low) \($0.currency)" }
    }

    @Test func dividingMoneyByMoneyGivesACount() {
        let found = amounts("If each user costs $5,000 and pays $20 a month, it takes ages. 5000 / 20 = 250 months.")
        #expect(found == ["$5,000=5000.0 USD", "$20=20.0 USD", "5000=5000.0 USD", "20=20.0 USD"], "\(found)")
    }

    @Test func moneyTimesCountsGivesMoney() {
        let found = amounts("Finance is £410 a month. That is about £95 a week (410 x 12 / 52 = 94.6, I checked).")
        #expect(found == ["£410=410.0 GBP", "£95=95.0 GBP", "410=410.0 GBP", "94.6=94.6 GBP"], "\(found)")
    }

    @Test func moneyPerUnitOverAnEfficiency() {
        let found = amounts("I paid $0.56/kWh at the charger. 0.56/3.2 = 0.175, so it is right.")
        #expect(found == ["$0.56=0.56 USD", "0.56=0.56 USD", "0.175=0.175 USD"], "\(found)")
    }

    @Test func aDroppedMagnitudeStillMatches() {
        let found = amounts("It lost $13.5 billion on $4.3 billion of revenue: 13.5 ÷ 4.3 ≈ 3.1.")
        #expect(found.count == 4, "\(found)")
        #expect(found.contains("13.5=13500000000.0 USD"), "\(found)")
    }

    @Test func wrongArithmeticOrCountsAloneAreNoMoney() {
        #expect(amounts("We ran 200 jobs. 200 × 3 = 600 jobs in total.").isEmpty)
        #expect(amounts("It costs $5. 5 x 12 = 70, apparently.") == ["$5=5.0 USD"])
    }

    /// A sentence made only of figures and equals signs stays linear.
    @Test(.timeLimit(.minutes(1))) func aWallOfEqualsStaysLinear() {
        let text = String(repeating: "$1 = $1 = 1 x ", count: 4000) + "end."
        let found = findMoney(text)
        #expect(found.count >= 8000)
    }
}
