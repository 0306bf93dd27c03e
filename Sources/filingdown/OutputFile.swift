#if canImport(Glibc)
import Glibc
#endif

/// One output file, written so that nobody ever sees half of it: bytes go to a temporary
/// file in the same directory, which is renamed over the final name only when complete.
///
/// Rules, whatever the caller: an existing output is kept unless `replacing`; an output
/// that is one of the inputs is refused even with `--force`; an existing device or FIFO
/// (`-o /dev/null`) is written in place, since renaming over it would replace the device.
/// No fsync: atomic against interruption, not against power loss, which would cost a
/// disk flush per file in batches of a hundred thousand.
final class OutputFile {
    let path: String
    private var fd: Int32
    private var temp: String?
    private var failure: SystemError?

    enum OpenError: Error, CustomStringConvertible {
        case exists
        case isInput
        case isDirectory
        case system(SystemError)

        var description: String {
            switch self {
            case .exists: return "file exists (use --force to overwrite)"
            case .isInput: return "it is one of the inputs, which are never overwritten"
            case .isDirectory: return "it is a directory"
            case .system(let e): return e.description
            }
        }
    }

    /// Checks `path` against the rules above without creating anything: lets a batch skip
    /// converting a file whose output would be refused anyway.
    static func check(_ path: String, replacing: Bool, inputs: Set<FileIdentity>) -> OpenError? {
        guard let st = PathName.status(path) else { return nil }
        if inputs.contains(FileIdentity(st)) { return .isInput }
        if PathName.isDirectory(st) { return .isDirectory }
        if PathName.isRegular(st), !replacing { return .exists }
        return nil
    }

    init(path: String, replacing: Bool, inputs: Set<FileIdentity>) throws(OpenError) {
        self.path = path
        if let problem = OutputFile.check(path, replacing: replacing, inputs: inputs) { throw problem }
        if let st = PathName.status(path), !PathName.isRegular(st) {
            fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw .system(SystemError(errno)) }
            temp = nil
            return
        }
        if let code = PathName.makeDirectories(PathName.dirname(path)) { throw .system(SystemError(code)) }
        switch TempFileRegistry.shared.create(for: path) {
        case .success(let (descriptor, tempPath)):
            fd = descriptor
            temp = tempPath
        case .failure(let e):
            throw .system(e)
        }
    }

    /// Appends; the first failure is kept and reported by `commit`.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        if let code = StandardStreams.write(bytes, to: fd) { failure = SystemError(code) }
    }

    func write(_ bytes: [UInt8]) { bytes.withUnsafeBytes { write($0) } }

    /// Closes and renames into place. On any failure nothing is left behind.
    func commit(replacing: Bool) throws(OpenError) {
        if close(fd) != 0, failure == nil { failure = SystemError(errno) }
        fd = -1
        guard let temp else {
            if let failure { throw .system(failure) }
            return
        }
        self.temp = nil
        if let failure {
            TempFileRegistry.shared.discard(temp)
            throw .system(failure)
        }
        if let e = TempFileRegistry.shared.commit(temp, to: path, replacing: replacing) {
            throw e.code == EEXIST ? .exists : .system(e)
        }
    }

    /// Abandons the output: the temporary file goes, an existing output stays as it was.
    func discard() {
        if fd >= 0 { close(fd); fd = -1 }
        if let temp { TempFileRegistry.shared.discard(temp); self.temp = nil }
    }

    deinit { discard() }
}
