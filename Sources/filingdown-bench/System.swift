#if canImport(Glibc)
import Glibc
#endif

/// Small POSIX helpers: clock, files, processes, /proc. No Foundation, so the benchmark
/// loads what the CLI loads and nothing else.
enum System {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// CPU time of the calling thread: robust when other processes share the cores.
    static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var done = 0
        while done < out.count {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        if done < out.count { out.removeLast(out.count - done) }
        return out
    }

    @discardableResult
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    static func isExecutable(_ path: String) -> Bool {
        access(path, X_OK) == 0 && isRegularFile(path)
    }

    /// Names in a directory (no `.`/`..`), sorted bytewise.
    static func listDirectory(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    static func makeTempDirectory() -> String {
        var template = Array("/tmp/filingdown-bench.XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { buf in
            guard let p = mkdtemp(buf.baseAddress!) else { fatalError("mkdtemp failed") }
            return String(cString: p)
        }
    }

    static func executablePath() -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        guard n > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func dirname(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func basename(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `VmHWM` (peak resident set) of this process, in KiB.
    static func peakRSSKiB() -> Int {
        procStatusField("VmHWM:") ?? 0
    }

    static func procStatusField(_ field: String) -> Int? {
        guard let bytes = readProcFile("/proc/self/status") else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix(field) {
            let digits = line.dropFirst(field.count).filter { $0 >= "0" && $0 <= "9" }
            return Int(digits)
        }
        return nil
    }

    /// /proc files report size 0; read until EOF.
    static func readProcFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    static func loadAverage() -> String {
        guard let bytes = readProcFile("/proc/loadavg") else { return "?" }
        return String(decoding: bytes, as: UTF8.self).split(separator: " ").prefix(3).joined(separator: " ")
    }

    struct ChildResult {
        var status: Int32
        var seconds: Double
        /// `ru_maxrss` of the child from wait4, KiB.
        var maxRSSKiB: Int
        /// User + system CPU time of the child.
        var cpuSeconds: Double = 0
    }

    /// Runs `argv` (argv[0] a path) with stdout and stderr sent to files (default /dev/null),
    /// waits, and returns exit status, wall time and the child's peak RSS.
    static func run(_ argv: [String], stdout: String = "/dev/null", stderr: String = "/dev/null") -> ChildResult {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        let start = now()
        let rc = cargs.withUnsafeMutableBufferPointer { args in
            posix_spawn(&pid, argv[0], &actions, nil, args.baseAddress!, currentEnvironment())
        }
        guard rc == 0 else {
            return ChildResult(status: -rc, seconds: 0, maxRSSKiB: 0)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = now() - start
        // WIFEXITED / WEXITSTATUS are macros; decode by hand.
        let exited = (status & 0x7f) == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return ChildResult(status: code, seconds: seconds, maxRSSKiB: Int(usage.ru_maxrss), cpuSeconds: cpu)
    }

    /// Starts several children at once and waits for all; returns the wall time.
    static func runParallel(_ commands: [[String]]) -> (seconds: Double, statuses: [Int32]) {
        var pids: [pid_t] = []
        var allArgs: [[UnsafeMutablePointer<CChar>?]] = []
        let start = now()
        for argv in commands {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
            var pid: pid_t = 0
            let rc = cargs.withUnsafeMutableBufferPointer { args in
                posix_spawn(&pid, argv[0], &actions, nil, args.baseAddress!, currentEnvironment())
            }
            posix_spawn_file_actions_destroy(&actions)
            allArgs.append(cargs)
            if rc == 0 { pids.append(pid) }
        }
        var statuses: [Int32] = []
        for pid in pids {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            statuses.append((status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f))
        }
        let seconds = now() - start
        for args in allArgs { for p in args { free(p) } }
        return (seconds, statuses)
    }

    private static func currentEnvironment() -> UnsafePointer<UnsafeMutablePointer<CChar>?>? {
        UnsafePointer(environ)
    }
}
