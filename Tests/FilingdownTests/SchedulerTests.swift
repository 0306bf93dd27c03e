@testable import filingdown
import Testing

/// The order `--jobs` workers take files in, and the order their results come back.
@Suite struct SchedulerTests {
    /// Records, from the one worker thread, the order items were worked on.
    private final class Log: @unchecked Sendable {
        var worked: [Int] = []
    }

    private func run(weights: [Int], window: Int) -> (worked: [Int], delivered: [Int]) {
        let log = Log()
        var delivered: [Int] = []
        let scheduler = Scheduler<Int>(count: weights.count, workers: 1, window: window, weights: weights)
        scheduler.run(work: { index in log.worked.append(index); return index * 10 },
                      deliver: { index, outcome in
                          #expect(outcome == index * 10)
                          delivered.append(index)
                      })
        return (log.worked, delivered)
    }

    @Test("with no window, the largest files are worked on first and results still come back in input order")
    func largestFirstWithoutWindow() {
        let result = run(weights: [10, 500, 30, 500, 1], window: Int.max / 2)
        #expect(result.worked == [1, 3, 2, 0, 4])
        #expect(result.delivered == [0, 1, 2, 3, 4])
    }

    @Test("with a window (output to one stream), files are worked on in input order")
    func inputOrderWithWindow() {
        let result = run(weights: [10, 500, 30, 500, 1], window: 2)
        #expect(result.worked == [0, 1, 2, 3, 4])
        #expect(result.delivered == [0, 1, 2, 3, 4])
    }
}
