#if canImport(Glibc)
import Glibc
#endif

/// An errno, described the way the C library does (`Permission denied`).
struct SystemError: Error, CustomStringConvertible {
    let code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { StandardStreams.describe(errno: code) }
}
