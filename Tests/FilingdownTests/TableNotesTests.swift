import Testing
@testable import Filingdown

/// A table of footnotes right under a table of figures becomes that table's notes
/// (delaware-485bpos-2024's financial highlights).
struct TableNotesTests {
    private let figures = """
    <table><tr><td></td><td>2024</td><td>2023</td></tr>
    <tr><td>Total return<sup>1</sup></td><td>7.40%</td><td>17.94%</td></tr>
    <tr><td>Portfolio turnover</td><td>19%</td><td>11%</td></tr></table>
    """

    @Test func aFootnoteTableUnderATableOfFiguresBecomesItsNotes() {
        let html = figures + """
        <table><tr><td><sup>1</sup></td><td>Total return is based on the change in net asset value of a share.</td></tr>
        <tr><td><sup>2</sup></td><td>Expense ratios do not include expenses of other investment companies.</td></tr></table>
        """
        let md = convert(html)
        #expect(md.contains("| Portfolio turnover | 19% | 11% |\n\n¹ Total return is based on the change in net asset value of a share.\n\n² Expense ratios"))
        #expect(!md.contains("| ¹ |"))
    }

    @Test func aTableThatIsNotAllFootnotesStaysATable() {
        let html = figures + """
        <table><tr><td>Fund</td><td>Class</td></tr><tr><td>Growth Fund</td><td>Institutional shares of the fund family</td></tr></table>
        """
        #expect(convert(html).contains("| Growth Fund |"))
    }
}
