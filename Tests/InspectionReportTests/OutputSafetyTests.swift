import Foundation
import Testing

@testable import InspectionReport

/// `--out` as a hostile or careless user might give it, and links planted where the build
/// writes: nothing but the tool's own output is ever replaced or written through.
// Builds here are restricted: what they test does not depend on the audience, and a public
// build of a few hundred cases over 43 forces, nearly every count small, spends its time on
// secondary suppression (LinkedSuppressionTests and the sample's golden files cover that).
@Suite("Output safety", .serialized)
struct OutputSafetyTests {
    /// A small synthetic dataset in a fresh directory.
    func dataset() throws -> String {
        let directory = Fixture.temporaryDirectory() + "/data"
        try SampleGenerator(caseCount: 400, seed: 5).write(to: directory)
        return directory
    }

    func build(
        _ data: String, _ out: String, _ extra: [String] = [], environment: [String: String] = [:],
        directory: String? = nil
    ) throws -> CLI.Result {
        try CLI.run(
            ["build", "--audience", "restricted", "--data", data, "--out", out, "--templates", RenderingTests.templates] + extra,
            environment: environment, directory: directory)
    }

    /// A fresh directory holding `keep.txt`, as a working directory or web root would.
    func occupied() throws -> String {
        let directory = Fixture.temporaryDirectory()
        try Data("keep\n".utf8).write(to: URL(fileURLWithPath: directory + "/keep.txt"))
        return directory
    }

    func write(_ text: String, _ path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }

