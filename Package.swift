// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "Noticeboard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "noticeboard", targets: ["noticeboard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        // libcmark-gfm and its GFM extensions, from Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Tiny C wrappers for what Glibc hides from Swift (atomic directory exchange), and for libcmark-gfm's C hooks.
        .target(name: "CShims", linkerSettings: [.linkedLibrary("cmark-gfm"), .linkedLibrary("cmark-gfm-extensions")]),
        .target(name: "NoticeboardModel"),
        // The transparency audit: one rule per type, a registry, scores. Pure: reads a Site, returns findings.
        .target(name: "NoticeboardAudit", dependencies: ["NoticeboardModel"]),
        // The search index: tokenizer, English stemmer, index writer (the client: templates/assets/search-words.js, search.js).
        .target(name: "NoticeboardSearch", dependencies: ["NoticeboardModel"]),
        .target(
            name: "NoticeboardContent",
            dependencies: ["NoticeboardModel", "CMarkGFM", "CShims", .product(name: "Yams", package: "Yams")]
        ),
        // The default theme: the files of templates/, embedded at build time so the binary works anywhere.
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .target(name: "NoticeboardTheme", plugins: ["EmbedTheme"]),
        .target(
            name: "NoticeboardRender",
            dependencies: [
                "NoticeboardModel", "NoticeboardContent", "NoticeboardAudit", "NoticeboardTheme",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "NoticeboardBuild",
            dependencies: ["NoticeboardModel", "NoticeboardContent", "NoticeboardAudit", "NoticeboardRender", "NoticeboardSearch", "CShims"]
        ),
        // `noticeboard import`: folders of existing minutes into meetings.
        .target(
            name: "NoticeboardImport",
            dependencies: ["NoticeboardModel", "NoticeboardContent", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "NoticeboardCLI",
            dependencies: [
                "NoticeboardModel", "NoticeboardContent", "NoticeboardAudit", "NoticeboardBuild", "NoticeboardImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(name: "noticeboard", dependencies: ["NoticeboardCLI"]),
        // Times the search stage alone, for bench/search-bench.py.
        .executableTarget(name: "search-bench", dependencies: ["NoticeboardBuild", "NoticeboardContent", "NoticeboardSearch"], path: "Sources/SearchBench"),
        .target(
            name: "NoticeboardTestSupport",
            dependencies: ["NoticeboardModel", "NoticeboardContent", "NoticeboardBuild"],
            path: "Tests/NoticeboardTestSupport"
        ),
        .testTarget(name: "NoticeboardModelTests", dependencies: ["NoticeboardModel"]),
        .testTarget(name: "NoticeboardAuditTests", dependencies: ["NoticeboardAudit", "NoticeboardTestSupport"]),
        .testTarget(name: "NoticeboardContentTests", dependencies: ["NoticeboardContent", "NoticeboardTestSupport"]),
        .testTarget(name: "NoticeboardRenderTests", dependencies: ["NoticeboardRender", "NoticeboardTestSupport"]),
        .testTarget(
            name: "NoticeboardBuildTests",
            dependencies: ["NoticeboardBuild", "NoticeboardTestSupport"],
            exclude: []
        ),
        .testTarget(name: "NoticeboardImportTests", dependencies: ["NoticeboardImport", "NoticeboardTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["NoticeboardTestSupport", "noticeboard"]),
        .testTarget(name: "NoticeboardSearchTests", dependencies: ["NoticeboardSearch", "NoticeboardBuild", "NoticeboardTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer harnesses (Fuzz/), built only when asked: NOTICEBOARD_FUZZ=1 swift build -c release --product FuzzMarkdown
if ProcessInfo.processInfo.environment["NOTICEBOARD_FUZZ"] == "1" {
    // Instrument the code under test too, so libFuzzer is guided by its coverage.
    for target in package.targets where ["NoticeboardModel", "NoticeboardContent"].contains(target.name) {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer,address"])]
    }
    for name in ["FuzzFrontMatter", "FuzzMarkdown"] {
        package.targets.append(.executableTarget(
            name: name, dependencies: ["NoticeboardContent"], path: "Fuzz/\(name)",
            swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
