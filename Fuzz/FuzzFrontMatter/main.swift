import Foundation
import NoticeboardContent

/// Feeds arbitrary bytes to the loader as a body file and as a meeting file of an otherwise valid site.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    let base: [String: Data] = [
        "content/bodies/a.md": Data("---\nname: A\nkind: nhs-trust\nregion: midlands\n---\n".utf8),
        "content/meetings/a/2026-01-01/index.md": Data("---\nstatus: held\n---\n".utf8),
    ]
    for path in ["content/bodies/a.md", "content/meetings/a/2026-01-01/index.md", "noticeboard.yml"] {
        var files = base
        files[path] = bytes
        _ = SiteLoader(files: InMemoryFileSystem(files: files)).load()
    }
    return 0
}


@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

/// SwiftPM links an executable's entry point under this name; it hands over to libFuzzer's driver.
@_cdecl("FuzzFrontMatter_main")
public func entryPoint(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzz($0, $1) }
}
