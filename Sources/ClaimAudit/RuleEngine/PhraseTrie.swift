/// A compiled set of phrases, as a trie over normalized tokens.
///
/// A phrase element is a word stem, an exact word (`=says`), `#` (any number) or `*` (a gap of zero to
/// `PhraseTrie.maxGap` words). Matching from one start token visits at most
/// `phraseLength × (maxGap + 1)` states per trie path, so a whole document is
/// matched in time linear in its length whatever phrases authors write.
public struct PhraseTrie: Sendable {
    /// One element of a compiled phrase.
    public enum Element: Sendable, Hashable {
        case word(String)
        /// The word exactly as written, lower-cased (no inflection).
        case exact(String)
        case number
        case gap
    }

    struct Node: Sendable {
        var children: [String: Int] = [:]
        var exact: [String: Int] = [:]
        var number: Int?
        var gap: Int?
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
        maxSpan = max(maxSpan, phrase.reduce(0) { $0 + ($1 == .gap ? Self.maxGap : 1) } + 1)
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
        for range in ranges {
            seen.removeAll(keepingCapacity: true)
            for start in range {
                stack.removeAll(keepingCapacity: true)
                stack.append((0, start))
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
