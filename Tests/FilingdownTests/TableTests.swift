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

    @Test func textLayoutCountsCharactersAndTrimsTrailingSpaceCharactersOnBytes() {
        let pieces = ["", "a", "Products", "$294,866", "(2)%", "—", "it’s", "“Item 1A”", "Société", "é", "e\u{301}", "\u{600}", "x\u{600}",
                      "\r\n", "a\nb", "\n", "c\r", " ", "  ", "株式", "👍🏽", "\u{1100}\u{1161}", "☐", "12,345"]
        var state = SeededGenerator(state: 3)
        for _ in 0..<300 {
            let columns = Int.random(in: 1...4, using: &state)
            let rows = (0..<Int.random(in: 1...4, using: &state)).map { _ in
                (0..<columns).map { _ in (0..<Int.random(in: 0...3, using: &state)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &state)] }.joined() }
            }
            let grid = Table(textRows: rows, headerRowCount: Int.random(in: 0...1, using: &state),
                                 alignments: (0..<columns).map { _ in Bool.random(using: &state) ? .right : .left })
            var out: [UInt8] = []
            TextTableLayout.write(grid, into: &out)
            #expect(String(decoding: out, as: UTF8.self) == Self.characterLayout(grid), "\(rows.debugDescription)")
        }
    }

    /// The table layout as it was written on Characters, the reference for the byte version.
    static func characterLayout(_ grid: Table) -> String {
        let width = grid.columnCount
        guard width > 0 else { return "" }
        let cellLines: [[[String]]] = grid.textRows.map { row in row.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } }
        var widths = [Int](repeating: 0, count: width)
        for row in cellLines {
            for (c, lines) in row.enumerated() where c < width { widths[c] = max(widths[c], lines.map(\.count).max() ?? 0) }
        }
        var out = ""
        for (r, row) in cellLines.enumerated() {
            for k in 0..<(row.map(\.count).max() ?? 1) {
                var line = ""
                for c in 0..<width {
                    let text = c < row.count && k < row[c].count ? row[c][k] : ""
                    let pad = String(repeating: " ", count: widths[c] - text.count)
                    if c > 0 { line += "  " }
                    line += c < grid.alignments.count && grid.alignments[c] == .right ? pad + text : text + pad
                }
                while line.hasSuffix(" ") { line.removeLast() }
                out += line + "\n"
            }
            if r + 1 == grid.headerRows.count && grid.rows.count > 1 {
                out += widths.map { String(repeating: "-", count: max(1, $0)) }.joined(separator: "  ") + "\n"
            }
        }
        return out
    }

    @Test func aLargeTableConvertsInLinearTime() {
        var html = "<table>"
        for n in 0..<20_000 { html += "<tr><td rowspan=\"2\">r\(n)</td><td>\(n)</td></tr>" }
        html += "</table>"
        #expect(tables(html)[0].rows.count > 10_000)
    }
}
