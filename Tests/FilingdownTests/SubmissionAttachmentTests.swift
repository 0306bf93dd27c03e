#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Filingdown

/// uudecoding, and extraction that no `<FILENAME>` can steer outside its directory.
@Suite(.serialized) struct SubmissionAttachmentTests {
    static let payload: [UInt8] = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }

    @Test("uudecode round-trips and the size is known without decoding", arguments: [0, 1, 2, 3, 44, 45, 46, 1000])
    func roundTrip(_ n: Int) {
        let data = Array(Self.payload.prefix(n))
        let encoded = Array(Fixture.uuencode(data, name: "x.bin").utf8)
        encoded.withUnsafeBytes { buf in
            #expect(UUDecoder.decode(buf) == data)
            #expect(UUDecoder.decodedSize(buf) == n)
        }
    }

    @Test("lines whose trailing spaces were stripped decode as zeros")
    func strippedTrailingSpaces() {
        // `M` alone: 45 zero bytes whose 60 encoded spaces an old encoder dropped.
        let text = "begin 644 z\nM\n#86)C\n`\nend\n"
        Array(text.utf8).withUnsafeBytes { buf in
            let out = UUDecoder.decode(buf)
            #expect(out.count == 48)
            #expect(out.prefix(45).allSatisfy { $0 == 0 })
            #expect(Array(out.suffix(3)) == Array("abc".utf8))
        }
    }

    @Test("a line's length character stands for at most one full line of zeros beyond its characters")
    func zeroFillIsBounded() {
        // `_` promises 63 bytes; alone on its line it carries none: 2 bytes of input must not decode to 63.
        let text = "begin 644 z\n" + String(repeating: "_\n", count: 1000) + "M" + String(repeating: "0", count: 60) + "\nend\n"
        Array(text.utf8).withUnsafeBytes { buf in
            #expect(UUDecoder.decode(buf).count == 1000 * UUDecoder.maxZeroFill + 45)
            #expect(UUDecoder.decodedSize(buf) == 1000 * UUDecoder.maxZeroFill + 45)
        }
    }

    @Test("decoding in pieces gives the bytes of decoding whole")
    func decodeInPieces() {
        let data = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }
        let encoded = Array(Fixture.uuencode(data, name: "big.bin").utf8)
        encoded.withUnsafeBytes { buf in
            var pieces = 0
            var joined: [UInt8] = []
            UUDecoder.decode(buf) { pieces += 1; joined += $0 }
            #expect(joined == data)
            #expect(pieces > 1)
        }
    }

    @Test("CRLF line ends decode the same")
    func crlf() {
        let text = Fixture.uuencode(Array(Self.payload.prefix(100)), name: "x").split(separator: "\n").joined(separator: "\r\n")
        Array(text.utf8).withUnsafeBytes { #expect(UUDecoder.decode($0) == Array(Self.payload.prefix(100))) }
    }

    @Test("hostile names become one plain path component", arguments: [
        ("../../etc/passwd", "passwd"), ("/abs/path/x.jpg", "x.jpg"), ("..", "fallback"), ("...", "fallback"), ("", "fallback"),
        ("a\u{0}b.jpg", "a_b.jpg"), ("new\nline.png", "new_line.png"), ("C:\\evil\\x.exe", "x.exe"), (".hidden", "hidden"),
        ("space name.pdf", "space_name.pdf"), ("日本.jpg", "jpg"), ("a/../../b", "b"), ("-rf", "rf"),
    ])
    func safeNames(_ hostile: String, _ expected: String) {
        #expect(AttachmentExtractor.safeName(hostile, fallback: "fallback") == expected)
    }

    @Test("a very long name is shortened, keeping its extension")
    func longName() {
        let name = AttachmentExtractor.safeName(String(repeating: "a", count: 500) + ".jpg", fallback: "f")
        #expect(name.utf8.count == AttachmentExtractor.maxNameLength)
        #expect(name.hasSuffix(".jpg"))
    }

    @Test("extraction writes every binary part inside the directory and nowhere else")
    func hostileExtraction() throws {
        let root = Self.makeTempDirectory()
        defer { Self.removeTree(root) }
        let target = root + "/out"
        let hostile = ["../../escape.bin", "/tmp/absolute-escape.bin", "dup.jpg", "dup.jpg", "", "a\u{1}b\u{7F}.bin", "..", "../out/../x.bin"]
        var input = ""
        for (k, name) in hostile.enumerated() {
            input += "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>\(k + 1)\n<FILENAME>\(name)\n<TEXT>\n"
            input += Fixture.uuencode(Array(Self.payload.prefix(10 + k)), name: name.isEmpty ? "inner.bin" : name)
            input += "</TEXT>\n</DOCUMENT>\n"
        }
        input += "<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>99\n<TEXT>\nnot an attachment\n</TEXT>\n</DOCUMENT>\n"
        let paths = try AttachmentExtractor.extract(Array(input.utf8), to: target)
        #expect(paths.count == hostile.count)
        let names = paths.map { String($0.dropFirst(target.count + 1)) }
        #expect(names == ["escape.bin", "absolute-escape.bin", "dup.jpg", "dup-2.jpg", "inner.bin", "a_b_.bin", "document-7", "x.bin"])
        #expect(paths.allSatisfy { $0.hasPrefix(target + "/") && !$0.dropFirst(target.count + 1).contains("/") })
        // Nothing was written beside or above the directory.
        #expect(Self.list(root) == ["out"])
        #expect(access("/tmp/absolute-escape.bin", F_OK) != 0)
        #expect(Set(Self.list(target)) == Set(names))
        for (k, path) in paths.enumerated() {
            #expect(Self.read(path) == Array(Self.payload.prefix(10 + k)))
        }
    }

    @Test("existing files are never overwritten, nor symlinks followed")
    func noOverwrite() throws {
        let root = Self.makeTempDirectory()
        defer { Self.removeTree(root) }
        let outside = root + "/outside.txt"
        Self.write(outside, Array("keep".utf8))
        let target = root + "/out"
        mkdir(target, 0o755)
        Self.write(target + "/logo.jpg", Array("old".utf8))
        symlink(outside, target + "/link.jpg")
        let input = "<DOCUMENT>\n<TYPE>GRAPHIC\n<FILENAME>logo.jpg\n<TEXT>\n\(Fixture.uuencode([1, 2, 3], name: "logo.jpg"))</TEXT>\n</DOCUMENT>\n"
            + "<DOCUMENT>\n<TYPE>GRAPHIC\n<FILENAME>link.jpg\n<TEXT>\n\(Fixture.uuencode([4, 5, 6], name: "link.jpg"))</TEXT>\n</DOCUMENT>\n"
        let paths = try AttachmentExtractor.extract(Array(input.utf8), to: target)
        #expect(paths == [target + "/logo-2.jpg", target + "/link-2.jpg"])
        #expect(Self.read(target + "/logo.jpg") == Array("old".utf8))
        #expect(Self.read(outside) == Array("keep".utf8))
        #expect(Self.read(target + "/logo-2.jpg") == [1, 2, 3])
    }

    @Test("a PDF inside <PDF> and a raw binary part are extracted too")
    func pdfWrapper() throws {
        let root = Self.makeTempDirectory()
        defer { Self.removeTree(root) }
        let pdf = Array("%PDF-1.4 hello".utf8)
        let input = "<DOCUMENT>\n<TYPE>LETTER\n<FILENAME>letter.pdf\n<TEXT>\n<PDF>\n\(Fixture.uuencode(pdf, name: "filename1"))</PDF>\n</TEXT>\n</DOCUMENT>\n"
        let paths = try AttachmentExtractor.extract(Array(input.utf8), to: root)
        #expect(paths == [root + "/letter.pdf"])
        #expect(Self.read(root + "/letter.pdf") == pdf)
    }

    @Test("a real filing's uuencoded JPEG decodes to a JPEG of the size the output names")
    func realJPEG() throws {
        let root = Self.makeTempDirectory()
        defer { Self.removeTree(root) }
        let input = Self.read(Self.goldenInput("sub-gmotrust-uuencode-2025/input.txt"))
        try #require(!input.isEmpty)
        let paths = try AttachmentExtractor.extract(input, to: root)
        #expect(paths == [root + "/g123733bar_msfif.jpg"])
        let jpeg = Self.read(paths[0])
        #expect(jpeg.count == 15371)
        #expect(Array(jpeg.prefix(3)) == [0xFF, 0xD8, 0xFF])
        #expect(Array(jpeg.suffix(2)) == [0xFF, 0xD9])
        #expect(Converter().list(input).last?.size == 15371)
    }

    @Test("an unwritable target throws instead of crashing")
    func unwritable() {
        #expect(throws: AttachmentExtractor.ExtractionError.self) {
            try AttachmentExtractor.extract(Array(Fixture.submission.utf8), to: "/proc/definitely/not/here")
        }
    }

    // MARK: - POSIX helpers (tests use no Foundation either)

    /// A file under Golden/, found from this source file's path.
    static func goldenInput(_ relative: String) -> String {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Golden/" + relative
    }

    static func makeTempDirectory() -> String {
        var template = Array("/tmp/filingdown-test-XXXXXX".utf8CString)
        let path = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        return String(cString: path!)
    }

    static func list(_ dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func read(_ path: String) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            out += buf[0..<n]
        }
        return out
    }

    static func write(_ path: String, _ data: [UInt8]) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return }
        _ = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    static func removeTree(_ dir: String) {
        for name in list(dir) {
            let path = dir + "/" + name
            var st = stat()
            if lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { removeTree(path) } else { unlink(path) }
        }
        rmdir(dir)
    }
}
