/// Removes every draft the furniture passes marked, all at once, after the last of them:
/// until here each pass saw the page as printed.
enum FurnitureSweep: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        defer { context.furniture = PageFurnitureMarks() }
        guard !context.furniture.isEmpty else { return }
        assert(context.furniture.draftCount == drafts.count, "drafts inserted or removed between furniture passes")
        drafts = drafts.enumerated().filter { !context.furniture.contains($0.offset) }.map(\.element)
    }
}
