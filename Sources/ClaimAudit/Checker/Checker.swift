// STUB — replaced by the Checker work. Signatures are the contract.

/// Gives every classified mention a verdict, a severity and an explanation.
public struct Checker: Sendable {
    public var reference: ReferenceData

    public init(reference: ReferenceData) { self.reference = reference }

    /// One assessment per mention, index for index; `nil` for `other` mentions.
    public func assess(_ document: ClassifiedDocument) -> [Assessment?] {
        document.classifications.map { _ in nil }
    }
}
