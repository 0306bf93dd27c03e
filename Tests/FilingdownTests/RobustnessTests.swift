#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Testing
@testable import Filingdown

/// Issue 10: hostile, broken and huge input. Every input of the catalogue below is made by
/// the test itself (nothing large lives in the repository), converted to Markdown, plain
/// text and JSON, and must come back in bounded time and memory with its surviving text
/// (or a warning) in the output. A crash here is a signal that kills the test process.
///
/// Heavy inputs (the 50 MB lines, the 62,000-row table) are slow in a debug build; they run
/// only with `FILINGDOWN_HEAVY=1`, and `docs/robustness.md` records their release timings:
///
///     FILINGDOWN_HEAVY=1 swift test -c release -Xswiftc -enable-testing --filter RobustnessHeavyTests
///
/// `FILINGDOWN_CATALOGUE_DIR=/tmp/hostile swift test --filter writeCatalogue` writes every
/// input to a directory, for the command-line measurements and as fuzzing seeds.
@Suite struct RobustnessTests {
    // MARK: The catalogue

    @Test("every hostile input converts in bounded time and memory", arguments: Hostile.catalogue.filter { !$0.heavy })
    func catalogue(_ input: Hostile) {
        Self.run(input)
    }

    static func run(_ input: Hostile) {
        let clock = ContinuousClock()
        let t0 = clock.now
        let bytes = input.make()
        let t1 = clock.now
        let run = Hostile.convertAll(bytes)
        let t2 = clock.now
        defer {
            if Hostile.environment("FILINGDOWN_TIMINGS") != nil { print("robustness \(input.name): make \(t1 - t0), convert \(t2 - t1), checks \(clock.now - t2)") }
        }
        for (format, elapsed) in run.elapsed {
            #expect(elapsed < Hostile.budget, "\(input.name) as \(format): \(elapsed)")
        }
        let peak = Hostile.peakMemoryKB()
        if Hostile.environment("FILINGDOWN_TIMINGS") != nil {
            print("robustness \(input.name): " + run.elapsed.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + "; peak RSS \(peak) KB")
        }
        #expect(peak < Hostile.memoryBudgetKB, "\(input.name): peak RSS \(peak) KB")
        for (format, valid) in run.validUTF8 {
            #expect(valid, "\(input.name) as \(format): output is not UTF-8")
        }
        #expect(run.jsonParses, "\(input.name): JSON output does not parse")
        #expect(run.chunksParse, "\(input.name): a chunk record does not parse")
        input.check(run)
    }

