import Testing
@testable import Filingdown

/// 1990s plain text: verbatim, pages at `<PAGE>`, SGML table tags gone without moving columns.
@Suite struct SubmissionPlainTextTests {
    static func blocks(_ text: String) -> [Block] {
        Array(text.utf8).withUnsafeBytes { PlainTextDocument.convert($0).blocks.withoutSources }
    }

    @Test("<PAGE> lines become page breaks; none at the start or end")
    func pages() {
        let b = Self.blocks("<PAGE>   1\nfirst\n<PAGE>   2\nsecond\n<PAGE>\n")
        #expect(b == [.preformatted("first"), .pageBreak(PageBreak()), .preformatted("second")])
    }

    @Test("an SGML <TABLE> is a text table: lines of only table tags disappear, columns stay put, <S>/<C> give the column starts")
    func tableTags() {
        let text = """
        <TABLE>
        <CAPTION>
                         1999      1998
        <S>             <C>       <C>
        Revenue          100       200
        <S>Net           <C>90     <C>80
        </TABLE>
        """
        let b = Self.blocks(text)
        #expect(b == [.textTable(TextTable(lines: ["                 1999      1998", "Revenue          100       200",
                                                   "   Net              90        80"], columns: [0, 16, 26]))])
    }

    @Test("footnote markers <F1> become (1) of the same width")
    func footnoteMarkers() {
        #expect(Self.blocks("Shares Offered <F1>  x\n<FN>\n<F1> Note.\n</FN>") == [.preformatted("Shares Offered (1)   x\n(1)  Note.")])
    }

    @Test("indentation, tabs and blank lines inside a page are kept verbatim")
    func verbatim() {
        let text = "\n\n\t\tTITLE\n\n\n    indented line   \nlast"
        #expect(Self.blocks(text) == [.preformatted("\t\tTITLE\n\n\n    indented line\nlast")])
    }

    @Test("form feeds end pages, even mid-line")
    func formFeeds() {
        #expect(Self.blocks("one\n\u{0C}\ntwo\u{0C}three") == [.preformatted("one"), .pageBreak(PageBreak()), .preformatted("two"),
                                                           .pageBreak(PageBreak()), .preformatted("three")])
    }

    @Test("a page number alone at the foot of a page moves onto the page break")
    func pageNumberOnBreak() {
        let text = "First page text.\n\n                    1\n\n<PAGE>\nSecond page.\n                 - 2 -\n<PAGE>\nLast page.\n"
        #expect(Self.blocks(text) == [.preformatted("First page text."), .pageBreak(PageBreak(number: "1")),
                                      .preformatted("Second page."), .pageBreak(PageBreak(number: "2")), .preformatted("Last page.")])
    }

    @Test("a number that is text, not alone on the page's last line, stays")
    func pageNumberNotAlone() {
        #expect(Self.blocks("Total shares 1,200\n<PAGE>\nNext") == [.preformatted("Total shares 1,200"), .pageBreak(PageBreak()),
                                                                   .preformatted("Next")])
    }

    @Test("text around a table stays preformatted; a table across a <PAGE> is split at the break")
    func tableBetweenText() {
        let text = "Before.\n<TABLE>\n<S>   <C>\nA     1\n<PAGE>\nB     2\n</TABLE>\nAfter."
        #expect(Self.blocks(text) == [.preformatted("Before."), .textTable(TextTable(lines: ["A     1"], columns: [0, 6])),
                                      .pageBreak(PageBreak()), .textTable(TextTable(lines: ["B     2"], columns: [0, 6])),
                                      .preformatted("After.")])
    }

    @Test("CR-only and CRLF text gives the same lines")
    func lineEndings() {
        #expect(Self.blocks("a\r\nb\r\rc") == Self.blocks("a\nb\n\nc"))
        #expect(Self.blocks("a\rb") == [.preformatted("a\nb")])
    }

    @Test("windows-1252 bytes are decoded, not replaced")
    func windows1252() {
        let bytes: [UInt8] = Array("It".utf8) + [0x92] + Array("s caf".utf8) + [0xE9]
        let b = bytes.withUnsafeBytes { PlainTextDocument.convert($0).blocks }
        #expect(b == [.preformatted("It\u{2019}s caf\u{E9}")])
    }

    @Test("in Markdown the text is fenced, so its columns survive")
    func markdownFence() {
        let input = "<DOCUMENT>\n<TYPE>EX-27\n<TEXT>\n<TABLE> <S> <C>\n<ARTICLE> 5\n<S>     <C>\n<CASH>      1,234\n</TABLE>\n</TEXT>\n</DOCUMENT>\n"
        let (md, _) = Fixture.convert(input)
        #expect(md.contains("```\n<ARTICLE> 5\n<CASH>      1,234\n```"))
    }

    @Test("an EX-27 financial data schedule becomes a table of tag and value")
    func financialDataSchedule() {
        let text = """
        <TABLE> <S> <C>

        <PAGE>
        <LEGEND>
        THIS SCHEDULE CONTAINS SUMMARY FINANCIAL INFORMATION
        </LEGEND>
        <ARTICLE> 5
        <MULTIPLIER> 1,000,000

        <S>                             <C>
        <PERIOD-TYPE>                   3-MOS
        <CASH>                                           1,662
        <PP&E>                                             723
        <TOTAL-ASSETS>                                   7,007
        <EPS-DILUTED>                                     1.28
        </TABLE>
        """
        let b = Self.blocks(text)
        #expect(b.count == 3)
        #expect(b[0] == .heading(level: 2, [.text("Financial data schedule")]))
        #expect(b[1] == .paragraph([.text("THIS SCHEDULE CONTAINS SUMMARY FINANCIAL INFORMATION")]))
        guard case .table(let grid) = b[2].content else { Issue.record("no table"); return }
        #expect(grid.textRows.first == ["Tag", "Value"])
        #expect(grid.textRows.dropFirst().map { $0[0] } == ["ARTICLE", "MULTIPLIER", "PERIOD-TYPE", "CASH", "PP&E", "TOTAL-ASSETS", "EPS-DILUTED"])
        #expect(grid.textRows.last == ["EPS-DILUTED", "1.28"])
    }

    @Test("a text that only mentions <ARTICLE> stays verbatim")
    func notASchedule() {
        let b = Self.blocks("The <ARTICLE> tag.\n<CASH> 1\nWords.\nMore words.\nAnd more.\nEnd.")
        #expect(b.count == 1)
        if case .preformatted = b[0].content {} else { Issue.record("not verbatim") }
    }

    @Test("JSON data is named with its size, not dumped", arguments: [
        ("{\n \"instance\": {\"a\": 1}\n}\n", "JSON object"), ("[1, 2]", "JSON array"), ("  [\"x\"]  ", "JSON array"),
    ])
    func json(_ text: String, _ what: String) {
        #expect(Self.blocks(text) == [.paragraph([.text("\(what), \(text.utf8.count) bytes; not shown.")])])
    }

    @Test("bracketed prose is still text", arguments: ["[LETTERHEAD]", "{ see below }", "[1] Footnote text\nmore [2]"])
    func bracketedProse(_ text: String) {
        if case .preformatted? = Self.blocks(text).first?.content {} else { Issue.record("not verbatim") }
    }
}

