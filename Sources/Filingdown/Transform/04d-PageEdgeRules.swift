/// Rules drawn at a page edge, above a footer or under a header: the page break is the
/// marker, so they are marked as furniture (a run of them, with rules of the next page).
enum PageEdgeRules: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        guard let edges = PageFurniture.Edges(drafts) else { return }
        for b in edges.breaks {
            var i = b - 1
            while i >= 0, case .rule = drafts[i] { context.furniture.mark(i, in: drafts); i -= 1 }
            i = b + 1
            while i < drafts.count, case .rule = drafts[i] { context.furniture.mark(i, in: drafts); i += 1 }
        }
    }
}
