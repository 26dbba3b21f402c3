import Foundation
import Testing
@testable import ClaimAudit

/// Paybacks stated in years against a monthly saving or margin, fleets run
/// around the clock at a rate per machine-hour, and misses that decide nothing
/// kept out of a confirmed figure's explanation.
extension PassageShapesTests {
    static func monthlyReturn(_ quote: String, _ value: Double) -> MentionSpec {
        MentionSpec(quote: quote, low: value, high: value, per: ["month"], kind: .other)
    }

    // MARK: - payback against a monthly saving

    @Test func aHyphenatedPaybackInYearsAgreesWithTheMonthlySaving() throws {
        let text = "The heat pump cost $2,400 up front and saves us $20 a month on gas, a 10-year payback."
        let out = Self.assess(text, [.cost("$2,400", 2400, .fixed), Self.monthlyReturn("$20", 20)])
        #expect(out[0]?.verdict == .holds)
        #expect(out[0]?.text.contains("derived: payback = $2,400 (line 1) ÷ $20 per month (line 1) = 120 months ≈ 10 years; the text says 10-year (line 1), which agrees") == true)
    }

    @Test func aPaybackInWordsThatMissesTheSavingFails() throws {
        let text = "The new dishwasher was $9,000 and cuts our water and labour bill by $250 a month, so it pays for itself in ten years."
        let out = Self.assess(text, [.cost("$9,000", 9000, .fixed), Self.monthlyReturn("$250", 250)])
        #expect(out[0]?.verdict == .fails)
        #expect(out[0]?.text.contains("derived: payback = $9,000 (line 1) ÷ $250 per month (line 1) = 36 months ≈ 3 years; the text says ten years (line 1), which does not agree") == true)
    }

    @Test func aLumpSumLentTheSavingsMonthIsStillTheOutlay() throws {
        // the scanner may share `a month` with the `$40,000` before it; its own words state no period
        let text = "The new chiller was $40,000 and shaves $500 a month off the power bill, a three-year payback."
        let out = Self.assess(text, [.cost("$40,000", 40000, per: ["month"], .fixed), Self.monthlyReturn("$500", 500)])
        #expect(out[0]?.verdict == .fails)
        #expect(out[0]?.text.contains("derived: payback = $40,000 (line 1) ÷ $500 per month (line 1) = 80 months ≈ 6.7 years; the text says three-year (line 1), which does not agree") == true)
    }

    @Test func aPaybackWithinABoundHoldsAnyShorterPayback() throws {
        // $2,000 ÷ $100 = 20 months, within two years
        let text = "The $2,000 laptop saves me $100 a month in coworking fees and paid for itself within two years."
        let out = Self.assess(text, [.cost("$2,000", 2000, .fixed), Self.monthlyReturn("$100", 100)])
        #expect(out[0]?.verdict == .holds)
        let late = Self.assess("The $2,000 laptop saves me $50 a month in coworking fees and paid for itself within two years.",
                               [.cost("$2,000", 2000, .fixed), Self.monthlyReturn("$50", 50)])
        #expect(late[0]?.verdict == .fails)
    }

    @Test func aPaybackAgainstAMonthlyMarginHolds() throws {
        let text = "An extra kiosk costs $15,000 to install and brings in $250 a month of margin, so it pays back in five years."
        let out = Self.assess(text, [.cost("$15,000", 15000, .fixed), Self.monthlyReturn("$250", 250)])
        #expect(out[0]?.verdict == .holds)
    }

    @Test func aMonthlyRunningCostIsNoReturnToPayBackFrom() throws {
        // $5,000 ÷ $50 = 100 months, but the $50 is a bill, not a saving: the two years say nothing about it
        let text = "We spent $5,000 on the build and pay $50 a month for hosting, and it took two years to break even."
        let out = Self.assess(text, [.cost("$5,000", 5000, .fixed), .cost("$50", 50, per: ["month"], .marginal)])
        #expect(out[0]?.verdict == .unverifiable)
    }

    @Test func aPaybackWithNoMonthlyFigureStaysUnverifiable() throws {
        let text = "The retrofit cost $50,000 and should pay for itself in about ten years, the landlord says."
        let out = Self.assess(text, [.cost("$50,000", 50000, .fixed, .attributed)])
        #expect(out[0]?.verdict == .unverifiable)
    }

