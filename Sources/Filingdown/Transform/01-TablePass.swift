/// Pass 1: every `<table>` becomes what it really is: text when the filer used it for layout
/// (cover-page captions, checkbox lists, bullets, signatures, footnotes), a `Table` otherwise.
enum TablePass: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) { drafts = resolveTables(drafts) }

    /// Replaces every table draft by what TableSelector decides it is, depth first.
    static func resolveTables(_ drafts: [Draft]) -> [Draft] {
        var out: [Draft] = []
        out.reserveCapacity(drafts.count)
        for d in drafts {
            switch d {
            case .table(let t):
                out.append(contentsOf: resolveTables(TableSelector.resolve(t)))
            case .listItem(let o, let depth, let content):
                out.append(.listItem(ordered: o, depth: depth, content: resolveTables(content)))
            default:
                out.append(d)
            }
        }
        return out
    }
}
