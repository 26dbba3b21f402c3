import Testing
@testable import ClaimAudit

/// Denominators stated in phrasings that real articles and forum posts use:
/// `a pop`, `a head`, `every 1,000 tokens`, a money noun between the amount
/// and its rate, a verb phrase ending in `on every …`, a `Per X:` label,
/// table column headers and list lead-ins.
@Suite struct StatedDenominatorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var amount: String
        var per: [[String]]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // each-like phrases
        Case(text: "Festival tickets went for $12 a pop at the gate.", amount: "$12", per: [["ticket"]]),
        Case(text: "The conference booked its speakers' flights at $450 apiece.", amount: "$450", per: [["flight"]]),
        Case(text: "The adapters sell for $8 apiece.", amount: "$8", per: [["adapter"]]),
        // people: the unit as written (head, person; per capita is per person)
        Case(text: "Catering for the offsite came to $35 a head.", amount: "$35", per: [["head"]]),
        Case(text: "The municipal broadband scheme costs about £40 per head.", amount: "£40", per: [["head"]]),
        Case(text: "The levy works out to €12 per person, or €9 per capita for pensioners.", amount: "€12", per: [["person"], ["person"]]),
        // a count after every / for every
        Case(text: "The embedding endpoint bills $0.002 every 1,000 tokens.", amount: "$0.002", per: [["1000 token"]]),
        // a noun the unit list does not know, as the whole of "a NOUN" after the amount
        Case(text: "A ten-pull is $30, so that's $3 a pull.", amount: "$30", per: [[], ["pull"]]),
        Case(text: "The airline wants $35 a bag, and $45 for the second.", amount: "$35", per: [["bag"], []]),
        Case(text: "The desk pays freelancers $150 a story on top of expenses.", amount: "$150", per: [["story"]]),
        Case(text: "Nobody pays $2,000 for a mascot, or $5 a sticker for a logo.", amount: "$2,000", per: [[], ["sticker"]]),
        Case(text: "I paid $40 a while back and $5 a lot of the time; it was $9 a great deal.", amount: "$40", per: [[], [], []]),
        Case(text: "The fee leaves about $11.60 a cover toward rent and staff.", amount: "$11.60", per: [["cover"]]),
        Case(text: "At 7.2 cents a line it is ten times what they said.", amount: "7.2 cents", per: [["line"]]),
        Case(text: "they are not losing 85 cents a letter lol", amount: "85 cents", per: [["letter"]]),
        Case(text: "It was $9 a piece is what he said.", amount: "$9", per: [[]]),
        Case(text: "so filament plus power is about $1.23 a part in stuff that scales", amount: "$1.23", per: [["part"]]),
        Case(text: "A part of the $40 goes to tax, and $2 a part of the rest.", amount: "$40", per: [[], []]),
        Case(text: "They were charging 99 cents a ticket until the audit.", amount: "99 cents", per: [["ticket"]]),
        Case(text: "Sure, $48,000 a depot x 30 depots is the build.", amount: "$48,000", per: [["depot"]]),
        Case(text: "The lab bill at $1,700 a sample would be $68 million.", amount: "$1,700", per: [["sample"], []]),
        // a period adjective before the noun phrase the amount pays
        Case(text: "The deck set the $216,000 annual compute commitment beside the price.", amount: "$216,000", per: [["year"]]),
        Case(text: "Our $10 million annual hosting and support bill is public.", amount: "$10 million", per: [["year"]]),
        Case(text: "The $30 annual report fee is waived.", amount: "$30", per: [["year"]]),
        Case(text: "The $30 annual general meeting was fun.", amount: "$30", per: [[]]),
        // quarters, and periods that date a figure rather than divide it
        Case(text: "Colocation runs about $90,000 a quarter.", amount: "$90,000", per: [["quarter"]]),
        Case(text: "Helium top-ups are $18k/qtr for each magnet.", amount: "$18k", per: [["quarter"]]),
        Case(text: "Ads took $5 a quarter of the time, and $2M every quarter in total.", amount: "$5", per: [[], ["quarter"]]),
        Case(text: "Support cost $5M a year ago and $40 a month before the redesign.", amount: "$5M", per: [[], ["month"]]),
        // a bare magnitude letter before token words
        Case(text: "The small model is $0.25/M input and $1.25/M output.", amount: "$0.25", per: [["1000000 token"], ["1000000 token"]]),
        Case(text: "Embeddings run $0.02 per K tokens, and the room is $5 per m of floor.", amount: "$0.02", per: [["1000 token"], ["m"]]),
        Case(text: "The video model charges $0.12 for every 10-second clip.", amount: "$0.12", per: [["clip"]]),
        // a money noun between the amount and its rate
        Case(text: "Riders pay a $2.50 booking fee per trip in most cities.", amount: "$2.50", per: [["trip"]]),
        Case(text: "The utility approved a $5 increase per household this winter.", amount: "$5", per: [["household"]]),
        Case(text: "A ¥40 drop per GPU-hour adds up over a year of training.", amount: "¥40", per: [["gpu-hour"]]),
        Case(text: "Payment processors take $0.30 plus 2.9% per transaction.", amount: "$0.30", per: [["transaction"]]),
        // a flat part 'plus' a rate keeps no denominator; 'and' shares one ($3 and $15 per million tokens)
        Case(text: "A trip is a base fare of $1.25 plus $0.90 per mile.", amount: "$1.25", per: [[], ["mile"]]),
        Case(text: "Input is $3 and output $15 per million tokens.", amount: "$3", per: [["1000000 token"], ["1000000 token"]]),
        // the amount as subject, the rate at the end of the verb phrase
        Case(text: "That $3 discount is applied again on every repeat booking.", amount: "$3", per: [["booking"]]),
        Case(text: "It spends $2 on every new signup.", amount: "$2", per: [["signup"]]),
        // a participle before the unit of a quantified subject
        Case(text: "Every subsidised kWh really costs the grid operator 40 cents.", amount: "40 cents", per: [["kwh"]]),
        // a rate named before the amount, with a count in it
        Case(text: "The cost per 1,000 impressions is $7.50 on the premium tier.", amount: "$7.50", per: [["1000 impression"]]),
        // a comma inside the chain
        Case(text: "Public transit subsidies run about $8 per person, per year.", amount: "$8", per: [["person", "year"]]),
        // a sentence that opens with a Per label set off by a comma
        Case(text: "Per seat, that's $9 more than the old list price.", amount: "$9", per: [["seat"]]),
        Case(text: "Per GPU, the training rack cost $31,000 with networking.", amount: "$31,000", per: [["gpu"]]),
        Case(text: "Per household per year, the water levy adds £28.", amount: "£28", per: [["household", "year"]]),
        Case(text: "Per subscriber, the newsletter earns 4 cents a month from ads.", amount: "4 cents", per: [["subscriber", "month"]]),
        // a rate named in an earlier clause belongs to that clause's figure
        Case(text: "Revenue per delivery came to $9.40, while the cost per delivery was $10.20.", amount: "$9.40", per: [["delivery"], ["delivery"]]),
        // a named rate before a label's colon
        Case(text: "The price per seat for the Scale tier: $32.", amount: "$32", per: [["seat"]]),
        // a list of figures that ends in a pair sharing the rate
        Case(text: "Membership tiers are $5, $10 and $25 a month.", amount: "$5", per: [["month"], ["month"], ["month"]]),
        Case(text: "We paid $40, $55 and $70 in total.", amount: "$40", per: [[], [], []]),
        // each after a plural subject and a copula
        Case(text: "Emotes are $1.99 each in the store.", amount: "$1.99", per: [["emote"]]),
        // a period adjective on a ticket, and on `one` standing for it
        Case(text: "A weekly ticket is €29, an annual one €980.", amount: "€29", per: [["week"], ["year"]]),
        // forum shorthand for an episode
        Case(text: "Editing costs me $50 per ep if I outsource it.", amount: "$50", per: [["episode"]]),
        // area units, CPM, `total` before a rate, a noun rate before a time word
        Case(text: "Lab space leases at $62 per square foot per year.", amount: "$62", per: [["square foot", "year"]]),
        Case(text: "Podcast networks sell mid-rolls at a $22 CPM.", amount: "$22", per: [["1000 impression"]]),
        Case(text: "Our family plan comes to $140 total a month.", amount: "$140", per: [["month"]]),
        Case(text: "Barley fetched $5.40 a bushel this week.", amount: "$5.40", per: [["bushel"]]),
        // a copula right after an each/every subject's head noun; kilograms
        Case(text: "Each dental scan is £38 at the clinic.", amount: "£38", per: [["scan"]]),
        Case(text: "Each allergy panel is $120 without insurance.", amount: "$120", per: [["panel"]]),
        Case(text: "Rideshare launches now cost about $5,500 per kilogram.", amount: "$5,500", per: [["kg"]]),
        // p/d, p/h shorthand; each of N plain plural nouns
        Case(text: "Skip hire is £65 p/d plus the permit.", amount: "£65", per: [["day"]]),
        Case(text: "Guitar lessons are $35 p/h in town.", amount: "$35", per: [["hour"]]),
        Case(text: "Each of the four clinics received $90,000 from the fund.", amount: "$90,000", per: [["clinic"]]),
        // `more` before any rate; a plural pass noun; a singular head noun in -us
        Case(text: "The new codec costs us $1,800 more a month at this volume.", amount: "$1,800", per: [["month"]]),
        Case(text: "Weekly passes are $34 on the ferry.", amount: "$34", per: [["week"]]),
        Case(text: "Each electric bus costs the agency roughly $1.1 million.", amount: "$1.1 million", per: [["bus"]]),
        // an unpunctuated Per label before a pronoun clause, with an of phrase on the unit
        Case(text: "per hour of audio it's 40 cents now", amount: "40 cents", per: [["hour"]]),
        Case(text: "Per seat we pay $11 for the chat tool.", amount: "$11", per: [["seat"]]),
        // benefits shorthand, and a money base that is a ratio rather than a mention
        Case(text: "The telehealth benefit is priced at $3.50 PMPM for employers.", amount: "$3.50", per: [["member", "month"]]),
        Case(text: "Term cover runs about $0.15 per $1,000 of coverage.", amount: "$0.15", per: [[]]),
        Case(text: "The chain spends 6 cents on every $1 of sales on rent.", amount: "6 cents", per: [[]]),
        // cubic units; a ratio to a unit of money states no unit; a verb of need after an each/every subject
        Case(text: "Ready-mix is $170 per cubic yard this spring.", amount: "$170", per: [["cubic yard"]]),
        Case(text: "The marketplace keeps 15 cents of every dollar sold.", amount: "15 cents", per: [[]]),
        Case(text: "Every acre of vineyard needs about $900 a year in pruning.", amount: "$900", per: [["acre", "year"]]),
        // a period adjective on a plan noun or a label
        Case(text: "The annual plan is $480 if you pay up front.", amount: "$480", per: [["year"]]),
        Case(text: "Monthly cost: $49 for the team workspace.", amount: "$49", per: [["month"]]),
        // a sentence that opens with a Per label
        Case(text: "Per day: why \"$700,000\" became the viral number.", amount: "$700,000", per: [["day"]]),
        // a period adjective and other modifiers before the unit noun
        Case(text: "Ad revenue came to about $3 per monthly active user.", amount: "$3", per: [["user"]]),
        // a magnitude letter before the unit noun
        Case(text: "The reasoning model lists output at $10/M tokens.", amount: "$10", per: [["1000000 token"]]),
        // a resource and a period make one unit; a person and a period two
        Case(text: "Burst compute is billed at $0.05 per vCPU-hour.", amount: "$0.05", per: [["vcpu-hour"]]),
        Case(text: "Reserved capacity costs $0.085 per instance-hour.", amount: "$0.085", per: [["instance-hour"]]),
        // a hyphenated count of something and a period splits, whatever the noun (guide: per player-hour)
        Case(text: "Grooming runs the resort about $6 per skier-day.", amount: "$6", per: [["skier", "day"]]),
        Case(text: "The call centre budgets 40 cents per talk-minute.", amount: "40 cents", per: [["talk", "minute"]]),
        // API rates jotted down with a capital letter: per million or thousand tokens
        Case(text: "nah check it: 40K x $3/M is 12 cents", amount: "$3", per: [["1000000 token"], []]),
        Case(text: "Embeddings run $0.40/K on the cheap tier.", amount: "$0.40", per: [["1000 token"]]),
        // a plural in -es after an s
        Case(text: "The district bought the buses at $410,000 each.", amount: "$410,000", per: [["bus"]]),
        Case(text: "Support comes to $4 per user-month.", amount: "$4", per: [["user", "month"]]),
        // British and forum shorthand
        Case(text: "A one-bed flat near the depot is £1,200 pcm before bills.", amount: "£1,200", per: [["month"]]),
        Case(text: "The data engineer earns £45k pa plus bonus.", amount: "£45k", per: [["year"]]),
        Case(text: "The contract pays £45,000 p.a. before tax.", amount: "£45,000", per: [["year"]]),
        Case(text: "Spot GPUs are $0.30/h right now.", amount: "$0.30", per: [["hour"]]),
        Case(text: "It's $20 pm for the basic streaming plan.", amount: "$20", per: [["month"]]),
        // a unit after the amount outranks the quantified subject; a period does not
        Case(text: "Each generation costs $0.04 per image at 1024px.", amount: "$0.04", per: [["image"]]),
        Case(text: "Each seat costs $25 per month on the team plan.", amount: "$25", per: [["seat", "month"]]),
        // R&D inside the noun phrase
        Case(text: "The fleet has absorbed $90 of R&D per delivery so far.", amount: "$90", per: [["delivery"]]),
    ]

    @Test(arguments: cases)
    func statesTheDenominators(_ c: Case) {
        let found = findMoney(c.text)
        #expect(found.first?.amountText == c.amount, "\(found)")
        #expect(found.map(\.per) == c.per, "\(found)")
    }

    /// What must not become a denominator.
    @Test func countsAndLumpSumsStayLumpSums() {
        // a resolution is a modifier, not a count of hours
        #expect(findMoney("So each 4K hour costs us 63 cents in egress.").map(\.per) == [["hour"]])
        // "for N units" is a total, not a rate
        #expect(findMoney("Our invoice came to $1,234 for 600 GPU-hours.").map(\.per) == [[]])
        // an unquantified subject states no unit
        #expect(findMoney("The average rider costs the platform $12.").map(\.per) == [[]])
        // a possessive is no counted noun for "each"
        #expect(findMoney("Spread over the model's life, that is $0.001 each.").map(\.per) == [[]])
        // the afternoon is no month
        #expect(findMoney("The $20 plan renews at 5 pm on Fridays.").map(\.per) == [[]])
        // a comma opener labels the result, not the operand of a division
        #expect(findMoney("Per year, that is $1.4T ÷ 8 ≈ $175 billion.").map(\.per) == [[], ["year"]])
        // a comma opener before a clause about an average, or across a contrast, states no unit
        #expect(findMoney("Per lesson, the average tutor fee was $31.").map(\.per) == [[]])
        #expect(findMoney("Per seat, hosting is cheap, but the migration cost $80,000.").map(\.per) == [[]])
        // the operand of a division under a Per label keeps no rate
        #expect(findMoney("Per year: that is $1.4T ÷ 8 ≈ $175 billion.").map(\.per) == [[], ["year"]])
    }

    // MARK: document structure

    func scanMarkdown(_ text: String) -> [Found] {
        let prose = Masker.prose(of: SourceDocument(path: "t.md", text: text, format: .markdown))
        return MoneyScanner().scan(prose).mentions.map {
            Found(text: prose.string($0.range), amountText: prose.string($0.amountRange), low: $0.amount.low,
                  high: $0.amount.high, currency: $0.amount.currency, per: $0.per.map(\.description),
                  approx: $0.approx, qualifier: $0.qualifier)
        }
    }

    func scanHTML(_ text: String) -> [Found] {
        let prose = Masker.prose(of: SourceDocument(path: "t.html", text: text, format: .html))
        return MoneyScanner().scan(prose).mentions.map {
            Found(text: prose.string($0.range), amountText: prose.string($0.amountRange), low: $0.amount.low,
                  high: $0.amount.high, currency: $0.amount.currency, per: $0.per.map(\.description),
                  approx: $0.approx, qualifier: $0.qualifier)
        }
    }

    @Test func markdownColumnHeaderStatesTheUnit() {
        let doc = """
        What a scooter trip costs the operator:

        | Line | Per trip | Notes |
        | --- | --- | --- |
        | Charging | $0.40 | swapped batteries |
        | Repairs | $0.85 | vandalism included |
        | Insurance | $0.12 per ride | flat |

        | Plan | Monthly cost |
        | --- | --- |
        | Basic | $9 |
        | Team | $25 per seat |
        """
        let found = scanMarkdown(doc)
        #expect(found.map(\.amountText) == ["$0.40", "$0.85", "$0.12", "$9", "$25"], "\(found)")
        #expect(found.map(\.per) == [["trip"], ["trip"], ["ride"], ["month"], ["seat"]], "\(found)")
    }

    @Test func rowLabelStatesTheUnitWhenTheHeaderDoesNot() {
        let doc = """
        | Line | Amount | Grows with use? |
        | --- | --- | --- |
        | Pharmacist time per consult | $6.10 | yes |
        | Annual software licence | $48,000 | no |
        | Courier | $3.20 | yes |

        | Line | Per parcel |
        | --- | --- |
        | Fuel per mile | $0.30 |
        """
        let found = scanMarkdown(doc)
        #expect(found.map(\.per) == [["consult"], ["year"], [], ["parcel"]], "\(found)")
    }

    @Test func headerWithAnAmountIsNoLabel() {
        let doc = """
        | Item | $20 plan |
        | --- | --- |
        | Compute | $7 |
        """
        #expect(scanMarkdown(doc).map(\.per) == [[], []])
    }

    @Test func htmlColumnHeaderStatesTheUnit() {
        let doc = """
        <table><tr><th>Region</th><th>Price per GB</th></tr>
        <tr><td>EU</td><td>$0.09</td></tr>
        <tr><td>Asia</td><td>$0.12</td></tr></table>
        <table><tr><td>Total</td><td>$4,000</td></tr></table>
        """
        let found = scanHTML(doc)
        #expect(found.map(\.per) == [["gb"], ["gb"], []], "\(found)")
    }

    @Test func subjectLeadInStatesTheUnit() {
        let doc = """
        What one tonne of copper concentrate costs us:

        - Mining: $210
        - Trucking to port: $45

        ## What a seat costs us each month

        - Hosting: $3.10
        - Email: $0.40

        ## Per stream

        - Transcoding: $0.02
        """
        let found = scanMarkdown(doc)
        #expect(found.map(\.per) == [["tonne"], ["tonne"], ["seat", "month"], ["seat", "month"], []], "\(found)")
    }

    @Test func listLeadInStatesTheUnit() {
        let doc = """
        Here is what one seat costs us per month:

        - Hosting: $6
        - Support: $3.50 for most teams

        The rest of the year was quiet, with $2,000 spent on travel.
        """
        let found = scanMarkdown(doc)
        #expect(found.map(\.per) == [["seat", "month"], ["seat", "month"], []], "\(found)")
    }

    @Test func listLeadInStatesTheUnitInParentheses() {
        let doc = """
        Rates we priced the pilot at (per million tokens, input / output):

        - Small model: $0.40 / $1.60
        - Large model: $3 / $15

        Other lines we budgeted (two pilots, in total):

        - Travel: $2,000
        """
        let found = scanMarkdown(doc)
        #expect(found.map(\.per) == Array(repeating: ["1000000 token"], count: 4) + [[]], "\(found)")
    }
}
