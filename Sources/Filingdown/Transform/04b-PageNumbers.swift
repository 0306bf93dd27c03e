/// Page numbers just before a page edge (the label carried on the page break) or just after
/// one, including a letter's "Page 2" under its logo, addressee and date: marked as furniture.
enum PageNumbers: DraftPass {
    /// A letter's page header puts "Page 2" under the logo, the addressee and the date: the
    /// first five lines of a page are looked at for a "Page …" line.
    static let letterHeaderLines = 5
    /// A bare number (`2`, not `Page 2`) counts only in the first two lines of a page: lower
    /// down it is content (a count, a note number).
    static let bareNumberLines = 2

    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        guard let edges = PageFurniture.Edges(drafts) else { return }
        for (n, b) in edges.boundaries.enumerated() {
            for i in PageFurniture.paragraphsBefore(b, in: drafts) where PageFurniture.isPageNumber(PageFurniture.text(drafts[i])) {
                context.furniture.mark(i, in: drafts)
                if n < edges.breaks.count, case .pageBreak(var pb) = drafts[b], pb.number == nil {
                    pb.number = PageFurniture.pageLabel(PageFurniture.text(drafts[i]))
                    drafts[b] = .pageBreak(pb)
                }
                break
            }
            guard b < drafts.count else { continue }
            let top = PageFurniture.paragraphsAfter(b, in: drafts, limit: letterHeaderLines)
            for (k, i) in top.enumerated() where PageFurniture.isPageNumber(PageFurniture.text(drafts[i])) {
                if k < bareNumberLines || PageFurniture.text(drafts[i]).lowercased().hasPrefix("page") {
                    context.furniture.mark(i, in: drafts)
                }
            }
        }
    }
}
