import Filingdown

/// Converts one input on a worker thread: read, refuse binary data, convert (or list),
/// extract attachments, and write the output file when outputs go to `--output-dir`.
/// Nothing here touches standard error; problems come back in the `Outcome`.
struct JobRunner: Sendable {
    enum Task: Sendable { case convert, list, outline }

    let converter: Converter
    let task: Task
    /// Set when several inputs share one stream.
    let framing: StreamFraming?
    let listing: DocumentListing
    let replacing: Bool
    /// `--skip-existing`: an existing output file means the job is done.
    let skippingExisting: Bool
    /// `--update`: an output at least as new as its input means the job is done; an older
    /// one is replaced.
    let updating: Bool
    /// Every input of the run: no output may land on any of them.
    let inputs: Set<FileIdentity>
    let extractDirectory: String?
    let isBatch: Bool
    /// `--records`: each input becomes its record line (`StreamProtocol`).
    var records = false

    /// `member`: the bytes of an archive member, read already (`job.path` names it inside
    /// its archive), and how far gzip data in it may expand.
    func run(_ job: Job, index: Int, member: (bytes: [UInt8], limit: Int)? = nil) -> Outcome {
        if records { return record(job, member: member) }
        if let failure = job.failure { return .failure(failure) }
        var replacing = self.replacing
        if let outputPath = job.outputPath, let output = PathName.status(outputPath), PathName.isRegular(output) {
            if skippingExisting { return Outcome(skipped: true) }
            if updating {
                if let input = PathName.status(job.path), !PathName.isNewer(input, than: output) { return Outcome(skipped: true) }
                replacing = true
            }
        }
        if let outputPath = job.outputPath,
           let problem = OutputFile.check(outputPath, replacing: replacing, inputs: inputs) {
            return .failure("cannot write \(outputPath): \(problem)")
        }
        let input: InputFile
        do throws(InputFile.ReadError) {
            input = try JobRunner.input(job, member: member)
        } catch {
            return .failure(error.description)
        }
        let bytes: [UInt8]
        var converter = self.converter
        do {
            let decoded = try InputDecoding.decode(input.bytes, limit: member?.limit)
            bytes = decoded.bytes
            if decoded.wasUTF16 { converter.options.encoding = .utf8 }
        } catch {
            return .failure(error.description)
        }
        if BinaryInput.isBinary(bytes) {
            return .failure("not a text or HTML filing (binary data)")
        }
        var outcome = Outcome()
        outcome.bytesRead = input.bytes.count
        // The container is read once; listing, extracting and converting all use this reading.
        let submission = Submission(bytes)
        var produced: [UInt8]
        switch task {
        case .list:
            var documents = converter.list(submission)
            // A lone document without an EDGAR wrapper is still document 1, and its file
            // name is the input's own.
            if documents.count == 1, documents[0].sequence == nil {
                documents[0].sequence = "1"
                if documents[0].filename == nil, !job.isStandardInput { documents[0].filename = InputDecoding.droppingGzipExtension(PathName.basename(job.path)) }
            }
            produced = listing.render(documents, path: isBatch ? job.path : nil)
        case .outline:
            let outlines = converter.outline(submission)
            if outlines.isEmpty, let miss = missedDocuments { return .failure(miss) }
            produced = listing.render(outlines, path: isBatch ? job.path : nil)
        case .convert:
            // Only inputs that have attachments get a directory: a batch of a thousand
            // filings should not leave a thousand empty ones. Attachments are extracted first,
            // so image links can point at the extracted files (as pandoc's --extract-media does)
            // in the one conversion.
            if let extractDirectory, submission.documents.contains(where: { $0.kind == .binary }) {
                // DIR/NAME/ is made level by level below DIR, never through a symbolic link.
                let below = isBatch ? job.extractionName ?? job.stem : ""
                let directory = PathName.join(extractDirectory, below)
                let written: [String]
                do {
                    if let code = PathName.makeDirectories(extractDirectory) { throw SystemError(code) }
                    written = try AttachmentExtractor.extract(submission, to: extractDirectory, subdirectory: below, replacing: replacing)
                } catch {
                    return .failure("cannot extract attachments into \(directory): \(error)")
                }
                outcome.extracted = written.count
                let binaries = submission.documents.filter { $0.kind == .binary }
                for (document, path) in zip(binaries, written) {
                    if let filename = document.filename { converter.options.imageSources[filename] = path }
                }
            }
            // After the first filing on a shared Markdown stream, a header is no front matter.
            if framing?.format == .markdown, index > 0 { converter.options.headerAsCodeBlock = true }
            if !job.isStandardInput { converter.options.inputName = InputDecoding.droppingGzipExtension(PathName.basename(job.path)) }
            let result = converter.convert(submission)
            if result.documentsSelected == 0, let miss = missedDocuments { return .failure(miss) }
            if result.documentsWritten == 0, let miss = missedSections { return .failure(miss) }
            outcome.warnings = result.warnings
            produced = result.output
        }
        if let outputPath = job.outputPath {
            var allInputs = inputs
            if let identity = input.identity { allInputs.insert(identity) }
            do {
                let file = try OutputFile(path: outputPath, replacing: replacing, inputs: allInputs)
                file.write(produced)
                try file.commit(replacing: replacing)
            } catch {
                return .failure("cannot write \(outputPath): \(error)")
            }
        } else if let framing {
            outcome.output = task == .convert ? framing.frame(produced, path: job.path, index: index) : produced
        } else {
            outcome.output = produced
        }
        return outcome
    }

    /// An archive member's bytes, or the job's file read.
    private static func input(_ job: Job, member: (bytes: [UInt8], limit: Int)?) throws(InputFile.ReadError) -> InputFile {
        if let member { return InputFile(bytes: member.bytes) }
        return try InputFile(path: job.path, raw: job.rawPath)
    }

    /// `--records`: the input's record line, its error line when it fails.
    private func record(_ job: Job, member: (bytes: [UInt8], limit: Int)?) -> Outcome {
        func failed(_ message: String) -> Outcome {
            Outcome(output: StreamProtocol.errorLine(id: job.path, .init(code: .unreadable, message: message)), error: message)
        }
        if let failure = job.failure { return failed(failure) }
        let input: InputFile
        do throws(InputFile.ReadError) {
            input = try JobRunner.input(job, member: member)
        } catch {
            return failed(error.description)
        }
        let record = StreamProtocol.record(id: job.path, bytes: input.bytes, converter: converter,
                                           limit: member?.limit ?? InputDecoding.expansionLimit(compressed: input.bytes.count))
        return Outcome(output: record.line, warnings: record.warnings, error: record.failure?.message, bytesRead: input.bytes.count)
    }

    /// `no document matches EX-99.9`: a `--document` that selected nothing in this input.
    private var missedDocuments: String? {
        let specs = converter.options.documents
        return specs.isEmpty ? nil : "no document matches " + specs.joined(separator: " or ")
    }

    /// `no Item 1Z in this filing`: a `--section` that found nothing in any document.
    private var missedSections: String? {
        let specs = converter.options.sections
        return specs.isEmpty ? nil : "no " + specs.map(\.description).joined(separator: " or ") + " in this filing"
    }
}
