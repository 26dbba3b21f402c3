import ClaimAudit
import Foundation

// STUB — replaced by the work that owns this command.
enum EvalCommand {
    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        throw usage("'eval' is not written yet")
    }
}
