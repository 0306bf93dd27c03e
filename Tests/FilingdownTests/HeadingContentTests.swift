import Testing
@testable import Filingdown

/// The heading pass on drafts built by hand: bold lines that say what a heading never says
/// stay paragraphs.
private func bold(_ text: String) -> Draft {
    .paragraph(Paragraph(inlines: [.text(text)], text: text,
                         look: .init(boldShare: 1, italicShare: 0, centered: false, fontSize: 10, allLink: false),
                         htmlHeadingLevel: nil))
}

private func body(_ text: String) -> Draft {
    .paragraph(Paragraph(inlines: [.text(text)], text: text,
                         look: .init(boldShare: 0, italicShare: 0, centered: false, fontSize: 10, allLink: false),
                         htmlHeadingLevel: nil))
}

/// The texts of the drafts that became headings.
private func headings(_ lines: [String]) -> [String] {
    var drafts: [Draft] = []
    for line in lines { drafts += [bold(line), body("A paragraph of body text long enough to set the body size.")] }
    var context = PassContext()
    HeadingRules.apply(&drafts, &context)
    return drafts.compactMap {
        if case .settled(let b) = $0, case .heading(let h) = b.content { return h.inlines.plainText }
        return nil
    }
}

@Suite struct HeadingContentTests {
    @Test func addressesAreNotHeadings() {
        let lines = ["Washington, D.C. 20549", "WASHINGTON, D.C. 20549", "One Apple Park Way", "Cupertino, California 95014",
                     "7 N. Willow Street, Suite 4B", "Montclair, NJ 07042", "1 Meta Way, Menlo Park, California 94025",
                     "P.O. Box 534437, Pittsburgh, PA 15253-4437 (regular mail)", "12800 Tuckahoe Creek Parkway, Suite 400, Richmond, VA 23238",
                     "410 Terry Avenue North", "575 North Dairy Ashford, Suite 300"]
        #expect(headings(lines) == [])
    }

    @Test func aNumberedHeadingIsNoStreetAddress() {
        let numbered = ["12. Place of Business", "2 Summary of Significant Accounting Policies", "2024 Way Forward",
                        "48 Transfer by Way of Continuation"]
        #expect(headings(numbered) == numbered)
    }

    @Test func aDateAloneIsNotAHeading() {
        #expect(headings(["November 7, 2019", "MARCH 19, 2021", "7 November 2019", "Dated: April 1, 2024", "11/07/2019"]) == [])
        #expect(headings(["March 2024 Offering"]) == ["March 2024 Offering"])
    }

    @Test func signatureTableCaptionsAreNotHeadingsTheSignaturesPageIs() {
        #expect(headings(["Signature Title Date", "Name Title Date", "SIGNATURE TITLE DATE", "Name Position Date", "SIGNATURES"])
            == ["SIGNATURES"])
    }

    @Test func continuationLinesAreNotHeadings() {
        #expect(headings(["(Continued)", "- continued -", "NOTES TO THE CONSOLIDATED FINANCIAL STATEMENTS (Continued)", "Continued from previous page"])
            == [])
        #expect(headings(["Discontinued Operations"]) == ["Discontinued Operations"])
    }

    @Test func accompanyingNotesLinesAreNotHeadings() {
        #expect(headings(["See accompanying notes to consolidated financial statements.",
                          "The accompanying notes are an integral part of these statements",
                          "See Notes to Condensed Consolidated Financial Statements"]) == [])
    }

    @Test func coverPageFieldsAreNotHeadings() {
        let lines = ["Commission File Number: 001-35551", "Commission file number 1-9828", "For the transition period from to",
                     "For the transition period from ____ to ______", "Registrant’s telephone number, including area code: (404) 676-2121",
                     "Exact name of registrant as specified in its charter", "001-35551", "For the fiscal year ended December 31, 2024",
                     "Securities registered pursuant to Section 12(g) of the Act: None", "Title of each class Trading Symbol (s) Name of each exchange"]
        #expect(headings(lines) == [])
    }

    @Test func unitsCaptionsAndContactsAreNotHeadings() {
        #expect(headings(["In millions, except per share data", "(Unaudited)", "(404) 676-2121", "www.example.com", "Inc."]) == [])
        #expect(headings(["Results of Operations"]) == ["Results of Operations"])
    }
}

