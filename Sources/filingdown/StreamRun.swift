import Filingdown
#if canImport(Glibc)
import Glibc
#endif

/// `filingdown --stream`: records in on standard input, one JSON line out per record, in
/// input order, each written as soon as it and those before it are done. A record that
/// cannot be converted gets an error line and the stream goes on; a broken frame (a bad
/// header line, the input ending inside a record) gets an error line and ends the run with
/// status 1, since nothing after it can be found reliably.
struct StreamRun {
    let invocation: Invocation

    private enum Work: Sendable {
        case convert(id: String, bytes: [UInt8])
        case fail(id: String?, StreamProtocol.Failure)
    }

    /// What the delivering thread saw, read after it is joined.
    private final class Delivery: @unchecked Sendable {
        var writeError: Int32? = nil
    }

    func execute() -> Int32 {
        let limit = invocation.maxRecordBytes ?? Invocation.defaultMaxRecordBytes
        let reader = RecordReader(fd: 0, limit: limit)
        var options = invocation.conversionOptions
        // The header is the record's own member.
        options.frontMatter = false
        let converter = Converter(options: options)
        let workers = min(invocation.jobs ?? max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))), WorkerThread.affordable)
        let pipeline = OrderedPipeline<Work, [UInt8]>(workers: workers, window: 2 * workers + 2, budget: limit)
        let reporter = Reporter(quiet: invocation.quiet, batch: false)
        let delivery = Delivery()
        var broken = false
        pipeline.run(
            produce: {
                guard !broken else { return nil }
                switch reader.next() {
                case .end:
                    return nil
                case .record(let id, let bytes):
                    return (.convert(id: id, bytes: bytes), bytes.count)
                case .tooLarge(let id, let length):
                    let failure = StreamProtocol.Failure(code: .tooLarge, message: "\(length) bytes, more than --max-record-bytes \(limit); not read")
                    return (.fail(id: id, failure), 0)
                case .broken(let id, let failure):
                    broken = true
                    reporter.error("(standard input)", failure.message)
                    return (.fail(id: id, failure), 0)
                }
            },
            work: { work in
                switch work {
                case .convert(let id, let bytes):
                    StreamProtocol.record(id: id, bytes: bytes, converter: converter, limit: limit).line
                case .fail(let id, let failure):
                    StreamProtocol.errorLine(id: id, failure)
                }
            },
            deliver: { line in
                guard let code = StandardStreams.write(line, to: StandardStreams.output) else { return true }
                delivery.writeError = code
                return false
            })
        if let code = delivery.writeError {
            reporter.error("standard output", StandardStreams.describe(errno: code))
            return 1
        }
        return broken ? 1 : 0
    }
}
