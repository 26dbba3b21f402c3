import Foundation

// STUB — replaced by the Checker work. Signatures are the contract.

/// Dated reference figures loaded from `Rules/`.
public struct ReferenceData: Sendable {
    public init() {}

    public static func load(directory: URL) throws(Diagnostic) -> ReferenceData { ReferenceData() }
}
