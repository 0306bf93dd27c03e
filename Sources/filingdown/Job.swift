/// One input of a run and where its result goes.
struct Job: Sendable {
    /// As typed or found by the directory walk; `-` is standard input. Messages and
    /// stream delimiters show this.
    let path: String
    /// The path below the directory argument it was found in, or the file name of a file
    /// argument: what the output keeps inside `--output-dir`.
    let relativePath: String
    /// Size in bytes when known before reading (0 for standard input), for the progress line.
    let size: Int
    /// Identity when known, to refuse an output that would land on an input.
    let identity: FileIdentity?
    /// The output file, when outputs go to `--output-dir`.
    var outputPath: String? = nil
    /// A problem found before reading (an unreadable directory, a name collision): the job
    /// is reported as failed without being converted.
    var failure: String? = nil
    /// The path's bytes, when the file's name is not UTF-8 and `path` only shows it.
    var rawPath: [UInt8]? = nil
    /// The directory below `--extract-attachments` for this input's attachments, in a batch.
    var extractionName: String? = nil

    var isStandardInput: Bool { path == "-" }

    /// A `.tar`, `.tar.gz`, `.tgz` or `.zip` file: its members are the inputs.
    var isArchive: Bool { !isStandardInput && failure == nil && ArchiveInput.isArchive(relativePath) }

    /// The relative path without its extension, nor `.gz` before it: `a/0001.txt.gz` → `a/0001`.
    var stem: String { PathName.droppingExtension(InputDecoding.droppingGzipExtension(relativePath)) }

    /// How messages name the input: `(standard input)` as grep says it, otherwise the path.
    var displayName: String { isStandardInput ? "(standard input)" : path }
}
