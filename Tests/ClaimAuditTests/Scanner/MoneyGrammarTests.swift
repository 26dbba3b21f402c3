import Testing
@testable import ClaimAudit

/// One expected mention in a sentence that holds exactly one.
struct GrammarCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var text: String
    var amount: String?
    var low: Double
    var high: Double
    var currency: String
    var per: [String]
    var approx: Bool
    var qualifier: String?

    init(_ sentence: String, _ text: String, amount: String? = nil, _ low: Double, _ high: Double? = nil,
         _ currency: String = "USD", per: [String] = [], approx: Bool = false, qualifier: String? = nil) {
        self.sentence = sentence
        self.text = text
        self.amount = amount
        self.low = low
        self.high = high ?? low
        self.currency = currency
        self.per = per
        self.approx = approx
        self.qualifier = qualifier
    }

    init(_ sentence: String, _ text: String, amount: String? = nil, _ low: Double, _ currency: String,
         per: [String] = [], approx: Bool = false, qualifier: String? = nil) {
        self.init(sentence, text, amount: amount, low, low, currency, per: per, approx: approx, qualifier: qualifier)
    }

    var testDescription: String { sentence }
}

@Suite struct MoneyGrammarTests {
    static let symbolsAndCodes: [GrammarCase] = [
        GrammarCase("The starter plan costs $20 and nothing else.", "$20", 20),
        GrammarCase("They quoted us $5,000 for the migration.", "$5,000", 5000),
        GrammarCase("A pilot of this size runs about $1,234.56 in compute.", "$1,234.56", 1234.56, qualifier: "about"),
        GrammarCase("The sandbox bill came to US$300 last quarter.", "US$300", 300),
        GrammarCase("In Sydney the same seat is A$45.", "A$45", 45, "AUD"),
        GrammarCase("The import licence was 300 US dollars a year.", "300 US dollars a year", amount: "300 US dollars", 300, per: ["year"]),
        GrammarCase("Each thumbnail costs them 4 US cents to render.", "4 US cents", 0.04, per: ["thumbnail"]),
        GrammarCase("Support runs $10ish per seat.", "$10ish per seat", amount: "$10ish", 10, per: ["seat"]),
        GrammarCase("Hosting is $3-ish a month.", "$3-ish a month", amount: "$3-ish", 3, per: ["month"]),
        GrammarCase("In Toronto they charge C$30 for it.", "C$30", 30, "CAD"),
        GrammarCase("Our Montreal office pays CA$1,200 for the licence.", "CA$1,200", 1200, "CAD"),
        GrammarCase("The Melbourne team budgeted AU$900 for it.", "AU$900", 900, "AUD"),
        GrammarCase("Berlin pays €40 for the same plan.", "€40", 40, "EUR"),
        GrammarCase("London pays £3.50 for a coffee-sized allowance.", "£3.50", 3.5, "GBP"),
        GrammarCase("Tokyo pays ¥1,500 for the light tier.", "¥1,500", 1500, "JPY"),
        GrammarCase("Bangalore pays ₹1,00,000 for the annual licence.", "₹1,00,000", 100_000, "INR"),
        GrammarCase("The invoice said USD 300 for the month of support.", "USD 300", 300),
        GrammarCase("The invoice said 300 USD for support.", "300 USD", 300),
        GrammarCase("The fine was EUR 2,500 in the end.", "EUR 2,500", 2500, "EUR"),
        GrammarCase("Licensing is 120 CHF for the year.", "120 CHF", 120, "CHF"),
        GrammarCase("Hosting in Paris costs 1.234,56 € for the quarter.", "1.234,56 €", 1234.56, "EUR"),
        GrammarCase("Hosting in Lyon costs 1 234,56 € for the quarter.", "1 234,56 €", 1234.56, "EUR"),
        GrammarCase("A coffee costs 3,50 € at the station.", "3,50 €", 3.5, "EUR"),
        GrammarCase("Each extra call costs 5¢ in this tier.", "5¢", 0.05, per: ["call"]),
    ]

