/// Back-links to the table of contents next to page edges and at the top of the document,
/// marked as furniture. Marked page numbers and running lines still count in the windows:
/// the link sits among them on the printed page.
enum BackLinks: DraftPass {
    /// Navigation links may stack at a page top (`Table of Contents`, `Index to Financial
    /// Statements`) under a running header: the first three lines of a page are looked at.
    static let linesAfterBreak = 3

    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        guard let edges = PageFurniture.Edges(drafts) else { return }
        for i in PageFurniture.paragraphsAfter(-1, in: drafts, limit: linesAfterBreak) where PageFurniture.isBackLink(drafts[i]) {
            context.furniture.mark(i, in: drafts)
        }
        for b in edges.boundaries {
            var near = PageFurniture.paragraphsBefore(b, in: drafts)
            if b < drafts.count { near += PageFurniture.paragraphsAfter(b, in: drafts, limit: linesAfterBreak) }
            for i in near where PageFurniture.isBackLink(drafts[i]) { context.furniture.mark(i, in: drafts) }
        }
    }
}
