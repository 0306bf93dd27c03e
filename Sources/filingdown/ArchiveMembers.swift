import Filingdown

/// The members of the run's archive inputs as inputs of their own: each regular file that
/// `--include`/`--exclude` (or the EDGAR extensions) take is converted like a file, named
/// `ARCHIVE/MEMBER` in messages, delimiters and records, its output `DIR/MEMBER` with the
/// format's extension under `--output-dir`. The archive is read on the calling thread while
/// `--jobs` workers convert, with at most `2N + 2` members and under twice
/// `--max-record-bytes` of them in memory.
struct ArchiveMembers {
    let invocation: Invocation
    let filter: NameFilter
    /// Output paths given out so far, as bytes: a member never takes another input's.
    var taken: Set<[UInt8]>
    /// Members `filter` did not take, for the summary.
    private(set) var leftOut = 0

    init(invocation: Invocation, filter: NameFilter, taken: Set<[UInt8]>) {
        self.invocation = invocation
        self.filter = filter
        self.taken = taken
    }

    private enum Item: Sendable {
        case member(Job, bytes: [UInt8], index: Int)
        /// Reported in its turn: a link or device passed over (no code), or a member that
        /// could not be taken, or the archive itself failing.
        case message(Job, String, code: StreamProtocol.Failure.Code?)
    }

    private enum Delivered: Sendable {
        case outcome(Job, Outcome)
        case notice(Job, String)
    }

    mutating func run(_ archive: Job, runner: JobRunner, delivery: Delivery, workers: Int) {
        let limit = invocation.maxRecordBytes ?? Invocation.defaultMaxRecordBytes
        let reader: ArchiveInput
        do {
            reader = try ArchiveInput(path: archive.path, raw: archive.rawPath, limit: limit)
        } catch {
            delivery.deliver(archive, .failure(error.description))
            return
        }
        var index = delivery.total
        /// Nothing more to read: the archive is broken, or it ended without a member.
        var broken = false
        var count = 0
        let pipeline = OrderedPipeline<Item, Delivered>(workers: workers, window: 2 * workers + 2, budget: limit)
        pipeline.run(
            produce: {
                while !broken {
                    switch reader.next() {
                    case .end:
                        guard count == 0 else { return nil }
                        broken = true
                        return (.message(archive, "no files to convert in this archive", code: .empty), 0)
                    case .broken(let reason, let code):
                        broken = true
                        return (.message(archive, reason, code: code), 0)
                    case .skipped(let name, let reason, let code):
                        count += 1
                        return (.message(memberJob(archive, name, size: 0), reason, code: code), 0)
                    case .member(let path, let bytes):
                        let name = String(path[(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex)...])
                        guard filter.takes(name) else {
                            leftOut += 1
                            if invocation.verbose { return (.message(memberJob(archive, path, size: 0), "left out (\(filter.reason))", code: nil), 0) }
                            continue
                        }
                        count += 1
                        var job = memberJob(archive, path, size: bytes.count)
                        if let directory = invocation.outputDir {
                            job.outputPath = OutputNaming.memberOutput(path, directory: directory, format: invocation.outputFormat, taken: &taken)
                            if job.outputPath == nil { job.failure = "its output is already the output of another input; skipped" }
                        }
                        defer { index += 1 }
                        return (.member(job, bytes: bytes, index: index), bytes.count)
                    }
                }
                return nil
            },
            work: { item in
                switch item {
                case .member(let job, let bytes, let index):
                    return .outcome(job, runner.run(job, index: index, member: (bytes, limit)))
                case .message(let job, let text, let code):
                    guard let code else { return .notice(job, text) }
                    var outcome = Outcome.failure(text)
                    if runner.records { outcome.output = StreamProtocol.errorLine(id: job.path, .init(code: code, message: text)) }
                    return .outcome(job, outcome)
                }
            },
            deliver: { delivered in
                switch delivered {
                case .outcome(let job, let outcome): delivery.deliver(job, outcome)
                case .notice(let job, let text): delivery.reporter.notice(job.displayName, text)
                }
                return true
            })
    }

    private func memberJob(_ archive: Job, _ path: String, size: Int) -> Job {
        var job = Job(path: archive.path + "/" + path, relativePath: path, size: size, identity: nil)
        if invocation.extractAttachments != nil { job.extractionName = job.stem }
        return job
    }
}