    static let magnitudes: [GrammarCase] = [
        GrammarCase("The lab raised $1.2bn last spring.", "$1.2bn", 1.2e9),
        GrammarCase("Each seat burns $5k in tooling.", "$5k", 5000, per: ["seat"]),
        GrammarCase("Each seat burns $5K in tooling.", "$5K", 5000, per: ["seat"]),
        GrammarCase("The round brought in $1.2 million from angels.", "$1.2 million", 1.2e6),
        GrammarCase("Their Dublin arm spent €3.5m on hardware.", "€3.5m", 3.5e6, "EUR"),
        GrammarCase("The contract is worth $40MM over two years.", "$40MM", 4e7),
        GrammarCase("The contract is worth $2 bn over two years.", "$2 bn", 2e9),
        GrammarCase("Commitments reached $1.4T by then.", "$1.4T", 1.4e12),
        GrammarCase("They booked $3 mil in services revenue.", "$3 mil", 3e6),
        GrammarCase("The grant was 5 thousand dollars, paid once.", "5 thousand dollars", 5000),
        GrammarCase("She sold the domain for 5 grand in 2019.", "5 grand", 5000),
        GrammarCase("They burn 5k per user on support.", "5k per user", amount: "5k", 5000, per: ["user"]),
        GrammarCase("Netflix will spend 15 billion on content this year.", "15 billion", 1.5e10),
        GrammarCase("The startup got funded w 5m from one investor.", "5m", 5e6),
        GrammarCase("We pay more than $5K+ for this.", "$5K+", 5000, qualifier: "over"),
        GrammarCase("Expect to pay $5K+ for a custom integration.", "$5K+", 5000, qualifier: "+"),
    ]

    static let words: [GrammarCase] = [
        GrammarCase("He lent me twenty dollars for the cab.", "twenty dollars", 20),
        GrammarCase("The repair came to five thousand dollars in parts.", "five thousand dollars", 5000),
        GrammarCase("The settlement was half a million dollars.", "half a million dollars", 500_000),
        GrammarCase("Nobody pays a million dollars for a logo.", "a million dollars", 1e6),
        GrammarCase("The fare was twenty dollars and fifty cents.", "twenty dollars and fifty cents", 20.5),
        GrammarCase("That is my two cents on pricing.", "two cents", 0.02),
        GrammarCase("A query costs less than a dollar here.", "a dollar", 1, qualifier: "under"),
        GrammarCase("The fund closed at one and a half billion dollars.", "one and a half billion dollars", 1.5e9),
        GrammarCase("Each lookup costs a quarter of a cent at most.", "a quarter of a cent", 0.0025, per: ["lookup"]),
        GrammarCase("They put it at a cent and a half per request.", "a cent and a half per request", amount: "a cent and a half", 0.015, per: ["request"]),
        GrammarCase("The ferry toll was two dollars and a half.", "two dollars and a half", 2.5),
        GrammarCase("Each lookup costs a fifth of a cent at most.", "a fifth of a cent", 0.002, per: ["lookup"]),
        GrammarCase("A text message used to cost a dime.", "a dime", 0.1),
        GrammarCase("It will not cost you a penny.", "a penny", 0.01),
        GrammarCase("A sandwich there is 7 euros.", "7 euros", 7, "EUR"),
        GrammarCase("The thali was Rs 180 at the station.", "Rs 180", 180, "INR"),
        GrammarCase("The broadband plan is Rs. 1,200 in Pune.", "Rs. 1,200", 1200, "INR"),
        GrammarCase("Each lookup used to cost $.05 on the old tier.", "$.05", 0.05),
        GrammarCase("The ticket cost 40 pounds in London.", "40 pounds", 40, "GBP"),
        GrammarCase("They settled for 40 pounds sterling.", "40 pounds sterling", 40, "GBP"),
        GrammarCase("A newspaper costs 80 pence now.", "80 pence", 0.8, "GBP"),
        GrammarCase("The ramen was 900 yen and worth it.", "900 yen", 900, "JPY"),
        GrammarCase("The auto ride cost 200 rupees.", "200 rupees", 200, "INR"),
        GrammarCase("He owes me 10 bucks.", "10 bucks", 10),
        GrammarCase("A refill is 30 cents.", "30 cents", 0.3),
        // a note's worth takes the text's currency, pounds when it has none
        GrammarCase("The chippy wants a fiver for a portion now.", "a fiver", 5, "GBP"),
        GrammarCase("Hosting is two tenners a month on that box.", "two tenners a month", amount: "two tenners", 20, "GBP", per: ["month"]),
    ]

