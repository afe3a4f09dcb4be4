import ArgumentParser

/// The options that name and judge a dataset, shared by `build` and `validate`.
struct DatasetOptions: ParsableArguments {
    @Option(help: "The dataset directory.")
    var data = "SampleData"

    @Option(help: "The settings file (default: DATA/report.yml).")
    var config: String?

    @Flag(help: "Fail when any case row is rejected.")
    var strict = false
}
