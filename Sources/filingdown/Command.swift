import ArgumentParser
import Filingdown
#if canImport(Glibc)
import Glibc
#endif

/// The command line: options in, a `Run` out. Every conversion decision is the library's;
/// this type declares the options for argument-parser (parsing, help, errors, completion
/// scripts) and hands their values on as an `Invocation`, which checks that they fit together.
@main
struct Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filingdown",
        abstract: "Convert SEC EDGAR filings to Markdown, plain text or JSON.",
        discussion: """
            An INPUT is a filing (a full EDGAR submission .txt or .nc, or a single .htm, \
            .txt or .xml document, also gzip-compressed), a directory of them (its files \
            with those extensions; see --include), an archive of them (.tar, .tar.gz, \
            .tgz, .zip: its members, read without extracting), or '-' for standard input \
            (the default). One input goes to standard output or -o FILE. Several inputs, or a \
            directory, go to --output-dir DIR, or else are concatenated on standard output, \
            each introduced by a delimiter.

            Examples:
              filingdown 10-k.htm > 10-k.md
              filingdown -r --output-dir out/ filings/
              filingdown -f text submission.txt | grep -i 'risk factors'

            Exit status: 0 when every input converted, 1 when some failed, 2 for a \
            usage error. See filingdown(1) for details.
            """,
        version: VersionText.full)

    // MARK: What to produce

    @Option(name: .shortAndLong,
            help: ArgumentHelp("Output format; md and txt are short for markdown and text (default: the -o file's extension when it names a format, else markdown).", valueName: "format"))
    var format: ConversionOptions.Format?

    // Unconditional: `--columns -5` reaches the range check instead of reading as an option.
    @Option(parsing: .unconditional, help: ArgumentHelp("Wrap plain text at N columns; 0 means no wrapping.", valueName: "n"))
    var columns: Int = 80

    @Option(parsing: .unconditional, help: ArgumentHelp("With -f chunks, fill each chunk to about N characters of Markdown (default: 2000; at least 200).", valueName: "n"))
    var chunkSize: Int = 2000

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

    @Flag(help: "Convert EDGAR's XBRL viewer files (Show.js, report.css, R1.htm, FilingSummary.xml, MetaLinks.json) and the XBRL data (EX-101 schemas and linkbases) too (default: off; each is named, with its size, after the filer's documents).")
    var allDocuments = false

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

    @Option(help: ArgumentHelp("In directory inputs, take only files whose name matches GLOB ('*.htm', '0001*'); repeatable (default: the EDGAR extensions .txt .nc .htm .html .xml, in any case, also gzip-compressed).",
                               valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("In directory inputs, leave out files whose name matches GLOB; repeatable (default: none left out beyond --include's choice).",
                               valueName: "glob"))
    var exclude: [String] = []

    @Option(name: .shortAndLong, parsing: .unconditional,
            help: ArgumentHelp("Convert N files at a time (default: the number of online processors).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Overwrite existing output files (default: off; an existing output is an error). Inputs are never overwritten.")
    var force = false

    @Flag(help: "With --output-dir, pass over inputs whose output file already exists, as a rerun after an interruption wants (default: off; an existing output is an error).")
    var skipExisting = false

    @Flag(help: "With --output-dir, convert only inputs newer than their output file, replacing the older outputs, as cp -u and rsync -u do (default: off).")
    var update = false

    @Flag(name: .shortAndLong, help: "No progress line, summary or warnings; errors only (default: off).")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print the summary even when standard error is not a terminal, and name each file a directory input left out (default: off; the summary appears on a terminal or with --output-dir).")
    var verbose = false

    // MARK: Pipelines

    @Flag(help: "Read records from standard input (a line 'LENGTH ID', then LENGTH bytes of a filing) and write one JSON line per record to standard output, in input order; see docs/stream.md (default: off).")
    var stream = false

    @Flag(help: "Write each input as one JSON line, a --stream record (id, header, documents, warnings), instead of its conversion (default: off).")
    var records = false

    @Option(help: ArgumentHelp("Read the inputs' paths from FILE, one a line ('-': standard input); they are written as records unless --output-dir, --list or --outline says otherwise (default: none).",
                               valueName: "file"))
    var filesFrom: String?

    @Flag(name: .customLong("null"), help: "With --files-from, paths end with a NUL byte instead of a line feed, as find -print0 writes them (default: off).")
    var nullSeparated = false

    @Option(help: ArgumentHelp("The largest --stream record or archive member, in bytes or with a K, M or G suffix; a larger one is not read (default: 256M).",
                               valueName: "n"))
    var maxRecordBytes: ByteCount?

    @Argument(help: ArgumentHelp("Filings or directories; '-' is standard input (default: -).", valueName: "input"))
    var inputs: [String] = []

    mutating func validate() throws {
        if let problem = invocation.problem { throw ValidationError(problem) }
    }

    /// The parsed values, as `FastPath` would have built them.
    var invocation: Invocation {
        Invocation(format: format, columns: columns, chunkSize: chunkSize, pageBreaks: pageBreaks, frontMatter: frontMatter,
                   encoding: encoding, list: list, documentSpecs: documentSpecs, primaryOnly: primaryOnly, allDocuments: allDocuments,
                   outline: outline, sectionSpecs: sectionSpecs, extractAttachments: extractAttachments,
                   output: output, outputDir: outputDir, recursive: recursive, includes: include, excludes: exclude,
                   jobs: jobs, force: force, skipExisting: skipExisting, update: update, quiet: quiet, verbose: verbose,
                   stream: stream, records: records, filesFrom: filesFrom, nullSeparated: nullSeparated,
                   maxRecordBytes: maxRecordBytes?.value, inputs: inputs)
    }

    /// Parses, then runs. The usual command lines, and `--version` alone, go through
    /// `FastPath`: argument-parser takes longer to parse them than a small filing takes to
    /// convert. Anything else, help and every error included, is argument-parser's. Usage
    /// errors exit with status 2, as grep, diff and the other tools scripts are written
    /// against do (argument-parser alone would exit with 64, EX_USAGE); help and version
    /// exit with 0.
    static func main() {
        StandardStreams.openClosedStandardDescriptors()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let invocation = FastPath.invocation(arguments) { perform(invocation) }
        if FastPath.asksForVersion(arguments) {
            StandardStreams.write(configuration.version + "\n", to: StandardStreams.output)
            Glibc.exit(0)
        }
        let command: Command
        do {
            var parsed = try parseAsRoot(arguments)
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
        perform(command.invocation)
    }

    private static func perform(_ invocation: Invocation) -> Never {
        do {
            Glibc.exit(try Run(invocation).execute())
        } catch {
            StandardStreams.write("filingdown: \(error)\nTry 'filingdown --help' for more information.\n", to: StandardStreams.error)
            Glibc.exit(2)
        }
    }
}
