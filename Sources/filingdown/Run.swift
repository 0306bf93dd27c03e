import Filingdown
#if canImport(Glibc)
import Glibc
#endif

/// One invocation carried out: plan the inputs, convert them on `--jobs` threads, write and
/// report in input order, and return the exit status (0 all converted, 1 some failed).
struct Run {
    let invocation: Invocation

    init(_ invocation: Invocation) { self.invocation = invocation }

    func execute() throws(UsageError) -> Int32 {
        if invocation.stream { return StreamRun(invocation: invocation).execute() }
        let started = MonotonicClock.now()
        let outputToStream = invocation.output.flatMap { $0 == "-" ? nil : $0 }
        let filter = NameFilter(includes: invocation.includes, excludes: invocation.excludes)
        var arguments = invocation.inputs
        if let list = invocation.filesFrom {
            do {
                arguments = try FileList.read(list, nullSeparated: invocation.nullSeparated)
            } catch {
                StandardStreams.write("filingdown: \(list == "-" ? "(standard input)" : list): \(error)\n", to: StandardStreams.error)
                return 1
            }
            if arguments.isEmpty { return 0 }
        }
        let records = invocation.writesRecords
        var plan = try InputPlan(arguments: arguments, recursive: invocation.recursive,
                                 filter: filter,
                                 excluding: [invocation.outputDir, invocation.extractAttachments].compactMap { $0 })
        var earlierOutputs: [String] = []
        if let directory = invocation.outputDir {
            earlierOutputs = OutputNaming.assign(&plan.jobs, directory: directory, format: invocation.outputFormat)
        }
        if invocation.extractAttachments != nil { OutputNaming.assignExtraction(&plan.jobs) }
        let jobs = plan.jobs
        // An archive is a batch of its members, as a directory is of its files.
        let isBatch = plan.isBatch || jobs.contains(where: \.isArchive)
        let reporter = Reporter(quiet: invocation.quiet, batch: isBatch)
        let inputs = Set(jobs.compactMap(\.identity))

        let usesStream = invocation.outputDir == nil

        let runner = JobRunner(
            converter: Converter(options: invocation.conversionOptions),
            task: invocation.list ? .list : invocation.outline ? .outline : .convert,
            framing: isBatch && usesStream && !records ? StreamFraming(format: invocation.outputFormat) : nil,
            listing: DocumentListing(format: invocation.outputFormat),
            replacing: invocation.force,
            skippingExisting: invocation.skipExisting,
            updating: invocation.update,
            inputs: inputs,
            extractDirectory: invocation.extractAttachments,
            isBatch: isBatch,
            records: records)
        let workers = min(invocation.jobs ?? max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))), WorkerThread.affordable)
        // Outputs bound for the stream wait in memory for their turn: keep few of them.
        let window = usesStream ? 2 * workers + 2 : Int.max / 2
        let hasArchives = jobs.contains(where: \.isArchive)
        let totalBytes = jobs.reduce(0) { $0 + $1.size }
        let delivery = Delivery(reporter: reporter, records: records, usesStream: usesStream)

        InterruptHandler.install { signal in
            let removed = TempFileRegistry.shared.removeAllAndFreeze() + AttachmentExtractor.removeUnfinishedFiles()
            guard isBatch || removed > 0 else { return }
            let done = delivery.done
            var line = hasArchives ? "interrupted after \(done) file\(done == 1 ? "" : "s")"
                : "interrupted after \(done) of \(jobs.count) file\(jobs.count == 1 ? "" : "s")"
            if removed > 0 { line += "; removed \(removed) unfinished output\(removed == 1 ? "" : "s")" }
            reporter.note(line, evenIfQuiet: true)
        }

        // The shared stream: standard output, or -o FILE written atomically. Opened after
        // the interrupt handler is in place, so its temporary file is always cleaned up.
        if let path = outputToStream {
            do {
                delivery.streamFile = try OutputFile(path: path, replacing: invocation.force, inputs: inputs)
            } catch {
                reporter.error(path, error.description)
                return 1
            }
        }

        for path in plan.skippedDirectories {
            reporter.notice(path, "is a directory; skipped (use -r to convert the files in it)")
        }
        for path in plan.symlinkedDirectories {
            reporter.notice(path, "is a symbolic link to a directory; not followed")
        }
        for path in earlierOutputs {
            reporter.notice(path, "is the output of another input; not converted")
        }
        if invocation.verbose {
            for path in plan.leftOut { reporter.notice(path, "left out (\(filter.reason))") }
        }
        // Runs of files go to the scheduler; each archive, read member by member, to an
        // ordered pipeline. One after the other, so outputs and messages keep input order.
        var members = ArchiveMembers(invocation: invocation, filter: filter,
                                     taken: Set(jobs.compactMap { $0.outputPath.map { Array($0.utf8) } }))
        var start = 0
        while start < jobs.count {
            if jobs[start].isArchive {
                members.run(jobs[start], runner: runner, delivery: delivery, workers: workers)
                start += 1
                continue
            }
            var end = start
            while end < jobs.count, !jobs[end].isArchive { end += 1 }
            let segment = Array(jobs[start..<end])
            let base = delivery.total
            let scheduler = Scheduler<Outcome>(count: segment.count, workers: workers, window: window, weights: segment.map(\.size))
            scheduler.run(
                work: { index in runner.run(segment[index], index: base + index) },
                deliver: { index, outcome in delivery.deliver(segment[index], outcome) },
                tickInterval: reporter.showsProgress && !hasArchives ? 0.1 : nil,
                tick: { snapshot in
                    reporter.progress(done: snapshot.done, total: jobs.count, doneBytes: snapshot.doneBytes,
                                      totalBytes: totalBytes, elapsed: MonotonicClock.now() - started)
                })
            start = end
        }
        reporter.clearProgress()
        let failed = delivery.failed

        // Every input failed: leave no empty -o file behind, nor replace an existing one.
        if let streamFile = delivery.streamFile, failed == delivery.total, !records {
            streamFile.discard()
        } else if let streamFile = delivery.streamFile {
            do {
                try streamFile.commit(replacing: invocation.force)
            } catch {
                reporter.error(streamFile.path, error.description)
                return 1
            }
        }
        // In a pipeline (`filingdown a b | grep`) the summary is noise: only a person at a
        // terminal, or a run whose output went to files, gets it unasked.
        let wantsSummary = invocation.verbose || invocation.outputDir != nil || StandardStreams.isTerminal(StandardStreams.error)
        if isBatch && wantsSummary {
            reporter.note(summary(total: delivery.total, failed: failed, skipped: delivery.skipped,
                                  leftOut: plan.leftOut.count + members.leftOut, bytes: delivery.converted,
                                  extracted: delivery.extracted, elapsed: MonotonicClock.now() - started, filter: filter))
        }
        return failed == 0 ? 0 : 1
    }

    /// `converted 52 of 53 files (47.0 MB) in 4.1 s, 11.4 MB/s; 1 failed; 40 skipped (output
    /// exists); 3 left out (not .txt .nc .htm .html .xml; use --include GLOB to take them)`
    private func summary(total: Int, failed: Int, skipped: Int, leftOut: Int, bytes: Int, extracted: Int,
                         elapsed: Double, filter: NameFilter) -> String {
        let verb = invocation.list ? "listed" : invocation.outline ? "outlined" : "converted"
        let attempted = total - skipped
        let done = attempted - failed
        let files = "file\(attempted == 1 ? "" : "s")"
        var line = failed == 0 ? "\(verb) \(attempted) \(files)" : "\(verb) \(done) of \(attempted) \(files)"
        line += " (\(Reporter.megabytes(Double(bytes)))) in \(Reporter.seconds(elapsed))"
        if elapsed > 0, bytes > 0 { line += ", \(Reporter.megabytes(Double(bytes) / elapsed))/s" }
        if failed > 0 { line += "; \(failed) failed" }
        if skipped > 0 { line += "; \(skipped) skipped (" + (invocation.update ? "up to date" : "output exists") + ")" }
        if leftOut > 0 { line += "; \(leftOut) left out (\(filter.reason))" }
        if extracted > 0 { line += "; \(extracted) attachment\(extracted == 1 ? "" : "s") extracted" }
        return line
    }
}

