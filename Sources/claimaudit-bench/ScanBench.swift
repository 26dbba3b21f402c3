import ClaimAudit
import Foundation

/// The parser stage alone (`Auditor.scan`, then `MoneyScanner.scan` again on
/// the same prose), in MB/s.
func runScanBench(_ options: Options) {
    for scale in options.scales {
        let input = buildInput(options, scale: scale)
        let mb = Double(input.count) / 1_000_000
        print("input: \(options.path ?? options.shape) ×\(scale), \(String(format: "%.1f", mb)) MB")
        let document = SourceDocument(path: options.path ?? "bench.md", bytes: input, format: .markdown)
        let auditor = Auditor()
        for run in 1...max(1, options.runs) {
            let t0 = Date()
            let (scanned, totalCPU) = measure { auditor.scan(document) }
            let total = Date().timeIntervalSince(t0)
            // the scanner alone, on the same prose
            let t2 = Date()
            let (againCount, scanCPU) = measure { MoneyScanner().scan(scanned.prose).mentions.count }
            let scanOnly = Date().timeIntervalSince(t2)
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
    }
}
