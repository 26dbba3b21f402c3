import Foundation

/// The loaded, validated rules and lexicons, with the lexicons compiled into
/// one phrase trie.
public struct RuleSet: Sendable {
    /// Rules in load order (a rule overridden by id keeps its first position).
    public private(set) var rules: [Rule] = []
    /// Named lexicons by name.
    public private(set) var lexicons: [String: CueLexicon] = [:]
    /// Files the rules came from, in load order.
    public private(set) var files: [String] = []
    /// The context model (`model/context-words.tsv` of the last rules folder
    /// that has one), which decides mentions no cue rule decided; `nil` runs
    /// the rules alone (`--no-model`).
    public var contextModel: ContextModel?

    /// Compiled phrases; match ids index `cueNames`.
    var trie = PhraseTrie()
    /// Name of each compiled cue set: a lexicon name or a "quoted literal".
    var cueNames: [String] = []
    var cueIDs: [String: Int] = [:]
    /// Compiled id of the `clause-break` lexicon, if the rules define one.
    var clauseBreakID: Int?

    /// An empty rule set: every mention falls to the built-in fallback.
    public init() {}

    /// Loads rule folders in order; a later folder adds rules or overrides
    /// earlier ones by id (and lexicons by name). Throws the first error with
    /// file, line and column.
    public static func load(directories: [URL]) throws(Diagnostic) -> RuleSet {
        var layers: [[RuleFile]] = []
        var model: ContextModel?
        for dir in directories {
            layers.append(try parseDirectory(dir))
            let modelPath = dir.appendingPathComponent("model").appendingPathComponent(ContextModel.fileName).path
            if FileManager.default.fileExists(atPath: modelPath) { model = try ContextModel.load(path: modelPath) }
        }
        var set = try compile(layers: layers)
        set.contextModel = model
        return set
    }

    /// Builds a rule set from rule texts held in memory, as one layer
    /// (`path` is used in diagnostics).
    public static func parse(_ sources: [(path: String, text: String)]) throws(Diagnostic) -> RuleSet {
        var files: [RuleFile] = []
        for s in sources { files.append(try RuleFileParser(path: s.path).parse(s.text)) }
        return try compile(layers: [files])
    }

