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
        }
    }

    static func assign(_ jobs: inout [Job], directory: String, format: ConversionOptions.Format) {
        let ext = fileExtension(for: format)
        let replaced = jobs.map { $0.stem + "." + ext }
        var counts: [String: Int] = [:]
        for (job, name) in zip(jobs, replaced) where job.failure == nil { counts[name, default: 0] += 1 }
        var owner: [String: String] = [:]
        for index in jobs.indices where jobs[index].failure == nil {
            let name = counts[replaced[index], default: 0] > 1 ? jobs[index].relativePath + "." + ext : replaced[index]
            let path = PathName.join(directory, name)
            if let first = owner[path] {
                jobs[index].failure = "output \(path) is already the output of \(first); skipped"
                continue
            }
            owner[path] = jobs[index].path
            jobs[index].outputPath = path
        }
    }
}
