#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `--extract-attachments` from the command line: nothing written outside the directory
/// named, nothing half-written, and a rerun that adds nothing.
@Suite struct CommandLineExtractionTests {
    typealias Tool = CommandLineTests

    /// A submission with a cover page and one GRAPHIC per payload.
    static func submission(_ payloads: [[UInt8]]) -> [UInt8] {
        var s = "<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>cover.htm\n<TEXT>\n<html><body><p>Cover text.</p></body></html>\n</TEXT>\n</DOCUMENT>\n"
        for (k, payload) in payloads.enumerated() {
            s += "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>\(k + 2)\n<FILENAME>image\(k).jpg\n<TEXT>\n"
            s += Fixture.uuencode(payload, name: "image\(k).jpg") + "</TEXT>\n</DOCUMENT>\n"
        }
        return Array(s.utf8)
    }

    static func payload(_ n: Int, seed: Int) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed) } }

    @Test func aPlantedDirectorySymlinkIsNeverFollowed() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("in/filing.txt", Self.submission([Self.payload(100, seed: 1)]))
        try box.write("in/other.htm", Tool.html(title: "Other", body: "Other text."))
        try box.write("outside/keep", Array("keep".utf8))
        #expect(mkdir(box.path("att"), 0o755) == 0)
        #expect(symlink(box.path("outside"), box.path("att/filing")) == 0)
        let run = try Tool.run(["--extract-attachments", box.path("att"), "-o", box.path("all.md"), box.path("in")])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("filingdown: \(input): cannot extract attachments into \(box.path("att/filing")): "))
        #expect(box.list("outside") == ["keep"])
        #expect(String(decoding: try box.read("all.md"), as: UTF8.self).contains("Other text."))
    }

    @Test func extractingTwiceAddsNothingAndForceReplaces() throws {
        let box = try Tool.Sandbox()
        let first = [Self.payload(100, seed: 1), Self.payload(200, seed: 2)]
        let input = try box.write("filing.txt", Self.submission(first))
        for _ in 0..<3 {
            let run = try Tool.run(["--extract-attachments", box.path("att"), input])
            #expect(run.status == 0)
            #expect(box.list("att") == ["image0.jpg", "image1.jpg"])
        }
        let changed = [Self.payload(100, seed: 3), Self.payload(200, seed: 2)]
        try box.write("filing.txt", Self.submission(changed))
        let kept = try Tool.run(["--extract-attachments", box.path("att"), input])
        #expect(kept.status == 0)
        #expect(box.list("att") == ["image0-2.jpg", "image0.jpg", "image1.jpg"])
        #expect(try box.read("att/image0.jpg") == first[0])

        #expect(unlink(box.path("att/image0-2.jpg")) == 0)
        let forced = try Tool.run(["--force", "--extract-attachments", box.path("att"), input])
        #expect(forced.status == 0)
        #expect(box.list("att") == ["image0.jpg", "image1.jpg"])
        #expect(try box.read("att/image0.jpg") == changed[0])
    }

    /// A write that fails half way (EFBIG under `ulimit -f`): the attachments already
    /// written are removed, and no temporary file stays.
    @Test func aFailedExtractionLeavesNothing() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("filing.txt", Self.submission([Self.payload(1000, seed: 1), Self.payload(20_000, seed: 2)]))
        let run = try Tool.startInShell(before: "trap '' XFSZ; ulimit -f 16", ["--extract-attachments", box.path("att"), input]).wait()
        #expect(run.status == 1)
        #expect(run.stderr.contains("File too large"))
        #expect(box.list("att").isEmpty)
    }

    /// SIGINT while a large attachment is being written: no attachment under its final
    /// name, no temporary file.
    @Test func anInterruptedExtractionLeavesNoTruncatedAttachment() throws {
        let box = try Tool.Sandbox()
        var s = "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>1\n<FILENAME>big.jpg\n<TEXT>\nbegin 644 big.jpg\n"
        s += String(repeating: "M" + String(repeating: "0", count: 60) + "\n", count: 400_000) + "`\nend\n</TEXT>\n</DOCUMENT>\n"
        let input = try box.write("filing.txt", Array(s.utf8))
        let process = try Tool.start(["--extract-attachments", box.path("att"), input])
        var started = false
        for _ in 0..<400 {
            if !box.list("att").isEmpty { started = true; break }
            usleep(5_000)
        }
        process.signal(SIGINT)
        let run = try process.wait()
        #expect(box.hiddenFiles("att").isEmpty)
        #expect(started)
        if run.status != 0 {
            #expect(run.status == 128 + SIGINT)
            #expect(box.list("att").isEmpty)
            #expect(run.stderr.contains("removed 1 unfinished output"))
        } else {
            #expect(try box.read("att/big.jpg").count == 18_000_000)
        }
    }
}
