/// Filings made before CSS page breaks end each page with its number and an `<hr>`: that rule
/// is the page break. Runs first among the furniture passes, so the others see every page edge.
enum RuledPageEnds: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        for i in drafts.indices {
            guard case .rule = drafts[i], i > 0, case .paragraph(let p) = drafts[i - 1],
                  PageFurniture.isPageNumber(p.text) else { continue }
            drafts[i] = .pageBreak(PageBreak())
        }
    }
}
