#if canImport(Glibc)
import Glibc
#endif

/// Raw writes to file descriptors: no stdio buffering to interleave wrongly with the
/// progress line, and a failed write (a full disk, a closed pipe) is seen and reported.
enum StandardStreams {
    static let output: Int32 = 1
    static let error: Int32 = 2

    /// Writes everything or returns the errno that stopped it.
    @discardableResult
    static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32? {
        guard var pointer = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            let n = Glibc.write(fd, pointer, remaining)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            pointer += n
            remaining -= n
        }
        return nil
    }

    @discardableResult
    static func write(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { write($0, to: fd) }
    }

    @discardableResult
    static func write(_ text: String, to fd: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: fd) }
    }

    /// Opens /dev/null on any of descriptors 0–2 that the caller closed (`2>&-`), so that
    /// no file opened later takes its number and receives messages or is read as input.
    static func openClosedStandardDescriptors() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) < 0 && errno == EBADF {
            let opened = open("/dev/null", O_RDWR)
            if opened >= 0, opened != fd { close(opened) }
        }
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// `strerror` text for an errno, as the C library spells it (`No such file or directory`).
    static func describe(errno code: Int32) -> String { String(cString: strerror(code)) }
}
