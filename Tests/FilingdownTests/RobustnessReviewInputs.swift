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
    ]

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
