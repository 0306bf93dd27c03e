#if canImport(Glibc)
import Glibc
#endif

/// Temporary files, of outputs and of attachments, are named `.NAME.filingdown-PID-XXXXXX`.
/// One whose process is gone was left by a `kill -9` (nothing else skips the cleanup) and
/// is removed when its directory is next written to; a live process's is never touched.
public enum StaleTemporaryFiles {
    static let marker = ".filingdown-"

    /// `.NAME.filingdown-PID-`, to which the caller adds a unique part of at most 8 bytes;
    /// a long NAME is shortened, at a character boundary, so that the whole fits NAME_MAX.
    public static func prefix(for name: String) -> String {
        var name = name
        while name.utf8.count > Int(NAME_MAX) - 32 { name.removeLast() }
        return "." + name + marker + "\(getpid())-"
    }

    /// Removes the stale temporary files directly inside the directory `dirfd`.
    public static func remove(in dirfd: Int32) {
        let copy = dup(dirfd)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return
        }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard let pid = owner(name), kill(pid, 0) != 0, errno == ESRCH else { continue }
            var st = stat()
            guard fstatat(dirfd, name.map { CChar(bitPattern: $0) } + [0], &st, AT_SYMLINK_NOFOLLOW) == 0,
                  st.st_mode & S_IFMT == S_IFREG else { continue }
            unlinkat(dirfd, name.map { CChar(bitPattern: $0) } + [0], 0)
        }
    }

    /// Removes the stale temporary files directly inside the directory at `path`; nothing
    /// when it cannot be opened.
    public static func remove(inDirectory path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        remove(in: fd)
        close(fd)
    }

    /// The process id in `.NAME.filingdown-PID-XXXXXX`, if the name has that shape.
    private static func owner(_ name: [UInt8]) -> pid_t? {
        let tag = Array(marker.utf8)
        guard name.first == UInt8(ascii: "."), name.count > tag.count + 2 else { return nil }
        var at: Int? = nil
        var i = name.count - tag.count
        while i > 0 {
            if Array(name[i..<(i + tag.count)]) == tag { at = i; break }
            i -= 1
        }
        guard let start = at.map({ $0 + tag.count }) else { return nil }
        var pid = 0
        var k = start
        while k < name.count, name[k] >= 0x30, name[k] <= 0x39, pid < Int(Int32.max) / 10 {
            pid = pid * 10 + Int(name[k] - 0x30)
            k += 1
        }
        guard k > start, k < name.count, name[k] == UInt8(ascii: "-"), pid > 0 else { return nil }
        return pid_t(pid)
    }
}