    static let ranges: [GrammarCase] = [
        GrammarCase("Infrastructure runs $3 to $15 per user per month.", "$3 to $15 per user per month", amount: "$3 to $15", 3, 15, per: ["user", "month"]),
        GrammarCase("Inference per conversation: $0.10–$2.00 depending on length.", "$0.10–$2.00", 0.1, 2, per: ["conversation"]),
        GrammarCase("Inference per conversation: $0.10-$2.00 depending on length.", "$0.10-$2.00", 0.1, 2, per: ["conversation"]),
        GrammarCase("Seats go for $3-15 depending on volume.", "$3-15", 3, 15),
        GrammarCase("A custom deal costs $1–5K up front.", "$1–5K", 1000, 5000),
        GrammarCase("Support costs between $1 and $5 per user monthly.", "between $1 and $5 per user monthly", amount: "between $1 and $5", 1, 5, per: ["user", "month"]),
        GrammarCase("Prices range from $1 to $5 per seat.", "from $1 to $5 per seat", amount: "from $1 to $5", 1, 5, per: ["seat"]),
        GrammarCase("The build-out could cost $10 or even $100 billion.", "$10 or even $100 billion", 1e10, 1e11),
        GrammarCase("A taxi costs 5 to 10 dollars downtown.", "5 to 10 dollars", 5, 10),
        GrammarCase("Each request costs 2-3 cents.", "2-3 cents", 0.02, 0.03, per: ["request"]),
        // An unquantified subject states no denominator (contract §4).
        GrammarCase("Subscribers cost the service $5,000 in content.", "$5,000", 5000),
        GrammarCase("The average user costs $12 to acquire.", "$12", 12),
    ]

    static let approximate: [GrammarCase] = [
        GrammarCase("Each answer costs a few cents to produce.", "a few cents", 0.02, 0.05, per: ["answer"], approx: true),
        GrammarCase("It costs a few dollars a month.", "a few dollars a month", amount: "a few dollars", 2, 5, per: ["month"], approx: true),
        GrammarCase("Lunch is a couple of bucks cheaper there.", "a couple of bucks", 2, 3, approx: true),
        GrammarCase("Migrations cost thousands of dollars.", "thousands of dollars", 1000, 9999, approx: true),
        GrammarCase("The campaign burned tens of millions of dollars.", "tens of millions of dollars", 1e7, 9.9e7, approx: true),
        GrammarCase("Hyperscalers pour hundreds of billions of dollars into it.", "hundreds of billions of dollars", 1e11, 9.9e11, approx: true),
        GrammarCase("Lawsuits cost them millions of dollars.", "millions of dollars", 1e6, 9.9e6, approx: true),
        GrammarCase("A typical chat is measured in cents, not dollars.", "cents", 0.01, 0.99, approx: true),
        GrammarCase("A long session costs the vendor low single digits per user per session.", "low single digits per user per session",
                    amount: "low single digits", 1, 3, per: ["user", "session"], approx: true),
        GrammarCase("Serving a power user costs high single digits per day.", "high single digits per day", amount: "high single digits", 7, 9, per: ["day"], approx: true),
        GrammarCase("The bill for a team lands in the double digits each month.", "double digits each month", amount: "double digits", 10, 99, per: ["month"], approx: true),
        GrammarCase("Rumours say the models cost thousands per user.", "thousands per user", amount: "thousands", 1000, 9999, per: ["user"], approx: true),
    ]

