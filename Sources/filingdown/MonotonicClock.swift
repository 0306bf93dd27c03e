#if canImport(Glibc)
import Glibc
#endif

/// Seconds on the monotonic clock: rates and time left must not jump when the wall clock does.
enum MonotonicClock {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
