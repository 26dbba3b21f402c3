import Foundation

/// The labels of one document: the contents of `NAME.expected.json`
/// (contract `spec/claims.md` §4).
///
/// ```json
/// { "source": "written for this corpus",
///   "mentions": [ { "quote": "$5,000", "kind": "cost", "class": "conflation" } ] }
/// ```
///
/// Decode with ``LabelFile/decode(_:path:)``: it reports JSON syntax errors
/// with a line and column, and every type or value error with the key path
/// (`mentions[3].amount.low`) and the line of the mention it is in.
public struct LabelFile: Sendable, Hashable, Codable {
    /// Where the text came from (`written for this corpus`).
    public var source: String?
    /// Every money mention in the document's prose, whatever its kind.
    public var mentions: [MentionLabel]

    public init(source: String? = nil, mentions: [MentionLabel]) {
        self.source = source
        self.mentions = mentions
    }

    private enum CodingKeys: String, CodingKey {
        case source, mentions
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        mentions = try container.decode([MentionLabel].self, forKey: .mentions)
    }

    /// Decodes a label file, throwing a diagnostic that names `path`, the
    /// key path and, when it can be found, the line and column.
    ///
    /// - Returns: the labels and warnings (unknown keys in a mention, which
    ///   are ignored but probably typos; other top-level keys than `source`
    ///   and `mentions` are metadata and pass silently).
    public static func decode(_ data: [UInt8], path: String) throws(Diagnostic) -> (LabelFile, [Diagnostic]) {
        let lines = LineIndex(bytes: data)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(data), options: [])
        } catch {
            let location = Self.syntaxErrorOffset(error).map { lines.location(of: $0) }
            throw Diagnostic(.error, path: path, location: location,
                             message: "not valid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")")
        }
        guard json is [String: Any] else {
            throw Diagnostic(.error, path: path, location: SourceLocation(line: 1, column: 1),
                             message: "a label file is a JSON object with a \"mentions\" array")
        }
        let locator = LabelLocator(bytes: data)
        let file: LabelFile
        do {
            file = try JSONDecoder().decode(LabelFile.self, from: Data(data))
        } catch let error as DecodingError {
            let (keyPath, message) = Self.describe(error)
            let location = locator.mentionOffset(in: keyPath).map { lines.location(of: $0) }
            throw Diagnostic(.error, path: path, location: location,
                             message: keyPath.isEmpty ? message : "\(Self.render(keyPath)): \(message)")
        } catch {
            throw Diagnostic(.error, path: path, message: "\(error)")
        }
        return (file, Self.unknownKeyWarnings(json, path: path, lines: lines, locator: locator))
    }

    /// Where each element of `mentions` starts in the label file's bytes
    /// (for error locations).
    public static func mentionLocations(in data: [UInt8]) -> [SourceLocation] {
        let lines = LineIndex(bytes: data)
        return LabelLocator(bytes: data).mentionOffsets.map { lines.location(of: $0) }
    }

    // MARK: - Error wording

    private static func syntaxErrorOffset(_ error: Error) -> Int? {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        guard let range = text.range(of: "character ") else { return nil }
        return Int(text[range.upperBound...].prefix(while: \.isNumber))
    }

    /// `mentions[3].amount.low` from a coding path.
    static func render(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text
    }

    private static func describe(_ error: DecodingError) -> ([CodingKey], String) {
        switch error {
        case .typeMismatch(let type, let context):
            return (context.codingPath, "expected \(Self.typeName(type))")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "expected \(Self.typeName(type)), found null")
        case .keyNotFound(let key, let context):
            return (context.codingPath, "missing key \"\(key.stringValue)\"")
        case .dataCorrupted(let context):
            return (context.codingPath, context.debugDescription)
        @unknown default:
            return ([], "\(error)")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "true or false"
        case is [MentionLabel].Type, is [String].Type, is [Any].Type: "an array"
        default: "an object"
        }
    }

    private static func unknownKeyWarnings(_ json: Any, path: String, lines: LineIndex, locator: LabelLocator) -> [Diagnostic] {
        guard let top = json as? [String: Any] else { return [] }
        // Extra top-level keys are metadata (`topic`, `voice`); only keys
        // inside a mention can be a mistyped scored field.
        var warnings: [Diagnostic] = []
        for (i, item) in ((top["mentions"] as? [Any]) ?? []).enumerated() {
            guard let object = item as? [String: Any] else { continue }
            for key in object.keys.sorted() where !MentionLabel.knownKeys.contains(key) {
                let location = locator.mentionOffset(index: i).map { lines.location(of: $0) }
                warnings.append(Diagnostic(.warning, path: path, location: location,
                                           message: "mentions[\(i)]: unknown key \"\(key)\" is ignored"))
            }
            if let amount = object["amount"] as? [String: Any] {
                for key in amount.keys.sorted() where !LabelAmount.knownKeys.contains(key) {
                    let location = locator.mentionOffset(index: i).map { lines.location(of: $0) }
                    warnings.append(Diagnostic(.warning, path: path, location: location,
                                               message: "mentions[\(i)].amount: unknown key \"\(key)\" is ignored"))
                }
            }
        }
        return warnings
    }
}
