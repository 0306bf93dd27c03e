import FoundationEssentials
import Testing
@testable import Filingdown

/// The writers over the shared block walk: escaping by place, separators owned by the writer,
/// and a document built by hand rendered with the public writers.
@Suite struct WriterWalkTests {
    @Test("a list item that starts like a list marker or a heading stays literal")
    func listItemStartingWithMarkupStaysLiteral() {
        let md = convert("<ul><li>1. Rule 10b5-1 plans</li><li># of shares</li><li>- dash first</li></ul>")
        #expect(md.contains("- 1\\. Rule 10b5-1 plans\n"))
        #expect(md.contains("- \\# of shares\n"))
        #expect(md.contains("- \\- dash first\n"))
    }

    @Test("JSON with --section skipping the first document has no stray comma")
    func jsonSeparatorsSkipDocumentsThatSectionsDrop() throws {
        let submission = """
        <SEC-DOCUMENT>
        <DOCUMENT>
        <TYPE>8-K
        <SEQUENCE>1
        <TEXT>
        <html><body><p>No items here at all.</p></body></html>
        </TEXT>
        </DOCUMENT>
        <DOCUMENT>
        <TYPE>EX-99.1
        <SEQUENCE>2
        <TEXT>
        <html><body><p><b>Item 7.01 Regulation FD Disclosure</b></p><p>The press release.</p></body></html>
        </TEXT>
        </DOCUMENT>
        </SEC-DOCUMENT>
        """
        var options = ConversionOptions()
        options.format = .json
        options.sections = SectionSpec.parse("7.01") ?? []
        let out = String(decoding: Converter(options: options).convert(Array(submission.utf8)).output, as: UTF8.self)
        #expect(!out.contains("[,"))
        #expect(out.contains("The press release."))
        struct Output: Decodable { struct Doc: Decodable { var sequence: String? }; var documents: [Doc] }
        let decoded = try JSONDecoder().decode(Output.self, from: Data(out.utf8))
        #expect(decoded.documents.map(\.sequence) == ["2"])
    }

    @Test("a document edited by a library user renders with the public writers")
    func editedDocumentRendersWithPublicWriters() {
        var document = Converter().documents(Array("<p>Hello</p>".utf8))[0]
        document.body.blocks.append(.heading(level: 2, [.text("Added")], role: .section))
        document.body.blocks.append(.table(Table(headerRows: [[TableCell(text: "Year"), TableCell(text: "Total")]],
                                                 bodyRows: [[TableCell(text: "2024"), TableCell([.strong([.text("12")])])]],
                                                 alignments: [.left, .right])))
        var writer = MarkdownWriter(options: ConversionOptions())
        var out: [UInt8] = []
        writer.write(document, outline: [], named: false, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "Hello\n\n## Added\n\n| Year | Total |\n| --- | ---: |\n| 2024 | **12** |\n\n")
    }
}

/// The table cell fast path for a lone bold run must write what the general renderer writes.
@Suite struct MarkdownCellFastPathTests {
    @Test("a bold cell renders the same through the fast path and the general renderer", arguments: [
        "Total", "*a", "a*", " a ", "Net sales ", "$1 $2", "", "a\nb", "~~x~~", "a | b", "_x_", "(1)", "—", "**", "1,234", "Item 1A.",
        "Return After Taxes on Distributions", "\\", "[link]", "<b>", "# of shares", "1. first",
    ])
    func boldCellFastPathMatchesGeneralRenderer(_ text: String) {
        let fast = MarkdownInlines.render([.strong([.text(text)])], in: .tableCell)
        // A trailing empty run sends the same cell through the general renderer.
        let general = MarkdownInlines.render([.strong([.text(text)]), .text("")], in: .tableCell)
        #expect(fast == general)
    }
}

/// Marks that touch never leave a literal `*` (galaxynextgen-10k-2021: an italic sentence
/// followed by a bold-italic period).
@Suite struct TouchingMarksTests {
    @Test("a mark right after another mark's closing delimiter is written plain, not glued into a longer run")
    func touchingMarksLeaveNoLiteralAsterisk() {
        let md = MarkdownInlines.render([.emphasis([.text("as a going concern")]), .strong([.emphasis([.text(".")])])], in: .paragraph)
        #expect(md == "*as a going concern*.")
        let bold = MarkdownInlines.render([.strong([.text("Total")]), .emphasis([.text("net")])], in: .paragraph)
        #expect(!bold.contains("***"))
    }
}
