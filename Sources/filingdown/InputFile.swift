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

    /// Bytes read already (an archive member): no file of their own.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        identity = nil
    }

    /// `raw`: the path's bytes, when they are not UTF-8 and `path` only shows them.
    init(path: String, raw: [UInt8]? = nil) throws(ReadError) {
        if path == "-" {
            var st = stat()
            identity = fstat(0, &st) == 0 && PathName.isRegular(st) ? FileIdentity(st) : nil
            bytes = try InputFile.readAll(fd: 0, sizeHint: identity == nil ? 0 : Int(st.st_size))
            return
        }
        let fd = raw.map { ($0 + [0]).withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_RDONLY | O_CLOEXEC) } }
            ?? open(path, O_RDONLY | O_CLOEXEC)
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
        if sizeHint > 0 {
            // A regular file is read straight into the array: one copy of the input, never
            // two. Swift traps when it cannot allocate; malloc says so first.
            guard let probe = malloc(sizeHint + 1) else { throw ReadError(description: StandardStreams.describe(errno: ENOMEM)) }
            free(probe)
            var failure: Int32 = 0
            var filled = false
            let bytes = [UInt8](unsafeUninitializedCapacity: sizeHint + 1) { buffer, count in
                while count < buffer.count {
                    let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                    if n < 0, errno == EINTR { continue }
                    if n < 0 { failure = errno; return }
                    if n == 0 { return }
                    count += n
                }
                filled = true
            }
            if failure != 0 { throw ReadError(description: StandardStreams.describe(errno: failure)) }
            // The file grew while being read: the rest the slow way.
            return filled ? bytes + (try readAll(fd: fd, sizeHint: 0)) : bytes
        }
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
