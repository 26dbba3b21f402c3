import Foundation
import Testing
@testable import ClaimAudit

/// Scores the default rules over `Corpus/` (kind accuracy, class macro-F1,
/// stance accuracy) the way contract §5 does, and writes every disagreement
/// to a report. Runs only when `CLAIMAUDIT_CORPUS_REPORT` names the report
/// file, since it is a measurement, not a unit test:
///
///     CLAIMAUDIT_CORPUS_REPORT=/tmp/corpus.txt swift test --filter CorpusScoreTests
@Suite struct CorpusScoreTests {
    static let reportPath = ProcessInfo.processInfo.environment["CLAIMAUDIT_CORPUS_REPORT"]

    struct Label: Decodable {
        var quote: String
        var occurrence: Int?
        var kind: String
        var `class`: String?
        var stance: String?
        var note: String?
    }

    struct LabelFile: Decodable { var mentions: [Label] }

    @Test(.enabled(if: reportPath != nil)) func scoreCorpus() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("Corpus")
        let rules = try RuleSet.load(directories: [root.appendingPathComponent("Rules")])
        let auditor = Auditor(configuration: AuditConfiguration(rules: rules))
        var report = ""
        var dump = ""
        var kindOK = 0, kindN = 0, stanceOK = 0, stanceN = 0, matched = 0, labelled = 0, predicted = 0
        var tp: [String: Int] = [:], fp: [String: Int] = [:], fn: [String: Int] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".expected.json") }.sorted()
        for name in files {
            let base = String(name.dropLast(".expected.json".count))
            guard let doc = ["md", "txt", "html"].map({ corpus.appendingPathComponent("\(base).\($0)") })
                .first(where: { FileManager.default.fileExists(atPath: $0.path) }) else { continue }
            let labels = try JSONDecoder().decode(LabelFile.self, from: Data(contentsOf: corpus.appendingPathComponent(name))).mentions
            let raw = Array(try Data(contentsOf: doc))
            let result = auditor.audit(fileAt: doc.path)
            predicted += result.mentions.count
            labelled += labels.count
            // Label spans from quote + occurrence.
            var spans: [(Label, Range<Int>)] = []
            for l in labels {
                let q = Array(l.quote.utf8)
                var seen = 0
                var i = 0
                while i + q.count <= raw.count {
                    if raw[i] == q[0], Array(raw[i..<(i + q.count)]) == q {
                        seen += 1
                        if seen == (l.occurrence ?? 1) { spans.append((l, i..<(i + q.count))); break }
                    }
                    i += 1
                }
            }
            spans.sort { $0.1.lowerBound < $1.1.lowerBound }
            var used = Set<Int>()
            report += "== \(base)\n"
            for (label, span) in spans {
                guard let p = result.mentions.indices.first(where: { !used.contains($0)
                    && result.mentions[$0].span.start < span.upperBound && span.lowerBound < result.mentions[$0].span.end }) else {
                    report += "  MISSED \(label.quote)\n"
                    if label.kind == "cost", let c = label.class { fn[c, default: 0] += 1 }
                    continue
                }
                used.insert(p)
                matched += 1
                let m = result.mentions[p]
                let c = m.classification
                let pk = c?.kind.rawValue ?? "-"
                let pc = c?.costClass?.rawValue
                let ps = c?.stance.rawValue ?? "-"
                kindN += 1
                if pk == label.kind { kindOK += 1 }
                let lc = label.kind == "cost" ? label.class : nil
                if let lc, lc == pc { tp[lc, default: 0] += 1 } else {
                    if let lc { fn[lc, default: 0] += 1 }
                    if let pc { fp[pc, default: 0] += 1 }
                }
                if let ls = label.stance { stanceN += 1; if ls == ps { stanceOK += 1 } }
                dump += "\(label.kind)\t\(lc ?? "-")\t\(label.stance ?? "-")\t\(pk)\t\(pc ?? "-")\t\(ps)\t\(c?.ruleID ?? "-")\t\(c?.stanceRuleID ?? "-")\t\(base)\t\(label.quote)\n"
                let kindBad = pk != label.kind || lc != pc
                let stanceBad = label.stance != nil && label.stance != ps
                if kindBad || stanceBad {
                    let want = "\(label.kind)\(lc.map { "/" + $0 } ?? "") \(label.stance ?? "")"
                    let got = "\(pk)\(pc.map { "/" + $0 } ?? "") \(ps)"
                    report += "  \(kindBad ? "K" : " ")\(stanceBad ? "S" : " ") \(label.quote) want \(want) got \(got) [\(c?.ruleID ?? "-"), \(c?.stanceRuleID ?? "-") {\((c?.evidence ?? []).map { "\($0.feature)=\($0.cue)" }.joined(separator: "; "))}] :: \(m.sentence.replacingOccurrences(of: "\n", with: " ").prefix(200)) // \(label.note ?? "")\n"
                }
            }
            for p in result.mentions.indices where !used.contains(p) {
                let m = result.mentions[p]
                if let pc = m.classification?.costClass { fp[pc.rawValue, default: 0] += 1 }
                report += "  EXTRA \(m.text)\n"
            }
        }
        var f1s: [Double] = []
        var lines = ""
        for c in ["marginal", "fixed", "conflation"] {
            let t = Double(tp[c] ?? 0), p = t + Double(fp[c] ?? 0), r = t + Double(fn[c] ?? 0)
            let prec = p > 0 ? t / p : 0, rec = r > 0 ? t / r : 0
            let f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0
            f1s.append(f1)
            lines += String(format: "  %@: P %.3f R %.3f F1 %.3f\n", c, prec, rec, f1)
        }
        let summary = String(format: "labelled %d predicted %d matched %d\nkind accuracy %.3f (%d/%d)\nclass macro-F1 %.3f\n%@stance accuracy %.3f (%d/%d)\n",
                             labelled, predicted, matched, Double(kindOK) / Double(max(1, kindN)), kindOK, kindN,
                             f1s.reduce(0, +) / 3, lines, Double(stanceOK) / Double(max(1, stanceN)), stanceOK, stanceN)
        try (summary + "\n" + report).write(toFile: Self.reportPath!, atomically: true, encoding: .utf8)
        try dump.write(toFile: Self.reportPath! + ".tsv", atomically: true, encoding: .utf8)
        print(summary)
    }
}