/// What the delivering side of a run keeps: the shared stream, the counts for the summary.
/// Outcomes arrive one at a time, in input order (from the scheduler on the main thread, or
/// from an archive's pipeline on its writer thread, never both at once).
final class Delivery: @unchecked Sendable {
    let reporter: Reporter
    let records: Bool
    let usesStream: Bool
    var streamFile: OutputFile? = nil
    private let monitor = Monitor()
    private var delivered = 0
    var failed = 0
    var extracted = 0
    var converted = 0
    var skipped = 0

    init(reporter: Reporter, records: Bool, usesStream: Bool) {
        self.reporter = reporter
        self.records = records
        self.usesStream = usesStream
    }

    /// Inputs delivered so far, failed and skipped ones included; read by the interrupt handler.
    var done: Int { monitor.withLock { delivered } }
    var total: Int { done }

    func deliver(_ job: Job, _ outcome: Outcome) {
        monitor.withLock { delivered += 1 }
        for warning in outcome.warnings { reporter.warning(job.displayName, warning) }
        if let error = outcome.error {
            failed += 1
            reporter.error(job.displayName, error)
            // A record stream says what failed in its own line as well.
            guard records else { return }
        }
        if outcome.skipped { skipped += 1; return }
        extracted += outcome.extracted
        if outcome.error == nil { converted += outcome.bytesRead }
        guard usesStream, !outcome.output.isEmpty else { return }
        if let streamFile {
            streamFile.write(outcome.output)
        } else if let code = StandardStreams.write(outcome.output, to: StandardStreams.output) {
            // A full disk or closed pipe: nothing more can be delivered.
            reporter.error("standard output", StandardStreams.describe(errno: code))
            exit(1)
        }
    }
}
