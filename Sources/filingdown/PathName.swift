#if canImport(Glibc)
import Glibc
#endif

/// Path arithmetic on plain strings, the way the shell sees paths (no Foundation URL, whose
/// normalisation would turn `a//b` or `./x` into something the user did not type).
enum PathName {
    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty || name.hasPrefix("/") { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The last component, ignoring trailing slashes: `a/b.htm/` → `b.htm`.
    static func basename(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/"), trimmed != "/" { return String(trimmed[trimmed.index(after: slash)...]) }
        return String(trimmed)
    }

    /// The directory part: `a/b.htm` → `a`, `b.htm` → `.`, `/b` → `/`.
    static func dirname(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// `10-k.htm` → `10-k`; `README` and `.profile` keep their names (no extension to drop).
    static func droppingExtension(_ name: String) -> String {
        let base = basename(name)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return name }
        let cut = base.distance(from: dot, to: base.endIndex)
        return String(name.dropLast(cut))
    }

    /// File type and identity, following symlinks (`stat`) or not (`lstat`).
    static func status(_ path: String, followingLinks: Bool = true) -> stat? {
        var st = stat()
        let rc = followingLinks ? stat(path, &st) : lstat(path, &st)
        return rc == 0 ? st : nil
    }

    /// Modified later, to the nanosecond.
    static func isNewer(_ a: stat, than b: stat) -> Bool {
        (a.st_mtim.tv_sec, a.st_mtim.tv_nsec) > (b.st_mtim.tv_sec, b.st_mtim.tv_nsec)
    }

    static func isDirectory(_ st: stat) -> Bool { st.st_mode & S_IFMT == S_IFDIR }
    static func isRegular(_ st: stat) -> Bool { st.st_mode & S_IFMT == S_IFREG }
    static func isSymlink(_ st: stat) -> Bool { st.st_mode & S_IFMT == S_IFLNK }

    /// What a non-regular file is, for an error message: `is a FIFO`.
    static func kindPhrase(_ st: stat) -> String {
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return "is a directory"
        case S_IFIFO: return "is a FIFO"
        case S_IFSOCK: return "is a socket"
        case S_IFCHR: return "is a character device"
        case S_IFBLK: return "is a block device"
        case S_IFLNK: return "is a symbolic link"
        default: return "is not a regular file"
        }
    }

    /// Creates `path` and its missing parents with the default mode (what `mkdir -p` does).
    /// Returns the errno that stopped it, if any.
    static func makeDirectories(_ path: String) -> Int32? {
        if let st = status(path) { return isDirectory(st) ? nil : ENOTDIR }
        let parent = dirname(path)
        if parent != path, parent != ".", parent != "/" {
            if let failure = makeDirectories(parent) { return failure }
        }
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return nil }
        return errno
    }
}