private func heading(_ text: String, _ level: Int, role: HeadingRole = .section) -> Draft {
    .settled(.heading(level: level, [.text(text)], role: role))
}

/// Levels of the headings after `NoteLevels`, as `level text`.
private func noteLevels(_ drafts: [Draft]) -> [String] {
    var d = drafts
    var context = PassContext()
    NoteLevels.apply(&d, &context)
    return d.compactMap {
        if case .settled(let b) = $0, case .heading(let h) = b.content { return "\(h.level) \(h.inlines.plainText)" }
        return nil
    }
}

@Suite struct NoteLevelTests {
    @Test func subHeadingsStyledLikeTheNoteGoBelowIt() {
        let out = noteLevels([heading("Item 8. Financial Statements", 3, role: .item("8")),
                              heading("Note 1 – Summary", 4), heading("Basis of Presentation", 4), heading("Leases", 4),
                              heading("Note 2 – Revenue", 4), heading("Disaggregation", 4),
                              heading("Item 9. Changes in Accountants", 3, role: .item("9"))])
        #expect(out == ["3 Item 8. Financial Statements", "4 Note 1 – Summary", "5 Basis of Presentation", "5 Leases",
                        "4 Note 2 – Revenue", "5 Disaggregation", "3 Item 9. Changes in Accountants"])
    }

    @Test func subHeadingsStyledAboveTheNoteGoBelowItKeepingTheirOrder() {
        let out = noteLevels([heading("NOTE 1: BUSINESS", 6), heading("Description of Business", 5), heading("Detail", 6),
                              heading("NOTE 2: ACQUISITIONS", 6), heading("Held for Sale", 5)])
        #expect(out == ["4 NOTE 1: BUSINESS", "5 Description of Business", "6 Detail", "4 NOTE 2: ACQUISITIONS", "5 Held for Sale"])
    }

    @Test func theLastNoteEndsWhereTheAuditorsReportBeginsAtTheLevelBelowTheItem() {
        let out = noteLevels([heading("Note 1. Basis", 5), heading("Policies", 5), heading("Note 2. Debt", 5), heading("Terms", 5),
                              heading("Report of Independent Registered Public Accounting Firm", 5), heading("Opinion", 6)])
        #expect(out == ["4 Note 1. Basis", "5 Policies", "4 Note 2. Debt", "5 Terms",
                        "4 Report of Independent Registered Public Accounting Firm", "5 Opinion"])
    }

    @Test func aNotesToHeadingJustBeforeTheFirstNoteHoldsTheNotes() {
        let out = noteLevels([heading("Notes to Consolidated Financial Statements", 4), heading("Note 1. Basis", 5),
                              heading("Policies", 6), heading("Note 2. Debt", 5)])
        #expect(out == ["4 Notes to Consolidated Financial Statements", "5 Note 1. Basis", "6 Policies", "5 Note 2. Debt"])
    }

    @Test func oneNoteOrTextThatOnlyBeginsLikeANoteChangesNothing() {
        #expect(NoteLevels.noteNumber("Notes to Consolidated Financial Statements") == nil)
        #expect(NoteLevels.noteNumber("Note 1.5 billion") == nil)
        #expect(NoteLevels.noteNumber("NOTE 12: DEBT") == 12)
        #expect(noteLevels([heading("Note 1 – Summary", 5), heading("Policies", 4)]) == ["5 Note 1 – Summary", "4 Policies"])
    }
}

private func backMatter(_ drafts: [Draft]) -> [String] {
    var d = drafts
    var context = PassContext()
    BackMatter.apply(&d, &context)
    return d.compactMap {
        if case .settled(let b) = $0, case .heading(let h) = b.content { return "\(h.level) \(h.role.name) \(h.inlines.plainText)" }
        return nil
    }
}

