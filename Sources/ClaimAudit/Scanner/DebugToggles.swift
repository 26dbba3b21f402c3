import Foundation
// TEMPORARY bisect switches (removed before the final commit)
enum DebugToggles {
    static let off: Set<String> = Set((ProcessInfo.processInfo.environment["CA_OFF"] ?? "").split(separator: ",").map(String.init))
    static func on(_ s: String) -> Bool { !off.contains(s) }
}