    /// The `*.rules` files of one folder (not its subfolders), sorted by name.
    static func parseDirectory(_ dir: URL) throws(Diagnostic) -> [RuleFile] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
            throw Diagnostic(.error, path: dir.path, message: "rules folder not found")
        }
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: dir.path) } catch {
            throw Diagnostic(.error, path: dir.path, message: "cannot read rules folder: \(error.localizedDescription)")
        }
        let ruleFiles = names.filter { $0.hasSuffix(".rules") }.sorted()
        guard !ruleFiles.isEmpty else {
            throw Diagnostic(.error, path: dir.path, message: "no .rules files in this folder")
        }
        var files: [RuleFile] = []
        for name in ruleFiles {
            let url = dir.appendingPathComponent(name)
            guard let data = fm.contents(atPath: url.path) else {
                throw Diagnostic(.error, path: url.path, message: "cannot read rule file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw Diagnostic(.error, path: url.path, message: "rule file is not valid UTF-8")
            }
            files.append(try RuleFileParser(path: url.path).parse(text))
        }
        return files
    }

    /// Merges layers, resolves names and compiles the lexicons.
    static func compile(layers: [[RuleFile]]) throws(Diagnostic) -> RuleSet {
        var set = RuleSet()
        var ruleIndex: [String: Int] = [:]
        for layer in layers {
            var layerRules: [String: RuleSourceLocation] = [:]
            var layerLexicons: [String: RuleSourceLocation] = [:]
            for file in layer {
                set.files.append(file.path)
                for lexicon in file.lexicons {
                    if let first = layerLexicons[lexicon.name] {
                        throw lexicon.location.error("lexicon '\(lexicon.name)' is already defined at \(first)")
                    }
                    layerLexicons[lexicon.name] = lexicon.location
                    set.lexicons[lexicon.name] = lexicon
                }
                for rule in file.rules {
                    if let first = layerRules[rule.id] {
                        throw rule.location.error("rule '\(rule.id)' is already defined at \(first)")
                    }
                    layerRules[rule.id] = rule.location
                    try validate(rule)
                    if let i = ruleIndex[rule.id] { set.rules[i] = rule } else {
                        ruleIndex[rule.id] = set.rules.count
                        set.rules.append(rule)
                    }
                }
            }
        }
        try set.compileCues()
        for i in set.rules.indices { set.rules[i].order = i }
        return set
    }

    static func validate(_ rule: Rule) throws(Diagnostic) {
        guard rule.kind != nil || rule.stance != nil else {
            throw rule.location.error("rule '\(rule.id)' decides nothing: give it 'kind:' (and 'class:' for a cost) or 'stance:'")
        }
        if rule.kind == .cost, rule.costClass == nil {
            throw rule.location.error("rule '\(rule.id)' has 'kind: cost' but no 'class:' (marginal, fixed or conflation)")
        }
        if rule.kind != .cost, rule.costClass != nil {
            throw rule.location.error("rule '\(rule.id)' has a 'class:' but its kind is not cost")
        }
    }

    // MARK: - Compiling cues

    private mutating func cueID(_ name: String) -> Int {
        if let i = cueIDs[name] { return i }
        cueNames.append(name)
        cueIDs[name] = cueNames.count - 1
        return cueNames.count - 1
    }

    private mutating func compileCues() throws(Diagnostic) {
        var memo = ExpansionMemo()
        // Named lexicons, sorted so ids do not depend on dictionary order.
        for name in lexicons.keys.sorted() {
            let lexicon = lexicons[name]!
            let lid = cueID(name)
            for (phrase, location) in zip(lexicon.phrases, lexicon.phraseLocations) {
                var stack: [String] = [name]
                for elements in try expand(phrase, at: location, stack: &stack, memo: &memo) {
                    trie.insert(elements, id: lid)
                }
            }
        }
        clauseBreakID = cueIDs["clause-break"]
        // Literal phrases and lexicon references inside rules.
        for r in rules.indices {
            for c in rules[r].conditions.indices { rules[r].conditions[c].test = try resolve(rules[r].conditions[c].test, memo: &memo) }
            for c in rules[r].exceptions.indices { rules[r].exceptions[c].test = try resolve(rules[r].exceptions[c].test, memo: &memo) }
        }
    }

    private mutating func resolve(_ test: ConditionTest, memo: inout ExpansionMemo) throws(Diagnostic) -> ConditionTest {
        func cues(_ list: [CueReference]) throws(Diagnostic) -> [CueReference] {
            var out = list
            for i in out.indices {
                switch out[i].target {
                case .lexicon(let name):
                    guard lexicons[name] != nil else {
                        throw out[i].location.error("unknown lexicon '\(name)'" + suggestion(for: name) + " (quote a literal phrase: \"\(name)\")")
                    }
                    out[i].id = cueID(name)
                case .literal(let phrase):
                    let name = "\"\(phrase)\""
                    let isNew = cueIDs[name] == nil
                    out[i].id = cueID(name)
                    if isNew {
                        var stack: [String] = []
                        for elements in try expand(phrase, at: out[i].location, quoted: true, stack: &stack, memo: &memo) {
                            trie.insert(elements, id: out[i].id)
                        }
                    }
                }
            }
            return out
        }
        func units(_ set: Set<String>) -> Set<String> {
            var out = Set<String>()
            for u in set {
                if let lexicon = lexicons[u] { out.formUnion(lexicon.phrases.map(Self.unitKey)) } else { out.insert(Self.unitKey(u)) }
            }
            return out
        }
        switch test {
        case .has(let scope, let list, let within, let position):
            return .has(scope: scope, cues: try cues(list), within: within, position: position)
        case .subjectIsProduct(let verbs): return .subjectIsProduct(verbs: try cues(verbs))
        case .subjectHas(let verbs, let list): return .subjectHas(verbs: try cues(verbs), cues: try cues(list))
        case .perHas(let u): return .perHas(units: units(u))
        case .perOnly(let u): return .perOnly(units: units(u))
        default: return test
        }
    }

    private func suggestion(for name: String) -> String {
        let close = lexicons.keys.filter { $0.hasPrefix(String(name.prefix(4))) }.sorted()
        return close.isEmpty ? "" : "; did you mean '\(close[0])'?"
    }

    /// Compiles one phrase to trie elements, expanding `{lexicon}` references.
    /// Expansions and word forms already worked out while compiling: a
    /// lexicon that other lexicons refer to is expanded once, and a word
    /// that many phrases share is stemmed once.
    struct ExpansionMemo {
        var lexicons: [String: [[PhraseTrie.Element]]] = [:]
        var norms: [String: [String]] = [:]
    }

    /// `location` is where the phrase starts in its file; for a quoted phrase (`quoted`), where its
    /// opening quotation mark is.
    private func expand(_ phrase: String, at location: RuleSourceLocation, quoted: Bool = false,
                        stack: inout [String], memo: inout ExpansionMemo) throws(Diagnostic) -> [[PhraseTrie.Element]] {
        // "^say the": a leading '^' anchors the phrase to the start of a sentence or clause;
        // a '^' anywhere else is a mistake, reported at its own column.
        let scalars = Array(phrase.unicodeScalars)
        let lead = scalars.firstIndex { $0 != " " && $0 != "\t" }
        let anchored = lead.map { scalars[$0] == "^" } ?? false
        for (k, s) in scalars.enumerated() where s == "^" && !(anchored && k == lead) {
            throw RuleSourceLocation(path: location.path, line: location.line, column: location.column + k + (quoted ? 1 : 0))
                .error("'^' anchors a phrase to the start of a sentence or clause, so it can only begin a phrase: '\(phrase)'")
        }
        let body = anchored ? String(String.UnicodeScalarView(scalars[(lead! + 1)...])) : phrase
        var results: [[PhraseTrie.Element]] = [[]]
        for piece in body.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            var p = String(piece)
            // "{speaker}'s estimate": the text's possessive is dropped in matching ("Goldman's" reads
            // as "goldman"), so a possessive on a lexicon reference is dropped too
            if p.hasPrefix("{"), p.hasSuffix("}'s") || p.hasSuffix("}\u{2019}s") { p.removeLast(2) }
            var options: [[PhraseTrie.Element]]
            if p == "*" {
                options = [[.gap]]
            } else if p == "#" {
                options = [[.number]]
            } else if p.hasPrefix("="), p.count > 1 {
                // "=says": this word exactly, not its other forms ("say", "said")
                let word = String(p.dropFirst())
                let tokens = CueTokenizer.tokenize(Array(word.utf8), 0..<word.utf8.count)
                guard tokens.count == 1, tokens[0].kind == .word, tokens[0].range == 0..<word.utf8.count else {
                    throw location.error("exact word '\(p)' must be a single word")
                }
                options = [[.exact(tokens[0].exact)]]
            } else if p.hasPrefix("{"), p.hasSuffix("}"), p.count > 2 {
                let name = String(p.dropFirst().dropLast())
                guard let lexicon = lexicons[name] else { throw location.error("unknown lexicon '{\(name)}' in phrase '\(phrase)'") }
                guard !stack.contains(name) else {
                    throw location.error("lexicon '\(name)' refers to itself through \(stack.joined(separator: " → "))")
                }
                if let known = memo.lexicons[name] {
                    options = known
                } else {
                    stack.append(name)
                    options = []
                    for (sub, subLocation) in zip(lexicon.phrases, lexicon.phraseLocations) {
                        options += try expand(sub, at: subLocation, stack: &stack, memo: &memo)
                    }
                    stack.removeLast()
                    memo.lexicons[name] = options
                }
            } else {
                let norms: [String]
                if let known = memo.norms[p] {
                    norms = known
                } else {
                    norms = CueTokenizer.norms(of: p)
                    memo.norms[p] = norms
                }
                guard !norms.isEmpty else { throw location.error("phrase piece '\(p)' has no words") }
                options = [norms.map { .word($0) }]
            }
            var next: [[PhraseTrie.Element]] = []
            for r in results { for o in options { next.append(r + o) } }
            guard next.count <= 5000 else { throw location.error("phrase '\(phrase)' expands to more than 5000 phrases") }
            results = next
        }
        guard let first = results.first, !first.isEmpty, first.contains(where: {
            switch $0 { case .word, .exact: true; default: false }
        }) else {
            throw location.error("phrase '\(phrase)' needs at least one word")
        }
        // An anchored lexicon ("{opener} …") may start a phrase, not follow other words.
        if results.contains(where: { $0.dropFirst().contains(.anchor) }) {
            throw location.error("phrase '\(phrase)' puts a lexicon whose phrases begin with '^' after other words; '^' can only begin a phrase")
        }
        if anchored { results = results.map { $0.first == .anchor ? $0 : [.anchor] + $0 } }
        let words = first.drop { $0 == .anchor }
        if case .gap = words.first! { throw location.error("phrase '\(phrase)' cannot start with '*'") }
        if case .gap = words.last! { throw location.error("phrase '\(phrase)' cannot end with '*'") }
        return results
    }

    /// Units compare lower-cased and singular (`Users` → `user`).
    static func unitKey(_ unit: String) -> String {
        var u = unit.lowercased().trimmingSpaces
        if u.hasSuffix("s"), !u.hasSuffix("ss"), u.count > 2 { u.removeLast() }
        return u
    }

    /// The rule with this id.
    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }

    /// Name of a compiled cue id.
    func cueName(_ id: Int) -> String { id >= 0 && id < cueNames.count ? cueNames[id] : "?" }
}
