import Foundation

/// One copy of the article; `n` varies the figures between copies.
func article(_ n: Int) -> String {
    let a = n % 97 + 3, b = n % 13 + 2, c = (n * 7) % 89 + 10
    return """
    # What a chat really costs (part \(n))

    A figure has been going around that a coding assistant costs its maker $\(a),000 for every user. The number \
    is easy to repeat and hard to check, so it is worth taking apart. Most of it, e.g. research salaries and \
    training runs, does not grow with one more user.

    ## Where the numbers come from

    The vendor's list price is $\(b) per million input tokens and $\(b * 5) per million output tokens, or \
    $\(b)/$\(b * 5) per MTok. A heavy month of agentic use can reach 40M tokens, which at list price is about \
    $\(c * 10). Retail rates are not cost: an H100 rents for roughly $2.\(b)0 per GPU-hour, and a served query \
    uses a fraction of a second of one.

    - Inference per conversation: $0.\(b)0 to $\(b).00 depending on length
    - Storage and bandwidth per user per month: $1 to $\(b + 3)
    - Support: between $\(b) and $\(b * 4) per seat monthly
    - Training run: ~$\(c)M, once, spread over every user of the model

    Unit economics start with the unit. A conversation, a session and a month of use are different units, and \
    a figure that does not say which one it counts cannot be compared with a subscription price. The honest \
    question is what one more conversation adds to the bill, not what the whole company spends divided by the \
    people who happen to use it this week. Training, research and the salaries of the people who build the \
    models are paid whether or not anyone opens the app tomorrow morning.

    Serving is different. Every answer needs accelerator time, memory bandwidth and power, and those grow with \
    use. They also fall quickly: hardware gets faster, models get smaller for the same quality, and batching \
    spreads the work of one machine across many people at once. A claim that ignores those trends ages badly, \
    and a claim that mixes the two kinds of cost is wrong on the day it is made.

    The company raised $\(a).5bn last year and spends 15 billion on compute, Dr. Lee says. Revenue rose from \
    $\(b)M to $\(c * 3)M in twelve months, up from $1M in 2023. Price cuts went from $\(c) to $\(b) an hour. \
    Those are different quantities: one is a one-time cost, the others recur.

    | Plan | Price | Notes |
    | --- | --- | --- |
    | Pro | $20/month | one seat |
    | Team | $25 per user monthly | 5-seat minimum |
    | Max | €\(c * 2),50 / month | EU billing (262.50/month elsewhere) |

    If the lab really spent $\(a)K per user, a $20 plan would need \(a * 50 / 20) months to break even, over \
    \(a * 50 / 240) years. In practice a chat is measured in cents, not dollars, and the low single digits per \
    user per session is a fair bound. Version 3.5.1 of the SDK, released 2024-03-0\(b % 9 + 1) at 10:30, logs \
    405B parameters, 5K tokens and 10M users without a single amount. The team grew 10x; see note [1] and \
    `$PATH` in the docs. Nobody pays a million dollars for a prompt, and twenty dollars and fifty cents buys \
    a lot of tokens (approx. 4,000 pages).


    """
}

/// The shapes `--shape` accepts.
let shapes = ["article", "dollars", "longline", "digits", "spaces", "sentence", "paragraph", "table"]

/// The input for one measurement: `--path` repeated `scale` times, or the
/// shape generated at `scale` times its size.
func buildInput(_ o: Options, scale: Int = 1) -> [UInt8] {
    if let path = o.path {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
            exit(2)
        }
        var out: [UInt8] = []
        for k in 0..<scale {
            if k > 0 { out.append(contentsOf: Array("\n\n".utf8)) }
            out.append(contentsOf: data)
        }
        return out
    }
    let sizeMB = o.sizeMB ?? (o.mode == "audit" ? 0.07 : 50)
    let target = Int(sizeMB * 1_000_000) * scale
    var out: [UInt8] = []
    out.reserveCapacity(target + 8192)
    switch o.shape {
    case "dollars":
        out = [UInt8](repeating: 0x24, count: max(target, 1_000_000))
    case "longline":
        let unit = Array("abc123def$4.5k€".utf8)
        while out.count < target { out.append(contentsOf: unit) }
    case "digits":
        out = [UInt8](repeating: 0x37, count: target)
    case "spaces":
        let unit = Array("spend 5 k on $ per and the ".utf8)
        while out.count < target { out.append(contentsOf: unit) }
    case "sentence":
        // One sentence, many figures: every scope query of every figure
        // looks at the same long sentence.
        out.append(contentsOf: Array("According to a thread that went viral, ".utf8))
        var n = 0
        while out.count < target { out.append(contentsOf: sentenceClause(n).utf8); n += 1 }
        out.append(contentsOf: Array("and that is the whole bill.\n".utf8))
    case "paragraph":
        // One paragraph of many short sentences: paragraph and nearby scopes.
        var n = 0
        while out.count < target { out.append(contentsOf: paragraphSentence(n).utf8); n += 1 }
        out.append(0x0A)
    case "table":
        // One table of many rows: row, column and label scopes.
        out.append(contentsOf: Array("| Item | Cost | Notes |\n| --- | --- | --- |\n".utf8))
        var n = 0
        while out.count < target { out.append(contentsOf: tableRow(n).utf8); n += 1 }
    case "article":
        var n = 0
        while out.count < target { out.append(contentsOf: article(n).utf8); n += 1 }
    default:
        FileHandle.standardError.write(Data("unknown shape \(o.shape); expected one of \(shapes.joined(separator: ", "))\n".utf8))
        exit(2)
    }
    return out
}

/// One clause of the `sentence` shape (no sentence end), cycling through
/// cost, price, negation, quotation, attribution and a conditional.
func sentenceClause(_ n: Int) -> String {
    let a = n % 90 + 2
    switch n % 6 {
    case 0: return "the lab spends $\(a) per user on serving, "
    case 1: return "a reseller says it costs $\(a)K per seat a month, "
    case 2: return "not $\(a).50 per query as some claim, "
    case 3: return "\"roughly $\(a)M in training\" by one estimate, "
    case 4: return "while the Pro plan is $\(a) a month; "
    default: return "if each user cost $\(a) a day in inference, "
    }
}

/// One sentence of the `paragraph` shape.
func paragraphSentence(_ n: Int) -> String {
    let a = n % 90 + 2
    switch n % 5 {
    case 0: return "Serving one more user costs about $\(a) a month. "
    case 1: return "The team plan is $\(a) per seat per month. "
    case 2: return "Analysts say the company spent $\(a)B on training. "
    case 3: return "It does not cost $\(a)K per user, whatever the post says. "
    default: return "Revenue rose to $\(a)M last year. "
    }
}

/// One row of the `table` shape.
func tableRow(_ n: Int) -> String {
    let a = n % 90 + 2
    switch n % 4 {
    case 0: return "| Inference per user | $\(a) per month | grows with use |\n"
    case 1: return "| Training run | $\(a)M | once |\n"
    case 2: return "| Pro plan | $\(a)/month | list price |\n"
    default: return "| Salaries | $\(a)K per engineer a year | fixed |\n"
    }
}