    @Test("writes the catalogue to FILINGDOWN_CATALOGUE_DIR",
          .enabled(if: Hostile.environment("FILINGDOWN_CATALOGUE_DIR") != nil))
    func writeCatalogue() throws {
        let dir = Hostile.environment("FILINGDOWN_CATALOGUE_DIR")!
        mkdir(dir, 0o755)
        for input in Hostile.catalogue {
            let bytes = input.make()
            let path = dir + "/" + input.name
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            try #require(fd >= 0, "cannot create \(path)")
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
                try #require(n > 0)
                offset += n
            }
            close(fd)
        }
    }

    // MARK: Pieces the catalogue cannot show through the converter

    @Test("hostile <FILENAME>s are extracted inside the directory, and nowhere else")
    func hostileFilenamesExtract() throws {
        let root = "/tmp/filingdown-robustness-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try #require(mkdir(root, 0o700) == 0)
        defer { Hostile.removeTree(root) }
        let target = root + "/out"
        let paths = try AttachmentExtractor.extract(Hostile.hostileFilenames(), to: target)
        #expect(paths.count == 4)
        for path in paths {
            #expect(path.hasPrefix(target + "/"))
            #expect(!path.dropFirst(target.count + 1).contains("/"))
            #expect(!path.utf8.contains(0))
        }
        // Nothing beside the directory, nothing at the absolute or parent paths named.
        #expect(Hostile.list(root) == ["out"])
        #expect(access("/tmp/filingdown-abs-escape.bin", F_OK) != 0)
        #expect(Set(Hostile.list(target)) == Set(paths.map { String($0.dropFirst(target.count + 1)) }))
    }

    @Test("malformed uuencode decodes to a bounded size and extracts")
    func malformedUUDecode() throws {
        let bytes = Hostile.malformedUU()
        let reader = bytes.withUnsafeBytes { SubmissionReader($0) }
        #expect(reader.parts.count == 5)
        for part in reader.parts {
            let text = Array(bytes[part.text])
            text.withUnsafeBytes { buf in
                let decoded = AttachmentReader.decode(buf)
                // A line's length character promises at most 63 bytes; nothing decodes to more.
                #expect(decoded.count <= (buf.count / 2 + 1) * 63)
            }
        }
        let root = "/tmp/filingdown-robustness-uu-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try #require(mkdir(root, 0o700) == 0)
        defer { Hostile.removeTree(root) }
        let paths = try AttachmentExtractor.extract(bytes, to: root + "/out")
        #expect(paths.count == 5)
    }

    @Test("the HTML parser neither fetches nor expands entities", arguments: [Hostile.xhtmlEntities(), Hostile.htmlBillionLaughs()])
    func htmlEntities(_ html: [UInt8]) throws {
        let blocks = html.withUnsafeBytes { Normalizer.normalize(html: $0, encoding: nil) }.blocks
        let text = blocks.map { block -> String in
            if case .paragraph(let inlines) = block.content { return inlines.plainText }
            return ""
        }.joined(separator: "\n")
        #expect(text.contains("visible"))
        #expect(!text.contains("root:"))
        #expect(!text.contains("lollol"))
    }

    @Test("the byte-level wrap of ASCII text gives exactly the lines of the Character-level one")
    func asciiWrapMatches() {
        let pieces = ["a", "bb", "word", "www.example.com/x", "http://x.y/z", "a@b.c", "123,456", "(1.5)%", "$(3)", "-",
                      String(repeating: "x", count: 95), String(repeating: "y", count: 250) + "www.z", String(repeating: "q", count: 170) + "12,345",
                      String(repeating: "7", count: 200), "\n", "\t", " ", "  ", "\n\n"]
        var state = SeededGenerator(state: 7)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &state) { text += pieces[Int.random(in: 0..<pieces.count, using: &state)] + (Bool.random(using: &state) ? " " : "") }
            for width in [0, 10, 17, 40, 80] {
                #expect(TextWrap.wrap(text, width: width) == TextWrap.wrapCharacters(text, width: width), "\(text.debugDescription) at \(width)")
                let slow = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { TextWrap.wrapCharacters(String($0), width: width) }
                #expect(TextWrap.wrapParagraph(text, width: width) == slow, "\(text.debugDescription) at \(width)")
            }
        }
    }

    @Test("the byte-level wrap of UTF-8 text (curly quotes, dashes, accents) gives exactly the lines of the Character-level one")
    func utf8WrapMatches() {
        let pieces = ["a", "bb", "word", "’", "“quoted”", "it’s", "—", "2023—2024", "•", "§", "§1.2", "é", "café", "naïve", "Société",
                      "€1,000", "½", "²", "(3)%", "5½", "Ⅻ", "☐", "☒", "™", "®", "\u{A0}", "\u{AD}", "\u{2028}", "\u{1}",
                      "www.exämple.com/é", "https://x.y/’z", "a@b.é", "123,456—", "—123,456", "12½,345",
                      String(repeating: "é", count: 95), String(repeating: "—", count: 33), String(repeating: "x’", count: 60) + "www.z",
                      String(repeating: "ü", count: 170) + "12,345", String(repeating: "½", count: 40), "€" + String(repeating: "7", count: 200),
                      "\n", "\t", " ", "  ", "\n\n"]
        var state = SeededGenerator(state: 11)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &state) { text += pieces[Int.random(in: 0..<pieces.count, using: &state)] + (Bool.random(using: &state) ? " " : "") }
            for width in [0, 10, 17, 40, 80] {
                let slow = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { TextWrap.wrapCharacters(String($0), width: width) }
                let fast = TextWrap.wrapBytes(text, width: width, lineBreaks: true)
                #expect(fast != nil, "\(text.debugDescription) left the byte path")
                #expect(fast == slow, "\(text.debugDescription) at \(width)")
                #expect(TextWrap.wrapBytes(text, width: width, lineBreaks: false) == TextWrap.wrapCharacters(text, width: width), "\(text.debugDescription) at \(width)")
            }
        }
    }

    @Test("every scalar the byte-level wrap counts as one column is one Character, whatever its neighbours")
    func byteColumnsAreCharacters() {
        var accepted = 0
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let one = String(Character(scalar))
            var utf8 = Array(one.utf8)
            guard utf8.withUnsafeMutableBufferPointer({ TextColumns.scalarsAreCharacters(UnsafeBufferPointer($0)) }) else { continue }
            accepted += 1
            // Neither extends, nor is extended by, nor pairs with a neighbour.
            #expect(("a" + one + "a").count == 3, "U+\(String(value, radix: 16))")
            #expect((one + one).count == 2, "U+\(String(value, radix: 16))")
            #expect(TextColumns.count(one + "x" + one) == (one + "x" + one).count, "U+\(String(value, radix: 16))")
            guard value >= 0x80 else { continue }
            // The Character path compares with these; a canonical equivalent would match it.
            for structural in " \t\n:/w.@,$%()-" { #expect(Character(scalar) != structural, "U+\(String(value, radix: 16))") }
            // A long word of it is broken, or kept whole as a number, the same way.
            for text in [String(repeating: one, count: 25), "x" + String(repeating: one, count: 12) + " ab" + one + " " + one + String(repeating: "9", count: 12)] {
                #expect(TextWrap.wrapBytes(text, width: 10, lineBreaks: false) == TextWrap.wrapCharacters(text, width: 10), "U+\(String(value, radix: 16))")
            }
        }
        #expect(accepted > 3_000)
        for needed in ["’", "“", "”", "—", "–", "•", "§", "é", "ğ", "€", "™", "☐", "Ω", "Ж", "\u{A0}"] {
            #expect(TextWrap.wrapBytes(needed, width: 80, lineBreaks: true) != nil, "\(needed) left the byte path")
        }
    }

    @Test("combining marks, Hangul jamo, emoji, CR and wide text wrap by Characters")
    func characterPathWraps() {
        let combined = String(repeating: "e\u{301}", count: 12)  // 12 Characters, 24 scalars
        let cases: [(String, [String])] = [
            (combined, [String(repeating: "e\u{301}", count: 10), String(repeating: "e\u{301}", count: 2)]),
            ("ab " + String(repeating: "e\u{301}", count: 7), ["ab " + String(repeating: "e\u{301}", count: 7)]),
            (String(repeating: "\u{1100}\u{1161}\u{11A8}", count: 11), [String(repeating: "\u{1100}\u{1161}\u{11A8}", count: 10), "\u{1100}\u{1161}\u{11A8}"]),
            ("👍🏽👍🏽👍🏽 🇺🇸🇺🇸🇺🇸 x", ["👍🏽👍🏽👍🏽 🇺🇸🇺🇸🇺🇸 x"]),
            ("👨‍👩‍👧 ☐\u{FE0F}☐\u{FE0F} abcde", ["👨‍👩‍👧 ☐\u{FE0F}☐\u{FE0F} abcde"]),
            ("株式会社株式会社株式会社", ["株式会社株式会社株式", "会社"]),
            ("abcd\r\nefgh ijkl", ["abcd\r\nefgh", "ijkl"]),
            ("a \u{301}b", ["a \u{301}b"]),
        ]
        for (text, expected) in cases {
            #expect(TextWrap.wrapParagraph(text, width: 10) == expected, "\(text.debugDescription)")
            #expect(TextWrap.wrap(text, width: 10) == TextWrap.wrapCharacters(text, width: 10), "\(text.debugDescription)")
        }
        for slow in ["e\u{301}", "\u{1100}", "👍", "\u{200D}", "\u{FE0F}", "\r", "株", "\u{20DD}", "\u{0483}"] {
            #expect(TextWrap.wrapBytes(slow, width: 80, lineBreaks: true) == nil, "\(slow.debugDescription) stayed on the byte path")
        }
    }

    @Test("the JSON check tells JSON from not-JSON")
    func jsonSyntax() {
        for good in ["{}", "[]", " {\"a\":[1,-2.5e3,true,false,null,\"x\\u00e9\\n\"]} ", "0", "\"\""] {
            #expect(JSONSyntax.isValid(Array(good.utf8)), "\(good)")
        }
        for bad in ["", "{", "[1,]", "{\"a\"}", "01", "\"\u{1}\"", "[1] x", "{'a':1}", "\"\\x\"", "1.", "-"] {
            #expect(!JSONSyntax.isValid(Array(bad.utf8)), "\(bad)")
        }
    }

    @Test("converting in parallel gives the same output as converting one at a time")
    func parallelConversion() throws {
        // Run under `swift test --sanitize=thread` this is the data-race check of the
        // library (docs/robustness.md); in a plain run it checks determinism.
        let small = Hostile.catalogue.filter { !$0.heavy }.map { ($0.name, $0.make()) }.filter { $0.1.count < 65_536 }
        let inputs = small.map(\.1)
        let expected = inputs.map { Converter().convert($0).output }
        let results = ResultBox(count: inputs.count * 4)
        DispatchQueue.concurrentPerform(iterations: inputs.count * 4) { k in
            results.set(k, Converter().convert(inputs[k % inputs.count]).output)
        }
        for k in 0..<(inputs.count * 4) {
            #expect(results.get(k) == expected[k % inputs.count], "\(small[k % inputs.count].0)")
        }
    }
}

