import Testing
@testable import Filingdown

/// Tables carried over a page end, on drafts built by hand, and once through the whole converter.
private func table(_ header: [String], _ body: [[String]], caption: String? = nil, start: Int = 0) -> Draft {
    var t = Table(textRows: [header] + body, headerRowCount: 1,
                  alignments: header.indices.map { $0 == 0 ? .left : .right })
    t.caption = caption.map { [.text($0)] }
    return .settled(Block(.table(t), source: SourceSpan(start: start, end: start + 100)))
}

private func run(_ input: [Draft]) -> [String] {
    var drafts = input
    var context = PassContext()
    ContinuedTables.apply(&drafts, &context)
    return drafts.map {
        switch $0 {
        case .settled(let b):
            guard case .table(let t) = b.content else { return "other" }
            return "table \(t.rows.map { $0.map(\.plainText).joined(separator: "|") }.joined(separator: " / ")) @\(b.source!.start)-\(b.source!.end)"
        case .pageBreak(let pb): return "--- \(pb.number ?? "")"
        case .paragraph(let p): return p.text
        default: return "other"
        }
    }
}

private let header = ["Exhibit Description", "Form", "Exhibit"]

struct ContinuedTableTests {
    @Test func aTableWhoseHeaderIsPrintedAgainAfterAPageBreakIsJoinedAndTheBreakFollowsIt() {
        #expect(run([table(header, [["Articles", "8-K", "3.1"]]), .pageBreak(PageBreak(number: "104")),
                     table(header, [["Indenture", "S-3", "4.1"]], start: 500)])
                == ["table Exhibit Description|Form|Exhibit / Articles|8-K|3.1 / Indenture|S-3|4.1 @0-600", "--- 104"])
    }

    @Test func aTableCarriedOverTwoPagesIsJoinedTwice() {
        #expect(run([table(header, [["A", "8-K", "3.1"]]), .pageBreak(PageBreak(number: "1")),
                     table(header, [["B", "8-K", "3.2"]], start: 200), .pageBreak(PageBreak(number: "2")),
                     table(header, [["C", "8-K", "3.3"]], start: 400)])
                == ["table Exhibit Description|Form|Exhibit / A|8-K|3.1 / B|8-K|3.2 / C|8-K|3.3 @0-500", "--- 1", "--- 2"])
    }

    @Test func aJoinedTableKeepsTheLabelOfThePageItStartsOn() {
        // apple-10k-2024: the exhibit index opens Part IV on page 53 and runs to page 55.
        let html = "<p>PART IV</p><table><tr><td>Exhibit</td><td>Description</td></tr><tr><td>3.1</td><td>Articles</td></tr></table>"
            + "<p style=\"text-align:center\">53</p><div style=\"page-break-after:always\"></div>"
            + "<table><tr><td>Exhibit</td><td>Description</td></tr><tr><td>4.1</td><td>Indenture</td></tr></table>"
            + "<p style=\"text-align:center\">54</p><div style=\"page-break-after:always\"></div><p>Signatures follow on this page.</p>"
        let md = convert(html)
        #expect(md.contains("| 4.1 | Indenture |\n\n<!-- page 53 -->"))
    }

    @Test func aPartWithoutAHeaderJoinsWhenItsFirstRowHoldsValues() {
        let result = run([table(["", "2024", "2023"], [["Revenue", "$100", "$90"]]), .pageBreak(PageBreak()),
                          table(["Net income", "12", "9"], [["Taxes", "3", "2"]], start: 300)])
        #expect(result.first == "table |2024|2023 / Revenue|$100|$90 / Net income|12|9 / Taxes|3|2 @0-400")
    }

    @Test func tablesWithoutAPageBreakBetweenThemStayApart() {
        #expect(run([table(header, [["A", "8-K", "3.1"]]), table(header, [["B", "8-K", "3.2"]])]).count == 2)
    }

    @Test func aTableWithOtherColumnsOrItsOwnCaptionStaysApart() {
        #expect(run([table(header, [["A", "8-K", "3.1"]]), .pageBreak(PageBreak()),
                     table(["Name", "Title", "Age", "Since"], [["B", "CEO", "55", "2001"]])]).count == 3)
        #expect(run([table(["", "2024", "2023"], [["Revenue", "100", "90"]]), .pageBreak(PageBreak()),
                     table(["", "2024", "2023"], [["Cash", "5", "4"]], caption: "Balance Sheets")]).count == 3)
        #expect(run([table(["", "2024", "2023"], [["Revenue", "100", "90"]]), .pageBreak(PageBreak()),
                     table(["", "North", "South"], [["Cash", "5", "4"]])]).count == 3)
    }

    @Test func aParagraphBetweenThePartsKeepsThemApart() {
        let title = Paragraph(inlines: [.text("Consolidated Statements of Income")], text: "Consolidated Statements of Income",
                              look: .init(boldShare: 1, italicShare: 0, centered: true, fontSize: 10, allLink: false), htmlHeadingLevel: nil)
        #expect(run([table(["", "2024", "2023"], [["Revenue", "100", "90"]]), .pageBreak(PageBreak()), .paragraph(title),
                     table(["", "2024", "2023"], [["Net income", "5", "4"]])]).count == 4)
    }

    @Test func theWholeConverterJoinsAnExhibitIndexOverAPageBreak() {
        let row = { (n: String, d: String) in "<tr><td>\(n)</td><td>\(d)</td><td>8-K</td><td>\(n)</td></tr>" }
        let head = "<tr><td>Exhibit Number</td><td>Exhibit Description</td><td>Form</td><td>Exhibit</td></tr>"
        let html = "<table>\(head)\(row("3.1", "Restated Articles of Incorporation"))\(row("3.2", "Bylaws"))</table>"
            + "<p style=\"text-align:center\">104</p><div style=\"page-break-after:always\"></div>"
            + "<table>\(head)\(row("4.1", "Indenture"))\(row("4.2", "Officer’s Certificate"))</table><p>Signatures follow.</p>"
        let md = convert(html)
        #expect(md.contains("| 3.2 | Bylaws | 8-K | 3.2 |\n| 4.1 | Indenture | 8-K | 4.1 |"))
        #expect(md.components(separatedBy: "| Exhibit Number |").count == 2)
        #expect(md.contains("| 4.2 | Officer’s Certificate | 8-K | 4.2 |\n\n<!-- page"))
    }
}
