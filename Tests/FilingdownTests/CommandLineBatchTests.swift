import FoundationEssentials
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Many inputs at once: directories, `--output-dir`, `--jobs`, and bad files in the middle.
@Suite struct CommandLineBatchTests {
    typealias Tool = CommandLineTests

    /// A small tree of filings: two at the top, one in a subdirectory.
    private func tree(_ box: Tool.Sandbox) throws -> String {
        try box.write("in/a-8k.htm", Tool.html(title: "Current report", body: "Item 2.02 results."))
        try box.write("in/b-submission.txt", Tool.submission())
        try box.write("in/sub/c-10q.htm", Tool.html(title: "Quarterly report", body: "Part I."))
        for i in 0..<9 {
            try box.write("in/sub/d\(i).htm", Tool.html(title: "Exhibit \(i)", body: String(repeating: "Text \(i). ", count: 50 * (i + 1))))
        }
        return box.path("in")
    }

    @Test(arguments: ["markdown", "text", "json", "jsonl"])
    func outputDirectoryHoldsExactlyWhatSingleConversionsGive(format: String) throws {
        let box = try Tool.Sandbox()
        let input = try tree(box)
        let run = try Tool.run(["-r", "--jobs", "3", "-f", format, "--output-dir", box.path("out"), input])
        #expect(run.status == 0, "\(run.stderr)")
        let ext = ["markdown": "md", "text": "txt", "json": "json", "jsonl": "jsonl"][format]!
        #expect(box.list("out") == ["a-8k.\(ext)", "b-submission.\(ext)", "sub"])
        #expect(box.list("out/sub").count == 10)
        for relative in ["a-8k.htm", "b-submission.txt", "sub/c-10q.htm", "sub/d4.htm"] {
            let alone = try Tool.run(["-f", format, box.path("in/" + relative)])
            let stem = String(relative[..<relative.lastIndex(of: ".")!])
            #expect(try box.read("out/\(stem).\(ext)") == alone.stdout, "\(relative)")
        }
        #expect(box.hiddenFiles("out").isEmpty && box.hiddenFiles("out/sub").isEmpty)
    }

    @Test func withoutRecursionSubdirectoriesAreSkippedAndNamed() throws {
        let box = try Tool.Sandbox()
        let input = try tree(box)
        let run = try Tool.run(["--output-dir", box.path("out"), input])
        #expect(run.status == 0)
        #expect(box.list("out") == ["a-8k.md", "b-submission.md"])
        #expect(run.stderr.contains("filingdown: \(input)/sub: is a directory; skipped"))
        #expect(run.stderr.contains("converted 2 files"))
    }

    @Test func theNumberOfJobsNeverChangesTheStream() throws {
        let box = try Tool.Sandbox()
        let input = try tree(box)
        for format in ["markdown", "json"] {
            let one = try Tool.run(["-r", "-q", "--jobs", "1", "-f", format, input])
            let four = try Tool.run(["-r", "-q", "--jobs", "4", "-f", format, input])
            #expect(one.status == 0 && four.status == 0)
            #expect(one.stdout == four.stdout)
            #expect(one.stderr.isEmpty)
        }
    }

