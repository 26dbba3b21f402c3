// claimaudit-bench: throughput of the parser stage (Masker.prose + MoneyScanner.scan).
//
//   claimaudit-bench [--shape article|dollars|longline|digits|spaces] [--size MB] [--path FILE] [--runs N]
//
// By default it builds ~50 MB of Markdown by repeating a varied article
// (numbers change on every copy), runs `Auditor().scan` on it and prints
// MB/s and the number of mentions. Adversarial shapes check that time stays
// linear: `dollars` (a million `$`, then more up to the size), `longline`
// (one line of letters and digits with no spaces), `digits` (one run of
// digits), `spaces` (words with no sentence end).
import ClaimAudit
import Foundation

struct Options {
    var shape = "article"
    var sizeMB = 50.0
    var path: String?
    var runs = 1
    /// Print every mention (for checking the generated article).
    var printMentions = false
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst().makeIterator()
    while let a = args.next() {
        switch a {
        case "--shape": o.shape = args.next() ?? o.shape
        case "--size": o.sizeMB = Double(args.next() ?? "") ?? o.sizeMB
        case "--path": o.path = args.next()
        case "--runs": o.runs = Int(args.next() ?? "") ?? o.runs
        case "--print": o.printMentions = true
        case "-h", "--help":
            print("usage: claimaudit-bench [--shape article|dollars|longline|digits|spaces] [--size MB] [--path FILE] [--runs N] [--print]")
            exit(0)
        default:
            FileHandle.standardError.write(Data("unknown argument: \(a)\n".utf8))
            exit(2)
        }
    }
    return o
}

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

func buildInput(_ o: Options) -> [UInt8] {
    let target = Int(o.sizeMB * 1_000_000)
    if let path = o.path {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
            exit(2)
        }
        return [UInt8](data)
    }
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
    default:
        var n = 0
        while out.count < target { out.append(contentsOf: article(n).utf8); n += 1 }
    }
    return out
}

/// CPU time of this process in seconds (user + system): steadier than wall
/// time on a shared machine.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func peakRSSMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
}

let options = parseOptions()
let input = buildInput(options)
let mb = Double(input.count) / 1_000_000
print("input: \(options.path ?? options.shape), \(String(format: "%.1f", mb)) MB")
let document = SourceDocument(path: options.path ?? "bench.md", bytes: input, format: .markdown)
let auditor = Auditor()
for run in 1...max(1, options.runs) {
    let t0 = Date(), c0 = cpuSeconds()
    let scanned = auditor.scan(document)
    let total = Date().timeIntervalSince(t0), totalCPU = cpuSeconds() - c0
    // the scanner alone, on the same prose
    let t2 = Date(), c2 = cpuSeconds()
    let againCount = MoneyScanner().scan(scanned.prose).mentions.count
    let scanOnly = Date().timeIntervalSince(t2), scanCPU = cpuSeconds() - c2
    print(String(format: "run %d: Auditor.scan %.3f s wall = %.1f MB/s (CPU %.3f s = %.1f MB/s); MoneyScanner.scan alone %.3f s wall = %.1f MB/s (CPU %.3f s = %.1f MB/s)",
                 run, total, mb / total, totalCPU, mb / totalCPU, scanOnly, mb / scanOnly, scanCPU, mb / scanCPU))
    print(String(format: "       %d sentences, %d mentions (one per %.0f bytes)", scanned.scan.sentences.count,
                 scanned.scan.mentions.count, Double(input.count) / Double(max(1, scanned.scan.mentions.count))))
    precondition(againCount == scanned.scan.mentions.count)
    if options.printMentions, run == 1 {
        for m in scanned.scan.mentions {
            let a = m.amount
            print("  \(scanned.prose.string(m.range)) | \(a.low)…\(a.high) \(a.currency) per \(m.per.map(\.description))"
                  + (m.approx ? " approx" : "") + (m.qualifier.map { " q=\($0)" } ?? ""))
        }
    }
}
print(String(format: "peak RSS: %.0f MB", peakRSSMB()))
