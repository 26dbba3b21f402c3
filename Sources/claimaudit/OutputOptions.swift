import ClaimAudit
import Foundation

/// The `check` options about output: `--format`, `--color`, `--output`,
/// `--fail-on`.
struct OutputOptions {
    var format: ReportFormat = .text
    var failOn: FailLevel = .error
    /// `--output FILE`: the report goes there instead of standard output
    /// (`--output -` is standard output).
    var outputPath: String?
    var color: ColorChoice = .auto
    /// Whether `--fail-on` was given (else the configuration file may set it).
    var failOnGiven = false

    enum ColorChoice: String, CaseIterable { case auto, always, never }

    init(_ arguments: inout Arguments) throws(Diagnostic) {
        format = try Self.choice(arguments.value("format"), option: "format", default: .text)
        let failOnValue = arguments.value("fail-on")
        failOnGiven = failOnValue != nil
        failOn = try Self.choice(failOnValue, option: "fail-on", default: .error)
        color = try Self.choice(arguments.value("color"), option: "color", default: .auto)
        outputPath = arguments.value("output").flatMap { $0 == "-" ? nil : $0 }
    }

    /// Whether the text report is coloured: `--color always|never`, or on
    /// `auto` when the report goes to a terminal and `NO_COLOR` is unset.
    func useColor(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            if outputPath != nil { return false }
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isatty(STDOUT_FILENO) != 0
        }
    }

    /// Parses one of a fixed set of values, or fails with the valid ones.
    static func choice<T: RawRepresentable & CaseIterable>(_ value: String?, option: String, default fallback: T) throws(Diagnostic) -> T
    where T.RawValue == String {
        guard let value else { return fallback }
        guard let parsed = T(rawValue: value) else {
            throw usage("--\(option) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
        }
        return parsed
    }
}
