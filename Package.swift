// swift-tools-version:6.0
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
    ],
    targets: [
        // libcmark-gfm and its GFM extensions, from Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Tiny C wrappers for what Glibc hides from Swift (atomic directory exchange).
        .target(name: "CShims"),
        .target(name: "NoticeboardModel"),
        // The search index: tokenizer, English stemmer, index writer (the client: templates/assets/search-words.js, search.js).
        .target(name: "NoticeboardSearch", dependencies: ["NoticeboardModel"]),
        .target(
            name: "NoticeboardContent",
            dependencies: ["NoticeboardModel", "CMarkGFM", .product(name: "Yams", package: "Yams")]
        ),
        // The default theme: the files of templates/, embedded at build time so the binary works anywhere.
        .executableTarget(name: "ThemeEmbedder"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["ThemeEmbedder"]),
        .target(name: "NoticeboardTheme", plugins: ["EmbedTheme"]),
        .target(
            name: "NoticeboardRender",
            dependencies: [
                "NoticeboardModel", "NoticeboardContent", "NoticeboardTheme",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "NoticeboardBuild",
            dependencies: ["NoticeboardModel", "NoticeboardContent", "NoticeboardRender", "NoticeboardSearch", "CShims"]
        ),
        .target(
            name: "NoticeboardCLI",
            dependencies: [
                "NoticeboardModel", "NoticeboardContent", "NoticeboardBuild",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
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
        .testTarget(name: "NoticeboardContentTests", dependencies: ["NoticeboardContent", "NoticeboardTestSupport"]),
        .testTarget(name: "NoticeboardRenderTests", dependencies: ["NoticeboardRender", "NoticeboardTestSupport"]),
        .testTarget(
            name: "NoticeboardBuildTests",
            dependencies: ["NoticeboardBuild", "NoticeboardTestSupport"],
            exclude: []
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["NoticeboardTestSupport"]),
        .testTarget(name: "NoticeboardSearchTests", dependencies: ["NoticeboardSearch", "NoticeboardBuild", "NoticeboardTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
