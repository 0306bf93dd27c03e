import Testing
@testable import Filingdown

/// Levels of styled headings from a ranking of the styles between two captions, on drafts
/// built by hand.
private func line(_ text: String, bold: Bool = true, size: Float = 10, centered: Bool = false, inlines: [Inline]? = nil) -> Draft {
    .paragraph(Paragraph(inlines: inlines ?? [.text(text)], text: text,
                         look: .init(boldShare: bold ? 1 : 0, italicShare: 0, centered: centered, fontSize: size, allLink: false),
                         htmlHeadingLevel: nil))
}

private let bodyText = line("A paragraph of body text, long enough to set the size of the body for the whole document.", bold: false)

/// `level text` for every heading after the heading passes, each line followed by body text.
private func levels(_ lines: [Draft]) -> [String] {
    var drafts: [Draft] = []
    for l in lines { drafts += [l, bodyText] }
    var context = PassContext()
    for pass in [HeadingRules.self, NoteLevels.self, BackMatter.self, RepeatedParts.self, StretchLevels.self] as [any DraftPass.Type] {
        pass.apply(&drafts, &context)
    }
    return drafts.compactMap {
        if case .settled(let b) = $0, case .heading(let h) = b.content { return "\(h.level) \(h.inlines.plainText)" }
        return nil
    }
}

