/// Runs `count` pieces of work on `workers` threads and hands the results to the calling
/// thread in index order.
///
/// Workers take the next item as they free up, so a 4 MB filing does not hold up the small
/// ones behind it; the caller receives result 0, then 1, and so on, so what it writes and
/// reports is the same for any number of workers. `window` caps how far workers may run
/// ahead of the caller (results wait in memory until their turn).
final class Scheduler<Outcome>: @unchecked Sendable {
    struct Snapshot {
        var done = 0
        var doneBytes = 0
    }

    private let monitor = Monitor()
    private let count: Int
    private let workers: Int
    private let window: Int
    private let weights: [Int]
    /// The order workers take items in.
    private let order: [Int]
    private var next = 0
    private var delivered = 0
    private var results: [Outcome?]
    private var snapshot = Snapshot()

    /// `weights`: each item's size in bytes, summed into the snapshot as items finish.
    /// With no window (nothing waits for its turn in memory), workers take the largest items
    /// first, so the run does not end with one worker on a big filing and the other idle.
    init(count: Int, workers: Int, window: Int, weights: [Int]) {
        self.count = count
        self.workers = max(1, min(workers, count))
        self.window = max(window, self.workers)
        self.weights = weights
        if window >= count, weights.count == count {
            order = (0..<count).sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
        } else {
            order = Array(0..<count)
        }
        results = Array(repeating: nil, count: count)
    }

    /// How many items have finished, in any order.
    var progress: Snapshot { monitor.withLock { snapshot } }

    /// Blocks until every item has been delivered. `tick` runs on the calling thread about
    /// every `tickInterval` seconds while it waits, for a progress line.
    func run(work: @escaping @Sendable (Int) -> Outcome,
             deliver: (Int, Outcome) -> Void,
             tickInterval: Double? = nil,
             tick: (Snapshot) -> Void = { _ in }) {
        guard count > 0 else { return }
        // As many workers as the system gives, up to `workers`: under a memory limit
        // `--jobs 2000` gets fewer threads, and with none the work runs on this thread.
        var threads: [WorkerThread] = []
        for _ in 0..<workers {
            guard let thread = WorkerThread({ [self] in workLoop(work) }) else { break }
            threads.append(thread)
        }
        if threads.isEmpty {
            for index in 0..<count { deliver(index, work(index)) }
            return
        }
        monitor.lock()
        while delivered < count {
            if let outcome = results[delivered] {
                results[delivered] = nil
                let index = delivered
                delivered += 1
                monitor.broadcast()
                monitor.unlock()
                deliver(index, outcome)
                monitor.lock()
                continue
            }
            if let tickInterval {
                monitor.wait(seconds: tickInterval)
                let current = snapshot
                monitor.unlock()
                tick(current)
                monitor.lock()
            } else {
                monitor.wait()
            }
        }
        monitor.unlock()
        for thread in threads { thread.join() }
    }

    private func workLoop(_ work: @Sendable (Int) -> Outcome) {
        while true {
            monitor.lock()
            while next < count && next >= delivered + window { monitor.wait() }
            guard next < count else { monitor.unlock(); return }
            let index = order[next]
            next += 1
            monitor.unlock()
            let outcome = work(index)
            monitor.lock()
            results[index] = outcome
            snapshot.done += 1
            snapshot.doneBytes += index < weights.count ? weights[index] : 0
            monitor.broadcast()
            monitor.unlock()
        }
    }
}