    static let qualifiers: [GrammarCase] = [
        GrammarCase("Training took about $40M in compute.", "$40M", 4e7, qualifier: "about"),
        GrammarCase("Training took around $40M in compute.", "$40M", 4e7, qualifier: "about"),
        GrammarCase("Training took roughly $40M in compute.", "$40M", 4e7, qualifier: "about"),
        GrammarCase("Training took ~$40M in compute.", "$40M", 4e7, qualifier: "about"),
        GrammarCase("Training took approx. $40M in compute.", "$40M", 4e7, qualifier: "about"),
        GrammarCase("Training took over $40M in compute.", "$40M", 4e7, qualifier: "over"),
        GrammarCase("Training took more than $40M in compute.", "$40M", 4e7, qualifier: "over"),
        GrammarCase("Training took north of $40M in compute.", "$40M", 4e7, qualifier: "over"),
        GrammarCase("Training took under $40M in compute.", "$40M", 4e7, qualifier: "under"),
        GrammarCase("Training took less than $40M in compute.", "$40M", 4e7, qualifier: "under"),
        GrammarCase("Training took below $40M in compute.", "$40M", 4e7, qualifier: "under"),
        GrammarCase("Training can take up to $40M in compute.", "$40M", 4e7, qualifier: "up to"),
        GrammarCase("Training can take as much as $40M in compute.", "$40M", 4e7, qualifier: "up to"),
        GrammarCase("Training took at least $40M in compute.", "$40M", 4e7, qualifier: "at least"),
        GrammarCase("Training took nearly $40M in compute.", "$40M", 4e7, qualifier: "nearly"),
        GrammarCase("Training took almost $40M in compute.", "$40M", 4e7, qualifier: "nearly"),
    ]

