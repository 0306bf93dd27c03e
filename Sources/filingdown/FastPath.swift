import ArgumentParser
import Filingdown

/// The command lines people usually type (`-f text -o out.txt 10-k.htm`), parsed without
/// argument-parser's machinery, which looks up every option's type at run time, twice, and
/// took longer than converting a small filing. Only plain spellings are taken: `-f VALUE`,
/// `--format VALUE`, `--format=VALUE`, flags, inputs, each option once (`--document`,
/// `--section`, `--include` and `--exclude` may repeat). Anything else (`--help`, `--`, `-rq`, `-j4`, a value that looks
/// like an option, a value that does not parse, options that do not fit together) gets nil,
/// and argument-parser parses the line instead, so its messages and exit codes are unchanged.
enum FastPath {
    /// The invocation these arguments ask for, exactly as `Command` would build it; nil when
    /// they are not one of the plain shapes, or are wrong.
    static func invocation(_ arguments: [String]) -> Invocation? {
        var invocation = Invocation()
        var given: Set<Option> = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-"), argument != "-" else {
                invocation.inputs.append(argument)
                continue
            }
            var spelling = argument
            var attached: String? = nil
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                spelling = String(argument[..<equals])
                attached = String(argument[argument.index(after: equals)...])
            }
            guard let option = Option(spelling: spelling) else { return nil }
            guard option.mayRepeat || given.insert(option.setting).inserted else { return nil }
            guard option.takesValue else {
                guard attached == nil else { return nil }
                option.set(&invocation)
                continue
            }
            let value: String
            if let attached {
                value = attached
            } else {
                guard index < arguments.count else { return nil }
                value = arguments[index]
                index += 1
            }
            guard !value.isEmpty, !value.hasPrefix("-") || value == "-" else { return nil }
            guard option.set(&invocation, to: value) else { return nil }
        }
        guard invocation.problem == nil else { return nil }
        return invocation
    }

    /// `filingdown --version` and nothing else.
    static func asksForVersion(_ arguments: [String]) -> Bool { arguments == ["--version"] }

    /// Every option of `Command`, by the names it is typed with.
    private enum Option: Hashable {
        case format, columns, chunkSize, pageBreaks, frontMatter, noFrontMatter, encoding
        case list, document, primary, allDocuments, outline, section, extractAttachments
        case output, outputDir, recursive, include, exclude, jobs, force, skipExisting, update, quiet, verbose
        case stream, records, filesFrom, null, maxRecordBytes

        init?(spelling: String) {
            switch spelling {
            case "-f", "--format": self = .format
            case "--columns": self = .columns
            case "--chunk-size": self = .chunkSize
            case "--page-breaks": self = .pageBreaks
            case "--front-matter": self = .frontMatter
            case "--no-front-matter": self = .noFrontMatter
            case "--encoding": self = .encoding
            case "--list": self = .list
            case "--document": self = .document
            case "--primary": self = .primary
            case "--all-documents": self = .allDocuments
            case "--outline": self = .outline
            case "--section": self = .section
            case "--extract-attachments": self = .extractAttachments
            case "-o", "--output": self = .output
            case "--output-dir": self = .outputDir
            case "-r", "--recursive": self = .recursive
            case "--include": self = .include
            case "--exclude": self = .exclude
            case "-j", "--jobs": self = .jobs
            case "--force": self = .force
            case "--skip-existing": self = .skipExisting
            case "--update": self = .update
            case "-q", "--quiet": self = .quiet
            case "-v", "--verbose": self = .verbose
            case "--stream": self = .stream
            case "--records": self = .records
            case "--files-from": self = .filesFrom
            case "--null": self = .null
            case "--max-record-bytes": self = .maxRecordBytes
            default: return nil
            }
        }

        var takesValue: Bool {
            switch self {
            case .frontMatter, .noFrontMatter, .list, .primary, .allDocuments, .outline, .recursive, .force, .skipExisting, .update, .quiet, .verbose,
                 .stream, .records, .null: false
            default: true
            }
        }

        var mayRepeat: Bool { [.document, .section, .include, .exclude].contains(self) }

        /// What giving the option twice would overwrite: `--front-matter` and
        /// `--no-front-matter` share one setting.
        var setting: Option { self == .noFrontMatter ? .frontMatter : self }

        /// A flag.
        func set(_ invocation: inout Invocation) {
            switch self {
            case .frontMatter: invocation.frontMatter = true
            case .noFrontMatter: invocation.frontMatter = false
            case .list: invocation.list = true
            case .primary: invocation.primaryOnly = true
            case .allDocuments: invocation.allDocuments = true
            case .outline: invocation.outline = true
            case .recursive: invocation.recursive = true
            case .force: invocation.force = true
            case .skipExisting: invocation.skipExisting = true
            case .update: invocation.update = true
            case .quiet: invocation.quiet = true
            case .verbose: invocation.verbose = true
            case .stream: invocation.stream = true
            case .records: invocation.records = true
            case .null: invocation.nullSeparated = true
            default: break
            }
        }

        /// An option with a value, read by the same `init(argument:)` argument-parser would
        /// use; false when the value does not parse.
        func set(_ invocation: inout Invocation, to value: String) -> Bool {
            switch self {
            case .format:
                guard let format = ConversionOptions.Format(argument: value) else { return false }
                invocation.format = format
            case .columns:
                guard let columns = Int(argument: value) else { return false }
                invocation.columns = columns
            case .chunkSize:
                guard let size = Int(argument: value) else { return false }
                invocation.chunkSize = size
            case .pageBreaks:
                guard let style = ConversionOptions.PageBreakStyle(argument: value) else { return false }
                invocation.pageBreaks = style
            case .encoding:
                guard let encoding = TextEncoding(argument: value) else { return false }
                invocation.encoding = encoding
            case .document: invocation.documentSpecs.append(value)
            case .section: invocation.sectionSpecs.append(value)
            case .extractAttachments: invocation.extractAttachments = value
            case .output: invocation.output = value
            case .outputDir: invocation.outputDir = value
            case .include: invocation.includes.append(value)
            case .exclude: invocation.excludes.append(value)
            case .filesFrom: invocation.filesFrom = value
            case .maxRecordBytes:
                guard let count = ByteCount(argument: value) else { return false }
                invocation.maxRecordBytes = count.value
            case .jobs:
                guard let jobs = Int(argument: value) else { return false }
                invocation.jobs = jobs
            default: return false
            }
            return true
        }
    }
}
