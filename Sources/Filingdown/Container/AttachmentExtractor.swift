#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes the binary parts of a submission (uuencoded GRAPHIC, PDF, ZIP, XLSX, raw bytes)
/// into a directory.
///
/// A `<FILENAME>` comes from whoever made the filing, so it is treated as hostile: only its
/// last path component is kept, control characters and anything outside a conservative set
/// become `_`, leading dots are dropped (no `..`, no hidden files), and the length is
/// capped. Everything happens relative to opened directories (`mkdirat`, `openat` with
/// `O_NOFOLLOW`, `renameat`), so no name can reach outside the directory or follow a
/// planted symlink.
///
/// Each attachment is decoded, in pieces of bounded size, into a hidden temporary file
/// that is renamed into place when complete. An existing file with the same content is
/// kept as it is, so extracting twice writes nothing new; a different one is kept and the
/// new attachment numbered (`logo-2.jpg`), unless `replacing`, when it is replaced. When an
/// extraction fails, the files it created are removed.
public enum AttachmentExtractor {
    /// Why nothing (or not everything) was written: the directory, a file, or the name a filer gave.
    public struct ExtractionError: Error, CustomStringConvertible, Sendable {
        /// `DIR/NAME: not a directory (a symbolic link is never followed)`: ready for `filingdown: PATH: …`.
        public var description: String
    }

    /// Names longer than this (in bytes) are shortened, keeping the extension.
    static let maxNameLength = 120

    /// Writes every binary part of `bytes` into `directory` (created if missing, one level),
    /// or into `subdirectory` below it, a relative path whose missing levels are created and
    /// none of which may be a symbolic link. Returns the paths written, in document order.
    public static func extract(_ bytes: [UInt8], to directory: String, subdirectory: String = "",
                               replacing: Bool = false) throws -> [String] {
        try extract(Submission(bytes), to: directory, subdirectory: subdirectory, replacing: replacing)
    }

    /// `extract(_:to:subdirectory:replacing:)` for a submission already read.
    public static func extract(_ submission: Submission, to directory: String, subdirectory: String = "",
                               replacing: Bool = false) throws -> [String] {
        guard !directory.isEmpty, !directory.utf8.contains(0), !subdirectory.utf8.contains(0) else {
            throw ExtractionError(description: "invalid directory name")
        }
        if mkdir(directory, 0o755) != 0 && errno != EEXIST {
            throw ExtractionError(description: "\(directory): cannot create directory: \(errorText())")
        }
        var dirfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dirfd >= 0 else { throw ExtractionError(description: "\(directory): \(errorText())") }
        defer { close(dirfd) }
        var prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for level in subdirectory.split(separator: "/") where level != "." {
            guard level != ".." else { throw ExtractionError(description: "\(subdirectory): invalid directory name") }
            let name = String(level)
            if mkdirat(dirfd, name, 0o755) != 0 && errno != EEXIST {
                throw ExtractionError(description: "\(prefix + name): cannot create directory: \(errorText())")
            }
            let next = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else {
                let reason = errno == ELOOP || errno == ENOTDIR ? "not a directory (a symbolic link is never followed)" : errorText()
                throw ExtractionError(description: "\(prefix + name): \(reason)")
            }
            close(dirfd)
            dirfd = next
            prefix += name + "/"
        }

        StaleTemporaryFiles.remove(in: dirfd)
        var written: [String] = []
        var created: [String] = []
        var used = Set<String>()
        do {
            try submission.bytes.withUnsafeBytes { buf in
                for slice in submission.documents where slice.kind == .binary {
                    let content = UnsafeRawBufferPointer(rebasing: buf[slice.content])
                    let proposed = slice.filename.flatMap(ASCIIText.meaningful) ?? UUDecoder.encodedName(content)
                    let base = safeName(proposed, fallback: "document-\(slice.sequence ?? "1")")
                    let temp = try TemporaryFile(in: dirfd, for: base)
                    do {
                        try AttachmentReader.decode(content) { try temp.append($0) }
                        let (name, isNew) = try temp.place(base, used: &used, replacing: replacing)
                        if isNew { created.append(name) }
                        written.append(prefix + name)
                    } catch {
                        temp.discard()
                        throw error
                    }
                }
            }
        } catch {
            for name in created { unlinkat(dirfd, name, 0) }
            throw error
        }
        return written
    }

