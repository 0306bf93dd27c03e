import Testing
@testable import Filingdown

/// Header rows, fused headers and units captions, on grids built by hand.
@Suite struct TableHeaderTests {
    /// A grid of cells given as text, `text|3` spanning three columns.
    static func grid(_ rows: [[String]]) -> CellGrid {
        GridBuilder.build(rows.map { row in
            row.map { cell -> (text: String, inlines: [Inline], colspan: Int, rowspan: Int, isHeader: Bool) in
                let parts = cell.split(separator: "|", omittingEmptySubsequences: false)
                let text = String(parts[0])
                return (text, text.isEmpty ? [] : [.text(text)], parts.count > 1 ? Int(parts[1])! : 1, 1, false)
            }
        })!
    }

    static func fuse(_ rows: [[String]]) -> Table { HeaderFusion.fuse(grid(rows)) }

    @Test func aHeaderRowWithTextInItsFirstCellIsAHeaderRow() {
        let t = Self.fuse([["", "Pension Plans|2"],
                           ["Year Ended December 31,", "2023", "2022"],
                           ["Service cost", "$12", "$14"]])
        #expect(t.headerRows.count == 2)
        #expect(t.fusedHeader.map(\.plainText) == ["Year Ended December 31,", "Pension Plans 2023", "Pension Plans 2022"])
        #expect(t.bodyRows.map { $0.map(\.plainText) } == [["Service cost", "$12", "$14"]])
    }

    @Test func aStubEndingInAColonHeadsARowOfYears() {
        // IBM's 10-Q for 2025's second quarter: a blank row, then the period in the stub over the years.
        let t = Self.fuse([["", "", ""],
                           ["For the three months ended June 30:", "2025", "2024"],
                           ["Revenue:", "", ""],
                           ["Total reportable segments", "$17,009", "$15,732"]])
        #expect(t.fusedHeader.map(\.plainText) == ["For the three months ended June 30:", "2025", "2024"])
        #expect(t.bodyRows.first?.first?.plainText == "Revenue:")
    }

    @Test func aStubEndingInAColonOverNamesHeadsNoRowsBelowIt() {
        let t = Self.fuse([["Contact:", "Ken Bond", "Deborah Hellinger"],
                           ["", "Oracle Investor Relations", "Oracle Corporate Communications"],
                           ["", "+1.650.506.4073", "+1.650.607.6257"]])
        // Names are no periods: the second row stays in the body, not fused into the first.
        #expect(t.headerRows.count <= 1)
        #expect(t.bodyRows.contains { $0[1].plainText == "Oracle Investor Relations" })
    }

    @Test func headerRowsKeepTheSourceRowsWithSpanningLabelsRepeated() {
        let t = Self.fuse([["", "Pension Plans|2"], ["", "2023", "2022"], ["Service cost", "12", "14"]])
        #expect(t.textRows.prefix(2) == [["", "Pension Plans", "Pension Plans"], ["", "2023", "2022"]])
    }

    @Test func aLongColumnNameIsStillAHeader() {
        // jnj-10k-2024's fair value hedges: a 105-byte column name over two dates.
        let long = "Cumulative Amount of Fair Value Hedging Adjustment Included in the Carrying Amount of the Hedged Liability"
        let t = Self.fuse([["Line item", "Carrying Amount|2", long + "|2"],
                           ["(Dollars in Millions)", "December 29, 2024", "December 31, 2023", "December 29, 2024", "December 31, 2023"],
                           ["Long-term Debt", "$7,935", "$8,862", "$(1,132)", "$(1,216)"]])
        #expect(t.headerRows.count == 2)
        #expect(t.fusedHeader[3].plainText == long + " December 29, 2024")
    }

    @Test func aSentenceOverTheColumnsIsNoHeader() {
        let t = Self.fuse([["The amounts below were recorded in the consolidated balance sheet at the end of each of the fiscal years presented here.", "2024"],
                           ["Debt", "$7,935"]])
        #expect(t.headerRows.first?.first?.plainText != "Debt")
        #expect(t.bodyRows.count <= 2)
    }

