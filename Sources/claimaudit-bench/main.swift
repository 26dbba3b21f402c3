// claimaudit-bench: throughput of the pipeline.
//
//   claimaudit-bench [--shape SHAPE] [--size MB] [--path FILE] [--scale 1,4,16] [--runs N]
//   claimaudit-bench --audit [--shape SHAPE] [--size MB] [--path FILE] [--scale 1,4,16] [--runs N]
//
// By default it measures the parser stage (Masker.prose + MoneyScanner.scan)
// on ~50 MB of Markdown built by repeating a varied article (numbers change on
// every copy), printing MB/s and the number of mentions. Adversarial parser
// shapes check that time stays linear: `dollars` (a million `$`, then more up
// to the size), `longline` (one line of letters and digits with no spaces),
// `digits` (one run of digits), `spaces` (words with no sentence end).
//
// With `--audit` it measures every stage of the full audit with the default
// rules: scan, classify (the rule engine), check and the whole
// `Auditor.audit`. Shapes for the rules: `sentence` (one sentence holding
// many figures), `paragraph` (one paragraph of many sentences), `table` (one
// table of many rows). `--scale 1,4,16` repeats the input 1, 4 and 16 times
// and prints how each stage grows.
//
//   claimaudit-bench --audit --path corpus.md --scale 1,4,16
//   claimaudit-bench --audit --shape sentence --size 0.02 --scale 1,4,16
import ClaimAudit
import Foundation

let options = parseOptions()
if options.mode == "audit" {
    runAuditBench(options)
} else {
    runScanBench(options)
}
print(String(format: "peak RSS: %.0f MB", peakRSSMB()))
