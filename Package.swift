// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ClaimAudit",
    products: [
        .library(name: "ClaimAudit", targets: ["ClaimAudit"]),
        .executable(name: "claimaudit", targets: ["claimaudit"]),
    ],
    targets: [
        .target(name: "ClaimAudit"),
        .executableTarget(name: "claimaudit", dependencies: ["ClaimAudit"]),
        .executableTarget(name: "claimaudit-bench", dependencies: ["ClaimAudit"]),
        .testTarget(name: "ClaimAuditTests", dependencies: ["ClaimAudit"], exclude: ["Snapshots"]),
    ]
)
