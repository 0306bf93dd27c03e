import Testing
@testable import Filingdown

/// The page-furniture passes on drafts built by hand: no HTML, no libxml2.
private func para(_ text: String, link: Bool = false) -> Draft {
    .paragraph(Paragraph(inlines: [.text(text)], text: text,
                         look: .init(boldShare: 0, italicShare: 0, centered: false, fontSize: 10, allLink: link),
                         htmlHeadingLevel: nil))
}

private let pageBreak = Draft.pageBreak(PageBreak())

private func pageBreak(_ number: String) -> Draft { .pageBreak(PageBreak(number: number)) }

/// Drafts as short strings: a paragraph's text, `---` or `--- 17` for a page break, `rule`.
private func shape(_ drafts: [Draft]) -> [String] {
    drafts.map {
        switch $0 {
        case .paragraph(let p): return p.text
        case .pageBreak(let pb): return pb.number.map { "--- \($0)" } ?? "---"
        case .rule: return "rule"
        default: return "other"
        }
    }
}

/// Runs `passes` in order and returns the drafts and the furniture marks they left.
private func run(_ passes: [any DraftPass.Type], _ input: [Draft]) -> (drafts: [String], marked: Set<Int>) {
    var drafts = input
    var context = PassContext()
    for pass in passes { pass.apply(&drafts, &context) }
    return (shape(drafts), context.furniture.indices)
}

/// Every furniture pass, in the order of `Normalizer.passes`.
private let allFurniture: [any DraftPass.Type] = [
    RuledPageEnds.self, PageNumbers.self, RunningHeaders.self, PageEdgeRules.self, BackLinks.self, FurnitureSweep.self,
]

@Suite struct FurniturePassOrderTests {
    @Test func theFurniturePassesRunTogetherInOrderAndEndWithTheSweep() {
        let names = Normalizer.passes.map { "\($0)" }
        guard let first = names.firstIndex(of: "RuledPageEnds") else {
            Issue.record("RuledPageEnds is not in Normalizer.passes")
            return
        }
        // Marks are indices: no other pass may run between the first mark and the sweep.
        #expect(Array(names[first..<(first + allFurniture.count)]) == allFurniture.map { "\($0)" })
    }
}

@Suite struct RuledPageEndsTests {
    @Test func aRuleAfterAPageNumberBecomesAPageBreak() {
        let out = run([RuledPageEnds.self], [para("Body."), para("17"), .rule, para("Next page.")])
        #expect(out.drafts == ["Body.", "17", "---", "Next page."])
    }

    @Test func aRuleAfterTextStaysARule() {
        let out = run([RuledPageEnds.self], [para("Body."), .rule, para("More.")])
        #expect(out.drafts == ["Body.", "rule", "More."])
    }
}

@Suite struct PageNumberTests {
    @Test func aPageNumberBeforeABreakIsMarkedAndCarriedOnTheBreak() {
        let out = run([PageNumbers.self], [para("Body."), para("Page 17 of 40"), pageBreak, para("Next.")])
        #expect(out.drafts == ["Body.", "Page 17 of 40", "--- 17", "Next."])
        #expect(out.marked == [1])
    }

    @Test func onlyTheNumberNearestTheBreakIsTaken() {
        let out = run([PageNumbers.self], [para("Body."), para("3"), para("- 4 -"), pageBreak, para("Next."), para("More.")])
        #expect(out.drafts == ["Body.", "3", "- 4 -", "--- 4", "Next.", "More."])
        #expect(out.marked == [2])
    }

    @Test func aBreakThatHasANumberKeepsIt() {
        let out = run([PageNumbers.self], [para("Body."), para("F-2"), pageBreak("9"), para("Next.")])
        #expect(out.drafts == ["Body.", "F-2", "--- 9", "Next."])
        #expect(out.marked == [1])
    }

    @Test func theLastPagesNumberAtTheEndOfTheDocumentIsMarked() {
        let out = run([PageNumbers.self], [para("One."), pageBreak, para("Two."), para("ii")])
        #expect(out.marked == [3])
    }

