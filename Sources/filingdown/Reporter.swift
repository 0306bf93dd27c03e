#if canImport(Glibc)
import Glibc
#endif

/// Everything filingdown says on standard error: errors, warnings, the progress line and
/// the summary. One lock, because the interrupt handler speaks from its own thread.
///
/// The progress line is drawn only when standard error is a terminal and the run is a
/// batch (and not `--quiet`); it is erased before any other message so that messages stay
/// whole lines, and redrawn on the next tick.
final class Reporter: @unchecked Sendable {
    let quiet: Bool
    let showsProgress: Bool
    private let monitor = Monitor()
    private var progressShown = false
    private var lastDraw = 0.0
    private var lastLine = ""

    init(quiet: Bool, batch: Bool) {
        self.quiet = quiet
        showsProgress = batch && !quiet && StandardStreams.isTerminal(StandardStreams.error)
    }

    /// `filingdown: PATH: what went wrong`
    func error(_ path: String, _ message: String) {
        say("filingdown: \(path): \(message)")
    }

    /// Kept by `--quiet`: a warning means the output is there but incomplete.
    func warning(_ path: String, _ message: String) {
        guard !quiet else { return }
        say("filingdown: \(path): warning: \(message)")
    }

    /// Something passed over on purpose (a subdirectory without `-r`): not an error, so
    /// `--quiet` drops it.
    func notice(_ path: String, _ message: String) {
        guard !quiet else { return }
        say("filingdown: \(path): \(message)")
    }

    /// A line that is not about one file (the summary, the interrupt notice).
    func note(_ message: String, evenIfQuiet: Bool = false) {
        guard !quiet || evenIfQuiet else { return }
        say("filingdown: \(message)")
    }

    /// `filingdown: 120/4567 files, 35.1/512.0 MB, 35.1 MB/s, 1:02 left`, at most ten times a
    /// second, cut to the terminal's width so that it never wraps (a wrapped line cannot be
    /// erased with `\r` and leaves debris).
    func progress(done: Int, total: Int, doneBytes: Int, totalBytes: Int, elapsed: Double) {
        guard showsProgress else { return }
        monitor.withLock {
            guard elapsed - lastDraw >= 0.1 || !progressShown else { return }
            lastDraw = elapsed
            let line = Reporter.progressLine(done: done, total: total, doneBytes: doneBytes, totalBytes: totalBytes,
                                             elapsed: elapsed, width: Reporter.terminalWidth(StandardStreams.error))
            guard line != lastLine || !progressShown else { return }
            lastLine = line
            StandardStreams.write("\r" + line + "\u{1B}[K", to: StandardStreams.error)
            progressShown = true
        }
    }

    /// The progress line's parts, most important first, as many as fit in `width - 1`
    /// columns (the last column would wrap on some terminals).
    static func progressLine(done: Int, total: Int, doneBytes: Int, totalBytes: Int, elapsed: Double, width: Int) -> String {
        var parts = ["filingdown: \(done)/\(total) files"]
        if totalBytes > 0 {
            parts.append(Reporter.megabytes(Double(doneBytes)).dropLast(3) + "/" + Reporter.megabytes(Double(totalBytes)))
        }
        let rate = elapsed > 0 ? Double(doneBytes) / elapsed : 0
        if elapsed >= 0.5, rate > 0 {
            parts.append(Reporter.megabytes(rate) + "/s")
            parts.append(Reporter.duration(Double(max(0, totalBytes - doneBytes)) / rate) + " left")
        }
        let room = max(1, width - 1)
        var line = parts[0]
        for part in parts.dropFirst() {
            guard line.count + 2 + part.count <= room else { break }
            line += ", " + part
        }
        return line.count <= room ? line : String(line.prefix(room))
    }

    /// Columns of the terminal on `fd`; 80 when it does not say.
    static func terminalWidth(_ fd: Int32) -> Int {
        var size = winsize()
        let rc = withUnsafeMutablePointer(to: &size) { ioctl(fd, UInt(TIOCGWINSZ), $0) }
        return rc == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }

    func clearProgress() {
        monitor.withLock { eraseProgress() }
    }

    /// One line, whatever the paths in it hold.
    private func say(_ line: String) {
        monitor.withLock {
            eraseProgress()
            StandardStreams.write(ControlEscaping.escaped(line) + "\n", to: StandardStreams.error)
        }
    }

    private func eraseProgress() {
        guard progressShown else { return }
        StandardStreams.write("\r\u{1B}[K", to: StandardStreams.error)
        progressShown = false
    }

    /// `47.0 MB` (decimal megabytes, as transfer rates are quoted).
    static func megabytes(_ bytes: Double) -> String {
        let tenths = Int((bytes / 100_000).rounded())
        return "\(tenths / 10).\(tenths % 10) MB"
    }

    /// `0:42`, `12:05`, `3:02:10`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let h = total / 3600, m = total / 60 % 60, s = total % 60
        let ss = s < 10 ? "0\(s)" : "\(s)"
        if h > 0 { return "\(h):\(m < 10 ? "0\(m)" : "\(m)"):\(ss)" }
        return "\(m):\(ss)"
    }

    /// `4.1 s`
    static func seconds(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) s"
    }
}
