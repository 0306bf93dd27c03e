import FoundationEssentials
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The `filingdown` executable as a user meets it: spawned with arguments, judged by its
/// exit status, standard output and standard error. Also the harness the other
/// command-line suites use (`CommandLineTests.run`, `CommandLineTests.Sandbox`).
@Suite struct CommandLineTests {
    // MARK: Single input

    @Test func oneFileGoesToStandardOutput() throws {
        let box = try Sandbox()
        let input = try box.write("press.htm", Self.html(title: "Quarterly results", body: "Revenue rose."))
        let run = try Self.run([input])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.out.contains("Revenue rose."))
    }

    @Test func noInputReadsStandardInput() throws {
        let box = try Sandbox()
        let input = try box.write("press.htm", Self.html(title: "Results", body: "Read from a pipe."))
        let viaStdin = try Self.run([], stdin: input)
        let viaDash = try Self.run(["-"], stdin: input)
        let viaPath = try Self.run([input])
        #expect(viaStdin.status == 0 && viaDash.status == 0)
        #expect(viaStdin.stdout == viaPath.stdout)
        #expect(viaDash.stdout == viaPath.stdout)
    }

    @Test func outputOptionWritesTheFileAndNothingElse() throws {
        let box = try Sandbox()
        let input = try box.write("press.htm", Self.html(title: "Results", body: "To a file."))
        let output = box.path("out/press.md")
        let run = try Self.run([input, "-o", output])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(try box.read("out/press.md") == Self.run([input]).stdout)
        #expect(box.hiddenFiles("out").isEmpty)
    }

    @Test(arguments: [
        ("markdown", "# "), ("md", "# "), ("text", "Results"), ("txt", "Results"),
        ("json", "{\"schema\""), ("jsonl", "{\"schema\""),
    ])
    func everyFormatNameIsAccepted(format: String, start: String) throws {
        let box = try Sandbox()
        let input = try box.write("press.htm", Self.html(title: "Results", body: "Body."))
        let run = try Self.run(["--no-front-matter", "-f", format, input])
        #expect(run.status == 0)
        #expect(run.out.contains(start))
    }

    @Test func documentSelectionReachesTheLibrary() throws {
        let box = try Sandbox()
        let input = try box.write("submission.txt", Self.submission())
        let exhibit = try Self.run(["--document", "EX-99.1", input])
        #expect(exhibit.status == 0)
        #expect(exhibit.out.contains("reports record results"))
        #expect(!exhibit.out.contains("Other Events"))
        let both = try Self.run(["--document", "1,ex99-1.txt", input])
        #expect(both.out.contains("reports record results") && both.out.contains("Other Events"))
        let primary = try Self.run(["--primary", input])
        #expect(primary.out.contains("Other Events"))
        #expect(!primary.out.contains("reports record results"))
    }

    @Test func listPrintsOneLinePerDocument() throws {
        let box = try Sandbox()
        let input = try box.write("submission.txt", Self.submission())
        let run = try Self.run(["--list", input])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.split(separator: "\t", omittingEmptySubsequences: false).first == "1")
        #expect(run.out.contains("EX-99.1"))
    }

    // MARK: Usage errors and information

    @Test(arguments: [
        ["--format", "pdf"], ["--jobs", "0"], ["--columns", "-1"], ["--no-such-option"],
        ["-o", "x.md", "--output-dir", "out"], ["-", "-"], ["--output-dir", "out", "-"],
        ["--page-breaks", "sometimes"], ["--encoding", "ebcdic"], ["--primary", "--document", "1"],
    ])
    func usageErrorsExitWithStatusTwo(arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("filingdown: "))
        #expect(run.stdout.isEmpty)
    }

    @Test func helpAndVersionExitWithStatusZero() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(help.out.contains("--output-dir"))
        let version = try Self.run(["--version"])
        #expect(version.status == 0)
        #expect(version.out.hasPrefix("filingdown "))
        let completion = try Self.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.out.contains("filingdown"))
    }

    /// Each option's help says what happens when it is not given.
    @Test func everyOptionStatesItsDefault() throws {
        let options = try ToolInfo.load().options
        let positive = Set(options.flatMap(\.names))
        for option in options {
            // `--no-front-matter` is the other half of `--front-matter`, which states it.
            if let name = option.names.first, name.hasPrefix("--no-"), positive.contains("--" + name.dropFirst(5)) { continue }
            let stated = option.defaultValue != nil || option.abstract.lowercased().contains("default")
            #expect(stated, "\(option.names) does not state its default")
        }
    }

    @Test func missingFileIsReportedWithItsPath() throws {
        let box = try Sandbox()
        let missing = box.path("absent.htm")
        let run = try Self.run([missing])
        #expect(run.status == 1)
        #expect(run.stderr == "filingdown: \(missing): No such file or directory\n")
    }

    @Test func binaryFileIsRefused() throws {
        let box = try Sandbox()
        let input = try box.write("logo.htm", Self.binary)
        let run = try Self.run([input])
        #expect(run.status == 1)
        #expect(run.stderr == "filingdown: \(input): not a text or HTML filing (binary data)\n")
    }

    // MARK: Fixtures

    static func html(title: String, body: String) -> [UInt8] {
        Array("<html><head><title>\(title)</title></head><body><h1>\(title)</h1><p>\(body)</p></body></html>\n".utf8)
    }

    /// A two-document EDGAR submission: the 8-K in HTML and a plain-text press release.
    static func submission() -> [UInt8] {
        Array("""
            <SEC-DOCUMENT>0000000001-24-000001.txt : 20240102
            <SEC-HEADER>0000000001-24-000001.hdr.sgml : 20240102
            ACCESSION NUMBER:\t\t0000000001-24-000001
            CONFORMED SUBMISSION TYPE:\t8-K
            PUBLIC DOCUMENT COUNT:\t\t2
            FILED AS OF DATE:\t\t20240102

            FILER:

            \tCOMPANY DATA:\t
            \t\tCOMPANY CONFORMED NAME:\t\t\tEXAMPLE CORP
            \t\tCENTRAL INDEX KEY:\t\t\t0000000001
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>8-K
            <SEQUENCE>1
            <FILENAME>form8-k.htm
            <DESCRIPTION>FORM 8-K
            <TEXT>
            <html><body><p><b>Item 8.01 Other Events</b></p><p>Example Corp held its annual meeting.</p></body></html>
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-99.1
            <SEQUENCE>2
            <FILENAME>ex99-1.txt
            <DESCRIPTION>PRESS RELEASE
            <TEXT>
            Example Corp reports record results for the quarter.
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>

            """.utf8)
    }

    /// A PNG header: NUL bytes early and no `<DOCUMENT>` tag.
    static let binary: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        + Array(repeating: 0, count: 64)
}

