import Foundation
import Testing
@testable import Filingdown

/// Footnote markers in tables and text: attached to what they annotate, shown in superscript.
@Suite struct FootnoteMarkerTests {
    static func grid(_ rows: [[[Inline]]]) -> CellGrid {
        GridBuilder.build(rows.map { row in
            row.map { ($0.plainText, $0, 1, 1, false) as (text: String, inlines: [Inline], colspan: Int, rowspan: Int, isHeader: Bool) }
        })!
    }

    static func clean(_ rows: [[[Inline]]]) -> Table {
        var g = grid(rows)
        CellCleanup.clean(&g)
        return HeaderFusion.fuse(g)
    }

    @Test func aMarkerCellGivesItsMarkerToTheValueOnItsLeft() {
        // cocacola-10k-2023: `(287) | 3 | (26)`, the 3 a raised footnote marker in a cell of its own.
        let t = Self.clean([[[], [.text("2023")], [], [], [.text("2022")]],
                            [[.text("Settlements")], [.text("(287")], [.text(")")], [.superscript([.text("3")])], [.text("(26)")]],
                            [[.text("Benefits paid")], [.text("(10")], [.text(")")], [], [.text("(9)")]]])
        #expect(t.columnCount == 3)
        #expect(t.bodyRows[0].map(\.valueText) == ["Settlements", "(287)", "(26)"])
        #expect(t.bodyRows[0][1].markers == ["3"])
        var out: [UInt8] = []
        MarkdownTable.write(t, into: &out)
        #expect(String(decoding: out, as: UTF8.self).contains("| Settlements | (287) ³ | (26) |"))
    }

    @Test func aMarkerInsideABoldYearLeavesTheYearAHeader() {
        // meta-10k-2024's EPS table: `**2023 ⁽²⁾**` under `Year Ended December 31,`.
        let year: (String, String) -> [Inline] = { y, m in m.isEmpty ? [.strong([.text(y)])] : [.strong([.text(y + " "), .superscript([.text(m)])])] }
        let t = Self.clean([[[], [.text("Year Ended December 31,")], [], []],
                            [[], year("2024", ""), year("2023", "(2)"), year("2022", "(2)")],
                            [[.text("Net income")], [.text("$62,360")], [.text("$39,098")], [.text("$23,200")]]])
        #expect(t.headerRows.count == 2)
        #expect(t.fusedHeader.map(\.valueText) == ["", "Year Ended December 31, 2024", "2023", "2022"])
        #expect(t.fusedHeader[2].markers == ["2"])
        #expect(t.bodyRows.count == 1)
    }

    @Test func aColumnOfTypedFootnoteNumbersJoinsTheValuesOnItsLeft() {
        // wellsfargo-10k-2024's equity plans: `68,303,017 | (2)`, the number at the values' size in a cell of its own.
        let t = Self.clean([[[.text("Plan category")], [.text("# of shares")], [], [.text("Price")]],
                            [[.text("Approved")], [.text("68,303,017")], [.text("(2)")], [.text("$0.00")]],
                            [[.text("Not approved")], [.text("1,000")], [], [.text("$1.00")]],
                            [[.text("Total")], [.text("68,304,017")], [.text("(4)")], [.text("$0.00")]]])
        #expect(t.columnCount == 3)
        #expect(t.bodyRows[0].map(\.valueText) == ["Approved", "68,303,017", "$0.00"])
        #expect(t.bodyRows[0][1].markers == ["2"])
        #expect(t.bodyRows[2][1].markers == ["4"])
    }

    @Test func aColumnOfSmallNegativesUnderItsLabelStaysValues() {
        let t = Self.clean([[[], [.text("2025")], [.text("2024")]],
                            [[.text("Translation")], [.text("47")], [.text("(6)")]],
                            [[.text("Benefits")], [.text("16")], [.text("(6)")]],
                            [[.text("Total")], [.text("63")], [.text("(12)")]]])
        #expect(t.bodyRows.map { $0[2].valueText } == ["(6)", "(6)", "(12)"])
    }

    @Test func severalParenthesisedMarkersAreOneMarker() {
        // loncor-20f-2016: `Maurice J. Colson <sup>(1)(2)</sup>`.
        #expect(Inline.marker(in: "(1)(2)") == "1,2")
        #expect(Inline.marker(in: "(1)(2)(3)") == "1,2,3")
        #expect(Inline.marker(in: "(1)(ab)") == nil)
        #expect(MarkdownInlines.render([.text("Colson "), .superscript([.text("(1)(2)")])], in: .paragraph) == "Colson ⁽¹⁾⁽²⁾")
    }

    @Test func aBoldMarkerIsAMarker() {
        #expect(Inline.strong([.superscript([.text("3")])]).footnoteMarker == "3")
    }

    @Test func aMarkerClosingACellIsSetApartFromTheValue() {
        let t = Self.clean([[[], [.text("2023")]], [[.text("Basic Net Income Per Share"), .superscript([.text("1")])], [.text("$ 2.48"), .superscript([.text("1,2")])]]])
        #expect(t.bodyRows[0][1].valueText == "$2.48")
        #expect(t.bodyRows[0][1].markers == ["1,2"])
        #expect(t.bodyRows[0][0].markers == ["1"])
        var out: [UInt8] = []
        MarkdownTable.write(t, into: &out)
        #expect(String(decoding: out, as: UTF8.self).contains("| Basic Net Income Per Share¹ | $2.48¹,² |"))
    }

