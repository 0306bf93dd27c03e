#if canImport(Glibc)
import Glibc
#endif

/// Which files a directory input contributes: by default the extensions EDGAR files carry
/// (`.txt .nc .htm .html .xml`, in any case, also with `.gz` after them), so that a
/// `README.md`, a `.tsv` index or the images beside a filing are not converted or counted
/// as failures. `--include GLOB` replaces that choice; `--exclude GLOB` removes from it.
/// Globs match the file name, as `grep --include` does. Files named as arguments are
/// always taken: the user chose them.
struct NameFilter {
    static let edgarExtensions: Set<String> = ["txt", "nc", "htm", "html", "xml"]

    var includes: [String] = []
    var excludes: [String] = []

    func takes(_ name: String) -> Bool {
        if excludes.contains(where: { NameFilter.matches($0, name) }) { return false }
        if !includes.isEmpty { return includes.contains { NameFilter.matches($0, name) } }
        let plain = InputDecoding.droppingGzipExtension(name)
        guard let dot = plain.lastIndex(of: "."), dot != plain.startIndex else { return false }
        return NameFilter.edgarExtensions.contains(plain[plain.index(after: dot)...].lowercased())
    }

    /// How the summary explains what was left out.
    var reason: String {
        includes.isEmpty && excludes.isEmpty
            ? "not .txt .nc .htm .html .xml; use --include GLOB to take them"
            : "by --include/--exclude"
    }

    private static func matches(_ pattern: String, _ name: String) -> Bool { fnmatch(pattern, name, 0) == 0 }
}
