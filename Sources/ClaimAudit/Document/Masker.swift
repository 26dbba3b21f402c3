// STUB — replaced by the Document work. Signatures are the contract.

/// Extracts the prose of a document, whatever its format.
public enum Masker {
    public static func prose(of document: SourceDocument) -> ProseText {
        var b = ProseBuilder()
        b.beginBlock(.paragraph)
        b.copy(document.bytes, 0..<document.bytes.count)
        return b.build()
    }
}