/// The 50 MB lines and the 62,000-row table, one at a time (the memory check reads the
/// process's peak); see the command at the top of this file.
@Suite(.serialized, .enabled(if: Hostile.heavyEnabled)) struct RobustnessHeavyTests {
    @Test("heavy hostile inputs", arguments: Hostile.catalogue.filter(\.heavy))
    func heavyCatalogue(_ input: Hostile) {
        RobustnessTests.run(input)
    }
}

/// SplitMix64: the same random choices on every run and platform.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Outputs written from several threads, each slot by one thread only, and read after
/// `concurrentPerform` has returned (which orders every write before the reads).
final class ResultBox: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[UInt8]>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func set(_ k: Int, _ value: [UInt8]) { slots[k] = value }
    func get(_ k: Int) -> [UInt8] { slots[k] }
}

// MARK: - Catalogue

struct Hostile: Sendable, CustomTestStringConvertible {
    let name: String
    /// Slow in a debug build: runs only with FILINGDOWN_HEAVY=1.
    var heavy = false
    let make: @Sendable () -> [UInt8]
    let check: @Sendable (Outputs) -> Void

    var testDescription: String { name }

    /// What the three writers made of one input. Its test description is a short summary:
    /// a failed expectation must not print 50 MB.
    struct Outputs: CustomTestStringConvertible {
        var md = ""
        var txt = ""
        var js = ""
        var markdownBytes = 0
        var textBytes = 0
        var jsonBytes = 0
        var markdownHasNUL = false
        var textHasNUL = false
        var warnings: [String] = []
        var elapsed: [(String, Duration)] = []
        var validUTF8: [(String, Bool)] = []
        var jsonParses = false
        /// Every line of `-f chunks` parses.
        var chunksParse = false

