import Foundation

// STUB — replaced by the RuleEngine work. Signatures are the contract.

/// The loaded, validated rules and lexicons.
public struct RuleSet: Sendable {
    public init() {}

    /// Loads rule folders in order; a later folder adds rules or overrides
    /// earlier ones by id. Throws the first error with file, line and column.
    public static func load(directories: [URL]) throws(Diagnostic) -> RuleSet { RuleSet() }
}
