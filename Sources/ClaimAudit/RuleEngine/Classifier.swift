// STUB — replaced by the RuleEngine work. Signatures are the contract.

/// Applies a rule set to a scanned document.
public struct Classifier: Sendable {
    public var rules: RuleSet

    public init(rules: RuleSet) { self.rules = rules }

    public func classify(_ document: ScannedDocument) -> ClassifiedDocument {
        ClassifiedDocument(scanned: document, classifications: document.scan.mentions.map { _ in nil }, claims: [])
    }
}
