import FoundationEssentials
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `.tar`, `.tar.gz`, `.tgz` and `.zip` inputs: each member a filing, read without
/// extracting, named by its path inside the archive, and never written outside
/// `--output-dir` whatever the archive says.
@Suite struct CommandLineArchiveTests {
    typealias Tool = CommandLineTests

    static let goldenInputs = ["cellectar-8k-2017/input.txt", "sub-apple-form4-2020/input.xml", "sphs-8k-2016/input.htm",
                               "sub-carmax-nc-2010-excerpt/input.nc"]

    /// The golden inputs as `filings/NAME.EXT`, written to `in/` as well.
    static func filings(_ box: Tool.Sandbox) throws -> [TarMember] {
        try goldenInputs.map { relative in
            let name = relative.split(separator: "/")[0] + "." + relative.split(separator: ".").last!
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Tool.packageRoot + "/Golden/" + relative)))
            try box.write("in/filings/" + name, bytes)
            return TarMember(name: "filings/" + name, bytes: bytes)
        }
    }

    /// Writes the archive, compressed with gzip for `.tar.gz` and `.tgz`.
    static func archive(_ box: Tool.Sandbox, _ name: String, _ members: [TarMember]) throws -> String {
        if name.hasSuffix(".zip") { return try box.write(name, Zip.archive(members)) }
        let tar = try box.write(name + ".plain", Tar.archive(members))
        guard name.hasSuffix("gz") else { return try box.write(name, try box.read(name + ".plain")) }
        let gzip = try Tool.Process(executable: "/bin/gzip", arguments: ["-c"], stdin: tar).wait()
        return try box.write(name, gzip.stdout)
    }

    static func tree(_ box: Tool.Sandbox, _ relative: String) throws -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        let root = box.path(relative)
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [:] }
        while let path = walker.nextObject() as? String {
            var st = stat()
            if lstat(root + "/" + path, &st) == 0, st.st_mode & S_IFMT == S_IFREG { out[path] = try box.read(relative + "/" + path) }
        }
        return out
    }

    @Test(arguments: ["filings.tar", "filings.tar.gz", "filings.tgz", "filings.zip"])
    func anArchiveConvertsToTheSameOutputsAsItsFilesOneByOne(name: String) throws {
        let box = try Tool.Sandbox()
        let archive = try Self.archive(box, name, try Self.filings(box))
        for format in ["markdown", "json"] {
            let fromArchive = try Tool.run(["-q", "-f", format, "--output-dir", box.path("a-" + format), archive])
            let fromFiles = try Tool.run(["-q", "-r", "-f", format, "--output-dir", box.path("f-" + format), box.path("in")])
            #expect(fromArchive.status == 0, "\(fromArchive.stderr)")
            #expect(fromFiles.status == 0)
            let outputs = try Self.tree(box, "a-" + format)
            #expect(outputs.count == Self.goldenInputs.count)
            #expect(outputs == (try Self.tree(box, "f-" + format)))
        }
        let stream = try Tool.run(["-q", "-f", "text", archive])
        #expect(stream.out.split(separator: "\n").filter { $0.hasPrefix("==> ") }.count == Self.goldenInputs.count)
        #expect(stream.out.hasPrefix("==> \(archive)/filings/"))
    }

    @Test func membersBecomeRecordsNamedInsideTheirArchive() throws {
        let box = try Tool.Sandbox()
        let archive = try Self.archive(box, "f.tgz", try Self.filings(box))
        let run = try Tool.run(["--records", "-f", "json", archive])
        #expect(run.status == 0)
        let records = try CommandLineRecordTests.records(run)
        let names = Self.goldenInputs.map { "filings/" + $0.split(separator: "/")[0] + "." + $0.split(separator: ".").last! }
        #expect(records.map(\.id) == names.map { archive + "/" + $0 })
        for (record, name) in zip(records, names) {
            let one = try CommandLineRecordTests.records(try Tool.run(["--records", "-f", "json", box.path("in/" + name)]))
            #expect(record.documents == one.first?.documents)
        }
    }

    @Test func membersSharingAStemKeepTheirWholeNames() throws {
        let box = try Tool.Sandbox()
        let page = Tool.html(title: "T", body: "One.")
        let archive = try Self.archive(box, "x.tar", [TarMember(name: "x.htm", bytes: page), TarMember(name: "x.txt", bytes: Tool.submission())])
        let run = try Tool.run(["-q", "--output-dir", box.path("out"), archive])
        #expect(run.status == 0)
        #expect(box.list("out") == ["x.md", "x.txt.md"])
    }

    @Test(arguments: ["hostile.tar", "hostile.zip"])
    func hostileMemberNamesNeverLeaveTheOutputDirectory(name: String) throws {
        let box = try Tool.Sandbox()
        let page = Tool.html(title: "T", body: "Escaped?")
        let archive = try Self.archive(box, name, [
            TarMember(name: "../evil1.htm", bytes: page), TarMember(name: "a/../../evil2.htm", bytes: page),
            TarMember(name: "/abs/evil3.htm", bytes: page), TarMember(name: "./ok.htm", bytes: page),
            TarMember(name: "../../../../../../../../tmp/evil4.htm", bytes: page),
        ])
        let run = try Tool.run(["-q", "--output-dir", box.path("w/out"), archive])
        #expect(run.status == 1)
        #expect(box.list("w") == ["out"])
        #expect(try Self.tree(box, "w").keys.sorted() == ["out/abs/evil3.md", "out/ok.md"])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/evil4.md"))
        let messages = run.stderr.split(separator: "\n")
        #expect(messages.count == 3)
        #expect(messages.allSatisfy { $0.hasPrefix("filingdown: \(archive)/") && $0.hasSuffix("a path that leaves the archive (..); not converted") })
    }

    @Test func linksDevicesAndFifosAreSkippedWithAMessage() throws {
        let box = try Tool.Sandbox()
        let page = Tool.html(title: "T", body: "Fine.")
        let archive = try Self.archive(box, "links.tar", [
            TarMember(name: "dir/", bytes: [], type: "5"),
            TarMember(name: "link.htm", bytes: [], type: "2", link: "/etc/passwd"),
            TarMember(name: "hard.htm", bytes: [], type: "1", link: "ok.htm"),
            TarMember(name: "tty.htm", bytes: [], type: "3"), TarMember(name: "disk.htm", bytes: [], type: "4"),
            TarMember(name: "fifo.htm", bytes: [], type: "6"), TarMember(name: "ok.htm", bytes: page),
        ])
        let run = try Tool.run(["--output-dir", box.path("out"), archive])
        #expect(run.status == 0)
        #expect(try Self.tree(box, "out").keys.sorted() == ["ok.md"])
        #expect(box.list("out") == ["ok.md"])
        for (member, what) in [("link.htm", "a symbolic link"), ("hard.htm", "a hard link"), ("tty.htm", "a device"),
                               ("disk.htm", "a device"), ("fifo.htm", "a FIFO")] {
            #expect(run.stderr.contains("filingdown: \(archive)/\(member): \(what); skipped\n"), "\(member)")
        }
        #expect(run.stderr.contains("converted 1 file"))
    }

    @Test(arguments: ["big.tgz", "big.zip"])
    func aMemberPastTheCapIsNotRead(name: String) throws {
        let box = try Tool.Sandbox()
        let big = Tool.html(title: "Big", body: String(repeating: "Words of a long filing. ", count: 50_000))
        let archive = try Self.archive(box, name, [TarMember(name: "big.htm", bytes: big),
                                                   TarMember(name: "small.htm", bytes: Tool.html(title: "S", body: "Small."))])
        let run = try Tool.run(["-q", "--max-record-bytes", "1M", "-f", "text", archive])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("filingdown: \(archive)/big.htm: \(big.count) bytes, more than --max-record-bytes 1048576; not read"))
        #expect(run.out.contains("Small."))
        let records = try CommandLineRecordTests.records(try Tool.run(["--records", "--max-record-bytes", "1M", archive]))
        #expect(records.map { $0.error?.code } == ["too_large", nil])
    }

    @Test func aDamagedArchiveIsReportedAndTheRestOfTheRunGoesOn() throws {
        let box = try Tool.Sandbox()
        let archive = try Self.archive(box, "f.tgz", try Self.filings(box))
        let bytes = try box.read("f.tgz")
        let cut = try box.write("cut.tgz", Array(bytes.prefix(bytes.count / 2)))
        let fake = try box.write("fake.zip", Array("not an archive at all".utf8))
        let empty = try Self.archive(box, "empty.tar", [])
        let page = try box.write("page.htm", Tool.html(title: "T", body: "Last."))
        let run = try Tool.run(["-q", "-f", "text", cut, fake, empty, page])
        #expect(run.status == 1)
        #expect(run.stderr.contains("filingdown: \(cut): damaged or cut off"))
        #expect(run.stderr.contains("filingdown: \(fake): not a tar or zip archive"))
        #expect(run.stderr.contains("filingdown: \(empty): no files to convert in this archive"))
        #expect(run.out.contains("Last."))
        _ = archive
    }

    @Test func membersAreTakenAsADirectorysFilesAre() throws {
        let box = try Tool.Sandbox()
        let page = Tool.html(title: "T", body: "Fine.")
        let archive = try Self.archive(box, "mixed.zip", [TarMember(name: "README.md", bytes: Array("# Notes".utf8)),
                                                          TarMember(name: "a.htm", bytes: page), TarMember(name: "b.htm", bytes: page)])
        let run = try Tool.run(["-v", "--exclude", "b.*", "-f", "text", archive])
        #expect(run.status == 0)
        #expect(run.out.split(separator: "\n").filter { $0.hasPrefix("==> ") } == ["==> \(archive)/a.htm <=="])
        #expect(run.stderr.contains("left out"))
    }

}

