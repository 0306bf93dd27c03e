import Filingdown
import FoundationEssentials
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The README and the manual page say true things: every example runs from the top of a
/// clone and prints what the documentation shows, the JSON schema names every party role,
/// and `--version` and `make install` do what the README says.
@Suite struct DocumentationTests {
    typealias Tool = CommandLineTests

    /// One console block: its `$ ` commands, run in order by one shell, and what they print
    /// (standard output and error together). A command continues on the lines after it that
    /// start with `> ` (or are `>` alone), as a shell prompts for the rest of a here-document.
    struct Example: Sendable, CustomStringConvertible {
        var source: String
        var line: Int
        var commands: [String]
        var expected: [String]
        /// The last line read was a command or its continuation.
        var continues = false
        var description: String { "\(source):\(line)" }
        var needsJQ: Bool { commands.contains { $0.contains("| jq ") } }
        var needsPython: Bool { commands.contains { $0.hasPrefix("python3 ") } }
    }

    static let jq: String? = ["/usr/bin/jq", "/usr/local/bin/jq"].first { access($0, X_OK) == 0 }

    /// Whether `python3` runs from the PATH the examples get.
    static let python: Bool = (try? Tool.Process(executable: "/bin/sh", arguments: ["-c", "python3 -c 1"], stdin: "/dev/null").wait().status) == 0

    static let examples: [Example] = readmeExamples() + manPageExamples()

    static func text(_ relative: String) -> String {
        (try? Data(contentsOf: URL(fileURLWithPath: Tool.packageRoot + "/" + relative)))
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Blocks fenced with ```console.
    static func readmeExamples() -> [Example] {
        examples(in: "README.md", opening: "```console", closing: "```") { $0 }
    }

    /// `.EX` … `.EE` blocks of the EXAMPLES section, with roff's escapes undone.
    static func manPageExamples() -> [Example] {
        examples(in: "man/filingdown.1", opening: ".EX", closing: ".EE", section: ".SH EXAMPLES") {
            $0.replacing("\\-", with: "-").replacing("\\(aq", with: "'").replacing("\\e", with: "\\")
        }
    }

    /// The blocks between `opening` and `closing` lines (inside `section`, when given): `$ `
    /// lines are commands, the others what they print.
    static func examples(in file: String, opening: String, closing: String, section: String? = nil,
                         unescaped: (String) -> String) -> [Example] {
        var examples: [Example] = []
        var current: Example?
        var inSection = section == nil
        for (n, raw) in text(file).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let section, raw.hasPrefix(".SH ") { inSection = raw == section }
            guard inSection else { continue }
            if raw == opening {
                current = Example(source: file, line: n + 1, commands: [], expected: [])
            } else if raw == closing, let done = current {
                examples.append(done)
                current = nil
            } else if current != nil {
                let line = unescaped(String(raw))
                if line.hasPrefix("$ ") {
                    current!.commands.append(String(line.dropFirst(2)))
                    current!.continues = true
                } else if line.hasPrefix("> ") || line == ">", current!.continues {
                    current!.commands[current!.commands.count - 1] += "\n" + line.dropFirst(2)
                } else {
                    current!.expected.append(line)
                    current!.continues = false
                }
            }
        }
        return examples
    }

    /// `in 1.2 s, 7.9 MB/s` depends on the machine.
    static func timeless(_ text: String) -> String {
        text.replacing(/in [0-9]+\.[0-9] s(, [0-9]+\.[0-9] MB\/s)?/, with: "in … s")
    }

    /// Runs the block's commands in a fresh directory holding a link to `Golden/`, with the
    /// built `filingdown` first on the PATH.
    static func run(_ example: Example) throws -> String {
        let box = try Tool.Sandbox()
        #expect(symlink(Tool.packageRoot + "/Golden", box.path("Golden")) == 0)
        let bin = String(Tool.executable[..<Tool.executable.lastIndex(of: "/")!])
        let script = "cd '\(box.root)' || exit 99\nPATH='\(bin)':\"$PATH\"\nexport PATH\nexec 2>&1\n"
            + example.commands.joined(separator: "\n") + "\n"
        let run = try Tool.Process(executable: "/bin/sh", arguments: ["-c", script], stdin: "/dev/null").wait()
        return run.out
    }

    static func check(_ example: Example) throws {
        let printed = try run(example)
        let expected = example.expected.isEmpty ? "" : example.expected.joined(separator: "\n") + "\n"
        #expect(timeless(printed) == timeless(expected), "\(example)")
    }

    @Test func theDocumentationHasExamples() {
        #expect(Self.examples.filter { $0.source == "README.md" }.count >= 8)
        #expect(Self.examples.filter { $0.source.hasPrefix("man/") }.count >= 6)
        #expect(Self.examples.allSatisfy { !$0.commands.isEmpty })
    }

    @Test(arguments: examples.filter { !$0.needsJQ && !$0.needsPython })
    func everyExamplePrintsWhatTheDocumentationShows(_ example: Example) throws {
        try Self.check(example)
    }

    @Test(.enabled(if: jq != nil, "jq is not installed"), arguments: examples.filter(\.needsJQ))
    func everyJQExamplePrintsWhatTheDocumentationShows(_ example: Example) throws {
        try Self.check(example)
    }

    @Test(.enabled(if: python, "python3 is not installed"), arguments: examples.filter(\.needsPython))
    func everyPythonExamplePrintsWhatTheDocumentationShows(_ example: Example) throws {
        try Self.check(example)
    }

    /// The README's quick start quotes part of what converting the bundled 8-K prints.
    @Test func theQuickStartQuotesTheRealOutput() throws {
        let readme = Self.text("README.md")
        let start = try #require(readme.range(of: "```markdown\n"))
        let end = try #require(readme[start.upperBound...].range(of: "\n```"))
        let quoted = String(readme[start.upperBound..<end.lowerBound])
        #expect(readme.contains("swift run filingdown Golden/cellectar-8k-2017/input.txt"))
        let run = try Tool.run([Tool.packageRoot + "/Golden/cellectar-8k-2017/input.txt"])
        #expect(run.out.contains(quoted))
    }