    @Test func aBareNumberCountsInTheFirstTwoLinesOfAPageAPageLineInTheFirstFive() {
        let drafts = [para("One."), pageBreak,
                      para("2"), para("Acme Corp."), para("7"), para("March 3, 2024"), para("Page 2"),
                      para("Dear Sir."), para("Body."), para("Regards.")]
        #expect(run([PageNumbers.self], drafts).marked == [2, 6])
    }

    @Test func aPageLineSixLinesDownIsContent() {
        let drafts = [para("One."), pageBreak,
                      para("Logo"), para("Acme Corp."), para("Address"), para("March 3, 2024"), para("Re: Note"), para("Page 2"),
                      para("Body."), para("More."), para("Regards.")]
        #expect(run([PageNumbers.self], drafts).marked.isEmpty)
    }

    @Test func aDocumentWithoutPageBreaksHasNoPageNumbers() {
        #expect(run([PageNumbers.self], [para("Body."), para("17")]).marked.isEmpty)
    }
}

/// Lines that share no key with one another, digits aside.
private let words = ["Alpha.", "Bravo.", "Charlie.", "Delta.", "Echo.", "Foxtrot.", "Golf.", "Hotel.", "India.", "Juliett.",
                     "Kilo.", "Lima.", "Mike.", "November.", "Oscar.", "Papa."]

@Suite struct RunningHeaderTests {
    /// `pages` pages, each one line of its own text with `footer(n)` as its last line when
    /// it returns text.
    private func pages(_ count: Int, footer: (Int) -> String?) -> [Draft] {
        var drafts: [Draft] = []
        for n in 1...count {
            if n > 1 { drafts.append(pageBreak) }
            drafts.append(para(words[n - 1]))
            if let f = footer(n) { drafts.append(para(f)) }
        }
        return drafts
    }

    @Test func aFooterOnEveryPageIsMarkedDigitsAsideAndGivesItsPageNumberToTheBreak() {
        let out = run([RunningHeaders.self], pages(4) { "Acme Corp. | Form 10-K | \($0)" })
        #expect(out.drafts.filter { $0.hasPrefix("---") } == ["--- 1", "--- 2", "--- 3"])
        #expect(out.marked.count == 4)
    }

    @Test func aLineAtTwoPageEdgesIsKept() {
        let out = run([RunningHeaders.self], pages(3) { $0 < 3 ? "Acme Corp. | Form 10-K" : nil })
        #expect(out.marked.isEmpty)
    }

    @Test func aLineNeedsAQuarterOfThePageEdges() {
        // 16 edges (15 breaks and the end): a quarter is 4.
        let three = run([RunningHeaders.self], pages(16) { $0 <= 3 ? "Acme Corp." : nil })
        let four = run([RunningHeaders.self], pages(16) { $0 <= 4 ? "Acme Corp." : nil })
        #expect(three.marked.isEmpty)
        #expect(four.marked.count == 4)
    }

    @Test func aLineAlreadyMarkedIsNotCounted() {
        var drafts = pages(3) { _ in "Acme Corp." }
        var context = PassContext()
        context.furniture.mark(1, in: drafts)
        RunningHeaders.apply(&drafts, &context)
        // "Acme Corp." is at three edges, one of them marked before: two are not enough.
        #expect(context.furniture.indices == [1])
    }

    /// `count` pages of body text (more lines than any header), each of pages `from`… starting
    /// with the lines `header`.
    private func headed(_ count: Int, from: Int, _ header: [String]) -> [Draft] {
        var drafts: [Draft] = []
        for n in 1...count {
            if n > 1 { drafts.append(pageBreak) }
            if n >= from { drafts += header.map { para($0) } }
            drafts.append(para(words[n - 1]))
            drafts += (1...4).map { para("Body line \($0) of page \(n), a sentence of the page's own text.") }
        }
        return drafts
    }

    /// The texts of the paragraphs `RunningHeaders` marked as furniture, in order.
    private func repeats(_ input: [Draft]) -> [String] {
        var drafts = input
        var context = PassContext()
        RunningHeaders.apply(&drafts, &context)
        return drafts.indices.filter { context.furniture.contains($0) }.map { PageFurniture.text(drafts[$0]) }
    }