/// Heavy archives, FILINGDOWN_HEAVY=1 only, one at a time: each is timed.
@Suite(.serialized) struct CommandLineArchiveHeavyTests {
    typealias Tool = CommandLineTests

    /// 100,000 one-line members: read, converted and written in order in seconds, not minutes.
    @Test(.enabled(if: Hostile.heavyEnabled))
    func aHundredThousandTinyMembersConvertQuickly() throws {
        let box = try Tool.Sandbox()
        let members = (0..<100_000).map { TarMember(name: "m/\($0).txt", bytes: Array("Filing \($0).\n".utf8)) }
        let archive = try CommandLineArchiveTests.archive(box, "many.tgz", members)
        let started = Date()
        let run = try Tool.startInShell(after: ">/dev/null", ["-q", "-f", "text", "--jobs", "2", archive]).wait()
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(.seconds(seconds) < Hostile.budget, "\(seconds) s")
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #expect(usage.ru_maxrss < Hostile.memoryBudgetKB, "peak RSS \(usage.ru_maxrss) KB")
    }

    /// Six members of 200 MB of zeros, 1.2 GB from a few megabytes: the archive stops at its
    /// expansion limit (a gigabyte, or 200 times its size), holding two members at most.
    @Test(.enabled(if: Hostile.heavyEnabled))
    func anArchiveBombStopsAtItsExpansionLimit() throws {
        let box = try Tool.Sandbox()
        let size = 200 << 20
        var script = "{ "
        for i in 0..<6 {
            try box.write("h\(i)", Tar.header(TarMember(name: "zero\(i).htm", bytes: []), size: size))
            script += "cat h\(i); head -c \(size) /dev/zero; "
        }
        try box.write("end", [UInt8](repeating: 0, count: 1024))
        script += "cat end; } | gzip -1 > bomb.tgz"
        let made = try Tool.Process(executable: "/bin/sh", arguments: ["-c", "cd '\(box.root)' && " + script], stdin: "/dev/null").wait()
        #expect(made.status == 0)
        let started = Date()
        let run = try Tool.startInShell(after: ">/dev/null", ["-f", "text", "--jobs", "2", box.path("bomb.tgz")]).wait()
        let seconds = Date().timeIntervalSince(started)
        #expect(run.status == 1)
        #expect(run.stderr.contains("filingdown: \(box.path("bomb.tgz")): expands to more than "))
        #expect(run.stderr.hasSuffix(" MB, too much for its size; the rest is not read\n"))
        #expect(.seconds(seconds) < Hostile.budget, "\(seconds) s")
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #expect(usage.ru_maxrss < Hostile.memoryBudgetKB, "peak RSS \(usage.ru_maxrss) KB")
    }
}

