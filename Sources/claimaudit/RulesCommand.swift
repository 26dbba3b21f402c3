import ClaimAudit
import Foundation

// STUB — replaced by the work that owns this command.
enum RulesCommand {
    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        throw usage("'rules' is not written yet")
    }
}