/// Plain text a filer wrapped in HTML without `<pre>`: read line by line, Items found.
@Suite struct PlainTextInHTMLTests {
    static func page(_ body: String) -> String {
        "<html><head><title>t</title><style>p { x }</style></head><body><div style=\"font-family: Courier\">\n" + body + "\n</div></body></html>"
    }

    static let laidOut = (1...14).map { "ITEM \($0).      SECTION \($0) TITLE          \($0 * 100)" }.joined(separator: "\n")

    static func kind(_ html: String) -> DocumentKind {
        Array(html.utf8).withUnsafeBytes { DocumentSniffer.kind(of: $0, type: nil) }
    }

    @Test("text laid out with spaces in a <div>, with no line-breaking tags, is plain text")
    func detected() {
        #expect(Self.kind(Self.page(Self.laidOut)) == .text)
    }

    @Test("HTML that lays itself out stays HTML", arguments: [
        page((1...14).map { "<p>Paragraph \($0) with     spaced words</p>" }.joined(separator: "\n")),
        page((1...14).map { "Line \($0) of     laid out text<br>" }.joined(separator: "\n")),
        page("<pre>\n" + laidOut + "\n</pre>"),
        page((1...14).map { "A sentence of prose \($0) wrapped by the editor, never aligned." }.joined(separator: "\n")),
        page("just a few\nlines     here"),
    ])
    func notDetected(_ html: String) {
        #expect(Self.kind(html) == .html)
    }

    @Test("converted line by line: tags gone, entities decoded, head dropped, Items in the outline")
    func convertedLineByLine() {
        let html = Self.page("PART I\n\nITEM 1.  BUSINESS\n\n     Widgets &amp; gadgets&#146; sales      <b>1999</b>\n" + Self.laidOut)
        let doc = Converter().documents(Array(html.utf8))[0]
        guard case .preformatted(let text)? = doc.body.blocks.first?.content else { Issue.record("not verbatim"); return }
        #expect(text.hasPrefix("PART I\n\nITEM 1.  BUSINESS\n\n     Widgets & gadgets\u{2019} sales      1999\n"))
        #expect(!text.contains("<") && !text.contains("p { x }"))
        let outline = Converter().outline(Array(html.utf8))[0].entries
        #expect(outline.contains { $0.kind == .item && $0.number == "1" })
    }
}
