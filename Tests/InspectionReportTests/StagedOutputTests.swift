import Foundation
import Testing

@testable import InspectionReport

/// The staged publish: files written beside the output and swapped into place whole.
@Suite("Staged output")
struct StagedOutputTests {
    /// A published directory `site` in a fresh parent: `a.txt`, `sub/b.txt` and `c.txt`.
    func published() throws -> String {
        let site = Fixture.temporaryDirectory() + "/site"
        try FileManager.default.createDirectory(atPath: site + "/sub", withIntermediateDirectories: true)
        try Data("old a\n".utf8).write(to: URL(fileURLWithPath: site + "/a.txt"))
        try Data("same b\n".utf8).write(to: URL(fileURLWithPath: site + "/sub/b.txt"))
        try Data("old c\n".utf8).write(to: URL(fileURLWithPath: site + "/c.txt"))
        return site
    }

    /// Every entry under `root` (folders too), sorted.
    func listing(_ root: String) -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
    }

    func inode(_ path: String) -> UInt64 {
        var st = stat()
        return stat(path, &st) == 0 ? UInt64(st.st_ino) : 0
    }

    @Test func commitReplacesTheOutputWhole() throws {
        let site = try published()
        let parent = (site as NSString).deletingLastPathComponent
        let oldB = inode(site + "/sub/b.txt")
        let stage = try StagedOutput(target: site)
        try stage.write("a.txt", Array("new a\n".utf8))
        try stage.write("sub/b.txt", Array("same b\n".utf8))
        // The same bytes are hard-linked to the published file, not written again.
        #expect(inode(stage.staging + "/sub/b.txt") == oldB)
        #expect(inode(stage.staging + "/a.txt") != inode(site + "/a.txt"))
        #expect(
            listing(parent) == [
                ".site.staging-\(getpid())", ".site.staging-\(getpid())/a.txt", ".site.staging-\(getpid())/sub",
                ".site.staging-\(getpid())/sub/b.txt", "site", "site/a.txt", "site/c.txt", "site/sub", "site/sub/b.txt",
            ])
        var swapped = false
        try stage.commit(afterSwap: { swapped = true })
        #expect(swapped)
        #expect(listing(parent) == ["site", "site/a.txt", "site/sub", "site/sub/b.txt"])
        #expect(FileManager.default.contents(atPath: site + "/a.txt") == Data("new a\n".utf8))
        #expect(FileManager.default.contents(atPath: site + "/sub/b.txt") == Data("same b\n".utf8))
        #expect(inode(site + "/sub/b.txt") == oldB)
    }

    @Test func discardLeavesThePublishedOutputUntouched() throws {
        let site = try published()
        let parent = (site as NSString).deletingLastPathComponent
        let before = RenderingTests.files(site)
        let stage = try StagedOutput(target: site)
        try stage.write("a.txt", Array("new a\n".utf8))
        try stage.write("d.txt", Array("new d\n".utf8))
        stage.discard()
        #expect(listing(parent) == ["site", "site/a.txt", "site/c.txt", "site/sub", "site/sub/b.txt"])
        #expect(RenderingTests.files(site) == before)
    }

    @Test func aFirstCommitCreatesTheOutput() throws {
        let site = Fixture.temporaryDirectory() + "/new/site"
        let stage = try StagedOutput(target: site)
        try stage.write("index.html", Array("<p>\n".utf8))
        try stage.commit()
        #expect(listing((site as NSString).deletingLastPathComponent) == ["site", "site/index.html"])
        #expect(FileManager.default.contents(atPath: site + "/index.html") == Data("<p>\n".utf8))
    }
}
