import ArgumentParser
import Filingdown
#if canImport(Glibc)
import Glibc
#endif

/// The command line: options in, a `Run` out. Every conversion decision is the library's;
/// this type only maps flags onto `ConversionOptions` and checks that they fit together.
@main
struct Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filingdown",
        abstract: "Convert SEC EDGAR filings to Markdown, plain text or JSON.",
        discussion: """
            An INPUT is a filing (a full EDGAR submission .txt or .nc, or a single .htm, \
            .txt or .xml document), a directory of them, or '-' for standard input (the \
            default). One input goes to standard output or -o FILE. Several inputs, or a \
            directory, go to --output-dir DIR, or else are concatenated on standard output, \
            each introduced by a delimiter.

            Examples:
              filingdown 10-k.htm > 10-k.md
              filingdown -r --output-dir out/ filings/
              filingdown -f text submission.txt | grep -i 'risk factors'

            Exit status: 0 when every input converted, 1 when some failed, 2 for a \
            usage error. See filingdown(1) for details.
            """,
        version: "0.1.0")

    // MARK: What to produce

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Output format; md and txt are short for markdown and text.", valueName: "format"))
    var format: ConversionOptions.Format = .markdown

    @Option(help: ArgumentHelp("Wrap plain text at N columns; 0 means no wrapping.", valueName: "n"))
    var columns: Int = 80

    @Option(help: ArgumentHelp("How page breaks appear (default: marker for Markdown, formfeed for text).",
                               valueName: "style"))
    var pageBreaks: ConversionOptions.PageBreakStyle?

    @Flag(inversion: .prefixedNo,
          help: "Open the output with the filing's header: YAML front matter in Markdown, a header block in text.")
    var frontMatter = true

    @Option(help: ArgumentHelp("Read HTML in this character encoding (default: utf-8 when the bytes are valid UTF-8, else windows-1252).",
                               valueName: "name"))
    var encoding: TextEncoding?

    // MARK: Which documents

    @Flag(help: "List the documents of each filing (sequence, type, file name, size, kind, description) instead of converting (default: off).")
    var list = false

    @Option(name: .customLong("document"),
            help: ArgumentHelp("Convert only documents whose sequence number, type (EX-99.1) or file name matches SPEC; repeatable or comma-separated (default: all documents).",
                               valueName: "spec"))
    var documentSpecs: [String] = []

    @Flag(name: .customLong("primary"), help: "Convert only the primary document, the form itself (default: off).")
    var primaryOnly = false

    @Flag(help: "Print the outline of each filing (its Parts and Items: label, title, page, size in characters) instead of converting (default: off).")
    var outline = false

    @Option(name: .customLong("section"),
            help: ArgumentHelp("Convert only the named Parts and Items: 1A, 'Item 7', 7,7A, 'Part II', 'Part II Item 1A', 5.02; repeatable or comma-separated (default: the whole filing).",
                               valueName: "spec"))
    var sectionSpecs: [String] = []

    @Option(help: ArgumentHelp("Also decode attachments (images, PDFs, spreadsheets) into DIR; with several inputs, into DIR/NAME/ for each (default: not extracted).",
                               valueName: "dir"))
    var extractAttachments: String?

    // MARK: Where it goes

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Write to FILE instead of standard output; '-' is standard output (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Write one output per input into DIR, keeping each input's path below the directory argument, with a .md, .txt, .json or .jsonl extension (default: none; outputs go to standard output).",
                               valueName: "dir"))
    var outputDir: String?

    @Flag(name: .shortAndLong, help: "Descend into subdirectories of directory inputs (default: off; only the files directly inside).")
    var recursive = false

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Convert N files at a time (default: the number of online processors).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Overwrite existing output files (default: off; an existing output is an error). Inputs are never overwritten.")
    var force = false

    @Flag(name: .shortAndLong, help: "No progress line, summary or warnings; errors only (default: off).")
    var quiet = false

    @Argument(help: ArgumentHelp("Filings or directories; '-' is standard input (default: -).", valueName: "input"))
    var inputs: [String] = []

    mutating func validate() throws {
        if columns < 0 { throw ValidationError("--columns must be 0 or more, not \(columns)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, not \(jobs)") }
        if output != nil && outputDir != nil { throw ValidationError("-o/--output and --output-dir cannot be used together") }
        if list && outputDir != nil { throw ValidationError("--list writes to standard output or -o, not --output-dir") }
        if list && extractAttachments != nil { throw ValidationError("--list and --extract-attachments cannot be used together") }
        if outline && list { throw ValidationError("--outline and --list cannot be used together") }
        if outline && (outputDir != nil || extractAttachments != nil) {
            throw ValidationError("--outline writes to standard output or -o, not --output-dir or --extract-attachments")
        }
        for spec in sectionSpecs where SectionSpec.parse(spec) == nil {
            throw ValidationError("--section '\(spec)' names no Part or Item (try 1A, 'Item 7', 7,7A, 'Part II Item 1A')")
        }
        if primaryOnly && !documents.isEmpty { throw ValidationError("--primary and --document cannot be used together") }
        if documentSpecs.contains(where: { $0.split(separator: ",").contains { $0.allSatisfy(\.isWhitespace) } }) {
            throw ValidationError("--document needs a sequence number, type or file name")
        }
        if outputDir != nil && inputs.contains("-") { throw ValidationError("standard input ('-') cannot go to --output-dir; use -o FILE") }
        if output == "" || outputDir == "" || extractAttachments == "" { throw ValidationError("an empty path is not a file or directory name") }
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

    /// Parses, then runs. Usage errors exit with status 2, as grep, diff and the other tools
    /// scripts are written against do (argument-parser alone would exit with 64, EX_USAGE);
    /// help and version exit with 0.
    static func main() {
        let command: Command
        do {
            var parsed = try parseAsRoot()
            guard let ours = parsed as? Command else {
                // argument-parser's own commands: help, completion scripts.
                try parsed.run()
                exit(withError: nil)
            }
            command = ours
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) }
            StandardStreams.write("filingdown: \(message(for: error))\nTry 'filingdown --help' for more information.\n",
                                  to: StandardStreams.error)
            Glibc.exit(2)
        }
        do {
            Glibc.exit(try Run(command).execute())
        } catch {
            StandardStreams.write("filingdown: \(error)\nTry 'filingdown --help' for more information.\n", to: StandardStreams.error)
            Glibc.exit(2)
        }
    }
}

