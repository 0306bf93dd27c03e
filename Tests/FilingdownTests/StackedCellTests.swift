import Testing
@testable import Filingdown

/// Paragraphs stacked in one table cell stay apart; a label wrapped over two paragraphs is one line.
struct StackedCellTests {
    private let figures = "<tr><td>Revenue</td><td>$100</td><td>$90</td></tr>"

    @Test func twoSecuritiesInOneCellAreTwoLines() {
        // A cover page lists each class of securities in a `<div>` of its own, all in one cell.
        let html = """
        <table><tr><td>Title of each class</td><td>Trading Symbol(s)</td><td>Name of each exchange</td></tr>
        <tr><td><div>Common Stock, $0.00001 par value per share</div><div>0.000% Notes due 2025</div></td>
        <td><div>AAPL</div><div>—</div></td><td>The Nasdaq Stock Market LLC</td></tr></table>
        """
        let md = convert(html)
        #expect(md.contains("| Common Stock, $0.00001 par value per share<br>0.000% Notes due 2025 | AAPL<br>— |"))
        #expect(convert(html, .json).contains("par value per share\\n0.000% Notes due 2025"))
    }

    @Test func aLabelWrappedIntoASecondParagraphIsOneLine() {
        // cocacola-10k-2023: `Divestitures, deconsolidations` / `and other`.
        let html = """
        <table><tr><td></td><td>2023</td><td>2022</td></tr>\(figures)
        <tr><td><div>Divestitures, deconsolidations</div><div>and other</div></td><td>—</td><td>(231)</td></tr>
        <tr><td><div>Reclassification of translation gain to</div><div>Net Loss upon liquidation</div></td><td>—</td><td>(8)</td></tr>
        <tr><td><div>(Commission</div><div>File Number)</div></td><td>1</td><td>2</td></tr></table>
        """
        let md = convert(html)
        #expect(md.contains("| Divestitures, deconsolidations and other | — | (231) |"))
        #expect(md.contains("| Reclassification of translation gain to Net Loss upon liquidation |"))
        #expect(md.contains("| (Commission File Number) |"))
    }

    @Test func aHeaderCellOfTwoParagraphsReadsAsOneLabel() {
        let html = """
        <table><tr><td></td><td><div>Year Ended</div><div>December 31, 2024</div></td><td><div>Year Ended</div><div>December 31, 2023</div></td></tr>
        \(figures)</table>
        """
        #expect(convert(html).contains("|  | Year Ended December 31, 2024 | Year Ended December 31, 2023 |"))
    }
}
