import ArgumentParser
@testable import filingdown
import Testing

/// `FastPath` parses the usual command lines without argument-parser, for start-up time. It
/// must build exactly what argument-parser builds, and leave everything else to it.
@Suite struct CommandLineFastPathTests {
    /// What argument-parser makes of the arguments, checks included.
    private func parsed(_ arguments: [String]) throws -> Invocation {
        try Command.parse(arguments).invocation
    }

    @Test(arguments: [
        [], ["10-k.htm"], ["-"], ["help"], [""], ["a=b.htm"], ["a.htm", "b.htm", "-"],
        ["-f", "text", "a.htm"], ["--format", "json", "a.htm"], ["--format=jsonl", "a.htm"],
        ["-f", "MD", "a.htm"], ["-f", "txt", "-", "a.htm"], ["-f", "ndjson", "a.htm"],
        ["-o", "out.md", "a.htm"], ["--output", "-", "a.htm"], ["--output=out.md", "a.htm"], ["--output=-", "a.htm"],
        ["-o", "-"], ["-o", "x.json", "a.htm"], ["-o", "x.txt", "-f", "md", "a.htm"],
        ["a.htm", "-f", "text", "b.htm", "-q"], ["-q", "-r", "--output-dir", "out", "filings"],
        ["--output-dir=out", "-j", "2", "a.htm", "b.htm"], ["--jobs=3", "-r", "filings"],
        ["-f", "text", "--columns", "0", "a.htm"], ["--columns", "+72", "-f", "text", "a.htm"],
        ["--page-breaks", "none", "a.htm"], ["--page-breaks=formfeed", "-f", "md", "a.htm"],
        ["--encoding", "windows-1252", "a.htm"], ["--encoding", "UTF8", "a.htm"], ["--encoding=latin1", "a.htm"],
        ["--no-front-matter", "a.htm"], ["--front-matter", "a.htm"],
        ["--document", "1,EX-99.1", "--document", "ex21.htm", "s.txt"], ["--document=EX-21", "s.txt"],
        ["--primary", "s.txt"], ["--include", "*.htm", "--include=*.txt", "--exclude", "*-old*", "-r", "d"],
        ["--skip-existing", "--output-dir", "out", "-v", "d"], ["--update", "--output-dir", "out", "d"], ["--verbose", "a.htm", "b.htm"], ["--section", "1A", "--section=Item 7", "--section", "7,7A", "k.htm"],
        ["--list", "s.txt"], ["--list", "-o", "docs.txt", "s.txt"], ["--outline", "-f", "json", "k.htm"],
        ["--extract-attachments", "att", "s.txt"], ["--force", "-o", "x.md", "a.htm"],
        ["-f", "json", "--columns", "100", "--page-breaks", "marker", "--no-front-matter", "--encoding", "utf-8",
         "--document", "2", "--section", "Part II", "--extract-attachments", "att", "--output-dir", "out",
         "-r", "-j", "1", "--force", "-q", "filings", "more"],
        ["--stream"], ["--stream", "-f", "json", "-j", "2", "--max-record-bytes=1G"], ["--stream", "--max-record-bytes", "1000"],
        ["--records", "a.htm", "b.txt"], ["--files-from", "-", "--null", "-f", "text"], ["--files-from=list", "--output-dir", "out"],
    ])
    func fastPathBuildsWhatArgumentParserBuilds(arguments: [String]) throws {
        let fast = try #require(FastPath.invocation(arguments), "\(arguments) was left to argument-parser")
        #expect(fast == (try parsed(arguments)))
    }

