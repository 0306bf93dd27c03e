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
    /// Every input of the run: no output may land on any of them.
    let inputs: Set<FileIdentity>
    let extractDirectory: String?
    let isBatch: Bool

    func run(_ job: Job, index: Int) -> Outcome {
        if let failure = job.failure { return .failure(failure) }
        if let outputPath = job.outputPath,
           let problem = OutputFile.check(outputPath, replacing: replacing, inputs: inputs) {
            return .failure("cannot write \(outputPath): \(problem)")
        }
        let input: InputFile
        do {
            input = try InputFile(path: job.path)
        } catch {
            return .failure(error.description)
        }
        if BinaryInput.isBinary(input.bytes) {
            return .failure("not a text or HTML filing (binary data)")
        }
        var outcome = Outcome()
        outcome.bytesRead = input.bytes.count
        let produced: [UInt8]
        switch task {
        case .list:
            produced = listing.render(converter.list(input.bytes), path: isBatch ? job.path : nil)
        case .outline:
            let text = DocumentOutline.listing(converter.outline(input.bytes))
            produced = Array(((isBatch ? "==> \(job.path) <==\n" : "") + text).utf8)
        case .convert:
            let result = converter.convert(input.bytes)
            outcome.warnings = result.warnings
            produced = result.output
            // Only inputs that have attachments get a directory: a batch of a thousand
            // filings should not leave a thousand empty ones.
            if let extractDirectory, converter.list(input.bytes).contains(where: { $0.kind == .binary }) {
                let directory = isBatch ? PathName.join(extractDirectory, PathName.droppingExtension(job.relativePath)) : extractDirectory
                do {
                    if let code = PathName.makeDirectories(directory) { throw SystemError(code) }
                    outcome.extracted = try AttachmentExtractor.extract(input.bytes, to: directory).count
                } catch {
                    return .failure("cannot extract attachments into \(directory): \(error)")
                }
            }
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
}
