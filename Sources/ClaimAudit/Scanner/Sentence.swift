/// A sentence of prose: a prose byte range inside one block.
public struct Sentence: Sendable, Hashable {
    public var range: Range<Int>
    /// Index into `ProseText.blocks` of the block holding the sentence, if any.
    public var blockIndex: Int?

    public init(range: Range<Int>, blockIndex: Int?) {
        self.range = range
        self.blockIndex = blockIndex
    }
}