    static let denominators: [GrammarCase] = [
        GrammarCase("Claude Pro costs $20 per month.", "$20 per month", amount: "$20", 20, per: ["month"]),
        GrammarCase("The team plan is $25 per user monthly.", "$25 per user monthly", amount: "$25", 25, per: ["user", "month"]),
        GrammarCase("The team plan is $25 a month.", "$25 a month", amount: "$25", 25, per: ["month"]),
        GrammarCase("The team plan is $25 monthly.", "$25 monthly", amount: "$25", 25, per: ["month"]),
        GrammarCase("The team plan is $25/mo for now.", "$25/mo", amount: "$25", 25, per: ["month"]),
        GrammarCase("The team plan is $25/month for now.", "$25/month", amount: "$25", 25, per: ["month"]),
        GrammarCase("The team plan is $25/user/month for now.", "$25/user/month", amount: "$25", 25, per: ["user", "month"]),
        GrammarCase("Support is $9 per seat.", "$9 per seat", amount: "$9", 9, per: ["seat"]),
        GrammarCase("Search costs $0.01 each query.", "$0.01 each query", amount: "$0.01", 0.01, per: ["query"]),
        GrammarCase("Search costs $0.01 a query.", "$0.01 a query", amount: "$0.01", 0.01, per: ["query"]),
        GrammarCase("We set aside $2 for every user we sign.", "$2 for every user", amount: "$2", 2, per: ["user"]),
        GrammarCase("We set aside $2 for each subscriber.", "$2 for each subscriber", amount: "$2", 2, per: ["subscriber"]),
        GrammarCase("Input costs $0.03 per 1K tokens.", "$0.03 per 1K tokens", amount: "$0.03", 0.03, per: ["1000 token"]),
        GrammarCase("Input costs $0.03 per 1,000 tokens.", "$0.03 per 1,000 tokens", amount: "$0.03", 0.03, per: ["1000 token"]),
        GrammarCase("Input costs $0.03 per thousand tokens.", "$0.03 per thousand tokens", amount: "$0.03", 0.03, per: ["1000 token"]),
        GrammarCase("Input costs $3 per million tokens.", "$3 per million tokens", amount: "$3", 3, per: ["1000000 token"]),
        GrammarCase("Input costs $3 per 1M tokens.", "$3 per 1M tokens", amount: "$3", 3, per: ["1000000 token"]),
        GrammarCase("Input costs $3/MTok on the list.", "$3/MTok", amount: "$3", 3, per: ["1000000 token"]),
        GrammarCase("Input costs $3/Mtok on the list.", "$3/Mtok", amount: "$3", 3, per: ["1000000 token"]),
        GrammarCase("Input costs $3 per MTok on the list.", "$3 per MTok", amount: "$3", 3, per: ["1000000 token"]),
        GrammarCase("Input costs $0.002/1K tokens on the list.", "$0.002/1K tokens", amount: "$0.002", 0.002, per: ["1000 token"]),
        GrammarCase("Renting one is $2 per GPU-hour.", "$2 per GPU-hour", amount: "$2", 2, per: ["gpu-hour"]),
        GrammarCase("Renting one is $2 per GPU hour.", "$2 per GPU hour", amount: "$2", 2, per: ["gpu-hour"]),
        GrammarCase("Renting one is $2/GPU-hr today.", "$2/GPU-hr", amount: "$2", 2, per: ["gpu-hour"]),
        GrammarCase("Renting one is $2.50 per H100-hour.", "$2.50 per H100-hour", amount: "$2.50", 2.5, per: ["gpu-hour"]),
        GrammarCase("A contractor bills $90 an hour.", "$90 an hour", amount: "$90", 90, per: ["hour"]),
        GrammarCase("A contractor bills $90/hr.", "$90/hr", amount: "$90", 90, per: ["hour"]),
        GrammarCase("A contractor bills $90 hourly.", "$90 hourly", amount: "$90", 90, per: ["hour"]),
        GrammarCase("The licence is $400 annually.", "$400 annually", amount: "$400", 400, per: ["year"]),
        GrammarCase("The licence is $400 per annum.", "$400 per annum", amount: "$400", 400, per: ["year"]),
        GrammarCase("The licence is $400/yr.", "$400/yr", amount: "$400", 400, per: ["year"]),
        GrammarCase("Hosting is $3 a day.", "$3 a day", amount: "$3", 3, per: ["day"]),
        GrammarCase("Hosting is $3 per active day.", "$3 per active day", amount: "$3", 3, per: ["day"]),
        GrammarCase("Power is $0.12 per kWh here.", "$0.12 per kWh", amount: "$0.12", 0.12, per: ["kwh"]),
        GrammarCase("Egress is $0.09 per GB.", "$0.09 per GB", amount: "$0.09", 0.09, per: ["gb"]),
        GrammarCase("Egress is $0.09 per gigabyte.", "$0.09 per gigabyte", amount: "$0.09", 0.09, per: ["gb"]),
        GrammarCase("A clip costs $1.30 per 10-second video.", "$1.30 per 10-second video", amount: "$1.30", 1.3, per: ["video"]),
        GrammarCase("Each lookup is $0.005 per API call.", "$0.005 per API call", amount: "$0.005", 0.005, per: ["call"]),
        GrammarCase("Storage is $4 per user-month.", "$4 per user-month", amount: "$4", 4, per: ["user", "month"]),
        GrammarCase("Storage is $4 per-user.", "$4 per-user", amount: "$4", 4, per: ["user"]),
        // a head is stated as written (the checker counts it as a user)
        GrammarCase("Catering was $30 per head.", "$30 per head", amount: "$30", 30, per: ["head"]),
        GrammarCase("The old vendor billed $0.02 per queries, oddly.", "$0.02 per queries", amount: "$0.02", 0.02, per: ["query"]),
        GrammarCase("The toll is $4 per searches made.", "$4 per searches", amount: "$4", 4, per: ["search"]),
    ]