    /// A file name that is one plain path component: `../../etc/passwd` → `passwd`,
    /// `C:\evil\x.exe` → `x.exe`, control characters → `_`, empty → `fallback`.
    static func safeName(_ proposed: String?, fallback: String) -> String {
        var name = proposed ?? ""
        // Only the last component, whichever separator the filer used.
        if let cut = name.lastIndex(where: { $0 == "/" || $0 == "\\" }) { name = String(name[name.index(after: cut)...]) }
        var bytes: [UInt8] = []
        for b in name.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
                bytes.append(b)
            default:
                // Control characters, NUL, separators, spaces, shell and non-ASCII bytes.
                if bytes.last != UInt8(ascii: "_") { bytes.append(UInt8(ascii: "_")) }
            }
        }
        while let f = bytes.first, f == UInt8(ascii: ".") || f == UInt8(ascii: "_") || f == UInt8(ascii: "-") { bytes.removeFirst() }
        while let l = bytes.last, l == UInt8(ascii: ".") || l == UInt8(ascii: "_") { bytes.removeLast() }
        if bytes.isEmpty { return fallback.isEmpty ? "attachment" : safeName(fallback, fallback: "attachment") }
        if bytes.count > maxNameLength {
            let (stem, ext) = split(bytes)
            let keepExt = ext.count < 16 ? ext : []
            bytes = Array(stem.prefix(maxNameLength - keepExt.count)) + keepExt
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `name.ext` → (`name`, `.ext`).
    private static func split(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return (bytes, []) }
        return (Array(bytes[..<dot]), Array(bytes[dot...]))
    }

    /// A hidden file being written in the target directory: `.NAME.filingdown-PID-XXXXXX`.
    /// Its name is on `unfinished` until it is renamed or removed, so an interrupt can
    /// remove it (`removeUnfinishedFiles`).
    private final class TemporaryFile {
        let dirfd: Int32
        let name: String
        private var fd: Int32

        init(in dirfd: Int32, for base: String) throws {
            self.dirfd = dirfd
            let prefix = StaleTemporaryFiles.prefix(for: base)
            var attempt = 0
            while true {
                let candidate = prefix + String(UInt32.random(in: 0...UInt32.max), radix: 36)
                guard let fd = unfinished.register(dirfd: dirfd, name: candidate, open: {
                    openat(dirfd, candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
                }) else {
                    attempt += 1
                    if errno == EEXIST, attempt < 100 { continue }
                    throw ExtractionError(description: "\(base): \(errorText())")
                }
                self.fd = fd
                name = candidate
                return
            }
        }

        func append(_ bytes: UnsafeRawBufferPointer) throws {
            var offset = 0
            while offset < bytes.count {
                let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ExtractionError(description: "\(name.dropFirst()): \(errorText())")
                }
                offset += n
            }
        }

        /// Moves the finished file to `base` or the first free numbered name: a name already
        /// holding the same bytes is taken as it is. Returns the name and whether it is new.
        func place(_ base: String, used: inout Set<String>, replacing: Bool) throws -> (String, Bool) {
            if close(fd) != 0 { throw ExtractionError(description: "\(base): \(errorText())") }
            fd = -1
            let (stem, ext) = split(Array(base.utf8))
            for attempt in 1..<10_000 {
                let candidate = attempt == 1 ? base
                    : String(decoding: stem, as: UTF8.self) + "-\(attempt)" + String(decoding: ext, as: UTF8.self)
                guard used.insert(candidate).inserted else { continue }
                var st = stat()
                if fstatat(dirfd, candidate, &st, AT_SYMLINK_NOFOLLOW) == 0 {
                    if sameContent(candidate, st) {
                        discard()
                        return (candidate, false)
                    }
                    if replacing, st.st_mode & S_IFMT != S_IFDIR {
                        if let code = unfinished.move(dirfd: dirfd, name, { renameat(dirfd, name, dirfd, candidate) == 0 }) {
                            throw ExtractionError(description: "\(candidate): \(String(cString: strerror(code)))")
                        }
                        return (candidate, false)
                    }
                    used.remove(candidate)
                    continue
                }
                // link(2) refuses to replace a name that appeared a moment ago; rename(2) would not.
                let failure = unfinished.move(dirfd: dirfd, name) {
                    if linkat(dirfd, name, dirfd, candidate, 0) == 0 { unlinkat(dirfd, name, 0); return true }
                    guard errno == EPERM || errno == ENOTSUP else { return false }
                    // A file system without hard links: check, then rename.
                    var st = stat()
                    if fstatat(dirfd, candidate, &st, AT_SYMLINK_NOFOLLOW) == 0 { errno = EEXIST; return false }
                    return renameat(dirfd, name, dirfd, candidate) == 0
                }
                guard let failure else { return (candidate, true) }
                guard failure == EEXIST else {
                    discard()
                    throw ExtractionError(description: "\(candidate): \(String(cString: strerror(failure)))")
                }
                used.remove(candidate)
            }
            discard()
            throw ExtractionError(description: "\(base): too many files with this name")
        }

        func discard() {
            if fd >= 0 { close(fd); fd = -1 }
            unfinished.remove(dirfd: dirfd, name: name)
        }

        /// A regular file whose bytes are this file's.
        private func sameContent(_ other: String, _ st: stat) -> Bool {
            var own = stat()
            guard st.st_mode & S_IFMT == S_IFREG, fstatat(dirfd, name, &own, AT_SYMLINK_NOFOLLOW) == 0,
                  own.st_size == st.st_size else { return false }
            let a = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            let b = openat(dirfd, other, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            defer { if a >= 0 { close(a) }; if b >= 0 { close(b) } }
            guard a >= 0, b >= 0 else { return false }
            let size = 1 << 16
            let x = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
            let y = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
            defer { x.deallocate(); y.deallocate() }
            while true {
                let n = readFully(a, x, size)
                guard n >= 0, readFully(b, y, size) == n else { return false }
                if n == 0 { return true }
                if memcmp(x, y, n) != 0 { return false }
            }
        }

        private func readFully(_ fd: Int32, _ into: UnsafeMutableRawPointer, _ size: Int) -> Int {
            var count = 0
            while count < size {
                let n = read(fd, into + count, size - count)
                if n < 0, errno == EINTR { continue }
                if n < 0 { return -1 }
                if n == 0 { break }
                count += n
            }
            return count
        }
    }

    /// Removes every temporary attachment file being written and makes any later creation
    /// or rename wait forever: for an interrupt handler, just before the process ends.
    /// Returns how many were removed.
    public static func removeUnfinishedFiles() -> Int { unfinished.removeAllAndFreeze() }

    /// The temporary files being written, under one lock with their creation and renames.
    private final class Unfinished: @unchecked Sendable {
        private var lock = pthread_mutex_t()
        private var files: [(dirfd: Int32, name: String)] = []

        init() { pthread_mutex_init(&lock, nil) }

        private func locked<T>(_ body: () -> T) -> T {
            pthread_mutex_lock(&lock)
            defer { pthread_mutex_unlock(&lock) }
            return body()
        }

        /// Runs `open` and records the name when it succeeds; nil (errno set) when it fails.
        func register(dirfd: Int32, name: String, open: () -> Int32) -> Int32? {
            locked {
                let fd = open()
                guard fd >= 0 else { return nil }
                files.append((dirfd, name))
                return fd
            }
        }

        /// Runs `body`, which moves `name` away; returns the errno it failed with, else
        /// forgets the name.
        func move(dirfd: Int32, _ name: String, _ body: () -> Bool) -> Int32? {
            locked {
                guard body() else { return errno }
                forget(dirfd, name)
                return nil
            }
        }

        func remove(dirfd: Int32, name: String) {
            locked {
                unlinkat(dirfd, name, 0)
                forget(dirfd, name)
            }
        }

        private func forget(_ dirfd: Int32, _ name: String) {
            if let k = files.firstIndex(where: { $0.dirfd == dirfd && $0.name == name }) { files.remove(at: k) }
        }

        func removeAllAndFreeze() -> Int {
            pthread_mutex_lock(&lock)
            for file in files { unlinkat(file.dirfd, file.name, 0) }
            return files.count
        }
    }

    private static let unfinished = Unfinished()

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
