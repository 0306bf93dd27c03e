#if canImport(Glibc)
import Glibc
#endif

/// Turns SIGINT, SIGTERM and SIGHUP into an orderly stop: temporary files removed, a line
/// saying how far the run got, then death by the same signal (so a calling shell script
/// sees the interrupt and stops too).
///
/// The signals are blocked in every thread and received by one thread in `sigwait`, where
/// any code may run; a classic signal handler could only call async-signal-safe functions,
/// which rules out taking the lock that keeps renames and removals apart.
enum InterruptHandler {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Must run before any other thread starts: threads inherit the blocked set.
    /// A signal the caller set to be ignored (`nohup`, `trap '' HUP`) stays ignored.
    static func install(_ onSignal: @escaping @Sendable (Int32) -> Void) {
        let caught = signals.filter { !isIgnored($0) }
        guard !caught.isEmpty else { return }
        var set = sigset_t()
        sigemptyset(&set)
        for s in caught { sigaddset(&set, s) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let listener = WorkerThread {
            var set = sigset_t()
            sigemptyset(&set)
            for s in caught { sigaddset(&set, s) }
            var received: Int32 = 0
            while sigwait(&set, &received) != 0 {}
            onSignal(received)
            signal(received, SIG_DFL)
            var only = sigset_t()
            sigemptyset(&only)
            sigaddset(&only, received)
            pthread_sigmask(SIG_UNBLOCK, &only, nil)
            raise(received)
            _exit(128 + received)
        }
        // No thread to listen: the signals keep their default action rather than be lost.
        if listener == nil { pthread_sigmask(SIG_UNBLOCK, &set, nil) }
    }

    private static func isIgnored(_ signal: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signal, nil, &current) == 0 else { return false }
        return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
