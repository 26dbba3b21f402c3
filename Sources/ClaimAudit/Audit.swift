import Foundation

/// What an audit runs with: the rules and the reference data.
///
/// With no rules, the audit stops after the parser (mentions only); with no
/// reference data, the checker uses only the document's own figures.
public struct AuditConfiguration: Sendable {
    public var rules: RuleSet?
    public var reference: ReferenceData?
    /// Whether inline `claimaudit-disable…` comments silence findings
    /// (`--no-inline-suppressions` turns them off).
    public var honorsSuppressions: Bool
    /// Accepted findings (`--baseline FILE`) and the file they came from.
    public var baseline: (baseline: Baseline, path: String)?

    public init(rules: RuleSet? = nil, reference: ReferenceData? = nil, honorsSuppressions: Bool = true,
                baseline: (baseline: Baseline, path: String)? = nil) {
        self.rules = rules
        self.reference = reference
        self.honorsSuppressions = honorsSuppressions
        self.baseline = baseline
    }

    /// The default rules and reference data, found as `RulesLocator` says.
    public static func defaults() throws(Diagnostic) -> AuditConfiguration {
        guard let dir = RulesLocator.defaultDirectory() else {
            throw Diagnostic(.error, path: nil, message: "cannot find the default Rules/ folder; set CLAIMAUDIT_RULES to its path")
        }
        return AuditConfiguration(rules: try RuleSet.load(directories: [dir]), reference: try ReferenceData.load(directory: dir))
    }
}

/// Runs the pipeline: load → mask → scan → classify → check → suppress → report.
///
/// ```swift
/// let auditor = Auditor(configuration: try .defaults())
/// let result = auditor.audit(text: "They spend $5K per user.", format: .text)
/// for mention in result.mentions { print(mention.text, mention.classification?.kind as Any) }
/// ```
public struct Auditor: Sendable {
    public var configuration: AuditConfiguration

    public init(configuration: AuditConfiguration = AuditConfiguration()) {
        self.configuration = configuration
    }

    /// Audits text held in memory.
    public func audit(text: String, path: String = "<string>", format: SourceFormat = .markdown) -> AuditedDocument {
        audit(SourceDocument(path: path, text: text, format: format))
    }

    /// Audits a file; read errors are reported in the result's diagnostics.
    public func audit(fileAt path: String, format: SourceFormat? = nil) -> AuditedDocument {
        do {
            let (document, warnings) = try DocumentLoader.load(path: path, format: format)
            var result = audit(document)
            result.diagnostics.insert(contentsOf: warnings, at: 0)
            return result
        } catch {
            return AuditedDocument(path: path, format: format ?? .text, mentions: [], claims: [], diagnostics: [error])
        }
    }

    /// Audits a loaded document.
    public func audit(_ document: SourceDocument) -> AuditedDocument {
        let scanned = scan(document)
        var audited: AuditedDocument
        if let rules = configuration.rules {
            let classified = Classifier(rules: rules).classify(scanned)
            let assessments = Checker(reference: configuration.reference ?? ReferenceData()).assess(classified)
            audited = Self.assemble(classified, assessments: assessments)
        } else {
            audited = Self.assemble(ClassifiedDocument(scanned: scanned, classifications: scanned.scan.mentions.map { _ in nil }, claims: []), assessments: [])
        }
        if configuration.honorsSuppressions {
            let (directives, warnings) = SuppressionParser.directives(in: document, lines: scanned.lines)
            audited.diagnostics += warnings
            audited.diagnostics += SuppressionResolver(directives: directives).apply(to: &audited, lines: scanned.lines)
        }
        if let (baseline, path) = configuration.baseline {
            baseline.apply(to: &audited, baselinePath: path)
        }
        return audited
    }

    /// The parser alone: prose and money mentions.
    public func scan(_ document: SourceDocument) -> ScannedDocument {
        let prose = Masker.prose(of: document)
        let scan = MoneyScanner().scan(prose)
        return ScannedDocument(source: document, prose: prose, scan: scan, lines: LineIndex(bytes: document.bytes))
    }

    static func assemble(_ doc: ClassifiedDocument, assessments: [Assessment?]) -> AuditedDocument {
        let scanned = doc.scanned
        var claimOf: [Int: Int] = [:]
        for claim in doc.claims { for i in claim.mentionIndices { claimOf[i] = claim.id } }
        // Mentions of one sentence share its text (one copy, not one per mention: a sentence of
        // thousands of figures would otherwise hold thousands of copies of itself).
        var sentenceText: (index: Int, text: String) = (-1, "")
        let mentions = scanned.scan.mentions.enumerated().map { i, m -> AuditedMention in
            let classification = i < doc.classifications.count ? doc.classifications[i] : nil
            if sentenceText.index != m.sentenceIndex {
                sentenceText = (m.sentenceIndex, scanned.scan.sentences.indices.contains(m.sentenceIndex)
                    ? scanned.prose.string(scanned.scan.sentences[m.sentenceIndex].range) : "")
            }
            let sentence = sentenceText.text
            return AuditedMention(
                text: scanned.rawText(of: m.range), span: scanned.span(of: m.range),
                amountSpan: scanned.span(of: m.amountRange), amount: m.amount, per: m.per,
                approx: m.approx, qualifier: m.qualifier, classification: classification,
                evidenceLocations: classification?.evidence.map { scanned.span(of: $0.proseRange).location } ?? [],
                assessment: i < assessments.count ? assessments[i] : nil,
                claimID: claimOf[i], sentence: sentence)
        }
        return AuditedDocument(path: scanned.source.path, format: scanned.source.format,
                               mentions: mentions, claims: doc.claims, diagnostics: [])
    }
}
