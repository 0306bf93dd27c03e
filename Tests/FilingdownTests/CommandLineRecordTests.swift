import FoundationEssentials
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `--stream`, `--records` and `--files-from`: one JSON line per input, in input order,
/// holding per document what a separate conversion of the input writes.
@Suite struct CommandLineRecordTests {
    typealias Tool = CommandLineTests

    /// Submissions with HTML, text, XML and uuencoded documents, a bare document, an `.nc`
    /// file, a cut-off document (a warning).
    static let goldenInputs = [
        "cellectar-8k-2017/input.txt", "sub-carmax-nc-2010-excerpt/input.nc", "sub-handwritten-cr-truncated/input.txt",
        "sub-apple-form4-2020/input.xml", "sphs-8k-2016/input.htm", "sub-gmotrust-uuencode-2025/input.txt",
        "sub-pageamerica-bare-1995/input.txt",
    ]

    static func golden(_ relative: String) -> String { Tool.packageRoot + "/Golden/" + relative }

    /// `LENGTH ID`, a line feed, the bytes; for each record.
    static func framed(_ records: [(id: String, bytes: [UInt8])]) -> [UInt8] {
        records.flatMap { Array("\($0.bytes.count) \($0.id)\n".utf8) + $0.bytes }
    }

    /// Runs `--stream` over these bytes on standard input.
    static func stream(_ input: [UInt8], _ arguments: [String] = []) throws -> (CommandLineTests.Result, [Record]) {
        let box = try Tool.Sandbox()
        let path = try box.write("stdin", input)
        let run = try Tool.run(["--stream"] + arguments, stdin: path)
        return (run, try records(run))
    }

    static func records(_ run: CommandLineTests.Result) throws -> [Record] {
        try run.out.split(separator: "\n").map { try JSONDecoder().decode(Record.self, from: Data($0.utf8)) }
    }

    struct Record: Decodable {
        struct Header: Decodable, Equatable {
            var accession_number: String?, cik: String?, company: String?, form_type: String?, filing_date: String?, period: String?
        }
        struct Failure: Decodable { var code: String; var message: String }
        var id: String?
        var header: Header?
        var documents: [JSONValue]?
        var warnings: [String]?
        var filingdown_version: String?
        var error: Failure?
    }