    // MARK: - fleets per day

    @Test func aClusterRunAroundTheClockCostsCountTimesRateTimes24Hours() throws {
        let text = "A 512-GPU training cluster rented at $2.50 per GPU-hour runs about $30,720 a day."
        let out = Self.assess(text, [.price("$2.50", 2.5, per: ["gpu-hour"]), .cost("$30,720", 30720, per: ["day"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("derived: 512-GPU × $2.50 per GPU-hour (line 1) × 24 hours = $30,720 per day; the text says $30,720 per day (line 1), which agrees") == true)
    }

    @Test func aFleetTotalOffByTenFails() throws {
        let text = "Our 64-GPU inference pool at $3 per GPU-hour costs us $46,080 a day."
        let out = Self.assess(text, [.price("$3", 3, per: ["gpu-hour"]), .cost("$46,080", 46080, per: ["day"], .marginal)])
        #expect(out[1]?.verdict == .fails)
        #expect(out[1]?.text.contains("64-GPU × $3 per GPU-hour (line 1) × 24 hours = $4,608 per day; the text says $46,080 per day (line 1), which does not agree") == true)
    }

    @Test func serversAtARatePerServerHourMakeAMonthOfThirtyDays() throws {
        let text = "We keep 40 servers up around the clock at $0.50 per server-hour, which comes to $14,400 a month."
        let out = Self.assess(text, [.price("$0.50", 0.5, per: ["server-hour"]), .cost("$14,400", 14400, per: ["month"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("40 servers × $0.50 per server-hour (line 1) × 720 hours = $14,400 per month") == true)
    }

    @Test func aBareHourlyRateForEachGPUConfirmsTheDailyTotal() throws {
        let text = "Renting 8 H100s at $3 an hour each comes to $576 a day."
        let out = Self.assess(text, [.price("$3", 3, per: ["hour"]), .cost("$576", 576, per: ["day"], .marginal)])
        #expect(out.map { $0?.verdict } == [.holds, .holds])
        #expect(out[1]?.text.contains("8 H100s × $3 per hour (line 1) × 24 hours = $576 per day; the text says $576 per day (line 1), which agrees") == true)
        #expect(out[1]?.text.contains("does not agree") == false)
    }

    @Test func aBareHourlyRateThatMissesDecidesNothingNew() throws {
        // `$3 an hour` may be the whole rig's rate: a miss against the GPU count is no contradiction
        let text = "Renting 8 H100s at $3 an hour comes to $72 a day."
        let out = Self.assess(text, [.price("$3", 3, per: ["hour"]), .cost("$72", 72, per: ["day"], .marginal)])
        #expect(out[1]?.verdict != .fails)
    }

    @Test func aClusterWithNoRateStaysUnverifiable() throws {
        let text = "The lab's cluster has 2,000 GPUs and its daily power bill is $11,000, a spokesperson said."
        let out = Self.assess(text, [.cost("$11,000", 11000, per: ["day"], .marginal, .attributed)])
        #expect(out[0]?.verdict == .unverifiable)
    }

    // MARK: - explanation noise

    @Test func aConfirmedFigureDoesNotShowAMissThatDecidesNothing() throws {
        let text = "A 1,000-GPU cluster at $2 per GPU-hour costs $48,000 a day."
        let out = Self.assess(text, [.price("$2", 2, per: ["gpu-hour"]), .cost("$48,000", 48000, per: ["day"], .marginal)])
        #expect(out[1]?.verdict == .holds)
        #expect(out[1]?.text.contains("does not agree") == false)
        #expect(out[1]?.text.contains("1,000-GPU × $2 per GPU-hour (line 1) × 24 hours = $48,000 per day") == true)
    }

    @Test func anUnconfirmedFigureStillShowsTheMiss() throws {
        let checks = [Check(name: "derived-statement", inputs: [], arithmetic: "derived: 5 × $3 = $15 (line 1); the text says $40, which does not agree", agrees: nil)]
        #expect(Checker.withoutIdleMisses(checks).count == 1)
        let confirmed = checks + [Check(name: "derived-statement", inputs: [], arithmetic: "derived: x, which agrees", agrees: true)]
        #expect(Checker.withoutIdleMisses(confirmed).map(\.agrees) == [true])
    }
}