/// One member of a test archive. `type` is tar's type flag: `0` a file, `1` a hard link,
/// `2` a symbolic link, `3` a character device, `4` a block device, `5` a directory, `6` a FIFO.
struct TarMember {
    var name: String
    var bytes: [UInt8]
    var type: Character = "0"
    var link: String = ""
}

/// A ustar writer: enough to build the archives a hostile sender would.
enum Tar {
    static func archive(_ members: [TarMember]) -> [UInt8] {
        var out: [UInt8] = []
        for member in members {
            out += header(member, size: member.bytes.count)
            out += member.bytes
            out += [UInt8](repeating: 0, count: (512 - member.bytes.count % 512) % 512)
        }
        return out + [UInt8](repeating: 0, count: 1024)
    }

    static func header(_ member: TarMember, size: Int) -> [UInt8] {
        var block = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, width: Int) {
            for (i, byte) in text.utf8.prefix(width).enumerated() { block[offset + i] = byte }
        }
        func octal(_ value: Int, width: Int) -> String {
            let digits = String(value, radix: 8)
            return String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits
        }
        put(member.name, at: 0, width: 100)
        put(octal(0o644, width: 8), at: 100, width: 7)
        put(octal(0, width: 8), at: 108, width: 7)
        put(octal(0, width: 8), at: 116, width: 7)
        put(octal(size, width: 12), at: 124, width: 11)
        put(octal(0, width: 12), at: 136, width: 11)
        put("        ", at: 148, width: 8)
        put(String(member.type), at: 156, width: 1)
        put(member.link, at: 157, width: 100)
        put("ustar\u{0}00", at: 257, width: 8)
        put(octal(0, width: 8), at: 329, width: 7)
        put(octal(0, width: 8), at: 337, width: 7)
        let sum = block.reduce(0) { $0 + Int($1) }
        put(octal(sum, width: 7) + "\u{0} ", at: 148, width: 8)
        return block
    }
}

/// A zip writer, members stored uncompressed.
enum Zip {
    static func archive(_ members: [TarMember]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func le(_ value: Int, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        for member in members {
            let name = Array(member.name.utf8)
            let crc = crc32(member.bytes)
            let common = le(20, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0x21, 2) + le(crc, 4)
                + le(member.bytes.count, 4) + le(member.bytes.count, 4) + le(name.count, 2) + le(0, 2)
            central += le(0x02014b50, 4) + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(out.count, 4) + name
            out += le(0x04034b50, 4) + common + name + member.bytes
        }
        let start = out.count
        out += central
        out += le(0x06054b50, 4) + le(0, 2) + le(0, 2) + le(members.count, 2) + le(members.count, 2)
            + le(central.count, 4) + le(start, 4) + le(0, 2)
        return out
    }

    static func crc32(_ bytes: [UInt8]) -> Int {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return Int(~crc)
    }
}