    /// Any JSON value, to compare documents whatever their fields.
    indirect enum JSONValue: Decodable, Equatable {
        case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null }
            else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let n = try? c.decode(Double.self) { self = .number(n) }
            else if let s = try? c.decode(String.self) { self = .string(s) }
            else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
            else { self = .object(try c.decode([String: JSONValue].self)) }
        }

        subscript(key: String) -> JSONValue? {
            if case .object(let members) = self { return members[key] }
            return nil
        }

        var string: String? {
            if case .string(let s) = self { return s }
            return nil
        }
    }

    private struct SeparateJSON: Decodable {
        var header: [String: JSONValue]?
        var documents: [JSONValue]
    }

    // MARK: --stream

    @Test(arguments: ["markdown", "text", "json"])
    func streamedRecordsHoldWhatSeparateConversionsWrite(format: String) throws {
        let paths = Self.goldenInputs.map(Self.golden)
        let inputs = try paths.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))) }
        let (run, records) = try Self.stream(Self.framed(zip(paths, inputs).map { ($0, $1) }), ["-f", format, "-j", "2"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        try #require(records.count == paths.count)
        for (path, record) in zip(paths, records) {
            #expect(record.id == path)
            #expect(record.error == nil)
            if format == "json" {
                let separate = try Tool.run(["-f", "json", path])
                let object = try JSONDecoder().decode(SeparateJSON.self, from: Data(separate.stdout))
                #expect(record.documents == object.documents, "\(path)")
                #expect(record.header?.accession_number == object.header?["accession_number"]?.string)
                #expect(record.header?.form_type == object.header?["form_type"]?.string)
                #expect((record.header == nil) == (object.header == nil))
            } else {
                let separate = try Tool.run(["--no-front-matter", "-f", format, path])
                let joined = (record.documents ?? []).compactMap { $0[format]?.string }.joined()
                #expect(joined == separate.out, "\(path)")
                let warnings = separate.stderr.split(separator: "\n").compactMap { $0.components(separatedBy: ": warning: ").dropFirst().first }
                #expect(record.warnings == warnings, "\(path)")
            }
            #expect(record.filingdown_version?.isEmpty == false)
        }
    }

    @Test func aBareDocumentsChunkIdsAreNamedAsOnTheCommandLine() throws {
        let box = try Tool.Sandbox()
        let html = Tool.html(title: "T", body: "Hello there.")
        let path = try box.write("10-k.htm", html)
        let separate = try Tool.run(["-f", "chunks", path])
        let ids = separate.out.split(separator: "\n").compactMap { line -> String? in
            guard case .object(let chunk)? = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)) else { return nil }
            return chunk["id"]?.string
        }
        #expect(ids == ["10-k.htm:1:0001"])
        let (_, records) = try Self.stream(Self.framed([("filings/10-k.htm", html)]), ["-f", "chunks"])
        let chunks = try #require(records.first?.documents?.first?["chunks"])
        guard case .array(let list) = chunks else { Issue.record("no chunks array"); return }
        #expect(list.map { $0["id"]?.string } == ids)
    }

    @Test func aRecordNamesItsHeaderAndEachDocument() throws {
        let (_, records) = try Self.stream(Self.framed([("sub", Tool.submission()), ("bare", Tool.html(title: "T", body: "Hello."))]))
        #expect(records[0].header == Record.Header(accession_number: "0000000001-24-000001", cik: "0000000001",
                                                    company: "EXAMPLE CORP", form_type: "8-K", filing_date: "2024-01-02", period: nil))
        let documents = try #require(records[0].documents)
        #expect(documents.map { $0["type"]?.string } == ["8-K", "EX-99.1"])
        #expect(documents.map { $0["kind"]?.string } == ["html", "text"])
        #expect(documents.map { $0["filename"]?.string } == ["form8-k.htm", "ex99-1.txt"])
        #expect(documents[1]["markdown"]?.string?.contains("record results") == true)
        #expect(records[1].header == nil)
        #expect(records[1].documents?.first?["sequence"] == .null)
    }

    @Test func aFailedRecordGetsAnErrorLineAndTheStreamGoesOn() throws {
        let good = Tool.html(title: "T", body: "Fine.")
        let (run, records) = try Self.stream(Self.framed([
            ("png", Tool.binary), ("nothing", []), ("big", Array(repeating: UInt8(ascii: "a"), count: 5000)),
            ("gz", [0x1F, 0x8B, 0x08, 0x00, 0x00]), ("good", good),
        ]), ["--max-record-bytes", "4K"])
        #expect(run.status == 0)
        #expect(records.map(\.id) == ["png", "nothing", "big", "gz", "good"])
        #expect(records.map { $0.error?.code } == ["binary", "empty", "too_large", "damaged", nil])
        #expect(records[4].documents?.count == 1)
        #expect(run.stderr.isEmpty)
    }

    @Test func gzipRecordsAreExpandedWithinTheLimit() throws {
        let box = try Tool.Sandbox()
        let plain = try box.write("a.htm", Tool.html(title: "T", body: String(repeating: "Growth. ", count: 2000)))
        let gzip = try Tool.Process(executable: "/bin/gzip", arguments: ["-c"], stdin: plain).wait()
        let (_, records) = try Self.stream(Self.framed([("small", gzip.stdout)]), ["--max-record-bytes", "100K"])
        #expect(records.first?.documents?.count == 1)
        let (_, capped) = try Self.stream(Self.framed([("bomb", gzip.stdout)]), ["--max-record-bytes", "4K"])
        #expect(capped.first?.error?.code == "too_large")
    }

    @Test(arguments: ["12x a\n", "-3 a\n", " 3 a\n", "999999999999999999999 a\n", String(repeating: "9", count: 5000)])
    func aBadHeaderLineEndsTheStreamWithStatusOne(line: String) throws {
        let good = Self.framed([("first", Tool.html(title: "T", body: "One."))])
        let (run, records) = try Self.stream(good + Array(line.utf8) + Self.framed([("never", Tool.html(title: "T", body: "Two."))]))
        #expect(run.status == 1)
        #expect(records.map(\.id) == ["first", nil])
        #expect(records.last?.error?.code == "framing")
        #expect(run.stderr.hasPrefix("filingdown: (standard input): record 2: "))
    }

    @Test(arguments: [("10 a\nshort", "truncated", "a"), ("7", "framing", nil)])
    func inputEndingInsideARecordEndsTheStreamWithStatusOne(tail: String, code: String, id: String?) throws {
        let good = Self.framed([("first", Tool.html(title: "T", body: "One."))])
        let (run, records) = try Self.stream(good + Array(tail.utf8))
        #expect(run.status == 1)
        #expect(records.map(\.id) == ["first", id])
        #expect(records.last?.error?.code == code)
    }

    @Test func blankLinesBetweenRecordsArePassedOver() throws {
        let a = Tool.html(title: "A", body: "One."), b = Tool.html(title: "B", body: "Two.")
        let input = Array("\(a.count) a\r\n".utf8) + a + Array("\n\r\n\(b.count) b\n".utf8) + b + Array("\n".utf8)
        let (run, records) = try Self.stream(input)
        #expect(run.status == 0)
        #expect(records.map(\.id) == ["a", "b"])
        #expect(records.allSatisfy { $0.error == nil })
    }

    @Test func anIdIsTheRestOfTheLineAsGiven() throws {
        let a = Tool.html(title: "A", body: "One.")
        let (_, records) = try Self.stream(Self.framed([("s3://bucket/x y \"z\"\t", a), ("", a)]))
        #expect(records.map(\.id) == ["s3://bucket/x y \"z\"\t", ""])
    }

    @Test func theSameBytesGiveTheSameLine() throws {
        let input = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.golden("cellectar-8k-2017/input.txt"))))
        let framed = Self.framed(Array(repeating: ("same", input), count: 6))
        let box = try Tool.Sandbox()
        let stdin = try box.write("stdin", framed)
        let one = try Tool.run(["--stream", "-f", "json", "-j", "1"], stdin: stdin)
        let two = try Tool.run(["--stream", "-f", "json", "-j", "2"], stdin: stdin)
        let lines = one.out.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(Set(lines).count == 1)
        #expect(one.stdout == two.stdout)
    }

    @Test func recordsComeOutInInputOrderWhateverTheirSizes() throws {
        let big = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.golden("sub-gmotrust-uuencode-2025/input.txt"))))
        let records = (0..<40).map { i in ("r\(i)", i % 7 == 0 ? big : Tool.html(title: "T\(i)", body: "Body \(i).")) }
        let (run, decoded) = try Self.stream(Self.framed(records), ["-j", "3"])
        #expect(run.status == 0)
        #expect(decoded.map(\.id) == records.map(\.0))
    }

    /// A caller may send one record and wait for its line before sending the next.
    @Test func eachLineIsWrittenBeforeTheNextRecordArrives() throws {
        for jobs in ["1", "2"] {
            let box = try Tool.Sandbox()
            let fifo = box.path("in")
            #expect(mkfifo(fifo, 0o600) == 0)
            // Opened first (read-write does not wait for a reader), so that the child's open
            // for reading does not wait for a writer while posix_spawn waits for the child.
            let writer = open(fifo, O_RDWR | O_CLOEXEC)
            try #require(writer >= 0)
            let process = try Tool.start(["--stream", "-j", jobs], stdin: fifo)
            for i in 1...3 {
                let record = Self.framed([("r\(i)", Tool.html(title: "T", body: "Body \(i)."))])
                #expect(record.withUnsafeBytes { write(writer, $0.baseAddress, $0.count) } == record.count)
                var lines = 0
                for _ in 0..<500 {
                    lines = process.outputSoFar().split(separator: 0x0A).count
                    if lines == i { break }
                    usleep(20_000)
                }
                #expect(lines == i, "-j \(jobs): record \(i) unanswered")
            }
            close(writer)
            #expect(try process.wait().status == 0)
        }
    }

    // MARK: --records and --files-from

    @Test func filesFromWritesOneRecordPerListedPath() throws {
        let box = try Tool.Sandbox()
        let a = try box.write("a.htm", Tool.html(title: "A", body: "One."))
        let b = try box.write("dir/b\nc.txt", Tool.submission())
        let missing = box.path("missing.htm")
        let lines = try box.write("list", Array("\(a)\n\n\(missing)\n".utf8))
        let run = try Tool.run(["--files-from", lines])
        #expect(run.status == 1)
        let records = try Self.records(run)
        #expect(records.map(\.id) == [a, missing])
        #expect(records[1].error?.code == "unreadable")
        #expect(run.stderr.hasPrefix("filingdown: \(missing): "))

        let nul = try box.write("list0", Array("\(a)\0\(b)\0".utf8))
        let zero = try Tool.run(["--files-from", nul, "--null", "-f", "text"])
        #expect(zero.status == 0)
        let both = try Self.records(zero)
        #expect(both.map(\.id) == [a, b])
        #expect(both[1].documents?.count == 2)
        #expect(both[1].documents?.first?["text"] != nil)
    }

    @Test func filesFromReadsTheListFromStandardInput() throws {
        let box = try Tool.Sandbox()
        let a = try box.write("a.htm", Tool.html(title: "A", body: "One."))
        let list = try box.write("list", Array("\(a)\n".utf8))
        let run = try Tool.run(["--files-from", "-"], stdin: list)
        #expect(try Self.records(run).map(\.id) == [a])
    }

    @Test func filesFromWithAnOutputDirectoryConvertsAsUsual() throws {
        let box = try Tool.Sandbox()
        let a = try box.write("in/a.htm", Tool.html(title: "A", body: "One."))
        let list = try box.write("list", Array("\(a)\n".utf8))
        let run = try Tool.run(["-q", "--files-from", list, "--output-dir", box.path("out")])
        #expect(run.status == 0)
        #expect(box.list("out") == ["a.md"])
    }

    @Test func recordsFromInputArgumentsMatchTheStream() throws {
        let box = try Tool.Sandbox()
        let a = try box.write("a.htm", Tool.html(title: "A", body: "One."))
        let s = try box.write("s.txt", Tool.submission())
        let records = try Tool.run(["--records", a, s])
        let (_, streamed) = try Self.stream(Self.framed([(a, try box.read("a.htm")), (s, try box.read("s.txt"))]))
        #expect(records.status == 0)
        let lines = records.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try Self.records(records).map(\.id) == streamed.map(\.id))
        let (run, _) = try Self.stream(Self.framed([(a, try box.read("a.htm")), (s, try box.read("s.txt"))]))
        #expect(run.out.split(separator: "\n") == lines)
    }

    @Test(arguments: [
        ["--stream", "a.htm"], ["--stream", "-o", "x"], ["--stream", "--list"], ["--stream", "--files-from", "l"],
        ["--null"], ["--files-from", "l", "a.htm"], ["--records", "--output-dir", "o", "a.htm"], ["--max-record-bytes", "-1", "a.tgz"],
        ["--stream", "--max-record-bytes", "0"], ["--stream", "--max-record-bytes", "12Q"], ["--records", "--outline", "a.htm"],
    ])
    func pipelineOptionsThatDoNotFitAreUsageErrors(arguments: [String]) throws {
        let run = try Tool.run(arguments)
        #expect(run.status == 2, "\(arguments)")
    }
}
