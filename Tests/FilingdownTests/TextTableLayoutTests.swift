import Testing
@testable import Filingdown

/// The plain-text table layout (`TextTableLayout`): one rule per test, on tables built by hand.
@Suite struct TextTableLayoutTests {
    private func layout(_ table: Table, pageWidth: Int = 80) -> String {
        var out: [UInt8] = []
        TextTableLayout.write(table, pageWidth: pageWidth, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func cell(_ paragraphs: String...) -> TableCell {
        var inlines: [Inline] = []
        for (n, p) in paragraphs.enumerated() {
            if n > 0 { inlines.append(.lineBreak) }
            inlines.append(.text(p))
        }
        return TableCell(inlines)
    }

    @Test func aSpanningLabelIsPrintedOnceCentredAndUnderlinedOverItsColumns() {
        let table = Table(textRows: [["", "Pension Plans", "Pension Plans", "Other Benefits", "Other Benefits"],
                                     ["", "2023", "2022", "2023", "2022"],
                                     ["Service cost", "$12", "$14", "$3", "$4"]],
                          headerRowCount: 2, alignments: [.left, .right, .right, .right, .right])
        #expect(layout(table) == """
                           Pension      Other
                            Plans      Benefits
                          ----------  ----------
                          2023  2022  2023  2022
            ------------  ----  ----  ----  ----
            Service cost   $12   $14    $3    $4

            """)
    }

    @Test func aLabelRepeatedUnderTwoDifferentSpansStaysTwoLabels() {
        let table = Table(textRows: [["", "Pension", "Pension", "Other", "Other"],
                                     ["", "Total", "Total", "Total", "Total"],
                                     ["Cost", "10", "20", "30", "40"]],
                          headerRowCount: 2, alignments: [.left, .right, .right, .right, .right])
        #expect(layout(table) == """
                  Pension  Other
                  -------  ------
                   Total   Total
                  -------  ------
            ----  --  ---  --  --
            Cost  10   20  30  40

            """)
    }

    @Test func aHeaderCellWrapsToTheWidthItsColumnsValuesNeed() {
        let table = Table(textRows: [["Plan category", "Weighted-average exercise price of outstanding options"],
                                     ["Approved plans", "$12.50"]],
                          headerRowCount: 1, alignments: [.left, .right])
        #expect(layout(table) == """
                            Weighted-average
                              exercise price
                              of outstanding
            Plan category            options
            --------------  ----------------
            Approved plans            $12.50

            """)
    }

    @Test func aHeaderOverABlankColumnKeepsItsLineWhileThePageHasRoom() {
        let table = Table(textRows: [["U.S. GAAP [ ]", "IFRS [ X ]"], ["", "as issued by the IASB"]],
                          headerRowCount: 1, alignments: [.left, .left])
        #expect(layout(table).hasPrefix("U.S. GAAP [ ]  IFRS [ X ]\n"))
    }

    @Test func aLongRowLabelWrapsBelowItsRowKeepingEveryFigureOnTheFirstLine() {
        let label = "Net Income Attributable to Shareowners of The Coca-Cola Company and its consolidated subsidiaries"
        let table = Table(textRows: [["", "2023", "2022", "2021", "2020", "2019", "2018"],
                                     [label, "$10,714", "$9,542", "$9,771", "$7,747", "$8,920", "$6,434"]],
                          headerRowCount: 1, alignments: [.left] + Array(repeating: .right, count: 6))
        let lines = layout(table).split(separator: "\n").map(String.init)
        #expect(lines[2] == "Net Income Attributable to       $10,714  $9,542  $9,771  $7,747  $8,920  $6,434")
        #expect(lines[3] == "  Shareowners of The Coca-Cola")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.dropFirst(3).allSatisfy { !$0.contains("$") })
        #expect(lines.dropFirst(2).joined(separator: " ").split(separator: " ").filter { !$0.hasPrefix("$") } == label.split(separator: " "))
    }

    @Test func aTableWhoseFiguresAloneAreWiderThanThePageStaysWiderAndNeverWrapsAFigure() {
        let figures = (1...9).map { "$\($0),000,000,000" }
        let table = Table(textRows: [["", "A", "B", "C", "D", "E", "F", "G", "H", "I"], ["Total revenues and other income"] + figures],
                          headerRowCount: 1, alignments: [.left] + Array(repeating: .right, count: 9))
        let lines = layout(table).split(separator: "\n").map(String.init)
        #expect(lines[2].hasPrefix("Total revenues and"))
        #expect(lines[2].hasSuffix(figures.joined(separator: "  ")))
        #expect(lines[2].count > 80)
        #expect(lines[3] == "  other income")
    }

    @Test func aCellOfSeveralParagraphsPrintsThemAsStackedLines() {
        let table = Table(headerRows: [[cell("Title of each class"), cell("Trading Symbol")]],
                          bodyRows: [[cell("Common Stock", "1.000% Notes due 2025"), cell("KO", "KO25")]],
                          alignments: [.left, .left])
        #expect(layout(table) == """
                                   Trading
            Title of each class    Symbol
            ---------------------  -------
            Common Stock           KO
            1.000% Notes due 2025  KO25

            """)
    }

    @Test func aSectionLabelRunsOverTheBlankFiguresOfItsRowInATableTooWideForThePage() {
        let section = "Liabilities, redeemable noncontrolling interests and shareholders’ equity:"
        let table = Table(textRows: [["", "2023", "2022"], [section, "", ""], ["Accounts payable", "$604", "$820"]],
                          headerRowCount: 1, alignments: [.left, .right, .right])
        let lines = layout(table, pageWidth: 40).split(separator: "\n").map(String.init)
        #expect(lines[1] == "----------------  ----  ----")
        #expect(lines[2] == "Liabilities, redeemable")
        #expect(lines[3] == "  noncontrolling interests")
        #expect(lines.last == "Accounts payable  $604  $820")
    }

    @Test func aTextCellRunsOverBlankTextColumnsOnlyWhenThatMakesTheTableSmaller() {
        // cocacola-10k-2023's cover page: running the captions over the blank middle column would
        // leave the first column as narrow as `Atlanta,` and wrap each caption onto four lines.
        let cover = Table(textRows: [["Delaware", "", "58-0628465"],
                                     ["(State or other jurisdiction of incorporation)", "", "(I.R.S. Employer Identification No.)"],
                                     ["One Coca-Cola Plaza", "", ""], ["Atlanta,", "Georgia", "30313"],
                                     ["(Address of principal executive offices)", "", "(Zip Code)"]],
                          headerRowCount: 1, alignments: [.left, .left, .left])
        #expect(layout(cover).split(separator: "\n")[2].hasPrefix("(State or other jurisdiction of "))
        // loncor-20f-2016's contents: an Item's title spanned the column of lettered sub-items.
        let contents = Table(textRows: [["ITEM 3.", "KEY INFORMATION AND THE SELECTED FINANCIAL DATA OF THE COMPANY", "", "3"],
                                        ["", "A.", "Selected Financial Data of the Company for the last five years", "3"]],
                             headerRowCount: 0, alignments: [.left, .left, .left, .right])
        let lines = layout(contents).split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("ITEM 3.  KEY INFORMATION AND THE SELECTED FINANCIAL DATA OF THE COMPANY  "))
        #expect(lines[0].hasSuffix(" 3"))
    }

    @Test func withNoPageWidthNothingWraps() {
        let table = Table(textRows: [["", "Weighted-average exercise price"], [String(repeating: "label ", count: 30), "$1"]],
                          headerRowCount: 1, alignments: [.left, .right])
        let lines = layout(table, pageWidth: Int.max).split(separator: "\n")
        #expect(lines.count == 3)
    }

    @Test func aBlankColumnIsLeftOut() {
        let table = Table(textRows: [["Name", "", "Age"], ["Tim Cook", "", "63"]], headerRowCount: 1, alignments: [.left, .left, .right])
        #expect(layout(table) == "Name      Age\n--------  ---\nTim Cook   63\n")
    }

    @Test func notesAndCaptionStayOutOfTheGrid() {
        var table = Table(textRows: [["", "2023"], ["Revenue¹", "5"]], headerRowCount: 1, alignments: [.left, .right])
        table.caption = [.text("(In millions)")]
        table.notes = [[.text("(1) " + String(repeating: "A long note that wraps at the page width. ", count: 3))]]
        var out: [UInt8] = []
        PlainTextWriter(options: ConversionOptions()).table(table, of: Block(.table(table)), into: &out)
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines[0] == "(In millions)")
        #expect(lines[1] == "          2023")
        #expect(lines[3] == "Revenue¹     5")
        #expect(lines.count == 6)
        #expect(lines[4].hasPrefix("(1) A long note"))
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    // MARK: Bytes and Characters

    @Test func textLayoutCountsCharactersAndTrimsTrailingSpaceCharactersOnBytes() {
        let pieces = ["", "a", "Products", "$294,866", "(2)%", "—", "it’s", "“Item 1A”", "Société", "é", "e\u{301}", "\u{600}", "x\u{600}",
                      "\r\n", "a\nb", "\n", "c\r", " ", "  ", "株式", "👍🏽", "\u{1100}\u{1161}", "☐", "12,345"]
        var state = SeededGenerator(state: 3)
        for _ in 0..<300 {
            let columns = Int.random(in: 1...4, using: &state)
            let rows = (0..<Int.random(in: 1...4, using: &state)).map { _ in
                (0..<columns).map { _ in (0..<Int.random(in: 0...3, using: &state)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &state)] }.joined() }
            }
            let grid = Table(textRows: rows, headerRowCount: Int.random(in: 0...2, using: &state),
                             alignments: (0..<columns).map { _ in Bool.random(using: &state) ? .right : .left })
            #expect(layout(grid, pageWidth: Int.max) == Self.characterLayout(grid), "\(rows.debugDescription)")
        }
    }

    /// The unwrapped layout written on Characters, the reference for the byte version: blank
    /// columns and header rows left out, a repeated header label printed once over its span.
    static func characterLayout(_ grid: Table) -> String {
        var header = grid.headerRows.filter { !$0.allSatisfy(\.isEmpty) }
        var body = grid.bodyRows
        if body.isEmpty { (body, header) = (header, []) }
        let kept = (0..<grid.columnCount).filter { c in (header + body).contains { !$0[c].isEmpty } }
        guard !kept.isEmpty else { return "" }
        let right = kept.map { grid.alignments[$0] == .right }
        func paragraphs(_ row: [TableCell]) -> [[String]] {
            kept.map { row[$0].isEmpty ? [] : row[$0].plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        }
        let headerCells = header.map(paragraphs), bodyCells = body.map(paragraphs)
        var segments: [[(first: Int, last: Int, text: [String])]] = []
        var splitAbove: [Bool] = []
        for row in headerCells {
            var rowSegments: [(first: Int, last: Int, text: [String])] = []
            var split = [Bool](repeating: false, count: max(0, row.count - 1))
            for c in row.indices {
                if c > 0 {
                    let same = row[c - 1] == row[c]
                    split[c - 1] = !same || (c - 1 < splitAbove.count && splitAbove[c - 1])
                    if !row[c].isEmpty, same, !split[c - 1] { rowSegments[rowSegments.count - 1].last = c; continue }
                }
                rowSegments.append((c, c, row[c]))
            }
            splitAbove = split
            segments.append(rowSegments)
        }
        var widths = kept.map { _ in 0 }
        for row in bodyCells { for (c, lines) in row.enumerated() { widths[c] = max(widths[c], lines.map(\.count).max() ?? 0) } }
        for row in segments { for s in row where s.first == s.last { widths[s.first] = max(widths[s.first], s.text.map(\.count).max() ?? 0) } }
        func span(_ first: Int, _ last: Int) -> Int { (first...last).map { widths[$0] }.reduce(2 * (last - first), +) }
        for row in segments {
            for s in row where s.last > s.first {
                let need = s.text.map(\.count).max() ?? 0
                if need > span(s.first, s.last) { widths[s.last] += need - span(s.first, s.last) }
            }
        }
        func placed(_ text: String, _ width: Int, _ alignment: Int) -> String {
            let pad = width - text.count
            switch alignment {
            case 1: return String(repeating: " ", count: pad) + text
            case 2: return String(repeating: " ", count: pad / 2) + text + String(repeating: " ", count: pad - pad / 2)
            default: return text + String(repeating: " ", count: pad)
            }
        }
        func trimmed(_ line: String) -> String {
            var line = line
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }
        var out = ""
        for row in segments {
            let height = row.map(\.text.count).max() ?? 0
            for k in 0..<height {
                out += trimmed(row.map { s in
                    let index = k - (height - s.text.count)
                    return placed(index >= 0 ? s.text[index] : "", span(s.first, s.last), s.last > s.first ? 2 : right[s.first] ? 1 : 0)
                }.joined(separator: "  "))
            }
            if row.contains(where: { $0.last > $0.first && !$0.text.isEmpty }) {
                out += trimmed(row.map { s in
                    String(repeating: s.last > s.first && !s.text.isEmpty ? "-" : " ", count: span(s.first, s.last))
                }.joined(separator: "  "))
            }
        }
        if !segments.isEmpty { out += widths.map { String(repeating: "-", count: max(1, $0)) }.joined(separator: "  ") + "\n" }
        for row in bodyCells {
            for k in 0..<max(1, row.map(\.count).max() ?? 1) {
                out += trimmed(row.enumerated().map { c, lines in placed(k < lines.count ? lines[k] : "", widths[c], right[c] ? 1 : 0) }.joined(separator: "  "))
            }
        }
        return out
    }
}