    @Test func aBadFileNeverStopsTheBatch() throws {
        let box = try Tool.Sandbox()
        let good1 = try box.write("batch/1-good.htm", Tool.html(title: "One", body: "First."))
        let good2 = try box.write("batch/5-good.txt", Tool.submission())
        let dangling = box.path("batch/2-unreadable.htm")
        #expect(symlink(box.path("nowhere/gone.htm"), dangling) == 0)
        let directory = box.path("batch/3-folder.htm")
        #expect(mkdir(directory, 0o755) == 0)
        let binary = try box.write("batch/4-image.htm", Tool.binary)
        let run = try Tool.run(["--jobs", "2", "--output-dir", box.path("out"), good1, dangling, directory, binary, good2])
        #expect(run.status == 1)
        #expect(box.list("out") == ["1-good.md", "5-good.md"])
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "filingdown: \(dangling): No such file or directory",
            "filingdown: \(directory): no files to convert in this directory",
            "filingdown: \(binary): not a text or HTML filing (binary data)",
        ] + [lines.last ?? ""])
        #expect(lines.last?.hasPrefix("filingdown: converted 2 of 5 files") == true)
        #expect(lines.last?.hasSuffix("; 3 failed") == true)
    }

    @Test func aBadFileInsideADirectoryIsReportedToo() throws {
        let box = try Tool.Sandbox()
        try box.write("batch/good.htm", Tool.html(title: "One", body: "First."))
        #expect(symlink(box.path("nowhere"), box.path("batch/broken.htm")) == 0)
        try box.write("batch/scan.htm", Tool.binary)
        try box.write("batch/scan.pdf", Tool.binary)
        let run = try Tool.run(["-q", "--output-dir", box.path("out"), box.path("batch")])
        #expect(run.status == 1)
        #expect(box.list("out") == ["good.md"])
        #expect(run.stderr == """
            filingdown: \(box.path("batch/broken.htm")): No such file or directory
            filingdown: \(box.path("batch/scan.htm")): not a text or HTML filing (binary data)

            """)
    }

    @Test func clashingNamesKeepTheirWholeName() throws {
        let box = try Tool.Sandbox()
        try box.write("in/0001.htm", Tool.html(title: "HTML", body: "One."))
        try box.write("in/0001.txt", Tool.html(title: "Text", body: "Two."))
        try box.write("in/0002.htm", Tool.html(title: "Other", body: "Three."))
        let run = try Tool.run(["--output-dir", box.path("out"), box.path("in")])
        #expect(run.status == 0)
        #expect(box.list("out") == ["0001.htm.md", "0001.txt.md", "0002.md"])
    }

    @Test func theOutputDirectoryIsNeverReadAsInput() throws {
        let box = try Tool.Sandbox()
        try box.write("in/a.htm", Tool.html(title: "A", body: "A."))
        let first = try Tool.run(["-r", "--output-dir", box.path("in/md"), box.path("in")])
        #expect(first.status == 0)
        let second = try Tool.run(["-r", "--force", "--output-dir", box.path("in/md"), box.path("in")])
        #expect(second.status == 0)
        #expect(box.list("in/md") == ["a.md"])
    }

    // MARK: Reruns, what a directory contributes, and what is said about it

    @Test func skipExistingPassesOverOutputsAlreadyThereAndCountsThem() throws {
        let box = try Tool.Sandbox()
        try box.write("in/a.htm", Tool.html(title: "A", body: "A."))
        try box.write("in/b.htm", Tool.html(title: "B", body: "B."))
        let first = try Tool.run(["--output-dir", box.path("out"), box.path("in")])
        #expect(first.status == 0)
        try box.write("out/a.md", Array("kept as it was\n".utf8))
        let again = try Tool.run(["--output-dir", box.path("out"), box.path("in")])
        #expect(again.status == 1)
        try box.write("in/c.htm", Tool.html(title: "C", body: "C."))
        let rerun = try Tool.run(["--skip-existing", "--output-dir", box.path("out"), box.path("in")])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(box.list("out") == ["a.md", "b.md", "c.md"])
        #expect(try box.read("out/a.md") == Array("kept as it was\n".utf8))
        #expect(rerun.stderr.hasPrefix("filingdown: converted 1 file ("))
        #expect(rerun.stderr.hasSuffix("; 2 skipped (output exists)\n"))
    }

    @Test func updateConvertsOnlyInputsNewerThanTheirOutput() throws {
        let box = try Tool.Sandbox()
        try box.write("in/a.htm", Tool.html(title: "A", body: "A."))
        try box.write("in/b.htm", Tool.html(title: "B", body: "B."))
        #expect(try Tool.run(["--output-dir", box.path("out"), box.path("in")]).status == 0)
        try box.write("out/a.md", Array("up to date\n".utf8))
        // b.htm changes after its output was written.
        var later = [timespec(tv_sec: 4_000_000_000, tv_nsec: 0), timespec(tv_sec: 4_000_000_000, tv_nsec: 0)]
        try box.write("in/b.htm", Tool.html(title: "B", body: "B, revised."))
        #expect(utimensat(AT_FDCWD, box.path("in/b.htm"), &later, 0) == 0)
        let run = try Tool.run(["--update", "--output-dir", box.path("out"), box.path("in")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try box.read("out/a.md") == Array("up to date\n".utf8))
        #expect(String(decoding: try box.read("out/b.md"), as: UTF8.self).contains("B, revised."))
        #expect(run.stderr.hasPrefix("filingdown: converted 1 file ("))
        #expect(run.stderr.hasSuffix("; 1 skipped (up to date)\n"))
    }

    @Test func directoriesContributeOnlyEDGARFileTypesAndSayWhatWasLeftOut() throws {
        let box = try Tool.Sandbox()
        let page = Tool.html(title: "T", body: "B.")
        for name in ["a.htm", "B.HTML", "c.txt", "d.nc", "e.Xml"] { try box.write("in/" + name, page) }
        try box.write("in/f.txt.gz", CommandLineInputTests.gzip(page))
        for name in ["README.md", "index.tsv", "logo.jpg", "Makefile"] { try box.write("in/" + name, Tool.binary) }
        let run = try Tool.run(["--output-dir", box.path("out"), box.path("in")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(box.list("out") == ["B.md", "a.md", "c.md", "d.md", "e.md", "f.md"])
        #expect(run.stderr.hasSuffix("; 4 left out (not .txt .nc .htm .html .xml; use --include GLOB to take them)\n"))
        #expect(!run.stderr.contains("README"))
        let verbose = try Tool.run(["-v", "--output-dir", box.path("verbose"), box.path("in")])
        #expect(verbose.stderr.contains("filingdown: \(box.path("in/README.md")): left out (not .txt"))
        let chosen = try Tool.run(["--include", "*.HTML", "--include", "?.htm", "--exclude", "a*", "--output-dir", box.path("chosen"), box.path("in")])
        #expect(box.list("chosen") == ["B.md"])
        #expect(chosen.stderr.hasSuffix("; 9 left out (by --include/--exclude)\n"))
        let named = try Tool.run(["-o", box.path("named.md"), box.path("in/README.md")])
        #expect(named.stderr.contains("binary data"), "a file named as an argument is always taken")
    }

    @Test func aDirectoryWithNothingToTakeSaysWhy() throws {
        let box = try Tool.Sandbox()
        try box.write("in/notes.md", Array("# Notes\n".utf8))
        let run = try Tool.run([box.path("in")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no files to convert in this directory (1 file left out: not .txt .nc .htm .html .xml"))
    }

    /// `filingdown a b | grep x`: standard error stays quiet unless something went wrong.
    @Test func theSummaryIsForTerminalsOutputDirectoriesAndVerbose() throws {
        let box = try Tool.Sandbox()
        let a = try box.write("a.htm", Tool.html(title: "A", body: "A."))
        let b = try box.write("b.htm", Tool.html(title: "B", body: "B."))
        let piped = try Tool.run([a, b])
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty)
        let verbose = try Tool.run(["-v", a, b])
        #expect(verbose.stderr.hasPrefix("filingdown: converted 2 files ("))
        let files = try Tool.run(["--output-dir", box.path("out"), a, b])
        #expect(files.stderr.hasPrefix("filingdown: converted 2 files ("))
    }
}
