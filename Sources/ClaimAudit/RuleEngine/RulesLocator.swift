import Foundation

/// Finds the default `Rules/` folder, so the installed binary works from any
/// directory. In order:
/// 1. `$CLAIMAUDIT_RULES`;
/// 2. `share/claimaudit/Rules` beside the executable's `bin/` folder (an install prefix);
/// 3. `Rules/` beside the executable, or in any folder above it (this is how
///    `swift run` and `.build/release/claimaudit` find the checkout's rules);
/// 4. the `Rules/` folder of the checkout this library was built from.
public enum RulesLocator {
    /// A file every rules folder has, used to recognise one.
    static let marker = "README.md"

    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let fm = FileManager.default
        func isRules(_ url: URL) -> Bool {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
                && fm.fileExists(atPath: url.appendingPathComponent(marker).path)
        }
        if let env = environment["CLAIMAUDIT_RULES"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        candidates.append(dir.deletingLastPathComponent().appendingPathComponent("share/claimaudit/Rules"))
        for _ in 0..<8 {
            candidates.append(dir.appendingPathComponent("Rules"))
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { break }
            dir = parent
        }
        // Sources/ClaimAudit/RuleEngine/RulesLocator.swift → checkout root.
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("Rules"))
        return candidates.first(where: isRules)
    }
}
