import Testing
import Foundation
@testable import ClaimAudit
@Suite struct ZZDebug {
    @Test func dump() throws {
        let path = ProcessInfo.processInfo.environment["DUMP"] ?? ""
        guard !path.isEmpty else { return }
        let (doc, diags) = try DocumentLoader.load(path: path, format: nil)
        let p = Masker.prose(of: doc)
        print("FORMAT", doc.format, diags)
        for b in p.blocks { print("[\(b.kind)] \(p.string(b.range).debugDescription)") }
    }
}
