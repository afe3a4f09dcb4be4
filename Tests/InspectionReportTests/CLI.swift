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

    /// A started process, with pipes to its standard input, output and error.
    struct Running {
        let process: Process
        let stdin: Pipe
        let stdout: Pipe
        let stderr: Pipe

        var pid: Int32 { process.processIdentifier }

        /// The next line the process writes to standard output, without its line end, or nil
        /// at the end of its output.
        func readLine() -> String? {
            var bytes: [UInt8] = []
            while true {
                let data = stdout.fileHandleForReading.readData(ofLength: 1)
                guard let byte = data.first else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
                if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
                bytes.append(byte)
            }
        }

        /// Writes a line to the process's standard input.
        func send(_ line: String) {
            stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
        }

        /// Waits for the process to end and returns its status and standard error.
        func finish() -> Result {
            try? stdin.fileHandleForWriting.close()
            let data = stderr.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self))
        }
    }

    /// Starts the executable; `directory` is its working directory (the test's when nil).
    static func start(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1722470400"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let running = Running(process: process, stdin: Pipe(), stdout: Pipe(), stderr: Pipe())
        process.standardInput = running.stdin
        process.standardOutput = running.stdout
        process.standardError = running.stderr
        try process.run()
        return running
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil) throws -> Result {
        try start(arguments, environment: environment, directory: directory).finish()
    }
}
