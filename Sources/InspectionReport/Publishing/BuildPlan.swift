import Foundation

/// What the snapshot step read: the bytes of every input and the templates, read once.
struct BuildInputs: Sendable {
    var reader: DatasetReader
    var snapshot: InputSnapshot
    var templates: TemplateSet
    var templateDigests: [Provenance.Input]
}

/// What the decide step concluded before any input is validated.
struct BuildPlan: Sendable {
    /// The manifest this build publishes (without the inputs' SHA-256).
    var manifest: BuildManifest
    /// Whether the published output was built from exactly these inputs, templates and
    /// settings, so that there is nothing to do.
    var upToDate: Bool
    /// Which scorecards to render, once the forces are known.
    var only: OnlyPolicy

    /// Compares the inputs with the published output's manifest.
    init(inputs: BuildInputs, options: BuildOptions) {
        manifest = BuildManifest(inputs: inputs.snapshot.signatures, templates: inputs.templateDigests, options: options)
        let published = FileManager.default.contents(atPath: options.outputDirectory + "/" + BuildManifest.fileName)
            .map { BuildManifest.parse(String(decoding: $0, as: UTF8.self)) }
        upToDate = options.onlyForces.isEmpty && !options.rebuild && published == manifest
        only = OnlyPolicy(requested: options.onlyForces, outputDirectory: options.outputDirectory, published: published, manifest: manifest)
    }
}