    /// Each option, by each of its names, is parsed the fast way and agrees; an option added
    /// to `Command` alone fails here rather than quietly slowing every start.
    @Test func everyOptionOfTheToolTakesTheFastPath() throws {
        let values = [
            "--format": "text", "-f": "json", "--columns": "40", "--chunk-size": "500", "--page-breaks": "none", "--encoding": "iso-8859-1",
            "--document": "EX-99.1", "--section": "Item 2.02", "--extract-attachments": "att",
            "--output": "x.md", "-o": "x.md", "--output-dir": "out", "--jobs": "3", "-j": "1",
            "--include": "*.htm", "--exclude": "*-old.*", "--files-from": "list", "--max-record-bytes": "64M",
        ]
        let spellings = try CommandLineTests.ToolInfo.load().spellings
        #expect(spellings.count > 20)
        for (name, takesValue) in spellings {
            var arguments = [name]
            if takesValue {
                let value = try #require(values[name], "no sample value for \(name)")
                arguments.append(value)
            }
            // The record options read no INPUT, or need another option.
            switch name {
            case "--stream": break
            case "--files-from": break
            case "--null": arguments += ["--files-from", "-"]
            case "--max-record-bytes": arguments.append("--stream")
            default: arguments.append("s.txt")
            }
            // --skip-existing works only with --output-dir.
            if name == "--skip-existing" || name == "--update" { arguments += ["--output-dir", "out"] }
            let fast = FastPath.invocation(arguments)
            #expect(fast != nil, "\(arguments) was left to argument-parser")
            #expect(fast == (try parsed(arguments)), "\(arguments)")
        }
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["-help"], ["a.htm", "--help"], ["--version", "a.htm"], ["--experimental-dump-help"],
        ["--generate-completion-script", "bash"], ["--", "a.htm"], ["--", "-weird.htm"], ["-rq", "a"], ["-fmd", "a"],
        ["-j4", "a"], ["-f=md", "a"], ["--format=", "a"], ["--output=", "a"], ["--list=yes", "a"], ["-f"], ["-o"],
        ["-f", "md", "-f", "json", "a"], ["-q", "-q", "a"], ["-q", "--quiet", "a"], ["--front-matter", "--no-front-matter"],
        ["--columns", "-1", "a"], ["--columns", "1e3", "a"], ["-o", "-x", "a"], ["-o", "--list", "a"], ["-o", "", "a"],
        ["--format", "pdf", "a"], ["--page-breaks", "sometimes"], ["--encoding", "ebcdic"], ["--jobs", "0"],
        ["--no-such-option"], ["-x"], ["-weird.htm"], ["-o", "x.md", "--output-dir", "out"], ["--output-dir", "out", "-"],
        ["--primary", "--document", "1"], ["--section", "nonsense"], ["--document", "1, "], ["--list", "--outline"],
        ["--document", ","], ["--section", "1Z"], ["--section", "Item 99"], ["-o", "newdir/", "a"], ["--output-dir", "out"],
        ["--skip-existing", "a"], ["--skip-existing", "--force", "--output-dir", "o", "a"],
        ["--update", "a"], ["--update", "--skip-existing", "--output-dir", "o", "a"], ["--update", "--force", "--output-dir", "o", "a"], ["-q", "-v", "a"], ["-vq", "a"],
    ])
    func unusualArgumentsAreLeftToArgumentParser(arguments: [String]) {
        #expect(FastPath.invocation(arguments) == nil)
    }

    /// The fast path answers `--version` alone with `Command.configuration.version`: the same
    /// line argument-parser prints, with the same status.
    @Test func versionIsArgumentParsersVersion() throws {
        #expect(FastPath.asksForVersion(["--version"]))
        #expect(!FastPath.asksForVersion(["--version", "a.htm"]))
        #expect(!FastPath.asksForVersion(["a.htm", "--version"]))
        let error = #expect(throws: (any Error).self) { try Command.parseAsRoot(["--version"]) }
        #expect(Command.exitCode(for: try #require(error)) == .success)
        #expect(Command.fullMessage(for: try #require(error)) == Command.configuration.version)
        let run = try CommandLineTests.run(["--version"])
        #expect(run.status == 0)
        #expect(run.out == Command.configuration.version + "\n")
        #expect(run.stderr.isEmpty)
    }
}
