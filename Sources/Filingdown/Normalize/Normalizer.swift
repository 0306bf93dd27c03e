/// HTML → document model: one pass over the parser's events, then the document-wide
/// passes in a fixed order.
enum Normalizer {
    /// The document, its blocks' sources in offsets of `bytes`.
    static func normalize(html bytes: UnsafeRawBufferPointer, encoding: TextEncoding?) -> Document {
        let (built, offsets) = DraftBuilder.drafts(html: bytes, encoding: encoding)
        var drafts = resolveTables(built)
        drafts = drafts.map { d in
            if case .paragraph(let p) = d, isSeparatorLine(p.text) { return .rule }
            return d
        }
        PageFurniture.apply(&drafts)
        HeadingRules.apply(&drafts)
        drafts = ListRules.apply(drafts)
        var document = Document(blocks: blocks(from: drafts))
        document.mapSources { offsets.original($0) }
        return document
    }

    /// `_______`, `-----`, `* * *`: a line drawn with characters, not words.
    static func isSeparatorLine(_ text: String) -> Bool {
        var marks = 0
        for c in text.unicodeScalars {
            switch c {
            case "_", "-", "=", "*", "\u{2013}", "\u{2014}", "\u{2500}", "\u{2501}", "\u{2550}": marks += 1
            case " ": continue
            default: return false
            }
        }
        return marks >= 3
    }

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

    static func blocks(from drafts: [Draft]) -> [Block] {
        var blocks: [Block] = []
        blocks.reserveCapacity(drafts.count)
        for d in drafts {
            let block: Block
            switch d {
            case .paragraph(let p): block = Block(.paragraph(p.inlines), source: p.source)
            case .settled(let b): block = b
            case .pageBreak(let pb):
                // One break between two pages, never at the start.
                if blocks.isEmpty { continue }
                if case .pageBreak(let prev)? = blocks.last?.content {
                    blocks[blocks.count - 1].content = .pageBreak(PageBreak(number: prev.number ?? pb.number))
                    continue
                }
                block = .pageBreak(pb)
            case .preformatted(let s, let source): block = Block(.preformatted(s), source: source)
            case .image(let alt, let src): block = .image(alt: alt, source: src)
            case .rule: block = .rule
            case .table(let t):
                blocks.append(contentsOf: Normalizer.blocks(from: TableSelector.resolve(t)))
                continue
            case .listItem(let o, _, let content):
                blocks.append(contentsOf: Normalizer.blocks(from: ListRules.apply([.listItem(ordered: o, depth: 0, content: content)])))
                continue
            }
            blocks.append(block)
        }
        while case .pageBreak? = blocks.last?.content { blocks.removeLast() }
        return blocks
    }
}
