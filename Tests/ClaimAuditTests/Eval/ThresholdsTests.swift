import Foundation
import Testing
@testable import ClaimAudit

@Suite struct ThresholdsTests {
    let card = Scorecard([ScorecardTests.doc.evaluate(ScorecardTests.labels, ScorecardTests.predictions)])

    @Test func reportsEveryFigureBelowItsFloor() throws {
        let t = try Thresholds.decode(Array(#"{"note": "x", "floors": {"mention.f1": 0.97, "verdict.accuracy": 0.85, "kind.accuracy": 0.75}}"#.utf8),
                                      path: "Corpus/thresholds.json")
        let failures = t.failures(of: card)
        // mention F1 0.8 < 0.97 fails; verdict 1.0 passes; kind 0.75 = 0.75 passes (a floor is inclusive).
        #expect(failures.map(\.figure.name) == ["mention.f1"])
        #expect(failures[0].description == "mention.f1 0.800 is below its floor 0.970 (tp 4 fp 1 fn 1)")
    }

    @Test func anUndefinedFigureFallsBelowAnyFloor() {
        let t = Thresholds(floors: ["approx.precision": 0.5])
        #expect(t.failures(of: card).first?.description == "approx.precision n/a is below its floor 0.500 (0/0)")
    }

    @Test func unknownFiguresAndBadValuesAreErrors() {
        func message(_ json: String) -> String? {
            do { _ = try Thresholds.decode(Array(json.utf8), path: "t.json"); return nil } catch { return error.message }
        }
        #expect(message(#"{"floors": {"mention.F1": 0.9}}"#)?.hasPrefix("floors.mention.F1: unknown figure; known figures: mention.precision") == true)
        #expect(message(#"{"floors": {"mention.f1": 97}}"#) == "floors.mention.f1: expected a number from 0 to 1, got 97.0")
        #expect(message(#"{"floors": {"mention.f1": "high"}}"#) == "floors.mention.f1: expected a number from 0 to 1")
        #expect(message(#"{"mention.f1": 0.9}"#)?.contains("\"floors\"") == true)
    }
}

@Suite struct ThresholdsRatchetTests {
    let card = Scorecard([ScorecardTests.doc.evaluate(ScorecardTests.labels, ScorecardTests.predictions)])

    @Test func floorsRiseToTheFigureMinusTheMarginAndNeverFall() {
        // mention.f1 is 0.8 → 0.78; kind.accuracy 0.75 → 0.73 but the floor is already 0.74; verdict 1.0 → 0.98.
        let t = Thresholds(floors: ["mention.f1": 0.5, "kind.accuracy": 0.74, "verdict.accuracy": 0.9])
        #expect(t.ratcheted(to: card).floors == ["mention.f1": 0.78, "kind.accuracy": 0.74, "verdict.accuracy": 0.98])
        #expect(t.ratcheted(to: card).failures(of: card).isEmpty)
    }

    @Test func writingKeepsOtherKeys() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("thresholds-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try #"{"note": "keep me", "floors": {"mention.f1": 0.5}}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let raised = try Thresholds.load(path: path).ratcheted(to: card)
        try raised.write(path: path, measured: card)
        #expect(try Thresholds.load(path: path).floors == ["mention.f1": 0.78])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        #expect(object?["note"] as? String == "keep me")
        #expect((object?["measured"] as? [String: Double])?["mention.f1"] == 0.8)
    }
}
