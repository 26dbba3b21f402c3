import ClaimAudit
import Foundation

/// `claimaudit check PATH… | -`: audits files, folders and standard input
/// and prints a report. The library does the work (`BatchAudit`,
/// `ReportFormat`, `ExitPolicy`); this file only wires options to it.
enum CheckCommand {
    static func run(_ arguments: inout Arguments) throws(Diagnostic) -> ExitStatus {
        if arguments.flag("help") || arguments.flag("h") {
            Console.out(HelpText.overview)
            return .clean
        }
        var output = try OutputOptions(&arguments)
        let project = try projectConfiguration(&arguments)
        if !output.failOnGiven, let level = project?.failOn.flatMap(FailLevel.init(rawValue:)) { output.failOn = level }
        let inputFormat: SourceFormat? = try arguments.value("input-format").map { (v: String) throws(Diagnostic) -> SourceFormat in
            guard let f = SourceFormat(rawValue: v) else {
                throw usage("--input-format must be one of markdown, html, text, not '\(v)'")
            }
            return f
        }
        let mentionsOnly = arguments.flag("mentions-only") || arguments.flag("no-rules")
        let noModel = arguments.flag("no-model")
        let extraRules = (project?.rules ?? []) + arguments.values("rules")
        let extensions = arguments.value("extensions").map { list in
            Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                .map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }.filter { !$0.isEmpty })
        } ?? project?.extensions.map(Set.init) ?? InputCollector.defaultExtensions
        let ignore = (project?.ignore ?? []) + arguments.values("ignore").map { PathPattern($0) }
        let verbose = arguments.flag("verbose")
        let honorsSuppressions = !arguments.flag("no-inline-suppressions") && (project?.inlineSuppressions ?? true)
        let writeBaselineGiven = arguments.value("write-baseline") != nil
        let baselinePath = arguments.value("baseline") ?? (writeBaselineGiven ? nil : project?.baseline)
        let writeBaselinePath = arguments.value("write-baseline")
        try arguments.rejectUnknown()
        let paths = arguments.positionals
        guard !paths.isEmpty else { throw usage("'check' needs at least one PATH, or - for standard input") }
        if mentionsOnly && !extraRules.isEmpty { throw usage("--rules cannot be used with --mentions-only") }

        var configuration = mentionsOnly ? AuditConfiguration() : try loadConfiguration(extraRules: extraRules)
        if noModel { configuration.rules?.contextModel = nil }
        configuration.honorsSuppressions = honorsSuppressions
        if let baselinePath {
            guard writeBaselinePath == nil else { throw usage("--baseline and --write-baseline cannot be used together") }
            configuration.baseline = (try Baseline.load(path: baselinePath), baselinePath)
        }
        let options = ReportOptions(color: output.format == .text && output.useColor(),
                                    // only SARIF lists rule metadata; describing every rule costs ~0.1 G instructions
                                    rules: output.format == .sarif ? configuration.rules.map(RuleDescriptor.descriptors(for:)) ?? [:] : [:],
                                    toolVersion: HelpText.version, verbose: verbose,
                                    baseDirectory: FileManager.default.currentDirectoryPath)
        let reporter = output.format.makeReporter(options: options)
        let sink = try ReportSink(path: output.outputPath)

        let (inputs, walkWarnings) = BatchAudit.inputs(for: paths, collector: InputCollector(extensions: extensions, ignore: ignore), format: inputFormat)
        for warning in walkWarnings { Console.error(warning.description) }
        sink.write(reporter.begin())
        let documents = BatchAudit(auditor: Auditor(configuration: configuration)).run(inputs) { index, document in
            for diagnostic in document.diagnostics { Console.error(diagnostic.description) }
            sink.write(reporter.report(document, at: index))
        }
        sink.write(reporter.end(documents))
        sink.close()

        if output.format == .github, let summaryPath = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"], !summaryPath.isEmpty {
            ReportSink.append(StepSummary.markdown(documents), toFileAt: summaryPath)
        }
        let summary = RunSummary(documents).description
        if output.format.isHumanReadable { Console.out(summary) } else { Console.error(summary) }
        if let writeBaselinePath {
            // The findings are accepted: only input errors fail this run.
            let baseline = Baseline.make(from: documents)
            try baseline.write(to: writeBaselinePath)
            Console.error("wrote \(baseline.entries.count) finding\(baseline.entries.count == 1 ? "" : "s") to the baseline \(writeBaselinePath)")
            return ExitStatus(rawValue: ExitPolicy.status(of: documents, failOn: .none).rawValue) ?? .usage
        }
        return ExitStatus(rawValue: ExitPolicy.status(of: documents, failOn: output.failOn).rawValue) ?? .usage
    }

    /// `--config FILE`, else the nearest `.claimaudit.json` above the
    /// working directory, unless `--no-config`.
    static func projectConfiguration(_ arguments: inout Arguments) throws(Diagnostic) -> ProjectConfiguration? {
        let named = arguments.value("config")
        if arguments.flag("no-config") {
            guard named == nil else { throw usage("--config and --no-config cannot be used together") }
            return nil
        }
        guard let path = named ?? ProjectConfiguration.find() else { return nil }
        return try ProjectConfiguration.load(path: path)
    }

    /// The default rules and reference data, then every `--rules` folder.
    static func loadConfiguration(extraRules: [String]) throws(Diagnostic) -> AuditConfiguration {
        guard let defaults = RulesLocator.defaultDirectory() else {
            throw Diagnostic(.error, path: nil, message: "cannot find the default Rules/ folder; set CLAIMAUDIT_RULES to its path, or use --mentions-only")
        }
        var directories = [defaults]
        for dir in extraRules {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw Diagnostic(.error, path: dir, message: "--rules: no such folder")
            }
            directories.append(URL(fileURLWithPath: dir))
        }
        return AuditConfiguration(rules: try RuleSet.load(directories: directories),
                                  reference: try ReferenceData.load(directory: defaults))
    }
}
