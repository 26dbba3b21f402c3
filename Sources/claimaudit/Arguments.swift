import ClaimAudit

/// A small command-line parser: `--name value`, `--name=value`, boolean
/// `--flag`, `-` and other positionals, and `--` to end options.
struct Arguments {
    private(set) var positionals: [String] = []
    private var options: [String: [String]] = [:]
    private var flags: Set<String> = []
    private var consumed: Set<String> = []

    /// `valued` names the options that take a value (without `--`).
    init(_ argv: [String], valued: Set<String>) throws(Diagnostic) {
        var i = 0
        var onlyPositionals = false
        while i < argv.count {
            let arg = argv[i]
            i += 1
            if onlyPositionals || arg == "-" || !arg.hasPrefix("-") { positionals.append(arg); continue }
            if arg == "--" { onlyPositionals = true; continue }
            var name = String(arg.drop(while: { $0 == "-" }))
            var value: String?
            if let eq = name.firstIndex(of: "=") {
                value = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            if valued.contains(name) {
                if value == nil {
                    guard i < argv.count else { throw usage("option --\(name) needs a value") }
                    value = argv[i]
                    i += 1
                }
                options[name, default: []].append(value!)
            } else {
                if value != nil { throw usage("option --\(name) takes no value") }
                flags.insert(name)
            }
        }
    }

    /// The last value of `--name`, if given.
    mutating func value(_ name: String) -> String? {
        consumed.insert(name)
        return options[name]?.last
    }

    /// Every value of a repeatable `--name`.
    mutating func values(_ name: String) -> [String] {
        consumed.insert(name)
        return options[name] ?? []
    }

    /// Whether `--name` was given.
    mutating func flag(_ name: String) -> Bool {
        consumed.insert(name)
        return flags.contains(name)
    }

    /// Fails on any option no command asked about.
    func rejectUnknown() throws(Diagnostic) {
        let unknown = Set(options.keys).union(flags).subtracting(consumed)
        if let name = unknown.sorted().first { throw usage("unknown option --\(name)") }
    }
}

/// A usage error: exit status 2.
func usage(_ message: String) -> Diagnostic {
    Diagnostic(.error, path: nil, message: message + " (see 'claimaudit help')")
}
