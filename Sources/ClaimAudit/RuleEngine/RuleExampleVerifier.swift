import Foundation

/// Runs every rule's `example:` and `counter:` lines through the real
/// pipeline (Markdown masker, money scanner, the given rules): the SwiftLint
/// "examples as tests" idea, available to rule authors through
/// `claimaudit rules --check DIR` as well as to the test suite.
///
/// An `example:` figure (the one after `↓`) must be decided by its rule: its
/// kind and class, or its stance for a stance rule. A `counter:` figure must
/// not be.
public struct RuleExampleVerifier: Sendable {
    /// One example that did not behave as its line says.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        public var ruleID: String
        public var location: RuleSourceLocation
        public var message: String

        public var description: String { "\(location): error: \(message)" }
    }

    public let rules: RuleSet

    /// Examples show what the rules decide, so they run without the context
    /// model (which may replace a fallback's decision in real text).
    public init(rules: RuleSet) {
        var plain = rules
        plain.contextModel = nil
        self.rules = plain
    }

    /// Checks the examples of every rule (or only `ids`), in file order.
    public func verify(ids: Set<String>? = nil) -> [Failure] {
        rules.rules.filter { ids?.contains($0.id) ?? true }.flatMap(verify)
    }

    /// Checks the examples of one rule.
    public func verify(_ rule: Rule) -> [Failure] {
        let classifier = Classifier(rules: rules)
        var failures: [Failure] = []
        for example in rule.examples {
            let scanned = Auditor().scan(SourceDocument(path: "<example>", text: example.text, format: .markdown))
            let classified = classifier.classify(scanned)
            // The marker offset is in the raw example text.
            let map = scanned.prose.map
            let raws = scanned.scan.mentions.map { map.rawRange(of: $0.range) }
            let target = raws.firstIndex { $0.contains(example.markerOffset) }
                ?? raws.firstIndex { $0.lowerBound >= example.markerOffset }
            guard let i = target, abs(raws[i].lowerBound - example.markerOffset) <= 12,
                  let c = classified.classifications[i] else {
                failures.append(Failure(ruleID: rule.id, location: example.location,
                                        message: "no money mention at ↓ in: \(example.marked)"))
                continue
            }
            let decided = (rule.decidesKind && c.ruleID == rule.id) || (rule.decidesStance && c.stanceRuleID == rule.id)
            if example.triggers && !decided {
                failures.append(Failure(ruleID: rule.id, location: example.location,
                                        message: "expected \(rule.id), got \(c.ruleID) / \(c.stanceRuleID ?? "no stance rule") for: \(example.marked)"))
            } else if !example.triggers && decided {
                failures.append(Failure(ruleID: rule.id, location: example.location,
                                        message: "\(rule.id) should not decide: \(example.marked)"))
            }
        }
        return failures
    }
}
