import Testing
@testable import Filingdown

/// Item captions however the form or the filer sets them: titles over several lines, the
/// sub-designations of Schedule 13G, and those that are never Items.
private func items(_ html: String) -> [String] {
    Converter(options: ConversionOptions()).outline(Array(html.utf8)).flatMap(\.entries).filter { $0.kind == .item }.map(\.label)
}

@Suite struct ItemDetectionTests {
    @Test func aTitleOverThreeBoldLinesIsOneCaptionAndItsSubDesignationsAreNot() {
        let html = "<p><b>Item 14:</b></p><p><b>Principal Accountant Fees</b></p><p><b>and Services</b></p><p>Fees were paid.</p>"
            + "<p><b>Item 14(a)(1)</b></p><p>Statements.</p><p><b>Item 14(a)(2)</b></p><p>Schedules.</p>"
        let md = convert(html)
        #expect(md.hasPrefix("### Item 14: Principal Accountant Fees and Services\n\nFees were paid.\n"))
        #expect(md.contains("\n#### Item 14(a)(1)\n"))
        #expect(items(html) == ["Item 14"])
    }

    @Test func aCaptionWhoseTitleIsOnTheNextLineOfTheSameParagraphIsAnItem() {
        let html = "<p>Text.</p><p><b>Item 14:</b><br><b>Principal Accountant Fees and Services</b></p><p>Fees.</p>"
        #expect(convert(html).contains("### Item 14: Principal Accountant Fees and Services\n"))
    }

    @Test func aTitleEndsWhereTheNextBoldLineStartsAPhraseOfItsOwn() {
        let md = convert("<p><b>Item 7.</b></p><p><b>Management’s Discussion and Analysis</b></p><p><b>Overview</b></p><p>Text.</p>")
        #expect(md.hasPrefix("### Item 7. Management’s Discussion and Analysis\n\n#### Overview\n"))
    }

    @Test func schedule13GItemsOneToTenAreFoundThoughItems1And2OpenOnTheirFirstSubDesignation() {
        var html = "<p align=\"center\"><b>SCHEDULE 13G</b></p>"
        html += "<p><b>Item 1(a).</b> <b>Name of Issuer:</b></p><p>Example Corp.</p>"
        html += "<p><b>Item 1(b).</b> <b>Address of Issuer’s Principal Executive Offices:</b></p><p>1 Main Street.</p>"
        html += "<p><b>Item 2(a).</b> <b>Name of Person Filing:</b></p><p>Big Fund LP.</p>"
        html += "<p><b>Item 2(b).</b> <b>Address of Principal Business Office:</b></p><p>2 Broad Street.</p>"
        for (n, title) in [(3, "If this statement is filed pursuant to Rule 13d-1(b), check whether the person filing is a:"),
                           (4, "Ownership."), (5, "Ownership of 5 Percent or Less of a Class."),
                           (6, "Ownership of More than 5 Percent on Behalf of Another Person."),
                           (7, "Identification and Classification of the Subsidiary."),
                           (8, "Identification and Classification of Members of the Group."), (9, "Notice of Dissolution of Group."),
                           (10, "Certifications.")] {
            html += "<p><b>Item \(n).</b> <b>\(title)</b></p><p>Not applicable.</p>"
        }
        #expect(items(html) == (1...10).map { "Item \($0)" })
        let md = convert(html)
        #expect(md.contains("### Item 1(a). Name of Issuer:\n"))
        #expect(md.contains("#### Item 1(b). Address of Issuer’s Principal Executive Offices:\n"))
        let outline = Converter(options: ConversionOptions()).outline(Array(html.utf8)).flatMap(\.entries)
        #expect(outline.first?.title == "Name of Issuer")
    }

