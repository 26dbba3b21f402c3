import Foundation

/// Command-line options of `claimaudit-bench`.
struct Options {
    /// `scan` (parser only, the default) or `audit` (every stage, with the rules).
    var mode = "scan"
    var shape = "article"
    var sizeMB: Double?
    var path: String?
    var runs = 1
    /// Input multiples to run one after the other (`--scale 1,4,16`), to show
    /// how time grows with the input.
    var scales: [Int] = [1]
    /// Print every mention (for checking the generated article).
    var printMentions = false

    static let usage = """
    usage: claimaudit-bench [--audit] [--shape SHAPE] [--size MB] [--path FILE] [--scale 1,4,16] [--runs N] [--print]

      (default)      the parser stage: Masker.prose + MoneyScanner.scan, on ~50 MB
      --audit        the full audit, stage by stage (scan, classify, check, assemble),
                     with the default rules (CLAIMAUDIT_RULES or the Rules/ folder found
                     as the CLI finds it); default input: one copy of the article shape
      --shape SHAPE  article (default), dollars, longline, digits, spaces: adversarial
                     inputs for the parser; sentence (one sentence holding many money
                     figures), paragraph (one paragraph of many short sentences), table
                     (one table of many rows): adversarial inputs for the rules
      --size MB      input size for generated shapes (default 50 for the parser, 0.07 for --audit)
      --path FILE    read the input from FILE instead
      --scale LIST   run on the input repeated k times for each k of LIST (a shape is
                     generated k times larger; sentence grows one sentence)
      --runs N       repeat each measurement N times
    """
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst().makeIterator()
    func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("\(message)\n\(Options.usage)\n".utf8))
        exit(2)
    }
    while let a = args.next() {
        switch a {
        case "--audit": o.mode = "audit"
        case "--shape": o.shape = args.next() ?? o.shape
        case "--size":
            guard let v = args.next().flatMap(Double.init), v > 0 else { fail("--size needs a positive number of MB") }
            o.sizeMB = v
        case "--path": o.path = args.next()
        case "--runs": o.runs = Int(args.next() ?? "") ?? o.runs
        case "--scale":
            let list = (args.next() ?? "").split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !list.isEmpty, list.allSatisfy({ $0 > 0 }) else { fail("--scale needs a list of positive whole numbers, e.g. 1,4,16") }
            o.scales = list
        case "--print": o.printMentions = true
        case "-h", "--help":
            print(Options.usage)
            exit(0)
        default:
            fail("unknown argument: \(a)")
        }
    }
    return o
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

/// Runs `body` and returns its result with the CPU seconds it took.
func measure<T>(_ body: () -> T) -> (T, Double) {
    let c0 = cpuSeconds()
    let result = body()
    return (result, cpuSeconds() - c0)
}
