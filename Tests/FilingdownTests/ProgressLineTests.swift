@testable import filingdown
import Testing

/// The progress line: files and bytes done, and never wider than the terminal.
@Suite struct ProgressLineTests {
    @Test func aWideTerminalGetsFilesBytesRateAndTimeLeft() {
        let line = Reporter.progressLine(done: 120, total: 4567, doneBytes: 35_100_000, totalBytes: 512_000_000, elapsed: 1, width: 120)
        #expect(line == "filingdown: 120/4567 files, 35.1/512.0 MB, 35.1 MB/s, 0:14 left")
    }

    @Test(arguments: [10, 20, 30, 40, 50, 60, 66, 80])
    func theLineNeverReachesTheLastColumn(width: Int) {
        let line = Reporter.progressLine(done: 120, total: 4567, doneBytes: 35_100_000, totalBytes: 512_000_000, elapsed: 1, width: width)
        #expect(line.count <= width - 1)
        #expect(line.hasPrefix(String("filingdown: 120/4567 files".prefix(width - 1))))
        // Parts are dropped whole, never cut in the middle.
        #expect(width < 28 || line.hasSuffix("files") || line.hasSuffix("MB") || line.hasSuffix("/s") || line.hasSuffix("left"))
    }

    @Test func standardInputOfUnknownSizeShowsFilesOnly() {
        #expect(Reporter.progressLine(done: 0, total: 2, doneBytes: 0, totalBytes: 0, elapsed: 0.1, width: 80) == "filingdown: 0/2 files")
    }
}