@Suite struct HeadingLevelTests {
    @Test func capitalsOutrankTheSameTypeInLowerCaseWhicheverComesFirst() {
        // unionpacific-10q-2025q2's MD&A: `Three and six months ended` before `RESULTS OF OPERATIONS`.
        let out = levels([line("Item 2. Management’s Discussion and Analysis"), line("Critical accounting estimates"),
                          line("RESULTS OF OPERATIONS"), line("Quarterly summary"), line("LIQUIDITY AND CAPITAL RESOURCES"),
                          line("Financial condition")])
        #expect(out == ["3 Item 2. Management’s Discussion and Analysis", "5 Critical accounting estimates", "4 RESULTS OF OPERATIONS",
                        "5 Quarterly summary", "4 LIQUIDITY AND CAPITAL RESOURCES", "5 Financial condition"])
    }

    @Test func largerTypeOutranksCapitals() {
        let out = levels([line("Item 1. Business"), line("OUR STRATEGY"), line("Segments and Products", size: 14), line("OUR PRODUCTS")])
        #expect(out == ["3 Item 1. Business", "5 OUR STRATEGY", "4 Segments and Products", "5 OUR PRODUCTS"])
    }

    @Test func aStyleThatOnlyFollowsItemsIsTheFirstLevelBelowThem() {
        // wellsfargo-10k-2024: `Trading Plans` in Item 9B, styled below Item 1's `DESCRIPTION OF BUSINESS`.
        let out = levels([line("Item 1. Business"), line("DESCRIPTION OF BUSINESS", size: 12), line("General"),
                          line("Item 9B. Other Information"), line("Trading Plans")])
        #expect(out == ["3 Item 1. Business", "4 DESCRIPTION OF BUSINESS", "5 General", "3 Item 9B. Other Information", "4 Trading Plans"])
    }

    @Test func oneStyleHasOneLevelWithinAnItem() {
        let out = levels([line("Item 7. MD&A"), line("Overview"), line("SEGMENT RESULTS"), line("Upstream"), line("Downstream")])
        #expect(out == ["3 Item 7. MD&A", "5 Overview", "4 SEGMENT RESULTS", "5 Upstream", "5 Downstream"])
    }

    @Test func headingsStyledLikeANumberedSeriesBetweenItsEntriesGoBelowThem() {
        // unionpacific-10q-2025q2: `5. Retirement Plans`, then `Expense` in the same bold.
        let out = levels([line("Item 1. Financial Statements"), line("1. Basis of Presentation"), line("5. Retirement Plans"),
                          line("Expense"), line("Cash contributions"), line("6. Other Income")])
        #expect(out == ["3 Item 1. Financial Statements", "4 1. Basis of Presentation", "4 5. Retirement Plans", "5 Expense",
                        "5 Cash contributions", "4 6. Other Income"])
    }

    @Test func aNumberedListOfHeadingsWithNothingBetweenIsOneStyleWithTheRest() {
        let out = levels([line("Item 15. Exhibits"), line("Documents filed"), line("1. Financial Statements"), line("2. Schedules")])
        #expect(out == ["3 Item 15. Exhibits", "4 Documents filed", "4 1. Financial Statements", "4 2. Schedules"])
    }

    @Test func aBoldTitleAfterANumberInBodyWeightIsBold() {
        // wellsfargo-10k-2024's Item 15: `3.` in the body's weight, `EXHIBITS` in bold.
        let third = line("3. EXHIBITS", inlines: [.text("3."), .strong([.text(" EXHIBITS")])])
        guard case .paragraph(var p) = third else { return }
        p.look.boldShare = 0.8
        let out = levels([line("Item 15. Exhibits"), line("1. FINANCIAL STATEMENTS"), line("2. SCHEDULES"), .paragraph(p)])
        #expect(out == ["3 Item 15. Exhibits", "4 1. FINANCIAL STATEMENTS", "4 2. SCHEDULES", "4 3. EXHIBITS"])
    }

    @Test func headingsAfterBackMatterStartAgainBelowIt() {
        // ibm-10k-2025's Schedule II: its title lines above `For the Years Ended December 31:`.
        let out = levels([line("Item 16. Form 10-K Summary"), line("FORM 10-K SUMMARY DETAILS", size: 14), line("Summary Table", size: 12),
                          line("SCHEDULE II"), line("VALUATION AND QUALIFYING ACCOUNTS"), line("For the Years Ended December 31:")])
        #expect(out == ["3 Item 16. Form 10-K Summary", "4 FORM 10-K SUMMARY DETAILS", "5 Summary Table", "2 SCHEDULE II",
                        "4 VALUATION AND QUALIFYING ACCOUNTS", "5 For the Years Ended December 31:"])
    }

    @Test func numberingPatterns() {
        #expect(HeadingRules.numbering("5. Retirement Plans") == .arabic)
        #expect(HeadingRules.numbering("(a) Documents filed") == .letter)
        #expect(HeadingRules.numbering("B. Business Overview") == .letter)
        #expect(HeadingRules.numbering("IV. Results") == .roman)
        #expect(HeadingRules.numbering("(i) Terms") == .roman)
        #expect(HeadingRules.numbering("Note 5 – Leases") == .note)
        #expect(HeadingRules.numbering("2024 Highlights") == .none)
        #expect(HeadingRules.numbering("U.S. Holders") == .none)
        #expect(HeadingRules.numbering("No. 5 Holders") == .none)
    }
}

@Suite struct NotesAndWhatFollowsThemTests {
    @Test func theReportAfterTheNotesIsOutsideTheNotesToHeading() {
        // apple-10k-2024: the auditor's report after Note 13, in the bold of the notes' sub-headings.
        let out = levels([line("Item 8. Financial Statements"), line("CONSOLIDATED BALANCE SHEETS"),
                          line("Notes to Consolidated Financial Statements"), line("Note 1 – Summary"), line("Basis of Presentation"),
                          line("Note 2 – Revenue"), line("Disaggregation"),
                          line("Report of Independent Registered Public Accounting Firm"), line("Item 9. Changes in Accountants")])
        #expect(out == ["3 Item 8. Financial Statements", "4 CONSOLIDATED BALANCE SHEETS",
                        "4 Notes to Consolidated Financial Statements", "5 Note 1 – Summary", "6 Basis of Presentation",
                        "5 Note 2 – Revenue", "6 Disaggregation", "4 Report of Independent Registered Public Accounting Firm",
                        "3 Item 9. Changes in Accountants"])
    }
}
