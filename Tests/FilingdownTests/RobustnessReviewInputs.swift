#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Filingdown

/// Issue 22: the hostile inputs of the reliability review, part of `Hostile.catalogue`.
extension Hostile {
    static let review: [Hostile] = [
        // Each class was looked up among all the others: 20,000 took 5 s, 100,000 over a minute.
        Hostile(name: "page-break-classes-20k.htm", make: { pageBreakClasses(20_000) }, check: { run in
            #expect(run.all(contain: "Paragraph 0 of a filing"))
            #expect(run.all(contain: "Paragraph 19999 of a filing"))
            #expect(run.all(contain: "LASTWORD"))
        }),
        Hostile(name: "page-break-classes-100k.htm", heavy: true, make: { pageBreakClasses(100_000) }, check: { run in
            #expect(run.all(contain: "Paragraph 99999 of a filing"))
            #expect(run.all(contain: "LASTWORD"))
        }),
        // CSS was lowercased into a String and scanned by Characters: 21-24 s, unclosed 50 s.
        Hostile(name: "style-50mb.htm", heavy: true, make: { bigStyle(closed: true) }, check: { run in
            #expect(run.all(contain: "First page text."))
            #expect(run.all(contain: "LASTWORD"))
            #expect(run.md.contains("\n---\n"))
        }),
        Hostile(name: "style-50mb-unclosed.htm", heavy: true, make: { bigStyle(closed: false) }, check: { run in
            #expect(run.markdownBytes < 4096)
        }),
        // Cells starting past column 2,000 were dropped without a word.
        Hostile(name: "wide-cells.htm", make: {
            bytes("<html><body><table>" + (0..<3).map { r in
                "<tr>" + (0..<3).map { c in "<td colspan=\"1000\">row \(r) column \(c)</td>" }.joined() + "</tr>"
            }.joined() + "</table></body></html>")
        }, check: { run in
            for r in 0..<3 { for c in 0..<3 { #expect(run.all(contain: "row \(r) column \(c)")) } }
        }),
        // libxml2 compares each attribute with every earlier one: 80,000 took 7.4 s.
        Hostile(name: "attributes-200k.htm", make: { manyAttributes(200_000) }, check: { run in
            // Bold by its style, the first attribute: a heading or strong text.
            #expect(run.md.contains("# Bold text") || run.md.contains("**Bold text**"))
            #expect(run.all(contain: "after the tag"))
        }),
        Hostile(name: "attributes-1m.htm", heavy: true, make: { manyAttributes(1_000_000) }, check: { run in
            // Bold by its style, the first attribute: a heading or strong text.
            #expect(run.md.contains("# Bold text") || run.md.contains("**Bold text**"))
            #expect(run.all(contain: "after the tag"))
        }),
        // Lines of one length character: 2 bytes of input stood for 63 decoded, 31.7 MB for 1 GB.
        Hostile(name: "uuencode-bomb.txt", heavy: true, make: { uuencodeBomb() }, check: { run in
            #expect(run.all(contain: "Cover text."))
            #expect(run.md.contains("\(uuencodeBombLines * UUDecoder.maxZeroFill) bytes"))
        }),
    ]

    /// One `<p>` with a style, then `n` distinct attributes, some quoted with a `>` inside.
    static func manyAttributes(_ n: Int) -> [UInt8] {
        var b = bytes("<html><body><p style=\"font-weight:bold\"")
        b.reserveCapacity(n * 12 + 100)
        for i in 0..<n { b += bytes(i % 10 == 0 ? " q\(i)=\"a>b\"" : " a\(i)") }
        return b + bytes(">Bold text</p><p>after the tag</p></body></html>")
    }

    static let uuencodeBombLines = 15_850_000

    /// A submission whose GRAPHIC is `uuencodeBombLines` lines of `_` alone (31.7 MB).
    static func uuencodeBomb() -> [UInt8] {
        var b = bytes("<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\n<html><body><p>Cover text.</p></body></html>\n</TEXT>\n</DOCUMENT>\n"
                      + "<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>2\n<FILENAME>bomb.jpg\n<TEXT>\nbegin 644 bomb.jpg\n")
        b.reserveCapacity(b.count + 2 * uuencodeBombLines + 64)
        for _ in 0..<uuencodeBombLines { b.append(UInt8(ascii: "_")); b.append(0x0A) }
        return b + bytes("`\nend\n</TEXT>\n</DOCUMENT>\n")
    }

    /// `n` classes with a page break, each declared and used once, in paragraphs too long to
    /// be running headers.
    static func pageBreakClasses(_ n: Int) -> [UInt8] {
        var s = "<html><head><style>"
        for i in 0..<n { s += ".pb\(i) { page-break-before: always }\n" }
        s += "</style></head><body>"
        for i in 0..<n {
            s += "<p class=\"PB\(i)\">Paragraph \(i) of a filing that says enough words to be more than a running header line.</p>\n"
        }
        return bytes(s + "<p>LASTWORD</p></body></html>")
    }

    /// A 50 MB `<style>`: rules without page breaks, then one with.
    static func bigStyle(closed: Bool) -> [UInt8] {
        var b = bytes("<html><head><style>")
        b.reserveCapacity(52 << 20)
        var i = 0
        while b.count < 50 << 20 {
            b += bytes(".c\(i) { font-weight: bold; color: #000000 }\n")
            i += 1
        }
        b += bytes(".pb { page-break-before: always }")
        if closed { b += bytes("</style></head><body><p class=\"pb\">First page text.</p><p class=\"pb c5\">Second page LASTWORD.</p></body></html>") }
        return b
    }
}

/// Extraction of the uuencode bomb: decoded and written in pieces, never held whole.
@Suite(.serialized, .enabled(if: Hostile.heavyEnabled)) struct RobustnessReviewHeavyTests {
    @Test func aUuencodeBombExtractsInBoundedMemory() throws {
        let root = "/tmp/filingdown-bomb-\(getpid())"
        try #require(mkdir(root, 0o700) == 0)
        defer { Hostile.removeTree(root) }
        let clock = ContinuousClock()
        let start = clock.now
        let paths = try AttachmentExtractor.extract(Hostile.uuencodeBomb(), to: root)
        let elapsed = clock.now - start
        #expect(paths == [root + "/bomb.jpg"])
        var st = stat()
        #expect(stat(root + "/bomb.jpg", &st) == 0 && Int(st.st_size) == Hostile.uuencodeBombLines * UUDecoder.maxZeroFill)
        #expect(elapsed < Hostile.budget)
        #expect(Hostile.peakMemoryKB() < Hostile.memoryBudgetKB)
        if Hostile.environment("FILINGDOWN_TIMINGS") != nil { print("robustness uuencode-bomb extraction: \(elapsed); peak RSS \(Hostile.peakMemoryKB()) KB") }
    }
}
