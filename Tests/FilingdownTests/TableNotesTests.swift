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

    @Test func aFootnoteTableUnderATableCarryingItsMarkersBecomesItsNotes() {
        // loncor-20f-2016: directors marked `(1)(2)`, then a `<br>`, then the notes' own table.
        let html = """
        <table><tr><td>Name</td><td>Position</td></tr><tr><td>Maurice J. Colson <sup>(1)(2)</sup></td><td>Director</td></tr>
        <tr><td>Arnold T. Kondrat</td><td>President</td></tr></table><br>
        <table><tr><td><sup>(1)</sup></td><td>Member of the audit committee of the board.</td></tr>
        <tr><td><sup>(2)</sup></td><td>Member of the compensation committee of the board.</td></tr></table>
        """
        let json = convert(html, .json)
        #expect(json.contains("Member of the audit committee of the board."))
        #expect(!convert(html).contains("| ⁽¹⁾ |"))
        #expect(convert(html).contains("| Arnold T. Kondrat | President |\n\n⁽¹⁾ Member of the audit committee"))
    }

    @Test func aTableOfRaisedMarkersStandingAloneIsReadAsNotes() {
        // jnj-10k-2024's exhibit index ends in `* | Management contract or compensatory plan.`, `** | Paper filing.`
        let html = """
        <p>Exhibit 10.1 Employment agreement*</p>
        <table><tr><td>*</td><td>Management contract or compensatory plan.</td></tr>
        <tr><td>**</td><td>Paper filing.</td></tr></table>
        """
        let md = convert(html)
        #expect(md.contains("Management contract or compensatory plan.\n\n** Paper filing."))
        #expect(!md.contains("| --- |"))
    }

    @Test func aListOfTypedLettersStandingAloneStaysATable() {
        let html = """
        <p>The directors may:</p>
        <table><tr><td>(a)</td><td>borrow money and pledge the assets of the company;</td></tr>
        <tr><td>(b)</td><td>issue, reissue, sell or pledge debt obligations of the company;</td></tr></table>
        """
        #expect(convert(html).contains("| (b) | issue, reissue"))
    }
}