    static let more: [GrammarCase] = [
        GrammarCase("Royalties are $0.004 per stream on average.", "$0.004 per stream", amount: "$0.004", 0.004, per: ["stream"]),
        GrammarCase("Drivers earn $1.10 per mile in the city.", "$1.10 per mile", amount: "$1.10", 1.1, per: ["mile"]),
        GrammarCase("The platform keeps $2 per ride.", "$2 per ride", amount: "$2", 2, per: ["ride"]),
        GrammarCase("Generation runs $0.04 per image.", "$0.04 per image", amount: "$0.04", 0.04, per: ["image"]),
        GrammarCase("The hosted model bills $0.01 per request.", "$0.01 per request", amount: "$0.01", 0.01, per: ["request"]),
        GrammarCase("Acquisition costs $120 per customer.", "$120 per customer", amount: "$120", 120, per: ["customer"]),
        GrammarCase("Tooling runs $40 per developer per week.", "$40 per developer per week", amount: "$40", 40, per: ["developer", "week"]),
        GrammarCase("The cluster costs $9,000 daily.", "$9,000 daily", amount: "$9,000", 9000, per: ["day"]),
        GrammarCase("The cluster costs $60,000 weekly.", "$60,000 weekly", amount: "$60,000", 60000, per: ["week"]),
        GrammarCase("The cluster costs $3M yearly.", "$3M yearly", amount: "$3M", 3e6, per: ["year"]),
        GrammarCase("A seat is $30 per user per month, billed yearly.", "$30 per user per month", amount: "$30", 30, per: ["user", "month"]),
        GrammarCase("Lunch in Munich costs 5.000 € for the whole team.", "5.000 €", 5000, "EUR"),
        GrammarCase("A latte in Rome is €1.99 now.", "€1.99", 1.99, "EUR"),
        GrammarCase("The training run took 5.576M dollars of rented compute.", "5.576M dollars", 5_576_000),
        GrammarCase("The deal came to $500 to $2 million depending on scope.", "$500 to $2 million", 500, 2e6),
        GrammarCase("A pro licence is $3–$5K per year.", "$3–$5K per year", amount: "$3–$5K", 3000, 5000, per: ["year"]),
        GrammarCase("They charge $5 to 10 users at most.", "$5", 5),
        GrammarCase("Use $1 for the first match and nothing else costs a thing.", "$1", 1),
        GrammarCase("Each run costs the vendor 0.2 cents.", "0.2 cents", 0.002, per: ["run"]),
        GrammarCase("Cloud credits worth tens of thousands of dollars went unused.", "tens of thousands of dollars", 1e4, 99_999, approx: true),
        GrammarCase("Seats are $20+ at most vendors.", "$20+", 20, qualifier: "+"),
        GrammarCase("The new plant sells power at 11.2p per kWh.", "11.2p per kWh", amount: "11.2p", 0.112, "GBP", per: ["kwh"]),
        GrammarCase("The state will spend ₹2,000 crore on compute.", "₹2,000 crore", 2e10, "INR"),
        GrammarCase("The annual cloud bill is in the high six figures.", "high six figures", 700_000, 999_999, approx: true),
        GrammarCase("Senior researchers earn seven figures a year.", "seven figures a year", amount: "seven figures", 1e6, 9_999_999, per: ["year"], approx: true),
        GrammarCase("He paid $1 million-plus for the domain.", "$1 million-plus", 1e6, qualifier: "+"),
        GrammarCase("Bulk input is $4.50/1K at volume.", "$4.50/1K", amount: "$4.50", 4.5, per: ["1000 token"]),
        GrammarCase("Output was never $0.30 per 1K for anyone.", "$0.30 per 1K", amount: "$0.30", 0.3, per: ["1000 token"]),
        GrammarCase("The 70-cent figure is total spend divided by users.", "70-cent", 0.7),
        GrammarCase("One reader in Brazil pays R$99 for it.", "R$99", 99, "BRL"),
        GrammarCase("The power for one answer comes to about 0,00002 € in total.", "0,00002 €", 0.00002, "EUR", qualifier: "about"),
        GrammarCase("A short exchange costs from a fraction of a cent to a few cents.", "from a fraction of a cent to a few cents", 0.001, 0.05, approx: true),
        GrammarCase("Quote a tenth of a cent to a few cents per query.", "a tenth of a cent to a few cents per query",
                    amount: "a tenth of a cent to a few cents", 0.001, 0.05, per: ["query"], approx: true),
        // counts of fractions of a cent
        GrammarCase("Each lookup is about three thousandths of a cent.", "three thousandths of a cent", 0.00003, per: ["lookup"], qualifier: "about"),
        GrammarCase("A player-hour costs us four-tenths of a cent.", "four-tenths of a cent", 0.004),
        GrammarCase("The whole query is under a hundredth of a cent.", "a hundredth of a cent", 0.0001, qualifier: "under"),
        GrammarCase("You get about a sixth of a cent per player-hour.", "a sixth of a cent per player-hour", amount: "a sixth of a cent",
                    1.0 / 600, per: ["player", "hour"], qualifier: "about"),
        // `goes for` sells: a range after it is no change
        GrammarCase("An H100 goes for roughly $1.70 to $2.35 per GPU-hour.", "$1.70 to $2.35 per GPU-hour", amount: "$1.70 to $2.35",
                    1.7, 2.35, per: ["gpu-hour"], qualifier: "about"),
        GrammarCase("Hosts charge $3 to $15 per million depending on the model.", "$3 to $15 per million",
                    amount: "$3 to $15", 3, 15, per: ["1000000 token"]),
        GrammarCase("Drivers earn 1,40 € per kilometre in Lyon.", "1,40 € per kilometre", amount: "1,40 €", 1.4, "EUR", per: ["km"]),
        GrammarCase("So $41K / 8,200 is the bill per seat.", "$41K", 41_000),
        GrammarCase("A guy who runs agents all day might cost hundreds.", "hundreds", 100, 999, approx: true),
        GrammarCase("Public chargers cost 56c per kWh.", "56c per kWh", amount: "56c", 0.56, per: ["kwh"]),
        GrammarCase("The home rate is 24.5p per kWh.", "24.5p per kWh", amount: "24.5p", 0.245, "GBP", per: ["kwh"]),
        GrammarCase("The reseller pays 650M a year to the lab.", "650M a year", amount: "650M", 6.5e8, per: ["year"]),
        GrammarCase("New reactors will cost over a pound per kilowatt-hour.", "a pound per kilowatt-hour", amount: "a pound", 1, "GBP", per: ["kwh"], qualifier: "over"),
        GrammarCase("Opus lists at $75 per million input/output tokens.", "$75 per million input/output tokens", amount: "$75", 75, per: ["1000000 token"]),
        GrammarCase("The plan costs USD 25 / user / month.", "USD 25 / user / month", amount: "USD 25", 25, per: ["user", "month"]),
        GrammarCase("Fees are 2.9% + 30¢ per transaction.", "30¢ per transaction", amount: "30¢", 0.3, per: ["transaction"]),
        GrammarCase("Budget: 2–3 million dollars over three years.", "2–3 million dollars", 2e6, 3e6),
        GrammarCase("The founders raised half a million in seed money.", "half a million", 500_000),
        GrammarCase("The startup is losing billions, the filing says.", "billions", 1e9, 9.9e9, approx: true),
    ]

    static let all = more + symbolsAndCodes + magnitudes + words + ranges + approximate + qualifiers + denominators

    @Test func aFiverTakesTheTextCurrency() {
        let found = findMoney("The app is $3 and the skin pack is a fiver.")
        #expect(found.map(\.amountText) == ["$3", "a fiver"], "\(found)")
        #expect(found.map(\.currency) == ["USD", "USD"], "\(found)")
    }

    @Test(arguments: all)
    func findsTheMention(_ c: GrammarCase) {
        let found = findMoney(c.sentence)
        #expect(found.count == 1, "\(found)")
        guard let m = found.first else { return }
        #expect(m.text == c.text, "\(m)")
        #expect(m.amountText == (c.amount ?? c.text), "\(m)")
        #expect(close(m.low, c.low) && close(m.high, c.high), "\(m)")
        #expect(m.currency == c.currency, "\(m)")
        #expect(m.per == c.per, "\(m)")
        #expect(m.approx == c.approx, "\(m)")
        #expect(m.qualifier == c.qualifier, "\(m)")
    }
}
