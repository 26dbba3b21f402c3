/// Applies a rule set to a scanned document.
///
/// For each mention, every rule is tested; among the rules that decide a
/// kind, the winner is the one with the highest priority (ties: more
/// `when` conditions, then the earlier rule). Stance is decided the same way among
/// stance rules, `asserted` when none applies. Rules with `figure`
/// conditions run in a second pass. Cost mentions of the same figure then
/// form one claim whose class is decided by a vote of its mentions' winning
/// rules (see `pool`); stance stays per mention.
public struct Classifier: Sendable {
    public var rules: RuleSet

    /// Rules at or below this priority decide a kind only weakly: their
    /// mentions may join a cost claim of the same figure.
    public static let weakPriority = 10
    /// How much more a conflation vote counts when a claim's class is pooled.
    public static let conflationVoteWeight = 4
    /// Id of the built-in fallback used when no rule decides a kind.
    public static let fallbackRuleID = "default.other"

    public init(rules: RuleSet) { self.rules = rules }

    /// The rules that applied to one mention, with their evidence.
    public struct RuleMatch: Sendable {
        public var rule: Rule
        public var evidence: [Evidence]
    }

    /// Everything the rules found for one mention, before claims pool it.
    public struct MentionDecision: Sendable {
        public var kindMatches: [RuleMatch]
        public var stanceMatches: [RuleMatch]
        public var kindWinner: RuleMatch? { kindMatches.first }
        public var stanceWinner: RuleMatch? { stanceMatches.first }
    }

    public func classify(_ document: ScannedDocument) -> ClassifiedDocument {
        let decisions = decide(document)
        let mentions = document.scan.mentions
        let items = mentions.indices.map { i -> ClaimGrouper.Item in
            ClaimGrouper.Item(amount: mentions[i].amount, per: mentions[i].per, role: Self.role(of: decisions[i].kindWinner))
        }
        let claims = ClaimGrouper.group(items)
        var classifications = [Classification?](repeating: nil, count: mentions.count)
        for claim in claims {
            let costMembers = claim.mentionIndices.filter { items[$0].role == .cost }
            let pooled = Self.pool(costMembers.compactMap { decisions[$0].kindWinner })
            for i in claim.mentionIndices {
                let pools = (costMembers.count > 1 || items[i].role == .weak) && !Self.keepsOwnClass(decisions[i].kindWinner, against: pooled)
                classifications[i] = classification(of: i, in: document, decision: decisions[i], pooled: pools ? pooled : nil)
            }
        }
        return ClassifiedDocument(scanned: document, classifications: classifications, claims: claims)
    }

    /// Per-mention rule matches, sorted so the winner comes first.
    ///
    /// Two passes: first every rule that looks only at the text; then the
    /// rules with `figure` conditions, which see the first-pass winners of the
    /// other mentions in the sentence.
    public func decide(_ document: ScannedDocument) -> [MentionDecision] {
        ruleDecisions(document, model: rules.contextModel, collectFeatures: false).decisions
    }

    /// The features the context model reads for each mention, from the
    /// decisions of the rules alone (the model is not applied):
    /// what `claimaudit train` counts.
    public func contextFeatures(_ document: ScannedDocument) -> [[String]] {
        ruleDecisions(document, model: nil, collectFeatures: true).features
    }

