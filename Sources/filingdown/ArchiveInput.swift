import CArchive
#if canImport(Glibc)
import Glibc
#endif

/// An archive input (`.tar`, `.tar.gz`, `.tgz`, `.zip`) read member by member with
/// libarchive: nothing is extracted to disk, and only the member being read is in memory.
///
/// Every regular file is a member to convert, named by its path inside the archive made
/// safe: `.` components and leading `/` dropped, and a path with a `..` component refused,
/// so no output can land outside `--output-dir`. Directories are passed over; symbolic and
/// hard links, devices, FIFOs and sockets are skipped with a message. Expansion is bounded:
/// a member by `limit`, the whole archive by `totalLimit`.
final class ArchiveInput {
    enum Entry {
        /// A member to convert: its safe relative path and its bytes.
        case member(path: String, bytes: [UInt8])
        /// Not converted. With a code, the member was a file that could not be taken (an unsafe
        /// name, too large, unreadable); without, it is not a file at all.
        case skipped(name: String, reason: String, failed: StreamProtocol.Failure.Code?)
        /// The archive cannot be read further: damaged, cut off, or past `totalLimit`.
        case broken(String, StreamProtocol.Failure.Code)
        case end
    }

    /// The names an archive argument is recognised by, in any case.
    static func isArchive(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".tar", ".tar.gz", ".tgz", ".zip"].contains { lower.hasSuffix($0) && lower.count > $0.count }
    }

    /// `x.tar.gz` → `x`: the name without its archive extension.
    static func stem(_ name: String) -> String {
        let lower = name.lowercased()
        for suffix in [".tar.gz", ".tgz", ".tar", ".zip"] where lower.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    struct OpenError: Error, CustomStringConvertible { let description: String }

    private let archive: OpaquePointer
    private let fd: Int32
    private let limit: Int
    private let totalLimit: Int
    private var total = 0
    private var done = false
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    init(path: String, raw: [UInt8]? = nil, limit: Int) throws(OpenError) {
        let fd = raw.map { ($0 + [0]).withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_RDONLY | O_CLOEXEC) } }
            ?? open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw OpenError(description: StandardStreams.describe(errno: errno)) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            close(fd)
            throw OpenError(description: StandardStreams.describe(errno: code))
        }
        if PathName.isDirectory(st) {
            close(fd)
            throw OpenError(description: "is a directory")
        }
        guard let archive = archive_read_new() else {
            close(fd)
            throw OpenError(description: StandardStreams.describe(errno: ENOMEM))
        }
        archive_read_support_filter_gzip(archive)
        archive_read_support_format_tar(archive)
        archive_read_support_format_gnutar(archive)
        archive_read_support_format_zip(archive)
        guard archive_read_open_fd(archive, fd, 1 << 16) == ARCHIVE_OK else {
            let reason = ArchiveInput.message(archive)
            archive_read_free(archive)
            close(fd)
            throw OpenError(description: "not a tar or zip archive (\(reason))")
        }
        self.archive = archive
        self.fd = fd
        self.limit = limit
        // Text filings compress 5 to 20 times; a bomb, a thousand.
        totalLimit = InputDecoding.expansionLimit(compressed: PathName.isRegular(st) ? Int(st.st_size) : 0)
    }

    deinit {
        archive_read_free(archive)
        close(fd)
    }

    func next() -> Entry {
        guard !done else { return .end }
        var entry: OpaquePointer? = nil
        var rawName = ""
        // Directories are passed over: a loop, not recursion, for an archive of a million.
        while true {
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { done = true; return .end }
            guard status >= ARCHIVE_WARN, let entry else {
                done = true
                return .broken("damaged or cut off (\(ArchiveInput.message(archive)))", .damaged)
            }
            rawName = archive_entry_pathname_utf8(entry).map { String(cString: $0) }
                ?? archive_entry_pathname(entry).map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) }
                ?? ""
            if archive_entry_hardlink(entry) != nil {
                return .skipped(name: rawName, reason: "a hard link; skipped", failed: nil)
            }
            switch archive_entry_filetype(entry) {
            case mode_t(Glibc.S_IFDIR): continue
            case mode_t(Glibc.S_IFREG): break
            case mode_t(Glibc.S_IFLNK): return .skipped(name: rawName, reason: "a symbolic link; skipped", failed: nil)
            case mode_t(Glibc.S_IFCHR), mode_t(Glibc.S_IFBLK): return .skipped(name: rawName, reason: "a device; skipped", failed: nil)
            case mode_t(Glibc.S_IFIFO): return .skipped(name: rawName, reason: "a FIFO; skipped", failed: nil)
            default: return .skipped(name: rawName, reason: "not a file; skipped", failed: nil)
            }
            break
        }
        guard let entry else { return .end }
        guard let path = ArchiveInput.safePath(rawName) else {
            let reason = rawName.split(separator: "/").contains("..")
                ? "a path that leaves the archive (..); not converted" : "a file without a name; not converted"
            return .skipped(name: rawName, reason: reason, failed: .unreadable)
        }
        if archive_entry_size_is_set(entry) != 0, archive_entry_size(entry) > Int64(limit) {
            return .skipped(name: rawName, reason: "\(archive_entry_size(entry)) bytes, more than --max-record-bytes \(limit); not read", failed: .tooLarge)
        }
        var bytes: [UInt8] = []
        if archive_entry_size_is_set(entry) != 0 { bytes.reserveCapacity(Int(archive_entry_size(entry))) }
        while true {
            let n = chunk.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                let reason = ArchiveInput.message(archive)
                if n == Int(ARCHIVE_FATAL) {
                    done = true
                    return .broken("damaged or cut off in \(rawName) (\(reason))", .damaged)
                }
                return .skipped(name: rawName, reason: "cannot be read (\(reason))", failed: .damaged)
            }
            total += n
            if total > totalLimit {
                done = true
                return .broken("expands to more than \(totalLimit / 1_000_000) MB, too much for its size; the rest is not read", .tooLarge)
            }
            if bytes.count + n > limit {
                return .skipped(name: rawName, reason: "expands to more than --max-record-bytes \(limit); not read", failed: .tooLarge)
            }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return .member(path: path, bytes: bytes)
    }

    /// The member's path with `.` components and leading slashes gone; nil when a `..`
    /// component could take it outside the directory it is written into, or nothing is left.
    static func safePath(_ name: String) -> String? {
        let parts = name.split(separator: "/").filter { $0 != "." }
        guard !parts.isEmpty, !parts.contains("..") else { return nil }
        return parts.joined(separator: "/")
    }

    private static func message(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "error \(archive_errno(archive))"
    }
}