        /// Every format's output contains `s`.
        func all(contain s: String) -> Bool { md.contains(s) && txt.contains(s) && js.contains(s) }
        func none(contain s: String) -> Bool { !md.contains(s) && !txt.contains(s) && !js.contains(s) }

        var testDescription: String {
            func clip(_ s: String) -> String { s.utf8.count > 300 ? String(s.prefix(300)) + "…" : s }
            return "markdown \(markdownBytes) B: \(clip(md)) | text \(textBytes) B | json \(jsonBytes) B | warnings \(warnings)"
        }
    }

    /// The bound is 10 s for the release build; a debug build is several times slower.
    #if DEBUG
    static let budget: Duration = .seconds(30)
    #else
    static let budget: Duration = .seconds(10)
    #endif
    static let memoryBudgetKB = 1_048_576

    static let heavyEnabled = environment("FILINGDOWN_HEAVY") == "1"

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static func convertAll(_ bytes: [UInt8]) -> Outputs {
        var out = Outputs()
        let clock = ContinuousClock()
        for format in [ConversionOptions.Format.markdown, .text, .json, .chunks] {
            var options = ConversionOptions()
            options.format = format
            let start = clock.now
            let result = Converter(options: options).convert(bytes)
            out.elapsed.append((format.rawValue, clock.now - start))
            out.validUTF8.append((format.rawValue, String(validating: result.output, as: UTF8.self) != nil))
            let text = String(decoding: result.output, as: UTF8.self)
            switch format {
            case .markdown:
                out.md = text
                out.markdownBytes = result.output.count
                out.markdownHasNUL = result.output.contains(0)
                out.warnings = result.warnings
            case .text:
                out.txt = text
                out.textBytes = result.output.count
                out.textHasNUL = result.output.contains(0)
            case .chunks:
                out.chunksParse = result.output.split(separator: 0x0A).allSatisfy { isValidJSON(Array($0)) }
            default:
                out.js = text
                out.jsonBytes = result.output.count
                out.jsonParses = isValidJSON(result.output)
            }
        }
        return out
    }

