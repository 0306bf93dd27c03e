import Testing
@testable import Filingdown

/// A footer laid out as `title | page number | logo` before each page break (homedepot-10k-2024).
private func para(_ text: String) -> Draft {
    .paragraph(Paragraph(inlines: [.text(text)], text: text,
                         look: .init(boldShare: 0, italicShare: 0, centered: false, fontSize: 10, allLink: false),
                         htmlHeadingLevel: nil))
}

private func footerPages(_ count: Int) -> [Draft] {
    let bodies = ["Net sales grew in every segment.", "Our stores opened early.", "Costs fell as freight eased.",
                  "We repurchased shares.", "The board declared a dividend.", "Cash flow funded the acquisition.",
                  "Inventory turned faster.", "Interest expense rose."]
    var drafts: [Draft] = []
    for page in 1...count {
        drafts += [para(bodies[(page - 1) % bodies.count]),
                   para("Fiscal 2024 Form 10-K"), para("\(page)"), .image(alt: "logo.jpg", source: "hd_g1.jpg"),
                   .pageBreak(PageBreak())]
    }
    return drafts + [para("The last page.")]
}

private func runFurniturePasses(_ input: [Draft]) -> [Draft] {
    var drafts = input
    var context = PassContext()
    for pass in [RuledPageEnds.self, PageNumbers.self, RunningHeaders.self, PageEdgeRules.self, BackLinks.self,
                 FurnitureSweep.self] as [any DraftPass.Type] {
        pass.apply(&drafts, &context)
    }
    return drafts
}

struct PageFooterLogoTests {
    @Test func aPageNumberBeforeAFooterLogoIsCarriedOnTheBreak() {
        let drafts = runFurniturePasses(footerPages(6))
        let labels = drafts.compactMap { d -> String? in if case .pageBreak(let pb) = d { return pb.number } else { return nil } }
        #expect(labels == ["1", "2", "3", "4", "5", "6"])
    }

    @Test func theRunningFooterAndItsLogoAreRemoved() {
        let drafts = runFurniturePasses(footerPages(6))
        for d in drafts {
            if case .image = d { Issue.record("the logo stayed") }
            if case .paragraph(let p) = d { #expect(p.text != "Fiscal 2024 Form 10-K") }
        }
        #expect(drafts.count == 6 * 2 + 1)
    }

    @Test func anImageOnlyOnAFewPagesStays() {
        var drafts = footerPages(8)
        // Another picture at two page ends: a chart, not a logo.
        drafts.insert(.image(alt: "", source: "chart.jpg"), at: 1)
        drafts.insert(.image(alt: "", source: "chart.jpg"), at: 7)
        let out = runFurniturePasses(drafts)
        #expect(out.filter { if case .image(_, let s) = $0 { return s == "chart.jpg" } else { return false } }.count == 2)
    }
}
