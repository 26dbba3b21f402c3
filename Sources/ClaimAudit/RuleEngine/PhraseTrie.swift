/// A compiled set of phrases, as a trie over normalized tokens.
///
/// A phrase element is a word stem, an exact word (`=says`), `#` (any number) or `*` (a gap of zero to
/// `PhraseTrie.maxGap` words); a phrase may begin with an anchor (`^say`), which ties it to the
/// start of a sentence or clause (see `isAnchorPosition`). Matching from one start token visits at
/// most `phraseLength × (maxGap + 1)` states per trie path, so a whole document is
/// matched in time linear in its length whatever phrases authors write.
public struct PhraseTrie: Sendable {
    /// One element of a compiled phrase.
    public enum Element: Sendable, Hashable {
        case word(String)
        /// The word exactly as written, lower-cased (no inflection).
        case exact(String)
        case number
        case gap
        /// Only as a phrase's first element: the phrase starts a sentence or a clause.
        case anchor
    }

    struct Node: Sendable {
        var children: [String: Int] = [:]
        var exact: [String: Int] = [:]
        var number: Int?
        var gap: Int?
        /// The anchored phrases (only ever set on the root).
        var anchor: Int?
        /// Ids of the lexicons a phrase ending here belongs to.
        var terminals: [Int] = []
    }

    /// The longest gap `*` stands for, in words.
    public static let maxGap = 3

    private var nodes: [Node] = [Node()]
    /// Most tokens a match can span: longest phrase × (gap + 1).
    private var maxSpan = 1

    public init() {}

    /// Adds a phrase for lexicon `id`.
    public mutating func insert(_ phrase: [Element], id: Int) {
        precondition(!phrase.dropFirst().contains(.anchor), "an anchor can only start a phrase")
        maxSpan = max(maxSpan, phrase.reduce(0) { $0 + ($1 == .gap ? Self.maxGap : $1 == .anchor ? 0 : 1) } + 1)
        var n = 0
        for element in phrase {
            switch element {
            case .word(let w):
                if let next = nodes[n].children[w] { n = next } else {
                    nodes.append(Node()); nodes[n].children[w] = nodes.count - 1; n = nodes.count - 1
                }
            case .exact(let w):
                if let next = nodes[n].exact[w] { n = next } else {
                    nodes.append(Node()); nodes[n].exact[w] = nodes.count - 1; n = nodes.count - 1
                }
            case .number:
                if let next = nodes[n].number { n = next } else {
                    nodes.append(Node()); nodes[n].number = nodes.count - 1; n = nodes.count - 1
                }
            case .gap:
                if let next = nodes[n].gap { n = next } else {
                    nodes.append(Node()); nodes[n].gap = nodes.count - 1; n = nodes.count - 1
                }
            case .anchor:
                if let next = nodes[n].anchor { n = next } else {
                    nodes.append(Node()); nodes[n].anchor = nodes.count - 1; n = nodes.count - 1
                }
            }
        }
        if !nodes[n].terminals.contains(id) { nodes[n].terminals.append(id) }
    }

    /// A phrase found in a token sequence: lexicon id and token range.
    public struct Match: Sendable, Hashable {
        public var lexicon: Int
        public var tokens: Range<Int>
    }

    /// Every match starting at tokens `range.lowerBound…`, ending by
    /// `range.upperBound`. Gaps never cross punctuation.
    public func matches(in tokens: [CueToken], _ range: Range<Int>) -> [Match] {
        matches(in: tokens, ranges: [range])
    }

    /// Token `p` of `range` can start an anchored phrase (`^say`): it is a word
    /// or number, and no word or number comes before it in the range (a
    /// sentence's first word, also after an opening quote or bracket), or the
    /// token before it is a mark that ends a clause (`, ; : ( ) — " ! ? [ ]`,
    /// see `CueToken.isClauseBreak`) or a full stop. `sawWord` says whether a
    /// word or number came before `p` in the range.
    static func isAnchorPosition(_ tokens: [CueToken], _ p: Int, sawWord: Bool) -> Bool {
        guard tokens[p].kind != .punctuation else { return false }
        guard sawWord else { return true }
        let before = tokens[p - 1]
        return before.kind == .punctuation && (before.isClauseBreak || before.norm == ".")
    }

    /// Every match inside each of `ranges` (sentences); no match crosses a
    /// range boundary.
    public func matches(in tokens: [CueToken], ranges: [Range<Int>]) -> [Match] {
        var found: [Match] = []
        var seen = Set<Match>()
        var stack: [(node: Int, pos: Int)] = []
        // visited[node * span + (pos - start)] == start + 1: each (node, pos)
        // state is explored once per start, so gaps cannot multiply paths.
        let span = maxSpan + 1
        var visited = [Int](repeating: 0, count: nodes.count * span)
        let anchorRoot = nodes[0].anchor
        for range in ranges {
            seen.removeAll(keepingCapacity: true)
            var sawWord = false
            for start in range {
                stack.removeAll(keepingCapacity: true)
                stack.append((0, start))
                if let a = anchorRoot, Self.isAnchorPosition(tokens, start, sawWord: sawWord) { stack.append((a, start)) }
                if tokens[start].kind != .punctuation { sawWord = true }
                while let (n, p) = stack.popLast() {
                    let offset = p - start
                    guard offset < span else { continue }
                    let key = n * span + offset
                    if visited[key] == start + 1 { continue }
                    visited[key] = start + 1
                    let node = nodes[n]
                    if p > start {
                        for id in node.terminals {
                            let m = Match(lexicon: id, tokens: start..<p)
                            if seen.insert(m).inserted { found.append(m) }
                        }
                    }
                    if let g = node.gap {
                        // The gap covers 0…maxGap non-punctuation tokens.
                        var q = p
                        stack.append((g, q))
                        for _ in 0..<Self.maxGap {
                            guard q < range.upperBound, tokens[q].kind != .punctuation else { break }
                            q += 1
                            stack.append((g, q))
                        }
                    }
                    guard p < range.upperBound else { continue }
                    let t = tokens[p]
                    if let next = node.children[t.norm] { stack.append((next, p + 1)) }
                    if !node.exact.isEmpty, let next = node.exact[t.exact] { stack.append((next, p + 1)) }
                    if t.kind == .number, let next = node.number { stack.append((next, p + 1)) }
                }
            }
        }
        return found
    }

    /// Number of nodes (for tests and diagnostics).
    public var nodeCount: Int { nodes.count }
}
