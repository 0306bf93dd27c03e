#if canImport(Glibc)
import Glibc
#endif

/// Reads one input whole: a file, a FIFO such as `<(zcat x.gz)`, or standard input.
struct InputFile {
    let bytes: [UInt8]
    let identity: FileIdentity?

    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    init(path: String) throws(ReadError) {
        if path == "-" {
            var st = stat()
            identity = fstat(0, &st) == 0 && PathName.isRegular(st) ? FileIdentity(st) : nil
            bytes = try InputFile.readAll(fd: 0, sizeHint: 0)
            return
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(description: StandardStreams.describe(errno: errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ReadError(description: StandardStreams.describe(errno: errno)) }
        if PathName.isDirectory(st) { throw ReadError(description: "is a directory") }
        identity = FileIdentity(st)
        bytes = try InputFile.readAll(fd: fd, sizeHint: PathName.isRegular(st) ? Int(st.st_size) : 0)
    }

    /// One growing malloc'd buffer and a single copy into the array at the end: element-wise
    /// array growth is fast in release builds but crawls in debug ones, which the tests run.
    private static func readAll(fd: Int32, sizeHint: Int) throws(ReadError) -> [UInt8] {
        // One byte more than the size, so a regular file is read whole before `read` says 0.
        var capacity = max(sizeHint + 1, 1 << 16)
        guard var base = malloc(capacity) else { throw ReadError(description: StandardStreams.describe(errno: ENOMEM)) }
        defer { free(base) }
        var count = 0
        while true {
            if count == capacity {
                capacity *= 2
                guard let grown = realloc(base, capacity) else { throw ReadError(description: StandardStreams.describe(errno: ENOMEM)) }
                base = grown
            }
            let n = Glibc.read(fd, base + count, capacity - count)
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(description: StandardStreams.describe(errno: errno))
            }
            if n == 0 { break }
            count += n
        }
        return Array(UnsafeRawBufferPointer(start: base, count: count))
    }
}