@Suite struct BackMatterTests {
    @Test func whatFollowsTheLastItemIsAtPartLevelWithItsRoleOnceEach() {
        let out = backMatter([heading("Item 15. Exhibits", 3, role: .item("15")), heading("Exhibit Index", 5),
                              heading("Item 16. Form 10-K Summary", 3, role: .item("16")),
                              heading("SIGNATURES", 5, role: .signatures), heading("Power of Attorney", 4),
                              heading("REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", 6), heading("Opinion", 4),
                              heading("Consolidated Balance Sheets", 5), heading("Schedule II – Valuation and Qualifying Accounts", 5),
                              heading("Schedule II", 5), heading("EXHIBIT INDEX", 6)])
        #expect(out == ["3 item Item 15. Exhibits", "5 section Exhibit Index", "3 item Item 16. Form 10-K Summary",
                        "2 signatures SIGNATURES", "4 section Power of Attorney",
                        "2 financial_statements REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", "4 section Opinion",
                        "5 section Consolidated Balance Sheets", "2 schedule Schedule II – Valuation and Qualifying Accounts",
                        "5 section Schedule II", "2 exhibit_index EXHIBIT INDEX"])
    }

    @Test func anExhibitIndexRightAfterAnExhibitsItemStaysInsideIt() {
        let out = backMatter([heading("ITEM 5. OTHER INFORMATION", 3, role: .item("5")), heading("ITEM 6. EXHIBITS", 3, role: .item("6")),
                              heading("INDEX TO EXHIBITS", 5), heading("SIGNATURE", 5, role: .signatures), heading("Exhibit Index", 5)])
        #expect(out == ["3 item ITEM 5. OTHER INFORMATION", "3 item ITEM 6. EXHIBITS", "5 section INDEX TO EXHIBITS",
                        "2 signatures SIGNATURE", "2 exhibit_index Exhibit Index"])
    }

    @Test func aDocumentWithoutItemsKeepsItsLevels() {
        #expect(backMatter([heading("Proposal 1", 4), heading("SIGNATURES", 5, role: .signatures), heading("Exhibit Index", 5)])
            == ["4 section Proposal 1", "5 signatures SIGNATURES", "5 section Exhibit Index"])
    }
}

@Suite struct ItemCaptionTests {
    @Test func aSubDesignationIsNotAnItem() {
        let md = convert("<p><b>Item 14. Principal Accountant Fees and Services</b></p><p>Fees.</p><p><b>Item 14(a)(1)</b></p><p>Statements.</p><p><b>Item 1112(b) of Regulation AB. Significant Obligors</b></p><p>None.</p>")
        #expect(md.contains("### Item 14. Principal Accountant Fees and Services\n"))
        #expect(md.contains("\n#### Item 14(a)(1)\n"))
        #expect(md.contains("\n#### Item 1112(b) of Regulation AB. Significant Obligors\n"))
    }

    @Test func anItemLabelAndItsTitleInTwoParagraphsAreOneCaption() {
        let md = convert("<p>Text before.</p><p><b>Item 14.</b></p><p><b>Principal Accountant Fees and Services</b></p><p>Fees were paid.</p>")
        #expect(md.contains("### Item 14. Principal Accountant Fees and Services\n\nFees were paid.\n"))
    }

    @Test func anItemLabelBeforeBodyTextStaysAlone() {
        let md = convert("<p><b>Item 14.</b></p><p>The information required by this Item is incorporated by reference.</p>")
        #expect(md.hasPrefix("### Item 14.\n\nThe information required"))
    }

    @Test func markdownHeadingsArePlainTextJSONKeepsTheMarks() {
        let html = "<p><b>Item 1A. <i>Risk Factors</i></b></p><p>Risks.</p>"
        #expect(convert(html).hasPrefix("### Item 1A. Risk Factors\n"))
        var options = ConversionOptions()
        options.format = .json
        let json = String(decoding: Converter(options: options).convert(Array(html.utf8)).output, as: UTF8.self)
        #expect(json.contains("\"type\":\"emphasis\""))
    }
}
