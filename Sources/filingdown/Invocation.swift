import Filingdown

/// What one run was asked to do, as plain values. `Command` builds it from argument-parser's
/// parse and `FastPath` builds it without argument-parser, so `Run` cannot tell which did;
/// the checks that options fit together live here, so both apply the same ones.
struct Invocation: Equatable {
    var format: ConversionOptions.Format = .markdown
    var columns = 80
    var pageBreaks: ConversionOptions.PageBreakStyle?
    var frontMatter = true
    var encoding: TextEncoding?
    var list = false
    var documentSpecs: [String] = []
    var primaryOnly = false
    var outline = false
    var sectionSpecs: [String] = []
    var extractAttachments: String?
    var output: String?
    var outputDir: String?
    var recursive = false
    var jobs: Int?
    var force = false
    var quiet = false
    var inputs: [String] = []

    /// The first way the options do not fit together, worded as the usage error says it;
    /// nil when they fit.
    var problem: String? {
        if columns < 0 { return "--columns must be 0 or more, not \(columns)" }
        if let jobs, jobs < 1 { return "--jobs must be 1 or more, not \(jobs)" }
        if output != nil && outputDir != nil { return "-o/--output and --output-dir cannot be used together" }
        if list && outputDir != nil { return "--list writes to standard output or -o, not --output-dir" }
        if list && extractAttachments != nil { return "--list and --extract-attachments cannot be used together" }
        if outline && list { return "--outline and --list cannot be used together" }
        if outline && (outputDir != nil || extractAttachments != nil) {
            return "--outline writes to standard output or -o, not --output-dir or --extract-attachments"
        }
        for spec in sectionSpecs where SectionSpec.parse(spec) == nil {
            return "--section '\(spec)' names no Part or Item (try 1A, 'Item 7', 7,7A, 'Part II Item 1A')"
        }
        if primaryOnly && !documents.isEmpty { return "--primary and --document cannot be used together" }
        if documentSpecs.contains(where: { $0.split(separator: ",").contains { $0.allSatisfy(\.isWhitespace) } }) {
            return "--document needs a sequence number, type or file name"
        }
        if outputDir != nil && inputs.contains("-") { return "standard input ('-') cannot go to --output-dir; use -o FILE" }
        if output == "" || outputDir == "" || extractAttachments == "" { return "an empty path is not a file or directory name" }
        return nil
    }

    /// `--document 1,EX-99.1 --document ex21.htm` → `["1", "EX-99.1", "ex21.htm"]`.
    var documents: [String] {
        documentSpecs.flatMap { spec in
            spec.split(separator: ",").map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
        }.filter { !$0.isEmpty }
    }

    var conversionOptions: ConversionOptions {
        var options = ConversionOptions()
        options.format = format
        options.columns = columns
        options.pageBreaks = pageBreaks
        options.frontMatter = frontMatter
        options.encoding = encoding
        options.documents = documents
        options.primaryOnly = primaryOnly
        options.sections = sectionSpecs.flatMap { SectionSpec.parse($0) ?? [] }
        return options
    }
}
