import Testing
@testable import Filingdown

@Suite struct TableTests {
    static let apple = """
    <table>
    <tr><td></td><td colspan="8">Years ended</td></tr>
    <tr><td></td><td colspan="2">September 28, 2024</td><td></td><td colspan="2">Change</td><td></td><td colspan="2">September 30, 2023</td></tr>
    <tr><td>Products</td><td>$</td><td>294,866</td><td></td><td>(2</td><td>)%</td><td></td><td>$</td><td>298,085</td></tr>
    <tr><td>Services</td><td colspan="2">96,169</td><td></td><td>13</td><td>%</td><td></td><td colspan="2">85,200</td></tr>
    <tr><td>Other income/(expense), net</td><td colspan="2">269</td><td></td><td colspan="2">—</td><td></td><td>(565</td><td>)</td></tr>
    </table>
    """

    @Test func currencyPercentAndParenthesisCellsMergeIntoTheirValue() {
        let t = tables(TableTests.apple)[0]
        #expect(t.textRows[2] == ["Products", "$294,866", "(2)%", "$298,085"])
        #expect(t.textRows[3] == ["Services", "96,169", "13%", "85,200"])
        #expect(t.textRows[4] == ["Other income/(expense), net", "269", "—", "(565)"])
    }

    @Test func multiRowHeadersAreFusedWithSpanningLabelsCarried() {
        let t = tables(TableTests.apple)[0]
        #expect(t.headerRows.count == 2)
        #expect(t.textRows[0] == ["", "Years ended", "Years ended", "Years ended"])
        #expect(t.fusedHeader.map(\.plainText) == ["", "Years ended September 28, 2024", "Years ended Change", "Years ended September 30, 2023"])
    }

    @Test func numericColumnsAreRightAligned() {
        let t = tables(TableTests.apple)[0]
        #expect(t.alignments == [.left, .right, .right, .right])
        #expect(convert(TableTests.apple).contains("| --- | ---: | ---: | ---: |"))
    }

    @Test func emptySpacerRowsAndColumnsAreDropped() {
        let t = tables("<table><tr><td>A</td><td></td><td>1</td></tr><tr><td></td><td></td><td></td></tr><tr><td>B</td><td>&nbsp;</td><td>2</td></tr></table>")[0]
        #expect(t.textRows == [["A", "1"], ["B", "2"]])
    }

    @Test func rowsThatOnlyDrawALineAreDropped() {
        let t = tables("<table><tr><td>DELAWARE</td><td>0-29464</td></tr><tr><td>----------</td><td>--------</td></tr><tr><td>(State)</td><td>(File No.)</td></tr></table>")[0]
        #expect(t.textRows == [["DELAWARE", "0-29464"], ["(State)", "(File No.)"]])
    }

    @Test func hugeSpansAreClamped() {
        let t = tables("<table><tr><td colspan=\"376967340\">Wide</td></tr><tr><td>a</td><td>1</td></tr><tr><td rowspan=\"1000000000\">b</td><td>2</td></tr></table>")
        #expect(t.count == 1)
        #expect(t[0].rows.count == 3)
    }

    @Test func rowsNestedInsideAnUnclosedCellStayRows() {
        var html = "<table>"
        for n in 1...300 { html += "<tr><td><font>Row \(n)<td><font>\(n * 10)" }
        html += "</table>"
        let t = tables(html)[0]
        #expect(t.textRows.count == 300)
        #expect(t.textRows.last == ["Row 300", "3000"])
    }

    @Test func aNestedTableIsNotLost() {
        let md = convert("<table><tr><td><p>Intro text in a layout cell.</p><table><tr><td>Revenue</td><td>100</td></tr><tr><td>Costs</td><td>40</td></tr></table></td></tr></table>")
        #expect(md.contains("Intro text in a layout cell."))
        #expect(md.contains("| Costs | 40 |"))
    }

    @Test func checkboxAndSignatureTablesBecomeText() {
        let md = convert("<table><tr><td>☐</td><td>Written communications pursuant to Rule 425</td></tr><tr><td>☒</td><td>Soliciting material</td></tr></table>")
        #expect(md == "☐ Written communications pursuant to Rule 425\n\n☒ Soliciting material\n\n")
        let sig = convert("<table><tr><td>By:</td><td>/s/ Jane Doe</td></tr><tr><td>Title:</td><td>Chief Financial Officer</td></tr></table>")
        #expect(sig == "By: /s/ Jane Doe\n\nTitle: Chief Financial Officer\n\n")
    }

    @Test func singleRowTablesAreText() {
        #expect(convert("<table><tr><td>Dated: March 8, 2017</td><td>ACME INC.</td></tr></table>") == "Dated: March 8, 2017 ACME INC.\n\n")
    }

    @Test func pipesInCellsAreEscaped() {
        #expect(convert("<table><tr><td>A|B</td><td>1</td></tr><tr><td>C</td><td>2</td></tr></table>").contains("| A\\|B | 1 |"))
    }

    @Test func aLargeTableConvertsInLinearTime() {
        var html = "<table>"
        for n in 0..<20_000 { html += "<tr><td rowspan=\"2\">r\(n)</td><td>\(n)</td></tr>" }
        html += "</table>"
        #expect(tables(html)[0].rows.count > 10_000)
    }
}
