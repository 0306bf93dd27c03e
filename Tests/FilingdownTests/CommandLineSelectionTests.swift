import FoundationEssentials
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A selection (`--document`, `--section`) that selects nothing is an error, never an
/// empty output; selections and paths that cannot mean anything are usage errors.
@Suite struct CommandLineSelectionTests {
    typealias Tool = CommandLineTests

    @Test func documentThatMatchesNothingIsAnErrorAndWritesNothing() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("submission.txt", Tool.submission())
        let run = try Tool.run(["--document", "EX-99.9", input])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "filingdown: \(input): no document matches EX-99.9\n")
        let output = box.path("out.md")
        let toFile = try Tool.run(["--document", "EX-99.9,EX-21", "-o", output, input])
        #expect(toFile.stderr == "filingdown: \(input): no document matches EX-99.9 or EX-21\n")
        #expect(!box.exists("out.md"))
        let outline = try Tool.run(["--outline", "--document", "EX-99.9", input])
        #expect(outline.status == 1 && outline.stdout.isEmpty)
    }

    @Test func sectionThatMatchesNothingIsAnError() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("submission.txt", Tool.submission())
        let found = try Tool.run(["--section", "8.01", input])
        #expect(found.status == 0)
        #expect(found.out.contains("annual meeting"))
        let run = try Tool.run(["--section", "1A", input])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "filingdown: \(input): no Item 1A in this filing\n")
        let two = try Tool.run(["--section", "Part II Item 1A,7", input])
        #expect(two.stderr == "filingdown: \(input): no Part II Item 1A or Item 7 in this filing\n")
    }

    /// The rest of the batch converts; the summary does not count the miss as converted.
    @Test func aBatchReportsEachMissAndCountsItAsFailed() throws {
        let box = try Tool.Sandbox()
        let submission = try box.write("in/a.txt", Tool.submission())
        try box.write("in/b.htm", Tool.html(title: "Press release", body: "No exhibits here."))
        let run = try Tool.run(["--document", "EX-99.1", "--output-dir", box.path("out"), box.path("in")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("filingdown: \(box.path("in"))/b.htm: no document matches EX-99.1\n"))
        #expect(run.stderr.contains("converted 1 of 2 files"))
        #expect(run.stderr.contains("1 failed"))
        #expect(box.list("out") == ["a.md"])
        #expect(try box.read("out/a.md") == Tool.run(["--document", "EX-99.1", submission]).stdout)
    }

    @Test(arguments: [
        (["--document", ""], "--document needs a sequence number, type or file name"),
        (["--document", ","], "--document needs a sequence number, type or file name"),
        (["--document", "EX-99.1,"], "--document needs a sequence number, type or file name"),
        (["--section", "1Z"], "--section '1Z': no EDGAR form has an Item 1Z"),
        (["--section", "Item 99"], "--section 'Item 99': no EDGAR form has an Item 99"),
        (["--section", "7,9.11"], "--section '7,9.11': no EDGAR form has an Item 9.11"),
        (["--columns", "-5"], "--columns must be 0 or more, not -5"),
        (["--jobs", "-2"], "--jobs must be 1 or more, not -2"),
        (["-o", "newdir/"], "-o 'newdir/' names a directory"),
    ])
    func meaninglessValuesAreUsageErrors(arguments: [String], message: String) throws {
        let box = try Tool.Sandbox()
        let input = try box.write("submission.txt", Tool.submission())
        let run = try Tool.run(arguments + [input])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("filingdown: " + message), "\(run.stderr)")
    }

    @Test(arguments: ["1A", "Item 7", "7A", "16K", "5.02", "9.01", "Part II Item 1A", "Part IV", "20"])
    func itemsThatFormsHaveAreAccepted(spec: String) throws {
        let box = try Tool.Sandbox()
        let input = try box.write("submission.txt", Tool.submission())
        let run = try Tool.run(["--section", spec, input])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.hasSuffix("in this filing\n"))
    }

    @Test func outputPathEndingInASlashCreatesNothing() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("press.htm", Tool.html(title: "Results", body: "Body."))
        let run = try Tool.run(["-o", box.path("newdir/"), input])
        #expect(run.status == 2)
        #expect(!box.exists("newdir"))
    }

    /// `cat f | filingdown --output-dir D` would write `D/-.md`; it is refused like `-`.
    @Test func standardInputIsNeverWrittenToAnOutputDirectory() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("press.htm", Tool.html(title: "Results", body: "Body."))
        for arguments in [["--output-dir", box.path("out")], ["--output-dir", box.path("out"), "-"]] {
            let run = try Tool.run(arguments, stdin: input)
            #expect(run.status == 2)
            #expect(run.stderr.hasPrefix("filingdown: standard input ('-') cannot go to --output-dir"))
            #expect(!box.exists("out"))
        }
    }

    @Test(arguments: [("x.json", "json"), ("x.txt", "text"), ("x.jsonl", "jsonl"), ("x.md", "markdown"), ("x.out", "markdown")])
    func outputExtensionChoosesTheFormatWhenFormatIsNotGiven(name: String, format: String) throws {
        let box = try Tool.Sandbox()
        let input = try box.write("submission.txt", Tool.submission())
        let run = try Tool.run(["-o", box.path(name), input])
        #expect(run.status == 0)
        #expect(try box.read(name) == Tool.run(["-f", format, input]).stdout)
        let explicit = try Tool.run(["-f", "md", "-o", box.path("forced-" + name), input])
        #expect(explicit.status == 0)
        #expect(try box.read("forced-" + name) == Tool.run([input]).stdout)
    }
}
