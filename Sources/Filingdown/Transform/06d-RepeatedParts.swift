/// A Part heading that names the Part already open, after an Item of that Part, is the page's
/// running label, not a new Part: roanokeelectricsteel-10k-2003 prints `PART IV` atop three more
/// pages of Item 15, and a reader splitting on Part headings would file the rest of Item 15
/// under a Part with no Item. It stays as a line of text.
enum RepeatedParts: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        var openPart: String?
        var itemSinceOpened = false
        for i in drafts.indices {
            guard case .settled(let b) = drafts[i], case .heading(let h) = b.content else { continue }
            switch h.role {
            case .part(let number):
                if number == openPart, itemSinceOpened {
                    drafts[i] = .settled(Block(.paragraph(h.inlines), source: b.source))
                } else {
                    openPart = number
                    itemSinceOpened = false
                }
            case .item:
                itemSinceOpened = true
            case .signatures, .financialStatements, .schedule, .exhibitIndex:
                // Back matter closes the Items: a Part after it opens anew.
                openPart = nil
            case .section:
                break
            }
        }
    }
}
