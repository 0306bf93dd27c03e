import Filingdown

/// What one run was asked to do, as plain values. `Command` builds it from argument-parser's
/// parse and `FastPath` builds it without argument-parser, so `Run` cannot tell which did;
/// the checks that options fit together live here, so both apply the same ones.
struct Invocation: Equatable {
    /// nil: not given; `outputFormat` then follows the `-o` file's extension.
    var format: ConversionOptions.Format?
    var columns = 80
    var chunkSize = 2000
    var pageBreaks: ConversionOptions.PageBreakStyle?
    var frontMatter = true
    var encoding: TextEncoding?
    var list = false
    var documentSpecs: [String] = []
    var primaryOnly = false
    var allDocuments = false
    var outline = false
    var sectionSpecs: [String] = []
    var extractAttachments: String?
    var output: String?
    var outputDir: String?
    var recursive = false
    var includes: [String] = []
    var excludes: [String] = []
    var jobs: Int?
    var force = false
    var skipExisting = false
    var update = false
    var quiet = false
    var verbose = false
    var stream = false
    var records = false
    var filesFrom: String?
    var nullSeparated = false
    /// nil: `defaultMaxRecordBytes`.
    var maxRecordBytes: Int?
    var inputs: [String] = []

    static let defaultMaxRecordBytes = 256 << 20

    /// The first way the options do not fit together, worded as the usage error says it;
    /// nil when they fit.
    var problem: String? {
        if columns < 0 { return "--columns must be 0 or more, not \(columns)" }
        if chunkSize < ChunkLimits.minimumSize { return "--chunk-size must be \(ChunkLimits.minimumSize) or more, not \(chunkSize)" }
        if let jobs, jobs < 1 { return "--jobs must be 1 or more, not \(jobs)" }
        if output != nil && outputDir != nil { return "-o/--output and --output-dir cannot be used together" }
        if skipExisting && outputDir == nil { return "--skip-existing needs --output-dir" }
        if update && outputDir == nil { return "--update needs --output-dir" }
        if [skipExisting, update, force].filter({ $0 }).count > 1 {
            return "--skip-existing, --update and --force cannot be used together"
        }
        if quiet && verbose { return "-q/--quiet and -v/--verbose cannot be used together" }
        if (includes + excludes).contains("") { return "--include and --exclude need a pattern" }
        if list && outputDir != nil { return "--list writes to standard output or -o, not --output-dir" }
        if list && extractAttachments != nil { return "--list and --extract-attachments cannot be used together" }
        if outline && list { return "--outline and --list cannot be used together" }
        if outline && (outputDir != nil || extractAttachments != nil) {
            return "--outline writes to standard output or -o, not --output-dir or --extract-attachments"
        }
        for spec in sectionSpecs {
            guard let parsed = SectionSpec.parse(spec) else {
                return "--section '\(spec)' names no Part or Item (try 1A, 'Item 7', 7,7A, 'Part II Item 1A')"
            }
            if let item = parsed.compactMap(\.item).first(where: { !Invocation.isFormItem($0) }) {
                return "--section '\(spec)': no EDGAR form has an Item \(item) (items run from 1 to 20, with letters A to K as in 1A or 16K, or 1.01 to 9.10 in an 8-K)"
            }
        }
        if primaryOnly && !documents.isEmpty { return "--primary and --document cannot be used together" }
        if documentSpecs.contains(where: { $0.split(separator: ",", omittingEmptySubsequences: false).contains { $0.allSatisfy(\.isWhitespace) } }) {
            return "--document needs a sequence number, type or file name"
        }
        if outputDir != nil && (inputs.isEmpty && filesFrom == nil || inputs.contains("-")) {
            return "standard input ('-') cannot go to --output-dir; use -o FILE"
        }
        if let output, output.hasSuffix("/") {
            return "-o '\(output)' names a directory; -o takes a file name (use --output-dir DIR for a directory)"
        }
        if output == "" || outputDir == "" || extractAttachments == "" || filesFrom == "" {
            return "an empty path is not a file or directory name"
        }
        if let problem = pipelineProblem { return problem }
        return nil
    }

    /// How `--stream`, `--records` and `--files-from` fit with the rest.
    private var pipelineProblem: String? {
        if let maxRecordBytes, maxRecordBytes < 1 { return "--max-record-bytes must be 1 or more" }
        if nullSeparated && filesFrom == nil { return "--null needs --files-from" }
        if filesFrom != nil && !inputs.isEmpty { return "--files-from and INPUT arguments cannot be used together" }
        if stream {
            if !inputs.isEmpty { return "--stream reads its records from standard input and takes no INPUT" }
            if records || filesFrom != nil { return "--stream cannot be used with --records or --files-from" }
            if output != nil || outputDir != nil { return "--stream writes to standard output, not -o or --output-dir" }
            if list || outline || extractAttachments != nil {
                return "--stream cannot be used with --list, --outline or --extract-attachments"
            }
        }
        if records {
            if outputDir != nil { return "--records writes to standard output or -o, not --output-dir" }
            if list || outline || extractAttachments != nil {
                return "--records cannot be used with --list, --outline or --extract-attachments"
            }
        }
        return nil
    }

    /// Each input becomes one record line: `--records`, and `--files-from` unless its inputs
    /// go to `--output-dir` or are listed or outlined.
    var writesRecords: Bool {
        records || filesFrom != nil && outputDir == nil && !list && !outline
    }

    /// An Item some form has: `7`, `1A`, `16K` (20-F), `5.02` (8-K). `1Z` and `99` are typing
    /// mistakes, which would otherwise select nothing in every filing.
    static func isFormItem(_ number: String) -> Bool {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let major = Int(parts[0]), let minor = Int(parts[1]) else { return false }
            return (1...9).contains(major) && (1...10).contains(minor)
        }
        let digits = number.prefix { $0.isASCII && $0.isNumber }
        guard let value = Int(digits), (1...20).contains(value) else { return false }
        let suffix = number.dropFirst(digits.count)
        return suffix.isEmpty || suffix.count == 1 && "ABCDEFGHIJK".contains(suffix)
    }

    /// `--document 1,EX-99.1 --document ex21.htm` → `["1", "EX-99.1", "ex21.htm"]`.
    var documents: [String] {
        documentSpecs.flatMap { spec in
            spec.split(separator: ",").map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
        }.filter { !$0.isEmpty }
    }

    /// `-f`, else what the `-o` file's extension names (`x.json`, `x.txt`, as pandoc does),
    /// else Markdown.
    var outputFormat: ConversionOptions.Format {
        if let format { return format }
        guard let output, let dot = output.lastIndex(of: "."), !output[dot...].contains("/") else { return .markdown }
        return ConversionOptions.Format(argument: String(output[output.index(after: dot)...])) ?? .markdown
    }

    var conversionOptions: ConversionOptions {
        var options = ConversionOptions()
        options.format = outputFormat
        options.columns = columns
        options.chunkSize = chunkSize
        options.pageBreaks = pageBreaks
        options.frontMatter = frontMatter
        options.encoding = encoding
        options.documents = documents
        options.primaryOnly = primaryOnly
        options.allDocuments = allDocuments
        options.sections = sectionSpecs.flatMap { SectionSpec.parse($0) ?? [] }
        return options
    }
}
