// STUB — replaced by the Scanner work. Signatures are the contract.

/// Finds sentences and money mentions in prose.
public struct MoneyScanner: Sendable {
    public init() {}

    public func scan(_ prose: ProseText) -> ScanResult {
        ScanResult(sentences: [Sentence(range: 0..<prose.bytes.count, blockIndex: nil)], mentions: [])
    }
}