    @Test func aHeaderOfSeveralLinesOnSomePagesStaysOnlyWhereItFirstAppears() {
        // 16 pages, the header on the last 3: too few edges for one line, enough for a block.
        let header = ["Loncor Resources Inc.", "NOTES TO CONSOLIDATED FINANCIAL STATEMENTS", "As at December 31, 2015"]
        #expect(repeats(headed(16, from: 14, header)) == header + header)
        var drafts = headed(16, from: 14, header).map { d -> Draft in
            guard case .paragraph(var p) = d, header.contains(p.text) else { return d }
            p.look.boldShare = 1
            return .paragraph(p)
        }
        var context = PassContext()
        RunningHeaders.apply(&drafts, &context)
        FurnitureSweep.apply(&drafts, &context)
        HeadingRules.apply(&drafts, &context)
        let headings = drafts.compactMap { d -> String? in
            if case .settled(let b) = d, case .heading(let h) = b.content { return h.inlines.plainText }
            return nil
        }
        #expect(headings == header)
    }

    @Test func aContinuationLineAtAPageTopIsFurniture() {
        var drafts: [Draft] = []
        for n in 1...6 {
            if n > 1 { drafts += [pageBreak, para("Executive Compensation (continued)")] }
            drafts += [para(words[n - 1]), para(words[n + 7])]
        }
        drafts += [pageBreak, para("(con’d.)"), para(words[6])]
        drafts += [pageBreak, para("Sales growth continued through the year and margins widened as costs fell."), para(words[7])]
        #expect(repeats(drafts) == Array(repeating: "Executive Compensation (continued)", count: 5) + ["(con’d.)"])
    }

    @Test func aBlockOnTwoPageTopsOrLinesThatDifferByANumberAreNoRepeats() {
        #expect(repeats(headed(16, from: 15, ["Acme Corp.", "Balance Sheets"])).isEmpty)
        var drafts: [Draft] = []
        for n in 1...16 {
            if n > 1 { drafts.append(pageBreak) }
            if n > 12 { drafts += [para("Acme Corp."), para("NOTE \(n)")] }
            drafts.append(para(words[n - 1]))
        }
        #expect(repeats(drafts).isEmpty)
    }

    /// Twenty pages of their own text, so that a line on two or three page edges is no running line.
    private var earlierPages: [Draft] {
        (1...20).flatMap { n in [para("Body of page \(n), a sentence of the page's own text, and another one after it."), pageBreak] }
    }

    @Test func aSectionsRunningLineOnPagesInARowStaysOnlyWhereItFirstAppears() {
        // 40 pages; "Acme Corp." atop pages 5–9 only: too few edges for a running line.
        var drafts: [Draft] = []
        for n in 1...40 {
            if n > 1 { drafts.append(pageBreak) }
            if (5...9).contains(n) { drafts.append(para("Acme Corp.")) }
            if (11...14).contains(n) { drafts.append(para("1 NAME OF REPORTING PERSON")) }
            drafts += (1...4).map { para("Body line \($0) of page \(n), a sentence of the page's own text.") }
        }
        // A numbered field opening each cover page of a schedule is the form, not a header.
        #expect(repeats(drafts) == Array(repeating: "Acme Corp.", count: 4))
    }

    @Test func aRunningItemLabelAboveThatItemsCaptionIsFurniture() {
        let body = "The Company is exposed to market risk from changes in interest rates, foreign exchange rates and equity prices, which it manages through its normal operating and financing activities."
        let drafts = earlierPages + [para("Item 7. Management's discussion"), para(body), pageBreak,
                      para("ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK"),
                      para("Item 7A. Quantitative and qualitative disclosures about market risk"), para(body)]
        #expect(repeats(drafts) == ["ITEM 7A. QUANTITATIVE AND QUALITATIVE DISCLOSURES ABOUT MARKET RISK"])
    }

    @Test func anItemLabelAtPageTopsAfterTheItemsTextIsFurnitureButAContentsListIsNot() {
        let body = "We maintain a cybersecurity program designed to identify, assess and manage material risks from threats to our information systems, overseen by the audit committee of the board."
        let drafts = earlierPages + [para("Item 1B. Unresolved staff comments"), para("Item 1C. Cybersecurity"), pageBreak,
                      para("Item 1C. Cybersecurity"), para(body), pageBreak,
                      para("ITEM 1C. CYBERSECURITY"), para(body), pageBreak,
                      para("ITEM 1C. CYBERSECURITY"), para(body)]
        // The contents line and the caption have no text between them: the caption stays.
        #expect(repeats(drafts) == ["ITEM 1C. CYBERSECURITY", "ITEM 1C. CYBERSECURITY"])
    }