    /// The rules' decisions, then the context model's (when given) for the
    /// mentions whose winner it may replace. It runs after both passes: applied
    /// between them, so that figures derived from its decisions would follow
    /// them, it gained less on unseen text (cross-validated kind accuracy
    /// +.001 instead of +.010 on h5–h8). With `collectFeatures`, each mention's
    /// model features come back too.
    func ruleDecisions(_ document: ScannedDocument, model: ContextModel?,
                       collectFeatures: Bool) -> (decisions: [MentionDecision], features: [[String]]) {
        let index = DocumentIndex(prose: document.prose, sentences: document.scan.sentences, rules: rules,
                                  raw: document.source.bytes, format: document.source.format)
        var evaluator = ConditionEvaluator(index: index, rules: rules)
        evaluator.unitKeys = document.scan.mentions.map { $0.per.map { RuleSet.unitKey($0.unit) } }
        // The heading above each block, computed once.
        var headingOfBlock: [Int?] = []
        var last: Int?
        for (b, block) in document.prose.blocks.enumerated() {
            headingOfBlock.append(last)
            if case .heading = block.kind { last = b }
        }
        let scopes = document.scan.mentions.enumerated().map { i, mention in
            let block = document.prose.blockIndex(containing: mention.range.lowerBound)
            var heading = block.flatMap { headingOfBlock[$0] }
            if let b = block, case .heading = document.prose.blocks[b].kind { heading = nil }
            return MentionScopes(index: index, mentionIndex: i, mention: mention, headingBlock: heading)
        }
        // Conditions shared by several rules are tested once per mention.
        let slots = ConditionSlots(rules.rules)
        var memo = ConditionMemo(slots: slots.count)
        let allRules = rules.rules
        let textRules = allRules.indices.filter { !allRules[$0].usesFigures }
        let figureRules = allRules.indices.filter { allRules[$0].usesFigures }
        func run(_ list: [Int], _ s: MentionScopes, into kinds: inout [RuleMatch], _ stances: inout [RuleMatch]) {
            memo.reset()
            for r in list {
                let rule = allRules[r]
                guard let evidence = evaluator.evaluate(rule, s, slots: (slots.conditions[r], slots.exceptions[r]), memo: &memo)
                else { continue }
                let match = RuleMatch(rule: rule, evidence: evidence)
                if rule.decidesKind { kinds.append(match) }
                if rule.decidesStance { stances.append(match) }
            }
            kinds.sort(by: Self.ranksBefore)
            stances.sort(by: Self.ranksBefore)
        }
        var decisions = scopes.map { s -> MentionDecision in
            var kinds: [RuleMatch] = [], stances: [RuleMatch] = []
            run(textRules, s, into: &kinds, &stances)
            return MentionDecision(kindMatches: kinds, stanceMatches: stances)
        }
        guard !figureRules.isEmpty else { return learned(decisions, scopes, index, model, collectFeatures) }
        // What `figure` conditions see: each mention's first-pass decision,
        // with cost figures (and weak ones that join them) at their claim's
        // pooled class.
        let pooledClass = Self.pooledClasses(document.scan.mentions, decisions)
        evaluator.figures = zip(scopes, decisions).enumerated().map { i, pair in
            let (s, d) = pair
            var kind = d.kindWinner.flatMap { $0.rule.priority > Self.weakPriority ? $0.rule.kind : nil }
            var costClass = kind == .cost ? d.kindWinner?.rule.costClass : nil
            if let pooled = pooledClass[i] { kind = .cost; costClass = pooled }
            guard let kind else { return nil }
            return ConditionEvaluator.Figure(tokens: s.mentionTokens, sentence: s.mention.sentenceIndex, kind: kind,
                                             costClass: costClass,
                                             amountText: document.prose.string(s.mention.amountRange),
                                             amountRange: s.mention.amountRange,
                                             amount: s.mention.amount, per: s.mention.per)
        }
        for i in decisions.indices {
            var kinds = decisions[i].kindMatches, stances = decisions[i].stanceMatches
            run(figureRules, scopes[i], into: &kinds, &stances)
            decisions[i] = MentionDecision(kindMatches: kinds, stanceMatches: stances)
        }
        return learned(decisions, scopes, index, model, collectFeatures)
    }

    /// The decisions after the context model, and the features it read.
    private func learned(_ decisions: [MentionDecision], _ scopes: [MentionScopes], _ index: DocumentIndex,
                         _ model: ContextModel?, _ collectFeatures: Bool) -> (decisions: [MentionDecision], features: [[String]]) {
        let features = collectFeatures ? zip(scopes, decisions).map { s, d in
            ContextFeatures.extract(index: index, scopes: s, winner: d.kindWinner?.rule).map(\.name)
        } : []
        guard let model else { return (decisions, features) }
        var decisions = decisions
        for i in decisions.indices {
            if let learned = Self.learnedMatch(model, index: index, scopes: scopes[i], decision: decisions[i]) {
                decisions[i].kindMatches.insert(learned, at: 0)
            }
        }
        return (decisions, features)
    }

    /// Words the model counts but an explanation does not cite: they carry
    /// weight only in bulk, and "the" as evidence explains nothing.
    static let functionWords: Set<String> = ["the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "at", "is",
                                             "wa", "was", "be", "it", "its", "that", "thi", "this", "with", "by", "are", "as"]

