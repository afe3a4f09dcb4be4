import Foundation

/// How a published site differs from the files its manifest lists: every listed file must be
/// present, a regular file, of the same size and SHA-256 (hashed only when the size matches),
/// and nothing else may be there but dotfiles (the manifest itself, a web server's or an
/// editor's files). A symbolic link anywhere, dotfiles included, is a difference. Nothing is
/// followed: the walk opens every entry with `O_NOFOLLOW` (``DirectoryHandle``).
struct SiteCheck: Sendable, Equatable {
    /// The relative paths that differ, in walk order: listed files missing, edited or not
    /// regular, then entries not listed.
    var differences: [String]

    /// Checks the site at `site` (canonical) against `manifest`. A manifest that lists no
    /// files (written before files were listed) cannot vouch for the site: it differs.
    init(site: String, manifest: BuildManifest) {
        let listed = manifest.files
        guard let root = DirectoryHandle.existing(site), !listed.isEmpty else {
            differences = listed.isEmpty ? [BuildManifest.fileName] : listed.map(\.path)
            return
        }
        let listedPaths = Set(listed.map(\.path))
        var differences: [String] = []
        var folders = Set<String>()
        for file in listed {
            var folder = (file.path as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                folders.insert(folder)
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        // Listed files: present, regular, same size, then same digest.
        for file in listed {
            let folder = (file.path as NSString).deletingLastPathComponent
            let name = (file.path as NSString).lastPathComponent
            guard let directory = try? root.directory(relative: folder, create: false),
                let bytes = directory.contents(name, size: file.size), Digest.sha256(bytes) == file.sha256
            else {
                differences.append(file.path)
                continue
            }
        }
        // Entries not listed.
        func walk(_ directory: DirectoryHandle, _ prefix: String) {
            for entry in directory.entries() ?? [] {
                let path = prefix + entry
                let kind = directory.kind(entry)
                if kind == .link { differences.append(path); continue }
                if entry.hasPrefix(".") { continue }
                if kind == .directory, folders.contains(path), let sub = try? directory.directory(entry, create: false) {
                    walk(sub, path + "/")
                } else if !listedPaths.contains(path) {
                    differences.append(path)
                }
            }
        }
        walk(root, "")
        self.differences = differences
    }

    /// Whether the site is exactly what its manifest lists.
    var matches: Bool { differences.isEmpty }

    /// "3 files", for messages.
    var description: String {
        differences.count == 1 ? "1 file" : "\(differences.count) files"
    }
}
