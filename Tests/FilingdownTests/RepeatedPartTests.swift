import Testing
@testable import Filingdown

/// A Part heading printed again atop the pages of its own Items (roanokeelectricsteel-10k-2003).
struct RepeatedPartTests {
    private let html = """
    <p style="text-align:center"><b>PART III</b></p>
    <p><b>ITEM 14. PRINCIPAL ACCOUNTING FEES AND SERVICES</b></p>
    <p>Incorporated by reference to the proxy statement of the registrant.</p>
    <p style="text-align:center"><b>PART IV</b></p>
    <p><b>ITEM 15. EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K</b></p>
    <p>The following documents are filed as part of this report and listed below.</p>
    <div style="page-break-before:always"></div>
    <p style="text-align:center"><b>PART IV</b></p>
    <p>The financial statement schedule should be read with the consolidated statements.</p>
    """

    @Test func aPartRepeatedInsideItsItemsIsTextNotANewPart() {
        let md = convert(html)
        #expect(md.components(separatedBy: "## PART IV").count == 2)
        #expect(md.contains("\nPART IV\n"))
        #expect(md.contains("## PART III"))
    }

    @Test func theOutlineKeepsItem15ToTheEnd() throws {
        let outline = Converter().outline(Array(html.utf8))
        let entries = try #require(outline.first).entries
        #expect(entries.filter { $0.kind == .part }.map(\.number) == ["III", "IV"])
    }
}
