import ClaimAudit
import Foundation

// STUB — replaced by the CLI work.
let auditor = Auditor()
for path in CommandLine.arguments.dropFirst() where path != "check" {
    let doc = auditor.audit(fileAt: path)
    for m in doc.mentions { print("\(doc.path):\(m.span.location): note: \(m.text)") }
}
