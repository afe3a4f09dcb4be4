/// What `build` is asked to do.
public struct BuildOptions: Sendable {
    /// The dataset directory.
    public var dataDirectory: String
    /// The settings file; `report.yml` in the dataset directory when nil.
    public var configPath: String?
    /// The output directory, replaced as a whole when the build succeeds.
    public var outputDirectory: String
    /// The templates directory.
    public var templatesDirectory: String
    public var audience: Audience
    /// Reject the build if any case row is rejected.
    public var strict: Bool
    /// When work is split across threads (``Parallelism/serial`` for `--single-threaded`).
    public var parallelism: Parallelism
    /// The date printed as "published"; the census date (`as_of`) when nil. Never the clock,
    /// unless the caller passes it.
    public var generatedOn: Day?
    /// `generatedOn` is the clock's day (`--published today`): the manifest records "today",
    /// so that a nightly build with unchanged inputs is still up to date and keeps its date.
    public var publishedToday = false
    /// Build even when nothing changed since the published output.
    public var rebuild = false
    /// A restricted build also works out the public edition's pattern and writes
    /// `data/suppression.csv` (`--suppression-file`): it costs what the public build's
    /// disclosure control costs, so nightly restricted builds leave it out.
    public var suppressionFile = false
    /// Re-render only these forces' scorecards (by id) into a copy of the published output.
    public var onlyForces: [String] = []
    /// Seconds to wait for another build's lock; 0 fails at once.
    public var lockWait: Double = 0
    /// Called as the build moves through its phases.
    public var progress: (@Sendable (BuildPhase) -> Void)?
    /// Called at each named point of the build (a hook for tests that interrupt a build).
    public var reached: (@Sendable (BuildCheckpoint) -> Void)?

    public init(
        dataDirectory: String, configPath: String? = nil, outputDirectory: String = "site",
        templatesDirectory: String = "Templates", audience: Audience = .public, strict: Bool = false, parallelism: Parallelism = .automatic
    ) {
        self.dataDirectory = dataDirectory
        self.configPath = configPath
        self.outputDirectory = outputDirectory
        self.templatesDirectory = templatesDirectory
        self.audience = audience
        self.strict = strict
        self.parallelism = parallelism
    }
}
