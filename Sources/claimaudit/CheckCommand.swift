import ClaimAudit
import Foundation

// STUB — replaced by the work that owns this command.
enum CheckCommand {
    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        throw usage("'check' is not written yet")
    }
}