// MARK: - Harness

extension CommandLineTests {
    struct Result {
        /// The exit status, or 128 + the signal that ended the process.
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var out: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The built executable: beside the test bundle (whatever `--scratch-path` the build
    /// used), else in the package's default `.build/debug`.
    static let executable: String = {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            let own = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            var directory = own
            while let slash = directory.lastIndex(of: "/") {
                directory = String(directory[..<slash])
                let candidate = directory + "/filingdown"
                if access(candidate, X_OK) == 0, !isDirectory(candidate) { return candidate }
                if directory.hasSuffix(".build") || directory.hasSuffix(".build-cli") || directory.isEmpty { break }
            }
        }
        return packageRoot + "/.build/debug/filingdown"
    }()

    /// The package root, from this file's path: Tests/FilingdownTests/CommandLineTests.swift.
    static let packageRoot: String = {
        var path = "\(#filePath)"
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path
    }()

    private static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    /// Runs the tool to completion. `stdin` is a file to read as standard input
    /// (default /dev/null).
    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        try start(arguments, stdin: stdin).wait()
    }

    static func start(_ arguments: [String], stdin: String? = nil) throws -> Process {
        try Process(executable: executable, arguments: arguments, stdin: stdin ?? "/dev/null")
    }

    /// A child process whose standard output and error go to temporary files (no pipes, so
    /// no deadlock however much it writes). FoundationEssentials has no `Process`; this is
    /// posix_spawn.
    final class Process {
        let pid: pid_t
        private let outPath: String
        private let errPath: String

