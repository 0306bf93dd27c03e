/// Removes every draft the furniture passes marked, all at once, after the last of them:
/// until here each pass saw the page as printed.
enum FurnitureSweep: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        defer { context.furniture = PageFurnitureMarks() }
        guard !context.furniture.isEmpty else { return }
        assert(context.furniture.draftCount == drafts.count, "drafts inserted or removed between furniture passes")
        // One copy of each kept draft (a filter then a map made two).
        var kept: [Draft] = []
        kept.reserveCapacity(drafts.count - context.furniture.count)
        for (i, draft) in drafts.enumerated() where !context.furniture.contains(i) { kept.append(draft) }
        drafts = kept
    }
}
