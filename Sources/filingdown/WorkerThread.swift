#if canImport(Glibc)
import Glibc
#endif

/// A joinable pthread running one closure.
///
/// Every conversion, single file or batch, runs on one of these, so the stack a document
/// gets never depends on `--jobs` (Dispatch worker threads have 512 KB; the main thread has
/// whatever `ulimit -s` says). Deeply nested HTML must convert the same way everywhere.
struct WorkerThread {
    /// The stack of every worker: as much as a default Linux main thread, twice over.
    static let stackSize = 16 << 20

    /// How many workers fit in a quarter of the address space `ulimit -v` allows: each
    /// reserves its stack and, with glibc, a 64 MB malloc arena, and converting needs the rest.
    static var affordable: Int {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return Int.max }
        return max(1, Int(clamping: limit.rlim_cur / 4) / (stackSize + 64 << 20))
    }

    private let thread: pthread_t

    /// nil when the system refuses another thread (a memory limit, `ulimit -u`).
    init?(_ body: @escaping @Sendable () -> Void) {
        final class Box { let body: @Sendable () -> Void; init(_ b: @escaping @Sendable () -> Void) { body = b } }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, WorkerThread.stackSize)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        let status = pthread_create(&thread, &attributes, { context in
            Unmanaged<Box>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context)
        pthread_attr_destroy(&attributes)
        guard status == 0 else {
            Unmanaged<Box>.fromOpaque(context).release()
            return nil
        }
        self.thread = thread
    }

    func join() { pthread_join(thread, nil) }
}