        struct SpawnError: Error, CustomStringConvertible { var description: String }

        init(executable: String, arguments: [String], stdin: String) throws {
            let box = try Sandbox()
            outPath = box.path("stdout")
            errPath = box.path("stderr")
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
            defer { for p in argv { free(p) } }
            var child = pid_t()
            let rc = posix_spawn(&child, executable, &actions, nil, argv, environ)
            guard rc == 0 else { throw SpawnError(description: "cannot run \(executable): \(String(cString: strerror(rc)))") }
            pid = child
            keep = box
        }

        private let keep: Sandbox

        /// What the child has written to standard output so far.
        func outputSoFar() -> [UInt8] { (try? keep.read("stdout")) ?? [] }

        func signal(_ number: Int32) { kill(pid, number) }

        func wait() throws -> Result {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let signal = status & 0x7F
            let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            let out = try keep.read("stdout")
            let err = try keep.read("stderr")
            return Result(status: code, stdout: out, stderr: String(decoding: err, as: UTF8.self))
        }
    }

    /// A fresh directory under /tmp, removed when the value goes away.
    final class Sandbox {
        let root: String

        init() throws {
            var template = Array("/tmp/filingdown-test-XXXXXX".utf8CString)
            guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
                throw Process.SpawnError(description: "mkdtemp: \(String(cString: strerror(errno)))")
            }
            root = String(cString: made)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func path(_ relative: String) -> String { root + "/" + relative }

        @discardableResult
        func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
            let full = path(relative)
            try FileManager.default.createDirectory(atPath: String(full[..<full.lastIndex(of: "/")!]),
                                                    withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
            return full
        }

        func read(_ relative: String) throws -> [UInt8] {
            [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(relative))))
        }

        func exists(_ relative: String) -> Bool { access(path(relative), F_OK) == 0 }

        /// Names in a directory, sorted.
        func list(_ relative: String = "") -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: relative.isEmpty ? root : path(relative))) ?? []).sorted()
        }

        /// Leftover temporary files (`.NAME.filingdown-XXXXXX`), which must never survive a run.
        func hiddenFiles(_ relative: String) -> [String] {
            list(relative).filter { $0.hasPrefix(".") }
        }
    }

    /// The options argument-parser reports for `--experimental-dump-help`.
    struct ToolInfo: Decodable {
        struct Name: Decodable { var kind: String; var name: String }
        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
            var abstract: String?
            var defaultValue: String?
        }
        struct Command: Decodable { var arguments: [Argument] }
        var command: Command

        struct Option {
            /// As typed: `--format`, `-f`.
            var names: [String]
            var abstract: String
            var defaultValue: String?
            /// An option (`--format md`), not a flag (`--quiet`).
            var takesValue: Bool
        }

        /// Options and flags, without `--help` and `--version`, which state no default.
        var options: [Option] {
            command.arguments.compactMap { argument in
                guard argument.kind != "positional", let names = argument.names else { return nil }
                let spelled = names.map { $0.kind == "short" ? "-" + $0.name : "--" + $0.name }
                if spelled.contains("--help") || spelled.contains("--version") { return nil }
                return Option(names: spelled, abstract: argument.abstract ?? "", defaultValue: argument.defaultValue,
                              takesValue: argument.kind == "option")
            }
        }

        /// Every spelling of every option and flag but `--help` and `--version`, and whether
        /// it takes a value.
        var spellings: [(name: String, takesValue: Bool)] {
            options.flatMap { option in option.names.map { ($0, option.takesValue) } }
        }

        /// Every spelling of every option, `--help` and `--version` included.
        var allNames: [String] {
            command.arguments.flatMap { ($0.names ?? []).map { $0.kind == "short" ? "-" + $0.name : "--" + $0.name } }
        }

        static func load() throws -> ToolInfo {
            let run = try CommandLineTests.run(["--experimental-dump-help"])
            return try JSONDecoder().decode(ToolInfo.self, from: Data(run.stdout))
        }
    }
}
