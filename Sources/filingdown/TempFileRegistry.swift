import Filingdown
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files being written right now, so that an interrupt can remove them.
///
/// Creating, committing (the rename) and discarding happen under one lock, and the
/// interrupt handler takes that lock and never gives it back: after it has removed the
/// temporary files no worker can create another or finish a rename, so an interrupted run
/// leaves each output either complete or absent.
final class TempFileRegistry: @unchecked Sendable {
    static let shared = TempFileRegistry()

    private let monitor = Monitor()
    private var paths: Set<String> = []
    /// Directories already cleared of stale temporary files in this run.
    private var swept: Set<String> = []
    /// Permission bits for new outputs: 0666 less the umask, read once before any thread
    /// starts (umask can only be read by changing it).
    private let creationMode: mode_t

    private init() {
        let mask = umask(0o022)
        umask(mask)
        creationMode = 0o666 & ~mask
    }

    /// Creates `.NAME.filingdown-PID-XXXXXX` next to `path` (same directory, so the rename
    /// stays on one file system and is atomic). Returns the descriptor and the temporary path.
    func create(for path: String) -> Result<(Int32, String), SystemError> {
        monitor.withLock {
            let directory = PathName.dirname(path)
            if swept.insert(directory).inserted { StaleTemporaryFiles.remove(inDirectory: directory) }
            let name = StaleTemporaryFiles.prefix(for: PathName.basename(path)) + "XXXXXX"
            var template = Array(PathName.join(directory, name).utf8CString)
            let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { return .failure(SystemError(errno)) }
            fchmod(fd, creationMode)
            let temp = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            paths.insert(temp)
            return .success((fd, temp))
        }
    }

    /// Moves the finished temporary file to `path`. Without `replacing`, an existing `path`
    /// is left alone and the commit fails with EEXIST, even if it appeared a moment ago.
    func commit(_ temp: String, to path: String, replacing: Bool) -> SystemError? {
        monitor.withLock {
            defer { paths.remove(temp) }
            if replacing {
                if rename(temp, path) == 0 { return nil }
                let failure = SystemError(errno)
                unlink(temp)
                return failure
            }
            // link(2) refuses to replace; rename(2) would not.
            if link(temp, path) == 0 {
                unlink(temp)
                return nil
            }
            var code = errno
            if code == EPERM || code == ENOTSUP {
                // A file system without hard links: check, then rename.
                if PathName.status(path, followingLinks: false) != nil {
                    code = EEXIST
                } else if rename(temp, path) == 0 {
                    return nil
                } else {
                    code = errno
                }
            }
            unlink(temp)
            return SystemError(code)
        }
    }

    func discard(_ temp: String) {
        monitor.withLock {
            unlink(temp)
            paths.remove(temp)
        }
    }

    /// Removes every temporary file and keeps the lock: called once, by the interrupt
    /// handler, just before the process ends. Returns how many were removed.
    func removeAllAndFreeze() -> Int {
        monitor.lock()
        for temp in paths { unlink(temp) }
        return paths.count
    }
}
