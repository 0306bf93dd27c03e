#if canImport(Glibc)
import Glibc
#endif

/// Device and inode: two paths name the same file exactly when these match. Stronger than
/// comparing `realpath`s, which misses hard links; this is how an input is kept from being
/// overwritten by its own output.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    init?(path: String) {
        guard let st = PathName.status(path) else { return nil }
        self.init(st)
    }
}