    /// The process's peak resident set so far, in KB: an upper bound for any one input.
    static func peakMemoryKB() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss
    }

    static func isValidJSON(_ bytes: [UInt8]) -> Bool { JSONSyntax.isValid(bytes) }

    static let catalogue: [Hostile] = [
        Hostile(name: "empty.txt", make: { [] }, check: { run in
            #expect(run.md.isEmpty && run.txt.isEmpty)
            #expect(run.js.contains("\"blocks\":[]"))
        }),
        Hostile(name: "garbage.bin", make: { randomBytes(1 << 20, seed: 42) }, check: { run in
            // Named and sized, never dumped.
            #expect(run.md.contains("Attachment:") && run.md.contains("1048576 bytes"))
            #expect(run.markdownBytes < 1024 && run.textBytes < 1024 && run.jsonBytes < 1024)
        }),
        Hostile(name: "invalid-utf8.htm", make: { invalidUTF8(html: true) }, check: { run in
            // windows-1252 for the bytes that are not UTF-8, including the five it leaves undefined.
            #expect(run.all(contain: "caf\u{E9}"))
            #expect(run.all(contain: "\u{201C}quoted\u{201D}"))
            #expect(run.all(contain: "the tail survives"))
            #expect(!run.md.unicodeScalars.contains { $0.value >= 0x80 && $0.value < 0xA0 })
        }),
        Hostile(name: "invalid-utf8.txt", make: { invalidUTF8(html: false) }, check: { run in
            #expect(run.all(contain: "caf\u{E9}"))
            #expect(run.all(contain: "the tail survives"))
        }),
        Hostile(name: "nul.htm", make: { nulHTML() }, check: { run in
            #expect(run.all(contain: "before"))
            #expect(run.all(contain: "after"))
            #expect(run.all(contain: "second paragraph"))
        }),
        Hostile(name: "nul-submission.txt", make: { nulSubmission() }, check: { run in
            #expect(run.all(contain: "Body"))
            #expect(run.all(contain: "text survives"))
            #expect(run.all(contain: "plain exhibit"))
            #expect(run.md.contains("accession_number:"))
        }),
        Hostile(name: "line-50mb.txt", heavy: true, make: { longLine(html: false) }, check: { run in
            #expect(run.all(contain: "FIRSTWORD"))
            #expect(run.all(contain: "LASTWORD"))
            #expect(run.markdownBytes > 50_000_000)
        }),
        Hostile(name: "line-50mb.htm", heavy: true, make: { longLine(html: true) }, check: { run in
            #expect(run.all(contain: "FIRSTWORD"))
            #expect(run.all(contain: "LASTWORD"))
            #expect(run.markdownBytes > 50_000_000)
        }),
        Hostile(name: "div-100k.htm", make: {
            bytes("<html><body>" + String(repeating: "<div>", count: 100_000) + "deep text"
                  + String(repeating: "</div>", count: 100_000) + "<p>after the divs</p></body></html>")
        }, check: { run in
            #expect(run.all(contain: "deep text"))
            #expect(run.all(contain: "after the divs"))
        }),
        Hostile(name: "table-10k.htm", make: {
            bytes("<html><body>" + String(repeating: "<table><tr><td>", count: 10_000) + "innermost"
                  + String(repeating: "</td></tr></table>", count: 10_000) + "<p>after the tables</p></body></html>")
        }, check: { run in
            #expect(run.all(contain: "innermost"))
            #expect(run.all(contain: "after the tables"))
        }),
        Hostile(name: "table-10k-unclosed.htm", make: {
            bytes("<html><body>" + (0..<10_000).map { "<table><tr><td>cell\($0) " }.joined() + "</body></html>")
        }, check: { run in
            #expect(run.all(contain: "cell0"))
            #expect(run.all(contain: "cell9999"))
        }),
        Hostile(name: "span-1e9.htm", make: {
            bytes("<html><body><table><tr><td>Name</td><td colspan=\"1000000000\">Wide</td><td rowspan=\"1000000000\">Tall</td></tr>"
                  + "<tr><td>alpha</td><td>1</td><td>2</td></tr><tr><td>beta</td><td>3</td><td>4</td></tr>"
                  + "<tr><td colspan=\"999999999999999999999999\">overflow</td><td rowspan=\"-5\">neg</td></tr></table></body></html>")
        }, check: { run in
            for s in ["Name", "Wide", "Tall", "alpha", "beta", "overflow", "neg"] { #expect(run.all(contain: s)) }
            #expect(run.markdownBytes < 4096 && run.textBytes < 4096 && run.jsonBytes < 8192)
        }),
        Hostile(name: "rows-62k.htm", heavy: true, make: { rows62k() }, check: { run in
            #expect(run.all(contain: "group 0"))
            #expect(run.all(contain: "row 61999"))
            // One Markdown table: a header, its rule, and one line per remaining row.
            let lines = run.md.split(separator: "\n").filter { $0.hasPrefix("|") }
            #expect(lines.count == 62_001)
        }),
        Hostile(name: "wide-table.htm", make: {
            bytes("<html><body><table>" + (0..<2_500).map { "<tr><td colspan=\"1000\">name \($0)</td><td colspan=\"1000\">\($0)</td></tr>" }.joined()
                  + "</table></body></html>")
        }, check: { run in
            #expect(run.all(contain: "name 0"))
            #expect(run.all(contain: "name 2499"))
            // 2,500 rows × 2,000 columns is past TableLimits.maxSlots: read as text, not placed
            // (20,000 such rows used to take 1 GB).
            #expect(!run.md.contains("| ---"))
        }),
        // The fuzzer's one timeout (docs/robustness.md): the widest grid still placed, 1,990 rows
        // under colspan=1000 pairs, just under TableLimits.maxSlots. Linear, but 4 million slots.
        Hostile(name: "wide-table-at-limit.htm", heavy: true, make: {
            bytes("<html><body><table>" + (0..<1_990).map { "<tr><td colspan=\"1000\">name \($0)</td><td colspan=\"1000\">\($0)</td></tr>" }.joined()
                  + "</table></body></html>")
        }, check: { run in
            #expect(run.all(contain: "name 0"))
            #expect(run.all(contain: "name 1989"))
            #expect(run.md.contains("| ---"))
        }),
        Hostile(name: "truncated-submission.txt", make: { truncatedSubmission() }, check: { run in
            #expect(run.warnings.contains { $0.contains("cut off") })
            #expect(run.all(contain: "First document complete."))
            #expect(run.all(contain: "The second document starts"))
        }),
        Hostile(name: "document-without-text.txt", make: { documentWithoutText() }, check: { run in
            #expect(run.all(contain: "Body with no TEXT tag survives."))
            #expect(run.all(contain: "EX-99.2"))
            #expect(run.all(contain: "Last document."))
        }),
        Hostile(name: "malformed-uuencode.txt", make: { malformedUU() }, check: { run in
            #expect(occurrences(of: "Attachment:", in: run.md) == 5)
            // The encoded text is named, never shown.
            #expect(run.none(contain: "M86)C"))
            #expect(run.none(contain: "GARBAGE-AFTER-BEGIN"))
        }),
        Hostile(name: "xxe-form4.xml", make: { xxeForm4() }, check: { run in
            #expect(run.all(contain: "Issuer"))
            #expect(run.all(contain: "Visible Corp"))
            #expect(run.none(contain: "root:"))
            #expect(run.none(contain: "/bin/"))
        }),
        Hostile(name: "billion-laughs.xml", make: { billionLaughs() }, check: { run in
            #expect(run.none(contain: "lollol"))
            #expect(run.markdownBytes < 4096)
        }),
        Hostile(name: "xxe.htm", make: { xhtmlEntities() }, check: { run in
            #expect(run.all(contain: "visible"))
            #expect(run.none(contain: "root:"))
        }),
        Hostile(name: "billion-laughs.htm", make: { htmlBillionLaughs() }, check: { run in
            #expect(run.all(contain: "visible"))
            #expect(run.none(contain: "lollol"))
        }),
        Hostile(name: "hostile-filenames.txt", make: { hostileFilenames() }, check: { run in
            #expect(occurrences(of: "Attachment:", in: run.md) == 4)
            #expect(run.all(contain: "Cover text."))
            #expect(!run.markdownHasNUL && !run.textHasNUL)
        }),
        Hostile(name: "unterminated-comment.htm", make: {
            bytes("<html><body><p>before the comment</p><!--DOCTYPE never closed\n<p>after the comment</p></body></html>")
        }, check: { run in
            #expect(run.all(contain: "before the comment"))
            #expect(run.all(contain: "after the comment"))
        }),
        Hostile(name: "unterminated-comment-one-line.htm", make: {
            bytes("<html><body><p>before the comment</p><!--DOCTYPE never closed><p>after the comment</p>"
                  + "<table><tr><td>a cell</td></tr></table><p>the last words</p></body></html>")
        }, check: { run in
            #expect(run.all(contain: "before the comment"))
            #expect(run.all(contain: "after the comment"))
            #expect(run.all(contain: "a cell"))
            #expect(run.all(contain: "the last words"))
            #expect(run.none(contain: "DOCTYPE"))
        }),
        Hostile(name: "xml-100k-deep.xml", make: {
            bytes("<?xml version=\"1.0\"?>\n<informationTable>" + String(repeating: "<a>", count: 100_000) + "deep"
                  + String(repeating: "</a>", count: 100_000) + "</informationTable>\n")
        }, check: { run in
            // libxml2 stops at depth 256 without XML_PARSE_HUGE; the document is still named.
            #expect(run.markdownBytes > 0 && run.markdownBytes < 4096)
        }),
        Hostile(name: "inline-30k-deep.htm", make: {
            bytes("<html><body><p>" + String(repeating: "<b><i><a href=\"http://x.example/\">", count: 30_000) + "deep words"
                  + String(repeating: "</a></i></b>", count: 30_000) + "</p><p>after</p></body></html>")
        }, check: { run in
            #expect(run.all(contain: "deep words"))
            #expect(run.all(contain: "after"))
        }),
        // Found while building the catalogue: inputs that were quadratic in some writer.
        Hostile(name: "brackets.htm", make: {
            bytes("<html><body><p>" + String(repeating: "[", count: 200_000) + " end of brackets</p></body></html>")
        }, check: { run in
            #expect(run.all(contain: "end of brackets"))
        }),
        Hostile(name: "inline-runs.htm", make: {
            bytes("<html><body><p>" + String(repeating: "<b>bold</b> plain ", count: 10_000) + "last run</p></body></html>")
        }, check: { run in
            #expect(run.all(contain: "last run"))
            #expect(run.md.contains("**bold** plain"))
        }),
        Hostile(name: "long-word.htm", make: {
            bytes("<html><body><p>" + String(repeating: "a", count: 300_000) + " end</p></body></html>")
        }, check: { run in
            #expect(run.all(contain: "end"))
            // Plain text breaks the word at the wrap width.
            #expect(run.txt.split(separator: "\n").allSatisfy { $0.count <= 80 })
        }),
        Hostile(name: "lists-10k.htm", make: {
            bytes("<html><body>" + (0..<10_000).map { "<ul><li>item\($0) " }.joined() + "</body></html>")
        }, check: { run in
            #expect(run.all(contain: "item0"))
            #expect(run.all(contain: "item9999"))
        }),
    ] + review

    // MARK: Generators

    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    static func occurrences(of needle: String, in haystack: String) -> Int {
        var n = 0
        var rest = Substring(haystack)
        while let r = rest.firstRange(of: needle) { n += 1; rest = rest[r.upperBound...] }
        return n
    }

    static func randomBytes(_ n: Int, seed: UInt64) -> [UInt8] {
        var generator = SeededGenerator(state: seed)
        var out = [UInt8]()
        out.reserveCapacity(n + 8)
        while out.count < n { withUnsafeBytes(of: generator.next().littleEndian) { out.append(contentsOf: $0) } }
        return Array(out.prefix(n))
    }

    /// windows-1252 (é, curly quotes), the five bytes windows-1252 leaves undefined, and
    /// broken UTF-8: an overlong, a surrogate, a code point past U+10FFFF, a lone continuation.
    static func invalidUTF8(html: Bool) -> [UInt8] {
        var b = bytes(html ? "<html><body><p>caf" : "caf")
        b += [0xE9]
        b += bytes(" said ")
        b += [0x93] + bytes("quoted") + [0x94]
        b += bytes(" undefined:") + [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        b += bytes(" broken:") + [0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0x80, 0xFF, 0xFE]
        b += bytes(html ? "</p><p>the tail survives</p></body></html>" : "\n\nthe tail survives\n")
        return b
    }

    static func nulHTML() -> [UInt8] {
        bytes("<html><body><p>before") + [0] + bytes("after</p><p>second paragraph") + [0, 0] + bytes("</p></body></html>")
    }

    static func nulSubmission() -> [UInt8] {
        var b = bytes("<SEC-DOCUMENT>0000000000-24-000001.txt\n<SEC-HEADER>\nACCESSION NUMBER:\t0000")
        b += [0] + bytes("000000-24-000001\nCONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n")
        b += bytes("<DOCUMENT>\n<TYPE>8-K") + [0] + bytes("\n<SEQUENCE>1\n<FILENAME>a") + [0] + bytes("b.htm\n<TEXT>\n")
        b += bytes("<html><body><p>Body") + [0] + bytes("text survives</p></body></html>\n</TEXT>\n</DOCUMENT>\n")
        b += bytes("<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>2\n<TEXT>\nA plain exhibit") + [0] + bytes(" with a NUL.\n</TEXT>\n</DOCUMENT>\n")
        b += bytes("</SEC-DOCUMENT>\n")
        return b
    }

    /// 50 MB on one line: words, numbers and punctuation, no line break anywhere.
    static func longLine(html: Bool) -> [UInt8] {
        let chunk = Array("Revenue rose 12.5% to $1,234 million (see Note 7) & margins held; ".utf8)
        var b = bytes(html ? "<html><body><p>FIRSTWORD " : "FIRSTWORD ")
        b.reserveCapacity(50 * 1024 * 1024 + 100)
        while b.count < 50 * 1024 * 1024 { b += chunk }
        b += bytes(html ? "LASTWORD</p></body></html>" : "LASTWORD")
        return b
    }

    /// 62,000 rows; every fifth row opens a group cell spanning five rows.
    static func rows62k() -> [UInt8] {
        var s = "<html><body><table>"
        s.reserveCapacity(4 << 20)
        for r in 0..<62_000 {
            s += r % 5 == 0 ? "<tr><td rowspan=\"5\">group \(r / 5)</td>" : "<tr>"
            s += "<td>row \(r)</td><td>\(r * 3)</td></tr>"
        }
        return bytes(s + "</table></body></html>")
    }

    static func truncatedSubmission() -> [UInt8] {
        let full = """
            <SEC-DOCUMENT>0000000000-24-000002.txt
            <SEC-HEADER>
            ACCESSION NUMBER:\t0000000000-24-000002
            CONFORMED SUBMISSION TYPE:\t10-K
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>10-K
            <SEQUENCE>1
            <FILENAME>a.htm
            <TEXT>
            <html><body><p>First document complete.</p></body></html>
            </TEXT>
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-99
            <SEQUENCE>2
            <FILENAME>b.htm
            <TEXT>
            <html><body><p>The second document starts</p><table><tr><td>and is cut off in the mid
            """
        return bytes(full)
    }

    static func documentWithoutText() -> [UInt8] {
        bytes("""
            <SEC-DOCUMENT>
            <SEC-HEADER>
            ACCESSION NUMBER:\t0000000000-24-000003
            </SEC-HEADER>
            <DOCUMENT>
            <TYPE>EX-99.1
            <SEQUENCE>1
            Body with no TEXT tag survives.
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-99.2
            <SEQUENCE>2
            </DOCUMENT>
            <DOCUMENT>
            <TYPE>EX-99.3
            <SEQUENCE>3
            <DESCRIPTION>no text and no end
            <DOCUMENT>
            <TYPE>EX-99.4
            <SEQUENCE>4
            <TEXT>
            Last document.
            </TEXT>
            </DOCUMENT>
            </SEC-DOCUMENT>

            """)
    }

    /// Five GRAPHIC parts: lengths that promise more than the line holds, truncated lines,
    /// garbage after `begin 644`, no `end`, and binary junk in the body.
    static func malformedUU() -> [UInt8] {
        let bodies = [
            "begin 644 long.jpg\nM86)C\nM\n~~~~\nend\n",
            "begin 644 short.jpg\n#86\n$\n!\nend\n",
            "begin 644 junk.jpg\nGARBAGE-AFTER-BEGIN not uuencode at all \u{7F}\u{1}\u{2}\n\n\n",
            "begin 644\n" + String(repeating: "M", count: 5000) + "\n",
            "begin 644 noend.jpg\n" + String(repeating: "M86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C86)C\n", count: 200),
        ]
        var s = "<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER:\t0000000000-24-000004\n</SEC-HEADER>\n"
        for (k, body) in bodies.enumerated() {
            s += "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>\(k + 1)\n<FILENAME>g\(k).jpg\n<TEXT>\n\(body)</TEXT>\n</DOCUMENT>\n"
        }
        return bytes(s + "</SEC-DOCUMENT>\n")
    }

    static func xxeForm4() -> [UInt8] {
        bytes("""
            <?xml version="1.0"?>
            <!DOCTYPE ownershipDocument [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
              <!ENTITY net SYSTEM "http://127.0.0.1:9/x">
              <!ENTITY % pe SYSTEM "file:///etc/passwd">
            ]>
            <ownershipDocument>
              <documentType>4</documentType>
              <periodOfReport>2024-01-02</periodOfReport>
              <issuer><issuerCik>0000000001</issuerCik><issuerName>Visible Corp &xxe;</issuerName>
              <issuerTradingSymbol>&net;VIS</issuerTradingSymbol></issuer>
              <reportingOwner><reportingOwnerId><rptOwnerCik>2</rptOwnerCik><rptOwnerName>&xxe;Owner</rptOwnerName></reportingOwnerId></reportingOwner>
            </ownershipDocument>

            """)
    }

    static func billionLaughs() -> [UInt8] {
        var dtd = "<!ENTITY lol0 \"lol\">"
        for k in 1...12 { dtd += "<!ENTITY lol\(k) \"" + String(repeating: "&lol\(k - 1);", count: 10) + "\">" }
        return bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\(dtd)]>\n<lolz><a>&lol12;</a><b>&lol12;&lol12;</b></lolz>\n")
    }

    static func xhtmlEntities() -> [UInt8] {
        bytes("""
            <?xml version="1.0"?>
            <!DOCTYPE html [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body><p>visible &xxe; text</p></body></html>

            """)
    }

    static func htmlBillionLaughs() -> [UInt8] {
        var dtd = "<!ENTITY lol0 \"lol\">"
        for k in 1...12 { dtd += "<!ENTITY lol\(k) \"" + String(repeating: "&lol\(k - 1);", count: 10) + "\">" }
        return bytes("<!DOCTYPE html [\(dtd)]>\n<html><body><p>visible &lol12; &lol12;</p></body></html>\n")
    }

    /// `<FILENAME>`s that climb, are absolute, and hold a NUL, on uuencoded parts.
    static func hostileFilenames() -> [UInt8] {
        var b = bytes("<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER:\t0000000000-24-000005\n</SEC-HEADER>\n")
        b += bytes("<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>../../../../etc/cover.htm\n<TEXT>\n<html><body><p>Cover text.</p></body></html>\n</TEXT>\n</DOCUMENT>\n")
        let names: [[UInt8]] = [bytes("../../escape.bin"), bytes("/tmp/filingdown-abs-escape.bin"), bytes("nul") + [0] + bytes("name.bin"),
                                bytes("..\\..\\windows.bin")]
        for (k, name) in names.enumerated() {
            b += bytes("<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>\(k + 2)\n<FILENAME>") + name + bytes("\n<TEXT>\n")
            b += bytes("begin 644 inner.bin\n#86)C\n`\nend\n</TEXT>\n</DOCUMENT>\n")
        }
        return b + bytes("</SEC-DOCUMENT>\n")
    }

    // MARK: Files

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

    static func removeTree(_ path: String) {
        for name in list(path) {
            let child = path + "/" + name
            var st = stat()
            if lstat(child, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { removeTree(child) } else { unlink(child) }
        }
        rmdir(path)
    }
}

/// RFC 8259 syntax in one pass over the bytes (UTF-8 is checked separately). Decoding a
/// 50 MB output into nested `Decodable` values took longer than converting it.
enum JSONSyntax {
    static func isValid(_ b: [UInt8]) -> Bool {
        var i = 0
        func skipSpace() { while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
        func take(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        func literal(_ s: StaticString) -> Bool {
            for k in 0..<s.utf8CodeUnitCount { guard take(s.utf8Start[k]) else { return false } }
            return true
        }
        func digits() -> Bool {
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i > start
        }
        func number() -> Bool {
            _ = take(UInt8(ascii: "-"))
            if !take(UInt8(ascii: "0")) { guard i < b.count, b[i] >= 0x31, b[i] <= 0x39, digits() else { return false } }
            if take(UInt8(ascii: ".")) { guard digits() else { return false } }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                guard digits() else { return false }
            }
            return true
        }
        func string() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while i < b.count {
                let c = b[i]
                i += 1
                if c == UInt8(ascii: "\"") { return true }
                if c < 0x20 { return false }
                if c == UInt8(ascii: "\\") {
                    guard i < b.count else { return false }
                    let e = b[i]
                    i += 1
                    if e == UInt8(ascii: "u") {
                        for _ in 0..<4 {
                            guard i < b.count, let h = Optional(b[i] | 0x20), (h >= 0x30 && h <= 0x39) || (h >= 0x61 && h <= 0x66) else { return false }
                            i += 1
                        }
                    } else if !"\"\\/bfnrt".utf8.contains(e) {
                        return false
                    }
                }
            }
            return false
        }
        func value(_ depth: Int) -> Bool {
            guard depth < 512 else { return false }
            skipSpace()
            guard i < b.count else { return false }
            let ok: Bool
            switch b[i] {
            case UInt8(ascii: "{"):
                i += 1
                skipSpace()
                if take(UInt8(ascii: "}")) { ok = true; break }
                repeat {
                    skipSpace()
                    guard string() else { return false }
                    skipSpace()
                    guard take(UInt8(ascii: ":")), value(depth + 1) else { return false }
                    skipSpace()
                } while take(UInt8(ascii: ","))
                ok = take(UInt8(ascii: "}"))
            case UInt8(ascii: "["):
                i += 1
                skipSpace()
                if take(UInt8(ascii: "]")) { ok = true; break }
                repeat {
                    guard value(depth + 1) else { return false }
                    skipSpace()
                } while take(UInt8(ascii: ","))
                ok = take(UInt8(ascii: "]"))
            case UInt8(ascii: "\""): ok = string()
            case UInt8(ascii: "t"): ok = literal("true")
            case UInt8(ascii: "f"): ok = literal("false")
            case UInt8(ascii: "n"): ok = literal("null")
            default: ok = number()
            }
            return ok
        }
        guard value(0) else { return false }
        skipSpace()
        return i == b.count
    }
}
