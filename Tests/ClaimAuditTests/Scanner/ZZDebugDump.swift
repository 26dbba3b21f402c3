import Testing
import Foundation
@testable import ClaimAudit

@Suite struct ZZDebugDump {
    @Test func dump() throws {
        guard let path = ProcessInfo.processInfo.environment["SCAN_DUMP"] else { return }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let prose = proseBlocks(text)
        let r = MoneyScanner().scan(prose)
        var out = ""
        for m in r.mentions {
            out += "«\(prose.string(m.range))» amt=«\(prose.string(m.amountRange))» \(m.amount.low)…\(m.amount.high) \(m.amount.currency) per=\(m.per.map(\.description)) approx=\(m.approx) q=\(m.qualifier ?? "-")\n"
        }
        try out.write(toFile: path + ".out", atomically: true, encoding: .utf8)
    }
}
