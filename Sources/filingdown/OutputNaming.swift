import Filingdown

/// Where each job's output goes inside `--output-dir`.
///
/// The input's relative path is kept and its extension replaced (`10-k.htm` → `10-k.md`).
/// When two inputs would get the same name (`0001.htm` and `0001.txt`), all of them keep
/// their whole name and add the extension (`0001.htm.md`, `0001.txt.md`), so which file
/// gets which name never depends on order. A clash that remains (the same file name given
/// from two directories) fails the later inputs rather than overwrite an earlier output.
enum OutputNaming {
    static func fileExtension(for format: ConversionOptions.Format) -> String {
        switch format {
        case .markdown: return "md"
        case .text: return "txt"
        case .json: return "json"
        case .jsonl: return "jsonl"
        case .chunks: return "chunks.jsonl"
        }
    }

    /// Names every job's output. Returns the inputs left out because they are the outputs
    /// of other inputs, written by an earlier run into the same tree (`--output-dir D D`).
    static func assign(_ jobs: inout [Job], directory: String, format: ConversionOptions.Format) -> [String] {
        let ext = fileExtension(for: format)
        let identities = Set(jobs.compactMap(\.identity))
        var earlierOutputs = Set<FileIdentity>()
        for job in jobs where job.failure == nil && !job.isArchive {
            if let output = FileIdentity(path: PathName.join(directory, job.stem + "." + ext)), output != job.identity,
               identities.contains(output) { earlierOutputs.insert(output) }
        }
        let leftOut = jobs.filter { $0.identity.map(earlierOutputs.contains) == true }.map(\.path)
        jobs.removeAll { $0.identity.map(earlierOutputs.contains) == true }
        let replaced = jobs.map { $0.stem + "." + ext }
        // Names compared as bytes: `café` in NFC and in NFD are two files, and two outputs.
        var counts: [[UInt8]: Int] = [:]
        for (job, name) in zip(jobs, replaced) where job.failure == nil && !job.isArchive { counts[Array(name.utf8), default: 0] += 1 }
        var owner: [[UInt8]: String] = [:]
        for index in jobs.indices where jobs[index].failure == nil && !jobs[index].isArchive {
            let name = counts[Array(replaced[index].utf8), default: 0] > 1 ? jobs[index].relativePath + "." + ext : replaced[index]
            let path = PathName.join(directory, name)
            if let first = owner[Array(path.utf8)] {
                jobs[index].failure = "output \(path) is already the output of \(first); skipped"
                continue
            }
            owner[Array(path.utf8)] = jobs[index].path
            jobs[index].outputPath = path
        }
        return leftOut
    }

    /// The directory below `--extract-attachments DIR` each input of a batch extracts into:
    /// its stem, or its whole name when inputs share a stem (`x.txt` and `x.nc`).
    static func assignExtraction(_ jobs: inout [Job]) {
        var counts: [[UInt8]: Int] = [:]
        for job in jobs where job.failure == nil { counts[Array(job.stem.utf8), default: 0] += 1 }
        for index in jobs.indices where jobs[index].failure == nil {
            let shared = counts[Array(jobs[index].stem.utf8), default: 0] > 1
            jobs[index].extractionName = shared ? jobs[index].relativePath : jobs[index].stem
        }
    }

    /// The output of an archive member, named as it is read: its path inside the archive
    /// with the extension replaced, or its whole path and the extension when another input
    /// has that name already; nil when both are taken.
    static func memberOutput(_ relativePath: String, directory: String, format: ConversionOptions.Format,
                             taken: inout Set<[UInt8]>) -> String? {
        let ext = fileExtension(for: format)
        let stem = PathName.droppingExtension(InputDecoding.droppingGzipExtension(relativePath))
        for name in [stem + "." + ext, relativePath + "." + ext] {
            let path = PathName.join(directory, name)
            if taken.insert(Array(path.utf8)).inserted { return path }
        }
        return nil
    }
}
