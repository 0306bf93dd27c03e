@testable import filingdown
import FoundationEssentials
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Inputs as they arrive in practice: gzip-compressed, UTF-16, a lone document outside
/// any submission; and `--list`/`--outline` describing them.
@Suite struct CommandLineInputTests {
    typealias Tool = CommandLineTests

    @Test func gzipInputIsReadAsItsContents() throws {
        let box = try Tool.Sandbox()
        let plain = try box.write("s.txt", Tool.submission())
        let compressed = try box.write("s.txt.gz", Self.gzip(Tool.submission()))
        let run = try Tool.run([compressed])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try Tool.run([plain])).stdout)
        let batch = try Tool.run(["--output-dir", box.path("out"), compressed])
        #expect(batch.status == 0)
        #expect(box.list("out") == ["s.md"])
    }

    /// As `zcat` reads them: members one after another.
    @Test func everyMemberOfAGzipFileIsRead() throws {
        let box = try Tool.Sandbox()
        let html = Tool.html(title: "Results", body: "Two members.")
        let plain = try box.write("p.htm", html)
        let split = html.count / 2
        let input = try box.write("p.htm.gz", Self.gzip(Array(html[..<split])) + Self.gzip(Array(html[split...])))
        #expect(try Tool.run([input]).stdout == Tool.run([plain]).stdout)
    }

    @Test func damagedGzipIsAnErrorThatSaysSo() throws {
        let box = try Tool.Sandbox()
        let whole = Self.gzip(Tool.submission())
        let cut = try box.write("cut.gz", Array(whole.prefix(whole.count - 20)))
        let run = try Tool.run([cut])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "filingdown: \(cut): gzip-compressed data is cut off\n")
        var bad = whole
        bad[2] = 7
        let damaged = try box.write("bad.gz", bad)
        #expect(try Tool.run([damaged]).stderr.hasPrefix("filingdown: \(damaged): gzip-compressed data is damaged"))
    }

    /// A few kilobytes that would expand to gigabytes are refused, not decompressed into memory.
    @Test func gzipThatExpandsTooFarIsRefused() throws {
        let compressed = Self.gzip([UInt8](repeating: 0x20, count: 10_000))
        #expect(throws: InputDecoding.Failure.self) { try InputDecoding.gunzip(compressed, limit: 4_000) }
        #expect(try InputDecoding.gunzip(compressed, limit: 10_000).count == 10_000)
        #expect(InputDecoding.expansionLimit(compressed: 10_000_000) == 2_000_000_000)
    }

    @Test(arguments: [true, false])
    func utf16HTMLIsConverted(bigEndian: Bool) throws {
        let box = try Tool.Sandbox()
        let html = Tool.html(title: "Résumé", body: "Café — naïve.")
        let plain = try box.write("u8.htm", html)
        var units = [UInt16(0xFEFF)] + Array(String(decoding: html, as: UTF8.self).utf16)
        if bigEndian { units = units.map(\.byteSwapped) }
        let wide = try box.write("u16.htm", units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let run = try Tool.run([wide])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try Tool.run([plain])).stdout)
        // The byte-order mark says what the bytes are, whatever --encoding guessed.
        #expect(try Tool.run(["--encoding", "windows-1252", wide]).stdout == run.stdout)
    }

    @Test func listNamesALoneDocumentByItsFileAndSequenceOne() throws {
        let box = try Tool.Sandbox()
        let input = try box.write("press.htm", Tool.html(title: "Results", body: "Body."))
        let run = try Tool.run(["--list", input])
        #expect(run.status == 0)
        let fields = run.out.dropLast().split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 6)
        #expect(fields[0] == "1" && fields[2] == "press.htm" && fields[4] == "html")
        let json = try Tool.run(["--list", "-f", "json", input])
        #expect(json.out.hasPrefix("{\"sequence\":\"1\",\"type\":null,\"filename\":\"press.htm\","))
    }

    @Test(arguments: ["json", "jsonl"])
    func outlineInJSONIsOneObjectPerDocument(format: String) throws {
        let box = try Tool.Sandbox()
        let input = try box.write("submission.txt", Tool.submission())
        let run = try Tool.run(["--outline", "-f", format, input])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == 2)
        struct Record: Decodable {
            struct Entry: Decodable { var kind: String; var number: String; var title: String; var size: Int }
            var sequence: String?
            var type: String?
            var outline: [Entry]
        }
        let first = try JSONDecoder().decode(Record.self, from: Data(lines[0].utf8))
        #expect(first.sequence == "1" && first.type == "8-K")
        #expect(first.outline.first?.number == "8.01")
        #expect(first.outline.first?.title == "Other Events")
        let other = try box.write("other.txt", Tool.submission())
        let batch = try Tool.run(["--outline", "-f", format, input, other])
        #expect(batch.out.hasPrefix("{\"path\":"))
    }

    /// As pandoc's `--extract-media`: the picture links lead to the extracted files.
    @Test func extractedImagesAreLinkedWhereTheyWereWritten() throws {
        let box = try Tool.Sandbox()
        let input = Tool.packageRoot + "/Golden/oracle-8k-2014/input.txt"
        let plain = try Tool.run([input])
        #expect(plain.out.contains("![LOGO](g740679g39l81.jpg)"))
        let run = try Tool.run(["--extract-attachments", box.path("att"), input])
        #expect(run.status == 0)
        #expect(box.list("att") == ["g740679g39l81.jpg"])
        #expect(run.out.contains("![LOGO](\(box.path("att"))/g740679g39l81.jpg)"))
        #expect(!run.out.contains("](g740679g39l81.jpg)"))
        // The attachment's own line says where it went, not "not shown".
        #expect(run.out.contains("*Attachment: g740679g39l81.jpg, GRAPHIC, 6502 bytes (uuencoded), extracted to \(box.path("att"))/g740679g39l81.jpg*"))
        #expect(!run.out.contains("not shown"))
    }

    // MARK: gzip, stored (uncompressed) blocks: enough for a test, no zlib needed to write it

    static func gzip(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3]
        var chunks = stride(from: 0, to: data.count, by: 65535).map { Array(data[$0..<min($0 + 65535, data.count)]) }
        if chunks.isEmpty { chunks = [[]] }
        for (i, chunk) in chunks.enumerated() {
            let length = UInt16(chunk.count)
            out += [i == chunks.count - 1 ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out += chunk
        }
        for value in [crc32(data), UInt32(truncatingIfNeeded: data.count)] {
            out += (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        }
        return out
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
