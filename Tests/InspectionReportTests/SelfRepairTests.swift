import Foundation
import Testing

@testable import InspectionReport

/// A published site deleted, edited or added to by hand is noticed by the next build of
/// unchanged inputs, which rebuilds it and says so.
// Builds here are restricted: what they test does not depend on the audience, and a public
// build of a few hundred cases over 43 forces, nearly every count small, spends its time on
// secondary suppression (LinkedSuppressionTests and the sample's golden files cover that).
@Suite("Self-repair", .serialized)
struct SelfRepairTests {
    func build(_ data: String, _ out: String) throws -> CLI.Result {
        try CLI.run(["build", "--audience", "restricted", "--data", data, "--out", out, "--templates", RenderingTests.templates])
    }

    func write(_ text: String, _ path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func aDeletedOrEditedFileIsRebuiltByAPlainBuild() throws {
        let data = Fixture.temporaryDirectory() + "/data"
        try SampleGenerator(caseCount: 400, seed: 8).write(to: data)
        let site = Fixture.temporaryDirectory() + "/site"
        #expect(try build(data, site).status == 0)
        let published = RenderingTests.files(site)
        // A dotfile (a web server's, an editor's) is not a difference.
        try write("Options -Indexes\n", site + "/.htaccess")
        #expect(try build(data, site).status == ExitStatus.nothingToDo.rawValue)
        // One file deleted, one edited with the same size, one edited with another size.
        try FileManager.default.removeItem(atPath: site + "/data/metrics.csv")
        var index = try #require(FileManager.default.contents(atPath: site + "/index.html"))
        index[index.count - 2] ^= 0x20
        try index.write(to: URL(fileURLWithPath: site + "/index.html"))
        try write("defaced\n", site + "/national.md")
        let repaired = try build(data, site)
        #expect(repaired.status == ExitStatus.success.rawValue)
        #expect(repaired.stderr.contains("the published site differed from its manifest (3 files missing, edited, extra or linked)"))
        #expect(repaired.stderr.contains("rebuilt"))
        #expect(RenderingTests.files(site) == published)
        #expect(try build(data, site).status == ExitStatus.nothingToDo.rawValue)
    }

    @Test func anExtraFileOrAPlantedLinkIsRemovedByARebuild() throws {
        let data = Fixture.temporaryDirectory() + "/data"
        try SampleGenerator(caseCount: 400, seed: 8).write(to: data)
        let root = Fixture.temporaryDirectory()
        let site = root + "/site"
        #expect(try build(data, site).status == 0)
        let published = RenderingTests.files(site)
        try write("precious\n", root + "/victim")
        try FileManager.default.createSymbolicLink(atPath: site + "/data/extra.csv", withDestinationPath: root + "/victim")
        try write("<p>phishing</p>\n", site + "/login.html")
        let repaired = try build(data, site)
        #expect(repaired.status == ExitStatus.success.rawValue)
        #expect(repaired.stderr.contains("2 files missing, edited, extra or linked"))
        #expect(RenderingTests.files(site) == published)
        #expect(FileManager.default.contents(atPath: root + "/victim") == Data("precious\n".utf8))
    }

    @Test(.tags(.slow)) func theManifestListsEveryPublishedFile() throws {
        let site = try RenderingTests.build(RenderingTests.sampleData)
        let manifest = BuildManifest.parse(try String(contentsOfFile: site + "/" + BuildManifest.fileName, encoding: .utf8))
        let files = RenderingTests.files(site).filter { $0.key != BuildManifest.fileName }
        #expect(Set(manifest.files.map(\.path)) == Set(files.keys))
        for file in manifest.files {
            let bytes = try #require(files[file.path])
            #expect(file.size == bytes.count)
            #expect(file.sha256 == Digest.sha256(Array(bytes)))
        }
        #expect(SiteCheck(site: site, manifest: manifest).matches)
        // A manifest that lists no files (an older tool's) cannot vouch for the site.
        #expect(!SiteCheck(site: site, manifest: BuildManifest(entries: [("tool", "0")])).matches)
    }
}
