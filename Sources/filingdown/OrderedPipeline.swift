/// Work whose items arrive one by one, with no count known ahead (records on standard input,
/// the members of an archive): the calling thread produces items, `workers` threads convert
/// them, and one more thread delivers the results in the order the items came, each as soon
/// as it and all before it are done. Unlike `Scheduler`, delivery does not wait for the
/// producer, which may be blocked reading a pipe while earlier results are due.
///
/// Memory is bounded: no new item is produced while `window` items are in flight, nor while
/// the items in flight weigh `budget` or more (their bytes, say). With one worker everything
/// happens on the calling thread, item by item.
final class OrderedPipeline<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let monitor = Monitor()
    private let workers: Int
    private let window: Int
    private let budget: Int
    /// Taken entries are set to nil at once, so a record's bytes go when its work does.
    private var queue: [(index: Int, item: Item, weight: Int)?] = []
    private var queueHead = 0
    private var results: [Int: (output: Output, weight: Int)] = [:]
    private var produced = 0
    private var delivered = 0
    private var weightInFlight = 0
    private var finished = false
    private var stopped = false

    init(workers: Int, window: Int, budget: Int) {
        self.workers = max(1, workers)
        self.window = max(window, self.workers + 1)
        self.budget = budget
    }

    /// Runs until `produce` returns nil or `deliver` returns false (a closed output: the
    /// items not yet produced are never read). `produce` gives an item and its weight.
    func run(produce: () -> (Item, weight: Int)?,
             work: @escaping @Sendable (Item) -> Output,
             deliver: @escaping @Sendable (Output) -> Bool) {
        if workers == 1 {
            while let (item, _) = produce() {
                guard deliver(work(item)) else { return }
            }
            return
        }
        var threads: [WorkerThread] = []
        for _ in 0..<workers {
            guard let thread = WorkerThread({ [self] in workLoop(work) }) else { break }
            threads.append(thread)
        }
        guard !threads.isEmpty, let writer = WorkerThread({ [self] in deliverLoop(deliver) }) else {
            // No threads to be had (a process limit): the work is done here, item by item.
            finish()
            for thread in threads { thread.join() }
            while let (item, _) = produce() {
                guard deliver(work(item)) else { return }
            }
            return
        }
        while true {
            monitor.lock()
            while !stopped && (produced - delivered >= window || weightInFlight >= budget) { monitor.wait() }
            let stop = stopped
            monitor.unlock()
            if stop { break }
            guard let (item, weight) = produce() else { break }
            monitor.withLock {
                queue.append((produced, item, weight))
                produced += 1
                weightInFlight += weight
                monitor.broadcast()
            }
        }
        finish()
        for thread in threads { thread.join() }
        writer.join()
    }

    private func finish() {
        monitor.withLock {
            finished = true
            monitor.broadcast()
        }
    }

    private func workLoop(_ work: @Sendable (Item) -> Output) {
        while true {
            monitor.lock()
            while queueHead == queue.count && !finished && !stopped { monitor.wait() }
            guard queueHead < queue.count, !stopped else { monitor.unlock(); return }
            let (index, item, weight) = queue[queueHead]!
            queue[queueHead] = nil
            queueHead += 1
            if queueHead > 64, queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            monitor.unlock()
            let output = work(item)
            monitor.withLock {
                results[index] = (output, weight)
                monitor.broadcast()
            }
        }
    }

    private func deliverLoop(_ deliver: @Sendable (Output) -> Bool) {
        monitor.lock()
        while true {
            if let (output, weight) = results.removeValue(forKey: delivered) {
                monitor.unlock()
                let goOn = deliver(output)
                monitor.lock()
                delivered += 1
                weightInFlight -= weight
                if !goOn { stopped = true }
                monitor.broadcast()
                if stopped { break }
                continue
            }
            if finished && delivered == produced { break }
            monitor.wait()
        }
        monitor.unlock()
    }
}
