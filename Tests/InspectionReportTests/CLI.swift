import Foundation

/// Runs the real executable, as cron would.
enum CLI {
    static var executable: String {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("inspection-report").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return RenderingTests.projectRoot.appendingPathComponent(".build/debug/inspection-report").path
    }

    struct Result {
        var status: Int32
        var stderr: String
    }

    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1722470400"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, pipe)
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let (process, pipe) = try start(arguments, environment: environment)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self))
    }
}
