import Foundation

/// The floors a scorecard must keep, read from a thresholds file
/// (`Corpus/thresholds.json`):
///
/// ```json
/// { "floors": { "mention.f1": 0.97, "class.macroF1": 0.90 } }
/// ```
///
/// Keys are figure names as `eval` prints them (``Scorecard/figureNames``).
/// Other top-level keys (`note`) are ignored.
public struct Thresholds: Sendable, Hashable {
    /// Figure name → lowest acceptable value.
    public var floors: [String: Double]

    public init(floors: [String: Double]) {
        self.floors = floors
    }

    /// Reads a thresholds file; unknown figure names and values outside
    /// 0…1 are errors naming the file and key.
    public static func load(path: String) throws(Diagnostic) -> Thresholds {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(.error, path: path, message: "cannot read the thresholds file")
        }
        return try decode([UInt8](data), path: path)
    }

    public static func decode(_ data: [UInt8], path: String) throws(Diagnostic) -> Thresholds {
        struct File: Decodable { var floors: [String: Double] }
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(data))
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            throw Diagnostic(.error, path: path, message: "\(LabelFile.render(context.codingPath)): expected a number from 0 to 1")
        } catch {
            throw Diagnostic(.error, path: path, message: "expected a JSON object with a \"floors\" object of figure names and numbers, e.g. {\"floors\": {\"mention.f1\": 0.97}}")
        }
        let known = Set(Scorecard.figureNames)
        for (name, value) in file.floors.sorted(by: { $0.key < $1.key }) {
            guard known.contains(name) else {
                throw Diagnostic(.error, path: path, message: "floors.\(name): unknown figure; known figures: \(Scorecard.figureNames.joined(separator: ", "))")
            }
            guard (0...1).contains(value) else {
                throw Diagnostic(.error, path: path, message: "floors.\(name): expected a number from 0 to 1, got \(value)")
            }
        }
        return Thresholds(floors: file.floors)
    }

    /// The floors the scorecard falls below, in figure order. An undefined
    /// figure (nothing to measure) falls below any floor.
    public func failures(of scorecard: Scorecard) -> [ThresholdFailure] {
        scorecard.figures.compactMap { figure in
            guard let floor = floors[figure.name] else { return nil }
            guard let value = figure.value else { return ThresholdFailure(figure: figure, floor: floor) }
            return value < floor - 1e-12 ? ThresholdFailure(figure: figure, floor: floor) : nil
        }
    }
}

extension Thresholds {
    /// Raises each floor to the measured figure minus `margin`, rounded
    /// down to two decimals; a floor is never lowered (a ratchet).
    public func ratcheted(to scorecard: Scorecard, margin: Double = 0.02) -> Thresholds {
        var raised = floors
        for figure in scorecard.figures {
            guard let old = floors[figure.name], let value = figure.value else { continue }
            let candidate = ((value - margin) * 100 + 1e-9).rounded(.down) / 100
            raised[figure.name] = max(old, min(1, candidate))
        }
        return Thresholds(floors: raised)
    }

    /// Writes these floors into the thresholds file at `path`, keeping its
    /// other keys (`note`, `targets`, …) and recording the measured figures
    /// under `measured`. Keys come out sorted.
    public func write(path: String, measured scorecard: Scorecard) throws(Diagnostic) {
        var object: [String: Any] = [:]
        if let data = FileManager.default.contents(atPath: path),
           let existing = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            object = existing
        }
        object["floors"] = floors
        var measured: [String: Double] = [:]
        for figure in scorecard.figures where floors[figure.name] != nil {
            if let value = figure.value { measured[figure.name] = (value * 1000).rounded() / 1000 }
        }
        object["measured"] = measured
        do {
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try (data + Data("\n".utf8)).write(to: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostic(.error, path: path, message: "cannot write the thresholds file: \(error.localizedDescription)")
        }
    }
}

/// A figure below its floor.
public struct ThresholdFailure: Sendable, Hashable {
    public var figure: Figure
    public var floor: Double

    public init(figure: Figure, floor: Double) {
        self.figure = figure
        self.floor = floor
    }

    /// `mention.f1 0.952 is below its floor 0.970 (tp 140 fp 4 fn 10)`.
    public var description: String {
        let value = figure.value.map { EvalFormat.figure($0) } ?? "n/a"
        return "\(figure.name) \(value) is below its floor \(EvalFormat.figure(floor)) (\(figure.detail))"
    }
}