    @Test func theJSONSchemaNamesEveryPartyRole() {
        let schema = Self.text("docs/json-schema.md")
        // `Party: `role` (`filer`, `subject-company`, …),` over several lines.
        let party = schema.firstRange(of: "Party: `role` (").map { start in
            schema[start.upperBound...].prefix { $0 != ")" }
        } ?? ""
        #expect(!party.isEmpty)
        for role in SubmissionHeader.roleOrder {
            #expect(party.contains("`\(role)`"), "docs/json-schema.md does not name the role \(role)")
        }
        #expect(schema.contains("\"path\""))
        #expect(schema.contains("\"filing_date\", \"cik\", \"company\""))
    }

    @Test func jsonLinesRecordsCarryTheFilingsIdentity() throws {
        var options = ConversionOptions()
        options.format = .jsonl
        let output = Converter(options: options).convert(Tool.submission()).output
        struct Record: Decodable {
            var accession_number: String?
            var filing_date: String?
            var cik: String?
            var company: String?
        }
        let lines = output.split(separator: 0x0A)
        #expect(lines.count == 2)
        for line in lines {
            let record = try JSONDecoder().decode(Record.self, from: Data(line))
            #expect(record.accession_number == "0000000001-24-000001")
            #expect(record.filing_date == "2024-01-02")
            #expect(record.cik == "0000000001")
            #expect(record.company == "EXAMPLE CORP")
        }
    }

    @Test func versionNamesTheToolLibxml2AndSwift() throws {
        let run = try Tool.run(["--version"])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first?.wholeMatch(of: /filingdown [0-9]+\.[0-9]+\.[0-9]+/) != nil)
        #expect(lines.dropFirst().first?.wholeMatch(of: /libxml2 [0-9]+\.[0-9]+\.[0-9]+/) != nil)
        #expect(lines.last?.wholeMatch(of: /Swift [0-9]+\.[0-9]+.*/) != nil)
    }

    static let make: String? = ["/usr/bin/make", "/usr/local/bin/make"].first { access($0, X_OK) == 0 }

    /// `make install` minus the release build: the files it installs, and where.
    @Test(.enabled(if: make != nil, "make is not installed"))
    func makeInstallPutsAStrippedBinaryTheManualAndCompletionsInPlace() throws {
        let box = try Tool.Sandbox()
        let install = try Tool.Process(executable: Self.make!, arguments: [
            "-s", "-C", Tool.packageRoot, "install-files", "DESTDIR=\(box.root)", "PREFIX=/usr", "BIN=\(Tool.executable)",
        ], stdin: "/dev/null").wait()
        #expect(install.status == 0, "\(install.stderr)")
        for file in ["usr/bin/filingdown", "usr/share/man/man1/filingdown.1", "usr/share/bash-completion/completions/filingdown",
                     "usr/share/zsh/site-functions/_filingdown", "usr/share/fish/vendor_completions.d/filingdown.fish"] {
            #expect(box.exists(file), "make install did not install \(file)")
        }
        let binary = try box.read("usr/bin/filingdown")
        #expect(!binary.isEmpty)
        #expect(binary.firstRange(of: Array(".symtab".utf8)) == nil, "the installed binary is not stripped")
        #expect(try box.read("usr/share/man/man1/filingdown.1") == Data(contentsOf: URL(fileURLWithPath: ManPageTests.page)).map { $0 })
        #expect(String(decoding: try box.read("usr/share/bash-completion/completions/filingdown"), as: UTF8.self).contains("--output-dir"))
        let version = try Tool.Process(executable: box.path("usr/bin/filingdown"), arguments: ["--version"], stdin: "/dev/null").wait()
        #expect(version.out == (try Tool.run(["--version"])).out)
        let uninstall = try Tool.Process(executable: Self.make!, arguments: [
            "-s", "-C", Tool.packageRoot, "uninstall", "DESTDIR=\(box.root)", "PREFIX=/usr",
        ], stdin: "/dev/null").wait()
        #expect(uninstall.status == 0)
        #expect(!box.exists("usr/bin/filingdown") && !box.exists("usr/share/zsh/site-functions/_filingdown"))
    }

    @Test func theLicenseIsApacheAndTheReadmeAndPackageSaySo() {
        #expect(Self.text("LICENSE").contains("Apache License\n                           Version 2.0, January 2004"))
        #expect(Self.text("README.md").contains("Apache License 2.0 (`LICENSE`)"))
        #expect(Self.text("Package.swift").contains("Apache License 2.0, see LICENSE"))
    }
}
