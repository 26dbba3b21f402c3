import ClaimAudit
import Foundation

/// The full audit, stage by stage: the parser (`Auditor.scan`), the rules
/// (`Classifier.classify`), the checker (`Checker.assess`) and the whole
/// `Auditor.audit` (the difference is assembling the result), in CPU
/// seconds, MB/s and microseconds per mention. With `--scale 1,4,16` it
/// ends with a table showing how each stage grows with the input.
func runAuditBench(_ options: Options) {
    let (loaded, loadCPU) = measure { () -> AuditConfiguration in
        do { return try AuditConfiguration.defaults() } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            exit(2)
        }
    }
    let configuration = loaded
    let rules = configuration.rules!
    print(String(format: "rules: %d rules loaded in %.3f s (once; not counted below)", rules.rules.count, loadCPU))
    // Warm up once-per-process work (static tables, lazy reference lookups)
    // so that it does not count in the first stage measured.
    _ = Auditor(configuration: configuration).audit(text: article(0), path: "warm-up.md", format: .markdown)
    let format = options.path.flatMap { SourceFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) } ?? .markdown
    struct Row { var scale: Int; var bytes: Int; var mentions: Int; var scan, classify, check, audit: Double }
    var rows: [Row] = []
    for scale in options.scales {
        let input = buildInput(options, scale: scale)
        let mb = Double(input.count) / 1_000_000
        let document = SourceDocument(path: options.path ?? "bench.\(format == .html ? "html" : "md")", bytes: input, format: format)
        print("input: \(options.path ?? options.shape) ×\(scale), \(input.count) bytes (\(format.rawValue))")
        for run in 1...max(1, options.runs) {
            let (scanned, scanCPU) = measure { Auditor().scan(document) }
            let (classified, classifyCPU) = measure { Classifier(rules: rules).classify(scanned) }
            let (assessments, checkCPU) = measure { Checker(reference: configuration.reference ?? ReferenceData()).assess(classified) }
            let (audited, auditCPU) = measure { Auditor(configuration: configuration).audit(document) }
            let mentions = scanned.scan.mentions.count
            precondition(audited.mentions.count == mentions && assessments.count == mentions)
            func line(_ name: String, _ seconds: Double) -> String {
                "  " + name.padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(format: "%8.3f s  %8.2f MB/s  %8.1f µs/mention", seconds, mb / max(seconds, 1e-9),
                             seconds * 1e6 / Double(max(1, mentions)))
            }
            print("run \(run): \(scanned.scan.sentences.count) sentences, \(mentions) mentions, \(classified.claims.count) claims")
            print(line("scan", scanCPU))
            print(line("classify", classifyCPU))
            print(line("check", checkCPU))
            print(line("assemble", max(0, auditCPU - scanCPU - classifyCPU - checkCPU)))
            print(line("audit", auditCPU) + "   (Auditor.audit, every stage)")
            if run == 1 {
                rows.append(Row(scale: scale, bytes: input.count, mentions: mentions, scan: scanCPU, classify: classifyCPU,
                                check: checkCPU, audit: auditCPU))
            }
        }
    }
    guard rows.count > 1, let base = rows.first else { return }
    print("\ngrowth (CPU seconds; ratio to ×\(base.scale) in brackets; linear means ratio ≈ scale ÷ \(base.scale)):")
    print("  scale      bytes  mentions        scan            classify           check             audit")
    for r in rows {
        func cell(_ v: Double, _ b: Double) -> String { String(format: "%7.3f (%5.1f×)", v, v / max(b, 1e-9)) }
        print(String(format: "  %5d %10d %9d", r.scale, r.bytes, r.mentions) + "  " + cell(r.scan, base.scan) + "  "
              + cell(r.classify, base.classify) + "  " + cell(r.check, base.check) + "  " + cell(r.audit, base.audit))
    }
}
