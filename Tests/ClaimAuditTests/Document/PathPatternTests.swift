import Testing
@testable import ClaimAudit

/// gitignore-style patterns for folder walks.
@Suite struct PathPatternTests {
    @Test(arguments: [
        // pattern, path, isDirectory, matches
        ("*.draft.md", "posts/2026/launch.draft.md", false, true),
        ("*.draft.md", "posts/2026/launch.md", false, false),
        ("archive/", "posts/archive", true, true),
        ("archive/", "posts/archive", false, false),
        ("node_modules", "site/node_modules", true, true),
        ("posts/archive/", "posts/archive", true, true),
        ("posts/archive/", "old/posts/archive", true, false),
        ("/posts/*.html", "posts/index.html", false, true),
        ("/posts/*.html", "posts/2026/index.html", false, false),
        ("posts/**/old-*.md", "posts/2019/03/old-pricing.md", false, true),
        ("posts/**/old-*.md", "posts/old-pricing.md", false, true),
        ("**/tmp", "a/b/tmp", true, true),
        ("report-??.txt", "report-07.txt", false, true),
        ("report-??.txt", "report-7.txt", false, false),
    ])
    func matching(_ pattern: String, _ path: String, _ isDirectory: Bool, _ expected: Bool) {
        #expect(PathPattern(pattern, root: "/site").matches(path, isDirectory: isDirectory) == expected)
    }

    @Test func patternsApplyOnlyUnderTheirRoot() {
        let p = PathPattern("drafts/", root: "/site/blog")
        #expect(p.matches(absolutePath: "/site/blog/drafts", isDirectory: true))
        #expect(!p.matches(absolutePath: "/elsewhere/drafts", isDirectory: true))
    }

    @Test func starsDoNotBacktrackExponentially() {
        // Linear-time matcher: a pathological name answers at once.
        let name = String(repeating: "a", count: 5000) + "b"
        #expect(!PathPattern.glob("*a*a*a*a*a*a*a*a*c", name))
        #expect(PathPattern.glob("*a*b", name))
    }
}
