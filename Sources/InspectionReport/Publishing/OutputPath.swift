import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where the tool may write. An output path is resolved to one canonical absolute path
/// before any check: its existing part by `realpath` (links and `..` as the kernel follows
/// them, never textually), the rest appended as written. Then the places that an output,
/// replaced whole, must never be are refused.
enum OutputPath {
    /// `path` resolved to a canonical absolute path. Refuses an empty path, `..` after a
    /// component that does not exist (where it leads is unknowable), a dangling link, and
    /// (with `refusingLink`) a symbolic link as the last component.
    static func canonical(_ path: String, option: String, refusingLink: Bool = true) throws(BuildError) -> String {
        guard !path.isEmpty else {
            throw .unsafeOutput("\(option) is empty; name the directory to write, for example \(option) site")
        }
        let absolute = path.hasPrefix("/") ? path : currentDirectory() + "/" + path
        let components = absolute.split(separator: "/").map(String.init).filter { $0 != "." }
        var resolved = "/"
        var exists = true
        for (i, component) in components.enumerated() {
            let candidate = join(resolved, component)
            if exists {
                let isLink = isSymbolicLink(candidate)
                if isLink, refusingLink, i == components.count - 1 {
                    throw .unsafeOutput(
                        """
                        refusing \(option) \(path): \(candidate) is a symbolic link, and the tool never writes through links; name the \
                        directory it points to instead
                        """
                    )
                }
                if let real = realPath(candidate) {
                    resolved = real
                    continue
                }
                if isLink {
                    throw .unsafeOutput("refusing \(option) \(path): \(candidate) is a symbolic link to nothing; remove it or name another directory")
                }
                exists = false
            }
            if component == ".." {
                throw .unsafeOutput(
                    """
                    refusing \(option) \(path): \"..\" follows \(resolved), which does not exist, so where it leads cannot be known; name the \
                    directory without \"..\"
                    """
                )
            }
            resolved = candidate
        }
        return resolved
    }

    /// A path resolved as far as it exists, for comparisons; never refuses.
    static func resolved(_ path: String) -> String {
        (try? canonical(path, option: "", refusingLink: false)) ?? path
    }

    /// Refuses (exit 65) an output that would replace something it must not: the working
    /// directory, `/`, the home directory, the dataset, the templates, the settings file's
    /// folder, or any ancestor of these; anything but a directory; and a non-empty directory
    /// that is not an earlier output of the tool (it holds `.build-manifest`).
    static func checkBuildOutput(_ output: String, options: BuildOptions) throws(BuildError) {
        var protected: [(String, String)] = [("/", "the root directory")]
        if let cwd = realPath(currentDirectory()) { protected.append((cwd, "the working directory")) }
        for home in homeDirectories() { protected.append((home, "the home directory")) }
        protected.append((resolved(options.dataDirectory), "the dataset directory (--data)"))
        protected.append((resolved(options.templatesDirectory), "the templates directory (--templates)"))
        if let config = options.configPath {
            protected.append(
                (
                    resolved((config as NSString).deletingLastPathComponent.isEmpty ? "." : (config as NSString).deletingLastPathComponent),
                    "the folder of the settings file (--config)"
                ))
        }
        for (path, what) in protected where path == output || isAncestor(output, of: path) {
            let relation = path == output ? "it is \(what)" : "it holds \(what) (\(path))"
            throw .unsafeOutput(
                """
                refusing to replace \(output): \(relation), and a build replaces its output whole; choose a new or empty directory for --out \
                (or an earlier output of inspection-report)
                """
            )
        }
        try checkReplaceable(output)
    }

    /// The output is replaced whole, so it must be new, empty, or a previous output.
    static func checkReplaceable(_ output: String) throws(BuildError) {
        var st = stat()
        guard lstat(output, &st) == 0 else { return }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            throw .unsafeOutput("refusing to replace \(output): it is not a directory; choose a new or empty directory for --out")
        }
        guard let directory = DirectoryHandle.existing(output) else {
            throw .unsafeOutput("refusing to replace \(output): it cannot be opened as a directory; choose a new or empty directory for --out")
        }
        if directory.kind(BuildManifest.fileName) == .file { return }
        if !(directory.entries() ?? [""]).isEmpty {
            throw .unsafeOutput(
                """
                refusing to replace \(output): it is not an output of inspection-report (it has no \(BuildManifest.fileName)) and is not empty; \
                choose a new or empty directory for --out
                """
            )
        }
    }

    /// Whether `ancestor` is a proper ancestor of `path` (both canonical).
    static func isAncestor(_ ancestor: String, of path: String) -> Bool {
        ancestor == "/" ? path != "/" : path.hasPrefix(ancestor + "/")
    }

    /// `$HOME` and the passwd entry's home, resolved.
    static func homeDirectories() -> [String] {
        var homes: [String] = []
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { homes.append(resolved(home)) }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            let home = String(cString: directory)
            if !home.isEmpty { homes.append(resolved(home)) }
        }
        return homes
    }

    static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return FileManager.default.currentDirectoryPath }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory == "/" ? "/" + name : directory + "/" + name
    }
}