    @Test func anExhibitIndexHeaderNamesEveryColumn() {
        let t = Self.fuse([["", "", "Incorporated by Reference|3"],
                           ["Exhibit Number", "Exhibit Description", "Form", "Exhibit", "Filing Date"],
                           ["3.1", "Restated Articles of Incorporation of the Registrant", "8-K", "3.1", "8/7/2020"],
                           ["10.1*", "Employee Stock Plan", "", "", ""]])
        #expect(t.headerRows.count == 2)
        #expect(t.fusedHeader.map(\.plainText) == ["Exhibit Number", "Exhibit Description", "Incorporated by Reference Form",
                                                   "Incorporated by Reference Exhibit", "Incorporated by Reference Filing Date"])
    }

    @Test func anExhibitNumberInTheFirstColumnIsAValue() {
        let t = Self.fuse([["Exhibit No.", "Description"], ["99.1", "Press release dated March 8, 2017"], ["99.2", "Slides"]])
        #expect(t.headerRows.count == 1)
        #expect(t.bodyRows.count == 2)
    }

    @Test func aLabelAloneRightAboveTheValuesOpensTheBody() {
        let t = Self.fuse([["", "2023", "2022"], ["Net sales:", "", ""], ["Products", "100", "90"]])
        #expect(t.headerRows.count == 1)
        #expect(t.bodyRows[0].map(\.plainText) == ["Net sales:", "", ""])
    }

    @Test func aUnitsLineBecomesTheCaptionNotHeaderText() {
        let t = Self.fuse([["", "Year Ended 2011 (In millions, except per share amounts)|2"], ["", "2011", "2010"], ["Revenue", "5", "4"]])
        #expect(t.caption == nil)
        let u = Self.fuse([["(In millions, except per share amounts)", "", ""], ["", "2011", "2010"], ["Revenue", "5", "4"]])
        #expect(u.caption?.plainText == "(In millions, except per share amounts)")
        #expect(u.fusedHeader.map(\.plainText) == ["", "2011", "2010"])
        let v = Self.fuse([["", "($ in thousands)|2"], ["", "2011", "2010"], ["Revenue", "5", "4"]])
        #expect(v.caption?.plainText == "($ in thousands)")
        #expect(v.fusedHeader.map(\.plainText) == ["", "2011", "2010"])
        #expect(v.headerRows.count == 1)
    }

    @Test func aUnitsLineOverSomeColumnsOnlyStaysInTheirHeader() {
        // meta-10q-2019q1's share repurchase table: shares in thousands, dollars in millions.
        let t = Self.fuse([["", "Shares Purchased", "Price Paid", "Value"], ["", "(in thousands)", "", "(in millions)"], ["April", "5", "$6", "7"]])
        #expect(t.caption == nil)
        #expect(t.fusedHeader.map(\.plainText) == ["", "Shares Purchased (in thousands)", "Price Paid", "Value (in millions)"])
    }

    @Test func aUnitsLineBesideTheColumnNamesStaysInTheFirstColumn() {
        let t = Self.fuse([["", "Years Ended|2"], ["Dollars in millions", "2025", "2024"], ["Revenues", "5", "4"]])
        #expect(t.caption == nil)
        #expect(t.fusedHeader.map(\.plainText) == ["Dollars in millions", "Years Ended 2025", "Years Ended 2024"])
    }

    @Test func aUnitsLineIsRecognised() {
        for s in ["(In millions, except per share amounts)", "($ in thousands)", "(Millions of dollars)", "(Dollars in millions)",
                  "(in thousands, except per share data)", "In millions"] {
            #expect(CellText.isUnitsCaption(s), "\(s)")
        }
        for s in ["Total revenue in millions of units sold worldwide", "Millions", "2023", "Revenue (in millions) by segment and region over time"] {
            #expect(!CellText.isUnitsCaption(s), "\(s)")
        }
    }

    @Test func aTitleAboveTheColumnNamesBecomesTheCaption() {
        let t = Self.fuse([["CONSOLIDATED BALANCE SHEETS|3"], ["", "2023", "2022"], ["Cash", "1", "2"]])
        #expect(t.caption?.plainText == "CONSOLIDATED BALANCE SHEETS")
        #expect(t.headerRows.map { $0.map(\.plainText) } == [["", "2023", "2022"]])
    }

    @Test func aLabelThatStatesAnAmountIsARowOfTheBody() {
        // apple-10k-2024's cover: the `—` of the second security is the first value.
        let nil_ = Self.fuse([["", "Number of Common", "Percentage of Outstanding"], ["Name", "Shares Owned", "Common Shares"],
                              ["Maurice J. Colson", "Nil", "Nil"]])
        #expect(nil_.headerRows.count == 2)
        let t = Self.fuse([["Title of each class", "Trading symbol(s)", "Name of each exchange on which registered"],
                           ["Common Stock, $0.00001 par value per share", "AAPL", "The Nasdaq Stock Market LLC"],
                           ["0.000% Notes due 2025", "—", "The Nasdaq Stock Market LLC"]])
        #expect(t.headerRows.count == 1)
        #expect(t.bodyRows.count == 2)
    }

    @Test func aTableOfContentsPageColumnHoldsValues() {
        let t = Self.fuse([["Commonly Used or Defined Terms", "", "ii"], ["Forward-Looking Statements", "", "iii"], ["Item 1.", "Business", "1"]])
        #expect(t.headerRows.count == 1)
        #expect(t.bodyRows.count == 2)
    }

    @Test func aLabelEndingInAColonIsNoHeader() {
        let t = Self.fuse([["(d)", "Exhibits:", ""], ["", "The following is furnished as an exhibit to this report:|2"], ["99.1", "Press release", ""]])
        #expect(t.fusedHeader.map(\.plainText) == ["(d)", "Exhibits:", ""])
    }

    @Test func aTableOfTextOnlyKeepsAOneRowHeader() {
        let t = Self.fuse([["Title of each class", "Trading Symbol"], ["Common Stock", "AAPL"], ["Notes due 2025", "AAPL25"]])
        #expect(t.headerRows.count == 1)
        #expect(t.bodyRows.count == 2)
    }

    @Test func aSentenceIsNotAHeaderRow() {
        let long = String(repeating: "The amounts below exclude the effect of the divestiture. ", count: 3)
        let t = Self.fuse([["", "2023", "2022"], [long, "", ""], ["Revenue", "1", "2"]])
        #expect(t.headerRows.count == 1)
    }

    @Test func theMarkdownTableShowsTheFusedHeaderAndTheCaptionBeforeIt() {
        var out: [UInt8] = []
        MarkdownTable.write(Self.fuse([["($ in thousands)", "", ""], ["", "Pension Plans|2"], ["Year Ended December 31,", "2023", "2022"],
                                       ["Service cost", "12", "14"]]), into: &out)
        #expect(String(decoding: out, as: UTF8.self) == """
            ($ in thousands)

            | Year Ended December 31, | Pension Plans 2023 | Pension Plans 2022 |
            | --- | ---: | ---: |
            | Service cost | 12 | 14 |

            """)
    }
}
