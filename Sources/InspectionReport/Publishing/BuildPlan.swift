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
    /// The manifest this build publishes (without the inputs' SHA-256 and the files).
    var manifest: BuildManifest
    /// The published output's manifest, nil when there is none.
    var published: BuildManifest?
    /// Whether the published output was built from exactly these inputs, templates and
    /// settings, and still holds exactly the files its manifest lists, so that there is
    /// nothing to do.
    var upToDate: Bool
    /// How the published site differs from its manifest, when that was checked: on a build
    /// whose inputs are unchanged (a difference means the site is rebuilt, repairing it) and
    /// for `--only`.
    var site: SiteCheck?
    /// Which scorecards to render, once the forces are known.
    var only: OnlyPolicy

    /// Whether this build rebuilds a site that differed from its manifest although its
    /// inputs did not change.
    var repairs: Bool { !upToDate && only.requested.isEmpty && !(site?.matches ?? true) }

    /// Compares the inputs with the published output's manifest, and the published output
    /// with its manifest.
    init(inputs: BuildInputs, options: BuildOptions) {
        manifest = BuildManifest(inputs: inputs.snapshot.signatures, templates: inputs.templateDigests, options: options)
        published = DirectoryHandle.existing(options.outputDirectory)?.contents(BuildManifest.fileName)
            .map { BuildManifest.parse(String(decoding: $0, as: UTF8.self)) }
        let unchanged = published == manifest
        if let published, options.onlyForces.isEmpty ? (unchanged && !options.rebuild) : published.sameFigures(as: manifest) {
            site = SiteCheck(site: options.outputDirectory, manifest: published)
        }
        upToDate = options.onlyForces.isEmpty && !options.rebuild && unchanged && (site?.matches ?? true)
        only = OnlyPolicy(
            requested: options.onlyForces, outputDirectory: options.outputDirectory, published: published,
            manifest: manifest, site: site)
    }
}