    @Test func aBlockThatIsMostOfItsPagesIsStillText() {
        var drafts: [Draft] = []
        for n in 1...16 {
            if n > 1 { drafts.append(pageBreak) }
            drafts += [para("Notice of meeting"), para("Vote by mail or online."), para(words[n - 1])]
        }
        #expect(run([RunningHeaders.self], drafts).marked.isEmpty)
    }

    @Test func aLongSentenceRepeatedOnEveryPageIsKept() {
        let sentence = "The accompanying notes are an integral part of these consolidated financial statements and should be read with them."
        #expect(run([RunningHeaders.self], pages(4) { _ in sentence }).marked.isEmpty)
    }
}

@Suite struct PageEdgeRuleTests {
    @Test func rulesNextToABreakAreMarkedRulesBetweenParagraphsKept() {
        let out = run([PageEdgeRules.self], [para("A."), .rule, .rule, pageBreak, .rule, para("B."), .rule, para("C.")])
        #expect(out.marked == [1, 2, 4])
    }
}

@Suite struct BackLinkTests {
    @Test func backLinksAtTheTopAndAtPageEdgesAreMarked() {
        let out = run([BackLinks.self], [para("Table of Contents", link: true), para("Body."),
                                         para("Back to Top"), pageBreak, para("Acme"), para("Index to Financial Statements", link: true), para("Body two.")])
        #expect(out.marked == [0, 2, 5])
    }

    @Test func theFourthLineOfAPageIsContent() {
        let out = run([BackLinks.self], [para("Body."), pageBreak, para("A"), para("B"), para("C"),
                                         para("Table of Contents", link: true), para("Body two."), para("Body three."), para("Body four.")])
        #expect(out.marked.isEmpty)
    }

    @Test func textThatNamesTheIndexIsABackLinkOnlyAsALink() {
        let drafts = [para("Body."), pageBreak, para("Index to Exhibits", link: true), para("Index to Exhibits"), para("Body two."),
                      para("Body three."), para("Body four.")]
        #expect(run([BackLinks.self], drafts).marked == [2])
    }

    @Test func aDocumentWithoutPageBreaksKeepsItsLinks() {
        #expect(run([BackLinks.self], [para("Table of Contents", link: true), para("Body.")]).marked.isEmpty)
    }
}

@Suite struct FurnitureSweepTests {
    @Test func theSweepRemovesEveryMarkAtOnceAndClearsTheMarks() {
        var drafts = [para("A."), para("17"), pageBreak, .rule, para("B.")]
        var context = PassContext()
        context.furniture.mark(1, in: drafts)
        context.furniture.mark(3, in: drafts)
        FurnitureSweep.apply(&drafts, &context)
        #expect(shape(drafts) == ["A.", "---", "B."])
        #expect(context.furniture.isEmpty)
    }

    @Test func laterPassesSeeMarkedLinesAsPrinted() {
        // Each page opens with a running header, the page number and a line of text: the
        // back-link is the fourth line of the page as printed, so it stays, though the header
        // and number above it go.
        var drafts: [Draft] = [para("Cover.")]
        for n in 2...4 {
            let text = words[(4 * (n - 2))...].prefix(4).map { para($0) }
            drafts += [pageBreak, para("Acme Corp. Annual Report"), para("\(n)"), text[0],
                       para("Table of Contents", link: true)] + text.dropFirst()
        }
        let out = run(allFurniture, drafts)
        #expect(!out.drafts.contains("Acme Corp. Annual Report"))
        #expect(!out.drafts.contains("2"))
        #expect(out.drafts.filter { $0 == "Table of Contents" }.count == 3)
    }

    @Test func aRuledPageEndBecomesANumberedBreakWithNeitherNumberNorRuleLeft() {
        let out = run(allFurniture, [para("Body one."), para("12"), .rule, para("Body two."), para("13"), .rule, para("Body three.")])
        #expect(out.drafts == ["Body one.", "--- 12", "Body two.", "--- 13", "Body three."])
    }
}
