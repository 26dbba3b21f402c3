import ClaimAudit
import Foundation

// STUB — replaced by the work that owns this command.
enum ExplainCommand {
    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        throw usage("'explain' is not written yet")
    }
}