    @Test func schedule13GItemsLaidOutAsTablesAndSchedule13DItemsAreFound() {
        let g = "<table><tr><td><b>Item 1.</b></td><td><b>(a) Name of Issuer:</b></td></tr></table><p>Example Corp.</p>"
            + "<table><tr><td><b>Item 2.</b></td><td><b>(a) Name of Person Filing:</b></td></tr></table><p>Fund.</p>"
            + "<table><tr><td><b>Item 3.</b></td><td><b>Not applicable</b></td></tr></table><p>None.</p>"
        #expect(items(g) == ["Item 1", "Item 2", "Item 3"])
        let d = "<p><b>Item 1. Security and Issuer.</b></p><p>Common stock.</p><p>ITEM 2. IDENTITY AND BACKGROUND.</p><p>A fund.</p>"
            + "<p><b>Item 3.</b></p><p><b>Source and Amount of Funds or Other Consideration.</b></p><p>Cash.</p>"
        #expect(items(d) == ["Item 1", "Item 2", "Item 3"])
    }

    @Test func aFirstSubDesignationIsNoItemWhereTheItemHasItsOwnCaption() {
        let html = "<p><b>Item 1. Business</b></p><p>We sell.</p><p><b>Item 1(a). Overview</b></p><p>More.</p>"
        #expect(items(html) == ["Item 1"])
        #expect(ItemLabel.firstSubdesignation("Item 1(a). Name of Issuer:")?.number == "1")
        #expect(ItemLabel.firstSubdesignation("Item 1(b). Address") == nil)
        #expect(ItemLabel.firstSubdesignation("Item 14(a)(1)") == nil)
    }
}

/// Item 8 that only points to the financial statements printed after the Items.
@Suite struct StatementsPointerTests {
    private func section8(_ item8Text: String) -> (markdown: String, continued: Int) {
        let html = "<p><b>PART II</b></p><p><b>Item 8. Financial Statements and Supplementary Data</b></p><p>\(item8Text)</p>"
            + "<p><b>Item 9. Changes in Accountants</b></p><p>None.</p><p><b>Item 15. Exhibits</b></p><p>Listed below.</p>"
            + "<p><b>SIGNATURES</b></p><p>Signed.</p><p><b>REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM</b></p>"
            + "<p>We have audited the statements.</p><p><b>SCHEDULE II</b></p><p>Allowances.</p>"
        var options = ConversionOptions()
        options.sections = SectionSpec.parse("8") ?? []
        options.frontMatter = false
        let md = String(decoding: Converter(options: options).convert(Array(html.utf8)).output, as: UTF8.self)
        let outline = Converter(options: ConversionOptions()).outline(Array(html.utf8)).flatMap(\.entries)
        return (md, outline.first { $0.label == "Item 8" }?.continuedAt.count ?? 0)
    }

    @Test func item8PointingToItsPagesReturnsTheStatementsAfterTheItemsAndTheOutlineSaysSo() {
        let (md, continued) = section8("The information required by this Item is contained in pages F-1 through F-25 of this Report.")
        #expect(continued == 1)
        #expect(md.hasPrefix("### Item 8. Financial Statements and Supplementary Data\n"))
        #expect(md.contains("## REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM\n\nWe have audited the statements."))
        #expect(!md.contains("Item 9") && !md.contains("SCHEDULE II") && !md.contains("SIGNATURES"))
    }

    @Test func item8IncorporatingAnotherDocumentsPagesIsAloneAsAreStatementsInsideIt() {
        let (md, continued) = section8("Refer to pages 46 through 121 of the 2024 Annual Report to Stockholders, incorporated herein by reference.")
        #expect(continued == 0)
        #expect(!md.contains("REPORT OF INDEPENDENT"))
    }
}

@Suite struct SignaturePageTests {
    @Test func signaturesInCapitalsAloneInBodyTypeOpenTheSignaturePage() {
        // tgfin-10k-2010: `SIGNATURES` indented with spaces in the body's Courier after Item 15.
        let md = convert("<p><b>Item 15. Exhibits</b></p><p>Exhibit 32 Certification.</p><p>&nbsp;&nbsp;&nbsp;SIGNATURES</p>"
                         + "<p>Pursuant to the requirements of the Act, the registrant has duly caused this report to be signed.</p>")
        #expect(md.contains("\n## SIGNATURES\n"))
        #expect(!convert("<p>Signatures</p><p>Some text follows here.</p>").contains("#"))
    }
}
