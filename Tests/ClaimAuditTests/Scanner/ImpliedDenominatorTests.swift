import Testing
@testable import ClaimAudit

/// Denominators the text states around the amount rather than right after it.
@Suite struct ImpliedDenominatorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var amount: String
        var per: [[String]]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // words between the amount and its denominator
        Case(text: "A power user pasting whole repos costs $25 or more per user per month.", amount: "$25", per: [["user", "month"]]),
        Case(text: "The heaviest users burn about $5,000 in compute a month.", amount: "$5,000", per: [["month"]]),
        Case(text: "That is roughly $204 of contribution per user per year.", amount: "$204", per: [["user", "year"]]),
        Case(text: "The startup does not lose $900 on every customer.", amount: "$900", per: [["customer"]]),
        Case(text: "Nobody spends $300 to serve each customer.", amount: "$300", per: [["customer"]]),
        Case(text: "A chatbot answer costs about $0.02 for a single query and $0.002 for a search.", amount: "$0.02", per: [[], ["search"]]),
        Case(text: "It came to $3,500 for a user who hits the cap daily.", amount: "$3,500", per: [[]]),
        Case(text: "We should charge $4.50 more per seat.", amount: "$4.50", per: [["seat"]]),
        Case(text: "That is about a dollar a month in GPU time per user.", amount: "a dollar", per: [["month", "user"]]),
        // hyphenated rates
        Case(text: "The $200-a-month plan shows a usage dashboard.", amount: "$200", per: [["month"]]),
        Case(text: "It comes out of my 23p-a-mile diesel.", amount: "23p", per: [["mile"]]),
        // each after the amount: the noun the sentence counts
        Case(text: "Content spend divided by subscribers, $60.70 each, is an average.", amount: "$60.70", per: [["subscriber"]]),
        Case(text: "A creator who made 10 clips a day at $1.30 each would spend $13.", amount: "$1.30", per: [["clip"], []]),
        Case(text: "We rented 200 GPU-hours at $2.50 each last week.", amount: "$2.50", per: [["gpu-hour"]]),
        Case(text: "The zoo wants three additional keepers at about £31,000 each.", amount: "£31,000", per: [["keeper"]]),
        Case(text: "Eight miles each way is 16 miles at 19p, so £3.04 a trip.", amount: "19p", per: [[], ["trip"]]),
        Case(text: "In a divorce each side pays £4,000 in fees.", amount: "£4,000", per: [[]]),
        // the old value of a rate in a parenthesis after it
        Case(text: "County jails: 7 cents per minute (was 25 cents).", amount: "7 cents", per: [["minute"], ["minute"]]),
        Case(text: "Parking is $3 an hour (up from $2.50), and the fine is $40.", amount: "$3", per: [["hour"], ["hour"], []]),
        Case(text: "Parking is $3 an hour ($40 fine).", amount: "$3", per: [["hour"], []]),
        // a quotation opened between the quantified subject and its verb
        Case(text: "Their founder wrote that every trade \"costs us $2.15 to settle\".", amount: "$2.15", per: [["trade"]]),
        // a share of every unit
        Case(text: "Fuel is the biggest cost: about $2.61 of every gallon we sell.", amount: "$2.61", per: [["gallon"]]),
        Case(text: "We're adding eight sound booths, at about $9,000 each installed.", amount: "$9,000", per: [["booth"]]),
        Case(text: "Our Annual Reports came to $9,000 each.", amount: "$9,000", per: [[]]),
        // a rate named before the amount
        Case(text: "Our cost per user is $40 a month.", amount: "$40", per: [["user", "month"]]),
        Case(text: "The per-mile payout went from £1.35 to £1.20 last spring.", amount: "£1.35", per: [["mile"], ["mile"]]),
        Case(text: "Drivers cost 35 cents per mile driven, so maybe $3.50 a trip.", amount: "35 cents", per: [["mile"], ["trip"]]),
        Case(text: "An e-bike doing 30 miles per kWh at 9p costs well under a penny a mile.", amount: "9p", per: [[], ["mile"]]),
        Case(text: "Two years ago, our cost per resolved ticket was $6.20.", amount: "$6.20", per: [["ticket"]]),
        Case(text: "In 2024 the cost per delivered order was $3.10.", amount: "$3.10", per: [["order"]]),
        Case(text: "The identity service bills $1.20 per active user per month, up from 80 cents.", amount: "$1.20", per: [["user", "month"], []]),
        // period adjectives on the money noun
        Case(text: "He takes his annual bill of £1,450 and divides it.", amount: "£1,450", per: [["year"]]),
        Case(text: "The inference bill hit a $5B annual loss.", amount: "$5B", per: [["year"]]),
        Case(text: "The annual cloud bill is in the high six figures.", amount: "high six figures", per: [[]]),
        // ... and joined to a stated unit that names no period
        Case(text: "With yearly billing the price is $540 per seat.", amount: "$540", per: [["seat", "year"]]),
        Case(text: "The club's annual dues are £85 per member.", amount: "£85", per: [["member", "year"]]),
        Case(text: "The annual plan is $96 per seat per year.", amount: "$96", per: [["seat", "year"]]),
        // shared trailing denominators over pairs and changes
        Case(text: "It listed input at $0.27 and output at $1.10 per million tokens.", amount: "$0.27", per: [["1000000 token"], ["1000000 token"]]),
        Case(text: "The same plans sell at €18 and €180 a month.", amount: "€18", per: [["month"], ["month"]]),
        Case(text: "Team went from $25 to $29 per seat in January.", amount: "$25", per: [["seat"], ["seat"]]),
        Case(text: "We cut our cost per conversation from 4 cents to 1 cent.", amount: "4 cents", per: [["conversation"], ["conversation"]]),
        // counts and compounds after every/per
        Case(text: "The licence and medical run about £300 every three years.", amount: "£300", per: [["3 year"]]),
        Case(text: "Helpdesk software is $1.50 per agent seat per month.", amount: "$1.50", per: [["seat", "month"]]),
        Case(text: "Estimates ran to $30 or more per first-time rider.", amount: "$30", per: [["rider"]]),
        Case(text: "At $2.20 per million that's cheap.", amount: "$2.20", per: [["1000000 token"]]),
        // ... unless an earlier figure of the sentence names the unit counted
        Case(text: "Screening runs $0.003 per molecule, or $3 per thousand.", amount: "$0.003", per: [["molecule"], ["1000 molecule"]]),
        Case(text: "It charges $0.002 per call and $3/$15 per million input and output tokens.", amount: "$0.002",
             per: [["call"], ["1000000 token"], ["1000000 token"]]),
        Case(text: "Fuel is £1.45 a litre and the cloud charges 9 cents a gig.", amount: "£1.45", per: [["litre"], ["gb"]]),
        // a modifier the lexicon does not know, before a unit noun it does
        Case(text: "Transcoding works out to $1.14 of compute per uploaded hour.", amount: "$1.14", per: [["hour"]]),
        Case(text: "The speech API bills $0.006 per audio minute.", amount: "$0.006", per: [["minute"]]),
        // each/every in a subordinate clause is not the figure's subject
        Case(text: "If every household ran a heat pump, the grid upgrade would cost $40 billion.", amount: "$40 billion", per: [[]]),
        Case(text: "Once each tenant is migrated, the cluster costs $1,400 a month.", amount: "$1,400", per: [["month"]]),
        Case(text: "Each additional tenant adds about $0.80 a month in storage.", amount: "$0.80", per: [["tenant", "month"]]),
        Case(text: "Each summary costs us about $0.004 in inference.", amount: "$0.004", per: [["summary"]]),
        // a verb of cost that is also a unit word ends the subject; one modifier may precede the noun
        Case(text: "Each refund runs the shop about $11 in fees.", amount: "$11", per: [["refund"]]),
        Case(text: "Each MRI scan costs the hospital $250 in staff and helium.", amount: "$250", per: [["scan"]]),
        Case(text: "Every dental cleaning runs the practice $60.", amount: "$60", per: [["cleaning"]]),
        Case(text: "Each run costs the lab $4 million.", amount: "$4 million", per: [["run"]]),
        Case(text: "Each of them runs $40.", amount: "$40", per: [[]]),
        // an infinitive that names the unit served, and a round token count after for
        Case(text: "It costs them $0.40 to serve a single user for a day.", amount: "$0.40", per: [["user", "day"]]),
        Case(text: "It costs $100 million to build a data centre.", amount: "$100 million", per: [[]]),
        Case(text: "The list price is $3 for 1M input tokens.", amount: "$3", per: [["1000000 token"]]),
        Case(text: "The node costs $20 an hour, and $20 for 9 million tokens is cheap.", amount: "$20", per: [["hour"], []]),
        // a rate and the result it comes to: `to` after a verb is no change, the result keeps no rate
        Case(text: "The pilots log 90,000 hours a year, which at $35 an hour comes to $3.15 million.", amount: "$35", per: [["hour"], []]),
        Case(text: "Storage at $0.02 a gigabyte adds up to $400 for the archive.", amount: "$0.02", per: [["gb"], []]),
        // energy units as compounds, after each/every and a
        Case(text: "Each kilowatt-hour the co-op sells costs it 31 cents to buy in.", amount: "31 cents", per: [["kwh"]]),
        Case(text: "Peaker plants bid $140 a megawatt-hour on hot afternoons.", amount: "$140", per: [["mwh"]]),
        Case(text: "Home charging costs 14 cents per kilowatt hour overnight.", amount: "14 cents", per: [["kwh"]]),
        // a hyphenated modifier of the money noun, and a cost modifier after `in`
        Case(text: "The council budgets a $1,800 all-in cost per pupil for the laptops.", amount: "$1,800", per: [["pupil"]]),
        Case(text: "Installers quote a $99 one-time fee per seat.", amount: "$99", per: [["seat"]]),
        Case(text: "The rollout needs $650 in upfront cost per store.", amount: "$650", per: [["store"]]),
        // a subject's head noun after modifiers, a participle or a short phrase, before a verb of cost
        Case(text: "Each barrel lifted costs the operator $29 with royalties.", amount: "$29", per: [["barrel"]]),
        Case(text: "Every pallet shipped from the port now costs $310 in freight.", amount: "$310", per: [["pallet"]]),
        Case(text: "Each 15-second ad spot sells for $900 on the breakfast show.", amount: "$900", per: [["spot"]]),
        Case(text: "Each wind turbine installed costs the developer $1.3 million.", amount: "$1.3 million", per: [["turbine"]]),
        Case(text: "Each home charger fitted costs the council £900.", amount: "£900", per: [["charger"]]),
        Case(text: "Each new rooftop solar hookup costs the utility around $3,000.", amount: "$3,000", per: [["hookup"]]),
        Case(text: "Every kWh really costs the co-op 22p.", amount: "22p", per: [["kwh"]]),
        // each/apiece after the amount: the quantified subject, else the counted plural
        Case(text: "Each intake form takes a nurse four minutes, so about $3.10 apiece.", amount: "$3.10", per: [["form"]]),
        Case(text: "Four consultants were brought in at $12,000 each.", amount: "$12,000", per: [["consultant"]]),
        Case(text: "Vintage synths sell for $2,500 each these days.", amount: "$2,500", per: [["synth"]]),
        Case(text: "The robots themselves are pricey, maybe $90K each with the arm.", amount: "$90K", per: [["robot"]]),
        // a relative clause without `that` in the subject, and after the amount
        Case(text: "Each crate we store runs $9 a month in the cold room.", amount: "$9", per: [["crate", "month"]]),
        Case(text: "Every refund they issue costs them $7.40 in fees.", amount: "$7.40", per: [["refund"]]),
        Case(text: "That is small next to the $12 billion it spends on programming each year.", amount: "$12 billion", per: [["year"]]),
        Case(text: "The $40 million it raised a year ago is gone.", amount: "$40 million", per: [[]]),
        // a change whose second end states the rate in full
        Case(text: "Per-token prices fell from $30 to $5 per million tokens in a year.", amount: "$30", per: [["1000000 token"], ["1000000 token"]]),
        // a verb phrase after the amount that ends in a rate
        Case(text: "Honestly $11 is roughly what we spend per seat on support.", amount: "$11", per: [["seat"]]),
        Case(text: "The $2 was spent again on every returned parcel.", amount: "$2", per: [["parcel"]]),
        // a period adjective after `in`
        Case(text: "The newsletter passed $80,000 in monthly revenue this spring.", amount: "$80,000", per: [["month"]]),
        // two purposes of one subject share its unit
        Case(text: "Each satellite costs $1.2 million to build and $400,000 to launch.", amount: "$1.2 million", per: [["satellite"], ["satellite"]]),
        Case(text: "It costs $2 per kit to assemble and $1 to ship.", amount: "$2", per: [["kit"], ["kit"]]),
        Case(text: "The feature cost $90,000 to build and $5,000 a month to run.", amount: "$90,000", per: [[], ["month"]]),
        // a period after `for a` that is a duration bought, not a rate
        Case(text: "The bank paid $250,000 for a year of advisory work.", amount: "$250,000", per: [[]]),
        Case(text: "Backups cost $0.01 for a gigabyte.", amount: "$0.01", per: [["gb"]]),
        // forum shorthand for a message
        Case(text: "Texts are $0.0079/msg in the US.", amount: "$0.0079", per: [["message"]]),
        // a quantified indirect object of a verb of cost, right before the amount
        Case(text: "Critics say the stadium bond costs every household $85.", amount: "$85", per: [["household"]]),
        Case(text: "Will the new grid fee charge each customer £40?", amount: "£40", per: [["customer"]]),
        Case(text: "The council told every household $85 was the cap.", amount: "$85", per: [[]]),
        // periods after `on every UNIT`
        Case(text: "The gym spends £4 on each member, every week.", amount: "£4", per: [["member", "week"]]),
        Case(text: "Analysts claim the service spends $9 on every subscriber every month.", amount: "$9", per: [["subscriber", "month"]]),
        Case(text: "We lose $2 on every delivery, every single one.", amount: "$2", per: [["delivery"]]),
        // a price that names a product takes no unit from a quantified noun before it
        Case(text: "Every power user of the $30 Studio tier burns through credits.", amount: "$30", per: [[]]),
        Case(text: "If each extra seat really cost that much, nobody would sell a $9 plan.", amount: "$9", per: [[]]),
        Case(text: "Each extra seat costs the vendor $9 in hosting.", amount: "$9", per: [["seat"]]),
        // what each unit leaves over is a margin, not a rate stated against the subject
        Case(text: "After fuel and tolls, each delivery leaves the courier $4 an hour.", amount: "$4", per: [["hour"]]),
        Case(text: "Each booking nets the agency about €18 once card fees are paid.", amount: "€18", per: [[]]),
        Case(text: "Each booking costs the agency about €18 in card fees.", amount: "€18", per: [["booking"]]),
        // a noun the lexicon does not know, after `for every` / `on every` / `to VERB each`
        Case(text: "The label pays the songwriters 1.5 cents for every track generated.", amount: "1.5 cents", per: [["track"]]),
        Case(text: "Until June the clinic paid its answering service $6.40 for every call-back it logged.", amount: "$6.40",
             per: [["call-back"]]),
        Case(text: "The vendor is eating about 40 cents on every one of your renders.", amount: "40 cents", per: [["render"]]),
        Case(text: "The paper spent $9.40 to print each edition last year.", amount: "$9.40", per: [["edition"]]),
        Case(text: "They gave $50 for every reason they could think of.", amount: "$50", per: [["reason"]]),
        Case(text: "The city set aside $2 million for every district.", amount: "$2 million", per: [["district"]]),
        Case(text: "We pay $5 for every dollar of revenue they bring.", amount: "$5", per: [[]]),
        // the two directions of a token price share its rate
        Case(text: "The cheaper model lists at $0.27 in and $1.10 out per million tokens.", amount: "$0.27",
             per: [["1000000 token"], ["1000000 token"]]),
        Case(text: "Their flagship is $2.50 input and $10 output per MTok.", amount: "$2.50",
             per: [["1000000 token"], ["1000000 token"]]),
        Case(text: "That comes to $3 for input and $15 for output per million tokens.", amount: "$3",
             per: [["1000000 token"], ["1000000 token"]]),
        Case(text: "He put $40 in and got $55 out a year later.", amount: "$40", per: [[], []]),
        // revenue per user names a metric: its figure's rate is the period after it
        Case(text: "Average revenue per subscriber was $31 a month in the spring.", amount: "$31", per: [["month"]]),
        Case(text: "Revenue per subscriber was $31 in the spring.", amount: "$31", per: [["subscriber"]]),
    ]

    @Test(arguments: cases)
    func statesTheDenominators(_ c: Case) {
        let found = findMoney(c.text)
        #expect(found.first?.amountText == c.amount, "\(found)")
        #expect(found.map(\.per) == c.per, "\(found)")
    }

    @Test func aBuckOrTwoIsAnApproximateRange() {
        let found = findMoney("Light users cost it a buck or two per month.")
        #expect(found.count == 1)
        #expect(found.first?.amountText == "a buck or two")
        #expect(found.first.map { close($0.low, 1) && close($0.high, 2) && $0.approx } == true, "\(found)")
        #expect(found.first?.per == ["month"])
    }

    @Test func yenIsYuanWhenTheSentenceSaysSo() {
        let found = findMoney("Providers quoted rates in yuan; one priced a card at ¥15 an hour.")
        #expect(found.map(\.currency) == ["CNY"], "\(found)")
        #expect(findMoney("A Tokyo host priced a card at ¥15 an hour.").map(\.currency) == ["JPY"])
    }

    @Test func everyFewMonthsIsNoRate() {
        let found = findMoney("Every few months, someone says it will cost two pence.")
        #expect(found.map(\.per) == [[]], "\(found)")
    }
}