    @Test func aMarkerTypedAfterAClosingParenthesisJoinsTheValue() {
        let t = Self.clean([[[], [.text("2023")], []], [[.text("Charges")], [.text("(8")], [.text(")(a)")]], [[.text("Other")], [.text("5")], []]])
        #expect(t.bodyRows[0].map(\.valueText) == ["Charges", "(8)"])
        #expect(t.bodyRows[0][1].markers == ["a"])
    }

    @Test func onlyMarkersAreMarkers() {
        for s in ["1", "1,2", "(a)", "(1)", "*", "**", "†", "b", "(iv)"] { #expect(Inline.marker(in: s) != nil, "\(s)") }
        for s in ["st", "th", "®", "TM", "2024", "12345", "(ab)", "Note"] { #expect(Inline.marker(in: s) == nil, "\(s)") }
    }

    @Test func markdownShowsAMarkerInUnicodeSuperscript() {
        #expect(MarkdownInlines.render([.text("Net Income Per Share"), .superscript([.text("1")]), .text(" rose.")], in: .paragraph)
                == "Net Income Per Share¹ rose.")
        #expect(MarkdownInlines.render([.superscript([.text("1")]), .text("Bottling partners")], in: .paragraph) == "¹ Bottling partners")
        #expect(MarkdownInlines.render([.text("Charges"), .superscript([.text("(a)")])], in: .paragraph) == "Charges⁽ᵃ⁾")
        #expect(MarkdownInlines.render([.text("the 1"), .superscript([.text("st")]), .text(" quarter")], in: .paragraph) == "the 1st quarter")
    }

    @Test func plainTextShowsMarkersTheSameWay() {
        #expect(FootnoteMarkers.readingText([.text("Fair Value"), .superscript([.text("1,2")])]) == "Fair Value¹,²")
        #expect(FootnoteMarkers.readingText([.text("Owned"), .superscript([.text("1, 2 ")])]) == "Owned¹, ²")
        #expect(FootnoteMarkers.readingText([.text("Profit"), .superscript([.text(" 1")])]) == "Profit ¹")
    }

    @Test func aRaisedSpanIsASuperscript() {
        let md = convert("<p>Per Share<span style=\"font-size:5.85pt;position:relative;top:-3.15pt;vertical-align:baseline\">1</span> was up.</p>")
        #expect(md == "Per Share¹ was up.\n\n")
    }

    @Test func jsonListsTheMarkersOfTheCells() throws {
        let json = convert("<table><tr><td></td><td>2023</td></tr><tr><td>Share<sup>1</sup></td><td>$2.48<sup>2</sup></td></tr></table>", .json)
        let obj = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let table = ((obj["documents"] as! [[String: Any]])[0]["blocks"] as! [[String: Any]])[0]
        #expect((table["rows"] as! [[String]])[1] == ["Share", "$2.48"])
        let markers = table["markers"] as! [[String: Any]]
        #expect(markers.count == 2)
        #expect(markers[1]["row"] as? Int == 1 && markers[1]["column"] as? Int == 1 && markers[1]["marker"] as? String == "2")
    }
}

/// Footnotes typed as the last rows of a table become the table's notes.
@Suite struct FootnoteRowTests {
    static func rows(_ rows: [[[Inline]]]) -> (CellGrid, [[Inline]]) {
        var g = FootnoteMarkerTests.grid(rows)
        let notes = FootnoteRows.split(&g)
        return (g, notes)
    }

    @Test func aTrailingRowOfAMarkerAndItsTextIsANote() {
        let (g, notes) = Self.rows([[[], [.text("2023")]], [[.text("Revenue"), .superscript([.text("1")])], [.text("5")]],
                                    [[.superscript([.text("1")]), .text(" Excludes the impact of the refranchising of bottlers.")], []]])
        #expect(g.rows.count == 2)
        #expect(notes.map(\.plainText) == ["1 Excludes the impact of the refranchising of bottlers."])
    }

    @Test func aMarkerCellAndATextCellAreANote() {
        let (g, notes) = Self.rows([[[], [.text("2023")]], [[.text("Revenue")], [.text("5")]],
                                    [[.text("(a)")], [.text("Includes charges related to the restructuring program.")]]])
        #expect(g.rows.count == 2)
        #expect(notes.map(\.plainText) == ["(a) Includes charges related to the restructuring program."])
    }

    @Test func aTableWithoutFiguresKeepsItsMarkedRows() {
        let (g, notes) = Self.rows([[[.text("(a)")], [.text("borrow money upon the credit of the Company;")]],
                                    [[.text("(b)")], [.text("issue, reissue, sell or pledge debt obligations of the Company;")]],
                                    [[.text("(c)")], [.text("give a guarantee on behalf of the Company to any person; and")]]])
        #expect(g.rows.count == 3)
        #expect(notes.isEmpty)
    }

    @Test func aLabelRowIsNoNote() {
        let (g, notes) = Self.rows([[[], [.text("2023")]], [[.text("Revenue")], [.text("5")]],
                                    [[.text("1")], [.text("Total of the segments above")]], [[.text("Total operating revenues")], [.text("9")]]])
        #expect(g.rows.count == 4)
        #expect(notes.isEmpty)
    }

    @Test func notesAreRenderedAfterTheTable() {
        var t = Table(textRows: [["", "2023"], ["Revenue", "5"]], headerRowCount: 1, alignments: [.left, .right])
        t.notes = [[.superscript([.text("1")]), .text(" Excludes the impact of the refranchising.")]]
        var out: [UInt8] = []
        MarkdownTable.write(t, into: &out)
        #expect(String(decoding: out, as: UTF8.self).hasSuffix("| Revenue | 5 |\n\n¹ Excludes the impact of the refranchising.\n"))
    }
}
