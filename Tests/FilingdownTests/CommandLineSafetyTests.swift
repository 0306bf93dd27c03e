import FoundationEssentials
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Nothing the user has is lost: existing outputs, inputs, and half-written files.
@Suite struct CommandLineSafetyTests {
    typealias Tool = CommandLineTests

    @Test func anExistingOutputIsKeptUnlessForced() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("a.htm", Tool.html(title: "New", body: "New text."))
        try box.write("out/a.md", Array("precious\n".utf8))
        let refused = try Tool.run(["--output-dir", box.path("out"), input])
        #expect(refused.status == 1)
        #expect(refused.stderr == "filingdown: \(input): cannot write \(box.path("out/a.md")): file exists (use --force to overwrite)\n")
        #expect(try box.read("out/a.md") == Array("precious\n".utf8))

        let refusedToo = try Tool.run([input, "-o", box.path("out/a.md")])
        #expect(refusedToo.status == 1)
        #expect(try box.read("out/a.md") == Array("precious\n".utf8))

        let forced = try Tool.run(["--force", "--output-dir", box.path("out"), input])
        #expect(forced.status == 0)
        #expect(String(decoding: try box.read("out/a.md"), as: UTF8.self).contains("New text."))
    }

    @Test func anInputIsNeverOverwrittenEvenWithForce() throws {
        let box = try Tool.Sandbox()
        let original = Tool.html(title: "Keep", body: "Keep me.")
        let input = try box.write("notes.md", original)
        // The same path, the same path spelled differently, and a hard link.
        #expect(link(input, box.path("alias.md")) == 0)
        for target in [input, box.path("./notes.md"), box.path("alias.md")] {
            let run = try Tool.run(["--force", input, "-o", target])
            #expect(run.status == 1)
            #expect(run.stderr.contains("one of the inputs"))
        }
        let viaDirectory = try Tool.run(["--force", "--output-dir", box.root, input])
        #expect(viaDirectory.status == 1)
        let viaStdin = try Tool.run(["--force", "-o", input], stdin: input)
        #expect(viaStdin.status == 1)
        #expect(try box.read("notes.md") == original)
    }

    @Test func devicesAreWrittenInPlace() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("a.htm", Tool.html(title: "A", body: "A."))
        let run = try Tool.run([input, "-o", "/dev/null"])
        #expect(run.status == 0)
        var st = stat()
        #expect(stat("/dev/null", &st) == 0 && st.st_mode & S_IFMT == S_IFCHR)
    }

    /// SIGINT in the middle of a batch written to `-o`: the process dies by the signal,
    /// says how far it got, and leaves neither the output nor its temporary file.
    @Test func anInterruptedRunLeavesNoPartialFile() throws {
        let box = try Tool.Sandbox()
        let page = Tool.html(title: "Long", body: String(repeating: "A sentence of a long filing. ", count: 4000))
        for i in 0..<150 { try box.write("in/f\(String(1000 + i)).htm", page) }
        let process = try Tool.start(["--jobs", "1", "-o", box.path("out/all.md"), box.path("in")])
        // Wait until the run has started writing (its temporary file exists), then interrupt.
        var started = false
        for _ in 0..<400 {
            if !box.hiddenFiles("out").isEmpty { started = true; break }
            usleep(25_000)
        }
        process.signal(SIGINT)
        let run = try process.wait()
        #expect(box.hiddenFiles("out").isEmpty)
        if started && run.status != 0 {
            #expect(run.status == 128 + SIGINT)
            #expect(!box.exists("out/all.md"))
            #expect(run.stderr.contains("filingdown: interrupted after "))
            #expect(run.stderr.contains("removed 1 unfinished output"))
        }
    }

    @Test(arguments: [false, true])
    func aFailedConversionLeavesTheOutputFileAsItWas(force: Bool) throws {
        let box = try Tool.Sandbox()
        try box.write("report.md", Array("precious\n".utf8))
        let typo = box.path("typo.htm")
        let run = try Tool.run((force ? ["--force"] : []) + ["-o", box.path("report.md"), typo])
        #expect(run.status == 1)
        let refusal = force ? "\(typo): No such file or directory" : "\(box.path("report.md")): file exists (use --force to overwrite)"
        #expect(run.stderr == "filingdown: \(refusal)\n")
        #expect(try box.read("report.md") == Array("precious\n".utf8))

        let fresh = try Tool.run((force ? ["--force"] : []) + ["-o", box.path("new.md"), typo, box.path("typo2.htm")])
        #expect(fresh.status == 1)
        #expect(!box.exists("new.md"))
        #expect(box.hiddenFiles("").isEmpty)
    }

    /// Each worker reserves a 16 MB stack: 2,000 of them do not fit in 1 GB of address space.
    @Test func moreJobsThanTheMemoryLimitAllowsStartFewerWorkers() throws {
        let box = try Tool.Sandbox()
        for i in 0..<300 { try box.write("in/f\(1000 + i).htm", Tool.html(title: "F\(i)", body: "File \(i) text.")) }
        let run = try Tool.startInShell(before: "ulimit -v 1000000", ["--jobs", "2000", "-o", box.path("all.md"), box.path("in")]).wait()
        #expect(run.status == 0)
        let all = String(decoding: try box.read("all.md"), as: UTF8.self)
        #expect(all.components(separatedBy: " text.").count - 1 == 300)
    }

    /// A 300 MB input under a 650 MB address-space limit: one copy fits, two did not (SIGABRT).
    @Test(.enabled(if: Hostile.heavyEnabled))
    func aLargeInputIsHeldOnceWhileReading() throws {
        let box = try Tool.Sandbox()
        let path = box.path("big.bin")
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        let chunk = [UInt8](repeating: 0x78, count: 1 << 20)
        _ = [UInt8](repeating: 0, count: 16).withUnsafeBytes { write(fd, $0.baseAddress, 16) }
        for _ in 0..<300 { _ = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
        close(fd)
        let run = try Tool.startInShell(before: "ulimit -v 650000", [path]).wait()
        #expect(run.status == 1)
        #expect(run.stderr == "filingdown: \(path): not a text or HTML filing (binary data)\n")
    }

    /// A 190 MB paragraph (one text node) converts in every format within a gigabyte: the
    /// converter keeps the writer's buffer as its result and plain text wraps straight into it.
    /// The peak is the largest child's resident set, read after each run.
    @Test(.enabled(if: Hostile.heavyEnabled))
    func aHugeParagraphConvertsWithinAGigabyte() throws {
        let box = try Tool.Sandbox()
        let path = box.path("paragraph.htm")
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        let words = Array("revenue income shares filing report alpha beta gamma ".utf8)
        let chunk = [UInt8]((0..<(1 << 20) / words.count).flatMap { _ in words })
        _ = Array("<html><body><p>".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        for _ in 0..<190 { _ = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
        _ = Array("LASTWORD</p></body></html>".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        for format in ["markdown", "text", "json"] {
            let run = try Tool.startInShell(after: ">/dev/null", ["-f", format, path]).wait()
            #expect(run.status == 0, "\(format): \(run.stderr)")
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
            #expect(usage.ru_maxrss < Hostile.memoryBudgetKB, "\(format): peak RSS \(usage.ru_maxrss) KB")
        }
    }

    /// `nohup filingdown …`: a signal the caller ignores must not stop the run.
    @Test func signalsTheCallerIgnoresStayIgnored() throws {
        let box = try Tool.Sandbox()
        let page = Tool.html(title: "Long", body: String(repeating: "A sentence of a long filing. ", count: 4000))
        for i in 0..<150 { try box.write("in/f\(String(1000 + i)).htm", page) }
        let process = try Tool.startInShell(before: "trap '' HUP", ["--jobs", "1", "-o", box.path("out/all.md"), box.path("in")])
        var started = false
        for _ in 0..<400 {
            if !box.hiddenFiles("out").isEmpty { started = true; break }
            usleep(25_000)
        }
        #expect(started)
        process.signal(SIGHUP)
        let run = try process.wait()
        #expect(run.status == 0)
        #expect(box.exists("out/all.md"))
    }

    /// `2>&-` and `<&-`: the closed descriptors are /dev/null, so no output file takes
    /// their number and receives messages or is read as input.
    @Test func closedStandardDescriptorsAreNeverReused() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("a.htm", Tool.html(title: "A", body: "Kept text."))
        let missing = box.path("missing.htm")
        let noErrors = try Tool.startInShell(after: "2>&-", ["-o", box.path("out.md"), input, missing]).wait()
        #expect(noErrors.status == 1)
        let written = String(decoding: try box.read("out.md"), as: UTF8.self)
        #expect(written.contains("Kept text."))
        #expect(!written.contains("No such file"))

        let noInput = try Tool.startInShell(after: "<&-", ["-o", box.path("empty.md")]).wait()
        #expect(noInput.status == 0)
        #expect(noInput.stderr.isEmpty)
        #expect(try box.read("empty.md").isEmpty)
    }
}

/// Paths as they reach messages and streams: every file a walk finds is accounted for, and
/// no file name can forge a line or reach the terminal as an escape sequence.
@Suite struct CommandLinePathTests {
    typealias Tool = CommandLineTests

    /// A file in a directory readable but not searchable (when not root), and a directory
    /// whose path passes PATH_MAX: listed by the walk, never stat'ed.
    @Test func entriesThatCannotBeStatedAreReportedAsFailed() throws {
        let box = try Tool.Sandbox()
        try box.write("in/a.htm", Tool.html(title: "A", body: "Fine."))
        if geteuid() != 0 {
            try box.write("in/locked/b.htm", Tool.html(title: "B", body: "Hidden."))
            #expect(chmod(box.path("in/locked"), 0o444) == 0)
        }
        defer { chmod(box.path("in/locked"), 0o755) }
        // Made through descriptors, since the path is too long for mkdir(2).
        let component = String(repeating: "d", count: 250)
        var levels = [open(box.path("in"), O_RDONLY | O_DIRECTORY)]
        var path = box.path("in")
        while path.utf8.count <= Int(PATH_MAX) {
            #expect(mkdirat(levels.last!, component, 0o755) == 0)
            levels.append(openat(levels.last!, component, O_RDONLY | O_DIRECTORY))
            path += "/" + component
        }
        defer {
            for k in stride(from: levels.count - 2, through: 0, by: -1) {
                unlinkat(levels[k], component, AT_REMOVEDIR)
                close(levels[k + 1])
            }
            close(levels[0])
        }
        let run = try Tool.run(["-r", "-o", box.path("out.md"), box.path("in")])
        #expect(run.status == 1)
        #expect(run.stderr.contains(": File name too long\n"))
        if geteuid() != 0 { #expect(run.stderr.contains("\(box.path("in/locked/b.htm")): Permission denied\n")) }
        #expect(String(decoding: try box.read("out.md"), as: UTF8.self).contains("Fine."))
    }

    @Test func controlCharactersInPathsAreEscaped() throws {
        let box = try Tool.Sandbox()
        let good = try box.write("in/good.htm", Tool.html(title: "Good", body: "Good text."))
        let evil = try box.write("in/x\r\n==> forged <==\r\n\u{1B}[31m.htm", Tool.html(title: "Evil", body: "Evil text."))
        let missing = box.path("gone\nfilingdown: forged message\u{1B}]0;title\u{7}.htm")
        let run = try Tool.run(["-f", "text", good, evil, missing])
        #expect(run.status == 1)
        let delimiters = run.out.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix("==> ") }
        #expect(delimiters.count == 2)
        #expect(run.out.contains("==> \(box.path("in/x"))\\r\\n==> forged <==\\r\\n\\033[31m.htm <=="))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(!run.stderr.utf8.contains(0x1B) && !run.stderr.utf8.contains(0x07))
        #expect(run.stderr == "filingdown: \(box.path("gone"))\\nfilingdown: forged message\\033]0;title\\007.htm: No such file or directory\n")
        let markdown = try Tool.run([good, evil])
        #expect(!markdown.out.utf8.contains(0x1B))
        #expect(markdown.out.split(separator: "\n").filter { $0.hasPrefix("<!-- filingdown: ") }.count == 2)
    }
}

/// Output and extraction names: every input gets its own, whatever its name.
@Suite struct CommandLineNamingTests {
    typealias Tool = CommandLineTests

    /// `.NAME.filingdown-XXXXXX` adds 19 bytes: a 250-byte name must still be writable.
    @Test func outputNamesUpToTheFileSystemLimitAreWritten() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("a.htm", Tool.html(title: "A", body: "Long name."))
        let name = String(repeating: "n", count: 252) + ".md"
        let run = try Tool.run(["-o", box.path(name), input])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(box.list() == ["a.htm", name])
    }

    @Test func namesThatDifferOnlyInUnicodeNormalizationAreTwoOutputs() throws {
        let box = try Tool.Sandbox()
        try box.write("in/caf\u{E9}.htm", Tool.html(title: "NFC", body: "Composed."))
        try box.write("in/cafe\u{301}.htm", Tool.html(title: "NFD", body: "Decomposed."))
        let run = try Tool.run(["--output-dir", box.path("out"), box.path("in")])
        #expect(run.status == 0)
        let outputs = box.list("out")
        #expect(outputs.count == 2)
        #expect(Set(outputs.map { Array($0.utf8) }) == [Array("caf\u{E9}.md".utf8), Array("cafe\u{301}.md".utf8)])
    }

    @Test func inputsThatShareAStemExtractIntoTheirOwnDirectories() throws {
        let box = try Tool.Sandbox()
        try box.write("in/x.txt", CommandLineExtractionTests.submission([CommandLineExtractionTests.payload(50, seed: 1)]))
        try box.write("in/x.nc", CommandLineExtractionTests.submission([CommandLineExtractionTests.payload(60, seed: 2)]))
        let run = try Tool.run(["--extract-attachments", box.path("att"), "-o", box.path("all.md"), box.path("in")])
        #expect(run.status == 0)
        #expect(box.list("att") == ["x.nc", "x.txt"])
        #expect(try box.read("att/x.nc/image0.jpg") == CommandLineExtractionTests.payload(60, seed: 2))
        #expect(try box.read("att/x.txt/image0.jpg") == CommandLineExtractionTests.payload(50, seed: 1))
    }

    /// A temporary file whose process is gone (SIGKILL) is removed by the next run that
    /// writes into its directory; one of a live process stays.
    @Test func staleTemporaryFilesOfDeadProcessesAreRemoved() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("s.txt", CommandLineExtractionTests.submission([CommandLineExtractionTests.payload(50, seed: 1)]))
        let stale = ".s.md.filingdown-999999999-abc123"
        let live = ".s.md.filingdown-\(getpid())-abc123"
        for dir in ["out", "att"] {
            try box.write("\(dir)/\(stale)", Array("partial".utf8))
            try box.write("\(dir)/\(live)", Array("being written".utf8))
        }
        let run = try Tool.run(["--output-dir", box.path("out"), "--extract-attachments", box.path("att"), input])
        #expect(run.status == 0)
        #expect(box.list("out") == [live, "s.md"])
        #expect(box.list("att") == [live, "image0.jpg"])
    }

    /// A name that is not UTF-8 (byte 0xFF) is read by its bytes and shown as `ls -b` shows it.
    @Test func filesWhoseNamesAreNotUTF8AreConverted() throws {
        let box = try Tool.Sandbox()
        try box.write("in/a.htm", Tool.html(title: "A", body: "Plain name."))
        let raw: [UInt8] = Array(box.path("in/bad").utf8) + [0xFF] + Array(".htm".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        let page = Tool.html(title: "Bad", body: "Odd name.")
        _ = page.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let run = try Tool.run(["--output-dir", box.path("out"), box.path("in")])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("UTF-8"))
        #expect(box.list("out") == ["a.md", "bad\\377.md"])
        #expect(String(decoding: try box.read("out/bad\\377.md"), as: UTF8.self).contains("Odd name."))
        let stream = try Tool.run(["-f", "text", box.path("in")])
        #expect(stream.out.contains("==> \(box.path("in/bad"))\\\\377.htm <=="))
    }

    /// `--output-dir D D` twice: the second run does not convert the first run's outputs.
    @Test func outputsOfAnEarlierRunInTheSameTreeAreNotConverted() throws {
        let box = try Tool.Sandbox()
        try box.write("d/a.htm", Tool.html(title: "A", body: "Only input."))
        let first = try Tool.run(["-f", "text", "--output-dir", box.path("d"), box.path("d")])
        #expect(first.status == 0)
        #expect(box.list("d") == ["a.htm", "a.txt"])
        let second = try Tool.run(["--force", "-f", "text", "--output-dir", box.path("d"), box.path("d")])
        #expect(second.status == 0)
        #expect(box.list("d") == ["a.htm", "a.txt"])
        #expect(second.stderr.contains("\(box.path("d/a.txt")): is the output of another input; not converted"))
    }
}

extension CommandLineTests {
    /// Starts the tool from `sh -c "BEFORE; exec TOOL ARGUMENTS AFTER"`: a limit, a trap or a
    /// closed descriptor set up as a user's shell would (`exec` keeps the pid).
    static func startInShell(before: String = "", after: String = "", _ arguments: [String]) throws -> Process {
        let script = (before.isEmpty ? "" : before + "; ") + "exec \"$0\" \"$@\"" + (after.isEmpty ? "" : " " + after)
        return try Process(executable: "/bin/sh", arguments: ["-c", script, executable] + arguments, stdin: "/dev/null")
    }
}