    /// The context model's decision for a mention whose winning rule it may
    /// replace (a fallback or a context rule), when the model
    /// is sure enough and disagrees with the rule. It is reported as a rule
    /// match of its own (`learned.context-words`), with the rule's priority (so
    /// the mention takes the same part in claim pooling), the words that
    /// weighed most as evidence, and an explanation naming the rule it replaced.
    static func learnedMatch(_ model: ContextModel, index: DocumentIndex, scopes: MentionScopes,
                             decision: MentionDecision) -> RuleMatch? {
        let own = decision.kindWinner?.rule
        guard model.mayOverride(ruleID: own?.id) else { return nil }
        let features = ContextFeatures.extract(index: index, scopes: scopes, winner: own)
        guard let (outcome, probability) = model.decide(features.map(\.name)) else { return nil }
        let ownOutcome = own.flatMap(ContextModel.Outcome.init(rule:))
        guard outcome != ownOutcome else { return nil }
        // The words that favour the outcome most over the rule's own (or over
        // the next most likely outcome when no rule decided).
        let rival = ownOutcome ?? .other
        var seen = Set<String>()
        let cues = features.compactMap { f -> (token: Int, weight: Double)? in
            guard let t = f.token, !Self.functionWords.contains(index.tokens[t].norm) else { return nil }
            let w = model.weight(of: f.name, for: outcome, against: rival)
            return w > 0 ? (t, w) : nil
        }
        .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.token < $1.token }
        .filter { seen.insert(index.tokens[$0.token].norm).inserted }
        .prefix(3)
        let evidence = cues.map { c in
            Evidence(cue: index.prose.string(index.tokens[c.token].range), proseRange: index.tokens[c.token].range,
                     feature: "context-model")
        }
        var rule = Rule(id: ContextModel.ruleID, location: RuleSourceLocation(path: model.path, line: 1, column: 1))
        rule.kind = outcome.kind
        rule.costClass = outcome.costClass
        rule.priority = own?.priority ?? weakPriority
        rule.order = own?.order ?? Int.max
        rule.summary = "The context model: the words around a figure no cue rule decided."
        let words = evidence.map { "\"\($0.cue)\"" }.joined(separator: ", ")
        let was = own.map { r in "the fallback \(r.id) reads it as \(ownOutcome?.rawValue ?? "?")" } ?? "no rule decides it"
        let percent = Int((probability * 100).rounded())
        rule.explain = "{amount} {per}: no cue rule decides it and \(was); "
            + (words.isEmpty ? "" : "the words \(words) around it ")
            + "go with \(outcome.phrase) in the labelled corpus (\(percent)% by the context model)."
        return RuleMatch(rule: rule, evidence: evidence)
    }

    /// The pooled class of every mention that is in a cost claim, from
    /// per-mention decisions.
    static func pooledClasses(_ mentions: [MoneyMention], _ decisions: [MentionDecision]) -> [CostClass?] {
        let items = mentions.indices.map { i -> ClaimGrouper.Item in
            ClaimGrouper.Item(amount: mentions[i].amount, per: mentions[i].per, role: role(of: decisions[i].kindWinner))
        }
        var result = [CostClass?](repeating: nil, count: mentions.count)
        for claim in ClaimGrouper.group(items) {
            let costMembers = claim.mentionIndices.filter { items[$0].role == .cost }
            guard let pooled = pool(costMembers.compactMap { decisions[$0].kindWinner })?.rule.costClass else { continue }
            for i in claim.mentionIndices where items[i].role != .other { result[i] = pooled }
        }
        return result
    }

    /// A mention that its own words state as an average or a spread total
    /// (a fixed rule of at least `statedFixedPriority`) keeps that class when
    /// the claim it repeats is pooled as a conflation: "$60 per subscriber on
    /// average" stays an honest average even where the same figure is
    /// presented elsewhere as what one more subscriber costs (contract §2,
    /// "Averages stated as averages"). So does a mention whose winning rule
    /// is marked `keeps-class: yes`.
    static func keepsOwnClass(_ own: RuleMatch?, against pooled: RuleMatch?) -> Bool {
        guard let own, own.rule.kind == .cost, own.rule.costClass != .conflation,
              pooled?.rule.costClass == .conflation else { return false }
        // A rule marked `keeps-class: yes` names what makes its figure's class
        // stand on its own ("for a reseller paying list price, the $6,000 is a
        // real cost"), whatever the other mentions of the figure say.
        if own.rule.keepsClass { return true }
        return own.rule.costClass == .fixed && own.rule.priority >= statedFixedPriority
    }

    static let statedFixedPriority = 80

    /// How a mention takes part in claim grouping, from its winning rule.
    static func role(of winner: RuleMatch?) -> ClaimGrouper.Item.Role {
        if winner?.rule.kind == .cost { return .cost }
        if winner == nil || winner!.rule.priority <= weakPriority { return .weak }
        return .other
    }

    /// The class of a claim, decided on the winning rules of all its cost
    /// mentions: each mention votes for its class with its rule's priority
    /// (conflation votes count `conflationVoteWeight` times: a figure shown to
    /// be conflated at a fifth of its mentions is conflated, since a debunking
    /// text repeats the figure in neutral arithmetic far more often than it
    /// shows the mix), and the best rule
    /// of the class with the most votes is cited.
    static func pool(_ winners: [RuleMatch]) -> RuleMatch? {
        let costs = winners.filter { $0.rule.kind == .cost }
        var votes: [CostClass: Int] = [:]
        for w in costs {
            guard let c = w.rule.costClass else { continue }
            votes[c, default: 0] += w.rule.priority * (c == .conflation ? Self.conflationVoteWeight : 1)
        }
        guard let top = votes.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) })?.key else { return nil }
        return costs.filter { $0.rule.costClass == top }.min(by: ranksBefore)
    }

    /// Rule order: higher priority, then more `when` conditions (a more
    /// specific pattern; an `unless` only narrows where a rule applies), then
    /// load order.
    static func ranksBefore(_ a: RuleMatch, _ b: RuleMatch) -> Bool {
        if a.rule.priority != b.rule.priority { return a.rule.priority > b.rule.priority }
        let ca = a.rule.conditions.count
        let cb = b.rule.conditions.count
        if ca != cb { return ca > cb }
        return a.rule.order < b.rule.order
    }

    private func classification(of i: Int, in document: ScannedDocument, decision: MentionDecision,
                                pooled: RuleMatch?) -> Classification {
        let mention = document.scan.mentions[i]
        let own = decision.kindWinner
        let winner = pooled ?? own
        var evidence: [Evidence] = winner?.evidence ?? []
        if let own, pooled != nil, own.rule.id != pooled!.rule.id {
            for e in own.evidence where !evidence.contains(e) { evidence.append(e) }
        }
        let kind = winner?.rule.kind ?? .other
        let costClass = kind == .cost ? winner?.rule.costClass : nil
        let stanceMatch = decision.stanceWinner
        let stance = stanceMatch?.rule.stance ?? .asserted
        for e in stanceMatch?.evidence ?? [] where !evidence.contains(e) { evidence.append(e) }
        if evidence.isEmpty {
            // Every decision cites what it saw: at least the amount itself.
            evidence.append(Evidence(cue: document.prose.string(mention.amountRange), proseRange: mention.amountRange,
                                     feature: mention.per.isEmpty ? "amount" : "per"))
        }
        let ruleID = winner?.rule.id ?? Self.fallbackRuleID
        let template = winner?.rule.explain
        let per = mention.per.map { "per \($0)" }.joined(separator: " ")
        // The cue an explanation quotes: the first word cue, not a denominator.
        let cue = evidence.first { $0.feature != "per" && $0.feature != "amount" } ?? evidence.first
        let values: [String: String] = [
            "amount": document.prose.string(mention.amountRange),
            "mention": document.prose.string(mention.range),
            "per": per,
            "cue": cue?.cue ?? "",
            "cues": distinct(evidence.map(\.cue)).joined(separator: ", "),
            "feature": cue?.feature ?? "",
            "rule": ruleID,
            "kind": kind.rawValue,
            "class": costClass?.rawValue ?? "",
            "stance": stance.rawValue,
        ]
        return Classification(kind: kind, costClass: costClass, stance: stance, ruleID: ruleID,
                              stanceRuleID: stanceMatch?.rule.id, evidence: evidence,
                              explanation: template.map { ExplanationTemplate.fill($0, values) })
    }
}

/// Distinct elements in first-seen order.
func distinct(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
}
