import ClaimAudit
import Foundation

/// `claimaudit COMMAND [options]`: each command lives in its own file.
let commands: [String: (inout Arguments) throws(Diagnostic) -> ExitStatus] = [
    "check": CheckCommand.run,
    "rules": RulesCommand.run,
    "explain": ExplainCommand.run,
    "eval": EvalCommand.run,
    "train": TrainCommand.run,
]

/// Options that take a value, across commands.
let valuedOptions: Set<String> = [
    "format", "input-format", "rules", "fail-on", "compare", "extensions", "output", "thresholds", "color",
    "baseline", "write-baseline", "config", "ignore", "text", "file", "min-count", "examples", "verify",
]

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

var argv = Array(CommandLine.arguments.dropFirst())
let name = argv.isEmpty ? "help" : argv.removeFirst()
if ["help", "--help", "-h"].contains(name) {
    print(HelpText.overview)
    exit(0)
}
if ["version", "--version"].contains(name) {
    print("claimaudit \(HelpText.version)")
    exit(0)
}
guard let command = commands[name] else {
    printError("error: unknown command '\(name)' (see 'claimaudit help')")
    exit(ExitStatus.usage.rawValue)
}
do {
    var arguments = try Arguments(argv, valued: valuedOptions)
    exit(try command(&arguments).rawValue)
} catch {
    printError(error.description)
    exit(ExitStatus.usage.rawValue)
}