    /// Refused with exit 65 and an instruction; `directory` exactly as it was.
    func expectRefused(
        _ result: CLI.Result, leaving directory: String, _ before: [String: Data],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == ExitStatus.invalidInput.rawValue, sourceLocation: sourceLocation)
        #expect(result.stderr.contains("refusing"), sourceLocation: sourceLocation)
        #expect(
            result.stderr.contains("choose") || result.stderr.contains("name the directory") || result.stderr.contains("remove it"),
            sourceLocation: sourceLocation)
        #expect(RenderingTests.files(directory) == before, sourceLocation: sourceLocation)
    }

    @Test func anEmptyOutIsRefused() throws {
        let data = try dataset()
        let cwd = try occupied()
        let before = RenderingTests.files(cwd)
        let result = try build(data, "", directory: cwd)
        #expect(result.status == ExitStatus.invalidInput.rawValue)
        #expect(result.stderr.contains("--out is empty"))
        #expect(RenderingTests.files(cwd) == before)
    }

    @Test func dotDotAfterAMissingFolderIsRefused() throws {
        let data = try dataset()
        let cwd = try occupied()
        try FileManager.default.createDirectory(atPath: cwd + "/webroot", withIntermediateDirectories: true)
        try write("<p>someone else's site</p>\n", cwd + "/webroot/index.html")
        let before = RenderingTests.files(cwd)
        expectRefused(try build(data, "missing/..", directory: cwd), leaving: cwd, before)
        expectRefused(try build(data, "missing/../webroot", directory: cwd), leaving: cwd, before)
        expectRefused(try build(data, cwd + "/missing/../webroot"), leaving: cwd, before)
    }

    @Test func dotDotAfterALinkIsWhereTheKernelGoes() throws {
        let data = try dataset()
        let root = try occupied()
        // `link/..` is `elsewhere` to the kernel, not `root`: `link/../webroot` is the new
        // `elsewhere/webroot`, and the web root beside the link is another directory.
        try FileManager.default.createDirectory(atPath: root + "/elsewhere/inner", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/elsewhere/inner")
        try FileManager.default.createDirectory(atPath: root + "/webroot", withIntermediateDirectories: true)
        try write("<p>someone else's site</p>\n", root + "/webroot/index.html")
        let webroot = RenderingTests.files(root + "/webroot")
        #expect(try build(data, "link/../webroot", directory: root).status == 0)
        #expect(RenderingTests.files(root + "/webroot") == webroot)
        #expect(FileManager.default.fileExists(atPath: root + "/elsewhere/webroot/index.html"))
        // The same web root reached through the link is refused.
        try FileManager.default.createDirectory(atPath: root + "/elsewhere/other", withIntermediateDirectories: true)
        try write("x\n", root + "/elsewhere/other/file.txt")
        let before = RenderingTests.files(root)
        expectRefused(try build(data, "link/../other", directory: root), leaving: root, before)
    }

    @Test func theWorkingDirectoryHomeAndAncestorsOfTheInputsAreRefused() throws {
        let data = try dataset()
        let parent = (data as NSString).deletingLastPathComponent
        // Even when they look like earlier outputs (they hold a manifest).
        try write("tool\t0\n", parent + "/" + BuildManifest.fileName)
        let before = RenderingTests.files(parent)
        expectRefused(try build(data, parent), leaving: parent, before)
        expectRefused(try build(data, "..", directory: data), leaving: parent, before)
        let templatesCopy = parent + "/templates"
        try FileManager.default.copyItem(atPath: RenderingTests.templates, toPath: templatesCopy)
        let withTemplates = RenderingTests.files(parent)
        expectRefused(
            try CLI.run(["build", "--audience", "restricted", "--data", data, "--out", templatesCopy, "--templates", templatesCopy]),
            leaving: parent, withTemplates)
        // The working directory, empty or an earlier output, and the home directory.
        let empty = Fixture.temporaryDirectory()
        expectRefused(try build(data, ".", directory: empty), leaving: empty, [:])
        let site = Fixture.temporaryDirectory() + "/site"
        #expect(try build(data, site).status == 0)
        let published = RenderingTests.files(site)
        expectRefused(try build(data, ".", ["--rebuild"], directory: site), leaving: site, published)
        expectRefused(try build(data, site, ["--rebuild"], environment: ["HOME": site]), leaving: site, published)
        #expect(try build(data, site, ["--rebuild"]).status == 0)
    }

    @Test func aLinkAsTheOutputIsRefused() throws {
        let data = try dataset()
        let root = Fixture.temporaryDirectory()
        #expect(try build(data, root + "/site").status == 0)
        try FileManager.default.createSymbolicLink(atPath: root + "/alias", withDestinationPath: root + "/site")
        let before = RenderingTests.files(root)
        expectRefused(try build(data, root + "/alias", ["--rebuild"]), leaving: root, before)
        #expect(isSymbolicLink(root + "/alias"))
    }

    @Test func aLinkPlantedAsTheLockIsNotWrittenThrough() throws {
        let data = try dataset()
        let root = Fixture.temporaryDirectory()
        try write("precious\n", root + "/victim")
        try FileManager.default.createSymbolicLink(atPath: root + "/.site.lock", withDestinationPath: root + "/victim")
        let result = try build(data, root + "/site")
        #expect(result.status == ExitStatus.invalidInput.rawValue)
        #expect(result.stderr.contains("lock file"))
        #expect(text(root + "/victim") == "precious\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/site"))
        // Once the link is removed, the build goes ahead.
        try FileManager.default.removeItem(atPath: root + "/.site.lock")
        #expect(try build(data, root + "/site").status == 0)
    }

    @Test func onlyNeverWritesThroughALinkPlantedInTheSite() throws {
        let data = try dataset()
        let root = Fixture.temporaryDirectory()
        let site = root + "/site"
        #expect(try build(data, site).status == 0)
        let force = try #require(try FileManager.default.contentsOfDirectory(atPath: site + "/forces").sorted().first)
        let id = (force as NSString).deletingPathExtension
        try write("precious\n", root + "/victim")
        try FileManager.default.removeItem(atPath: site + "/forces/\(id).md")
        try FileManager.default.createSymbolicLink(atPath: site + "/forces/\(id).md", withDestinationPath: root + "/victim")
        let templates = Fixture.temporaryDirectory()
        for name in TemplateSet.requiredFiles {
            try FileManager.default.copyItem(atPath: RenderingTests.templates + "/" + name, toPath: templates + "/" + name)
        }
        try write((text(templates + "/force.md.mustache") ?? "") + "\nEdited.\n", templates + "/force.md.mustache")
        let only = try CLI.run(["build", "--audience", "restricted", "--data", data, "--out", site, "--templates", templates, "--only", id])
        #expect(only.status == ExitStatus.invalidInput.rawValue)
        #expect(only.stderr.contains("differs from its manifest"))
        #expect(text(root + "/victim") == "precious\n")
        // A full build repairs the site; then --only works, and the victim is never touched.
        let repair = try build(data, site)
        #expect(repair.status == 0)
        #expect(repair.stderr.contains("rebuilt"))
        #expect(!isSymbolicLink(site + "/forces/\(id).md"))
        #expect(
            try CLI.run(["build", "--audience", "restricted", "--data", data, "--out", site, "--templates", templates, "--only", id]).status == 0)
        #expect(text(site + "/forces/\(id).md")?.hasSuffix("Edited.\n") == true)
        #expect(text(root + "/victim") == "precious\n")
        // The site --only published lists its files as they are: the next build of the same
        // inputs and templates has nothing to do.
        #expect(
            try CLI.run(["build", "--audience", "restricted", "--data", data, "--out", site, "--templates", templates]).status
                == ExitStatus.success.rawValue)
        #expect(
            try CLI.run(["build", "--audience", "restricted", "--data", data, "--out", site, "--templates", templates]).status
                == ExitStatus.nothingToDo.rawValue)
    }

    @Test func aPublishedLinkIsNeverHardLinkedIntoTheStagedSite() throws {
        let root = Fixture.temporaryDirectory()
        let site = root + "/site"
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try write("same\n", root + "/victim")
        try FileManager.default.createSymbolicLink(atPath: site + "/a.txt", withDestinationPath: root + "/victim")
        let stage = try StagedOutput(target: site)
        try stage.write("a.txt", Array("same\n".utf8))
        #expect(!isSymbolicLink(stage.staging + "/a.txt"))
        try stage.write("a.txt", Array("new\n".utf8))
        stage.discard()
        #expect(text(root + "/victim") == "same\n")
    }

    @Test func sampleRefusesADirectoryThatHoldsOtherData() throws {
        let directory = try occupied()
        let before = RenderingTests.files(directory)
        let result = try CLI.run(["sample", "--out", directory, "--cases", "10"])
        #expect(result.status == ExitStatus.invalidInput.rawValue)
        #expect(result.stderr.contains("refusing to write a sample"))
        #expect(RenderingTests.files(directory) == before)
        // A new directory, then the same one again (an earlier sample), are written.
        let sample = Fixture.temporaryDirectory() + "/sample"
        #expect(try CLI.run(["sample", "--out", sample, "--cases", "10"]).status == 0)
        #expect(try CLI.run(["sample", "--out", sample, "--cases", "20", "--seed", "4"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sample).sorted() == SampleGenerator.fileNames.sorted())
    }
}
