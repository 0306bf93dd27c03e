/// One document-wide rule over the drafts. A new rule is a type conforming to this, in a
/// file of its own, plus one line in `Normalizer.passes`.
protocol DraftPass: Sendable {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext)
}

/// What passes hand to later passes besides the drafts: marks that must not change the
/// drafts yet, because the passes in between still read the page as printed.
struct PassContext {
    /// Page furniture found so far, removed all at once by `FurnitureSweep`.
    var furniture = PageFurnitureMarks()
}

/// HTML → document model: one pass over the parser's events, then the document-wide
/// passes in the one order below, then the drafts settle into blocks.
enum Normalizer {
    /// The order is the rules' dependency order: tables decide what is text before any rule
    /// reads text; furniture goes before headings are ranked; lists come last.
    static let passes: [any DraftPass.Type] = [
        TablePass.self,          // 1. layout tables → text, data tables → `Table`
        TableNotes.self,         // 2. a table of footnotes right under a table of figures: its notes
        SeparatorPass.self,      // 3. `-----` lines → rules
        // 4. page furniture: 4b–4e mark what the printer added, 4f removes it
        RuledPageEnds.self,      // 4a. `<hr>` after a page number → page break
        PageNumbers.self,        // 4b. page numbers, carried on the break
        RunningHeaders.self,     // 4c. the same short line at many page edges
        PageEdgeRules.self,      // 4d. rules next to a page break
        BackLinks.self,          // 4e. "Table of Contents" links at page edges
        FurnitureSweep.self,     // 4f. every mark of 4b–4e removed at once
        ContinuedParagraphs.self, // 5. a paragraph cut by a page end joined, the break after it
        ContinuedTables.self,    // 5b. a table carried over a page end joined, the break after it
        HeadingRules.self,       // 6. Part/Item captions (roles) and styled headings (levels)
        NoteLevels.self,         // 6b. notes to financial statements one level below the Items, their sub-headings below them
        BackMatter.self,         // 6c. signatures, financial statements, schedules, exhibit index after the Items: Part level
        RepeatedParts.self,      // 6d. a Part heading repeated inside its own Items is a page label, not a Part
        StretchLevels.self,      // 6e. the headings between two Parts, Items or back-matter headings at 4, 5, 6 with none left out
        ListRules.self,          // 7. bullets and `<li>` → lists
    ]

    /// The document, its blocks' sources in offsets of `bytes`; `facts`: its table cells with
    /// the inline XBRL facts they show.
    static func normalize(html bytes: UnsafeRawBufferPointer, encoding: TextEncoding?, facts: Bool = true) -> Document {
        var (drafts, offsets) = DraftBuilder.drafts(html: bytes, encoding: encoding, facts: facts)
        var context = PassContext()
        for pass in passes { pass.apply(&drafts, &context) }
        var document = Document(blocks: blocks(from: drafts))
        document.mapSources { offsets.original($0) }
        return document
    }

    static func blocks(from drafts: [Draft]) -> [Block] {
        var blocks: [Block] = []
        blocks.reserveCapacity(drafts.count)
        for d in drafts {
            let block: Block
            switch d {
            case .paragraph(let p): block = Block(.paragraph(p.inlines), source: p.source.map(SourceSpan.init))
            case .settled(let b): block = b
            case .pageBreak(let pb):
                // One break between two pages, never at the start.
                if blocks.isEmpty { continue }
                if case .pageBreak(let prev)? = blocks.last?.content {
                    blocks[blocks.count - 1].content = .pageBreak(PageBreak(number: prev.number ?? pb.number))
                    continue
                }
                block = .pageBreak(pb)
            case .preformatted(let s, let source): block = Block(.preformatted(s), source: source.map(SourceSpan.init))
            case .image(let alt, let src): block = .image(alt: alt, source: src)
            case .rule: block = .rule
            case .table(let t):
                blocks.append(contentsOf: Normalizer.blocks(from: TableSelector.resolve(t)))
                continue
            case .listItem(let o, _, let content):
                blocks.append(contentsOf: Normalizer.blocks(from: ListRules.lists([.listItem(ordered: o, depth: 0, content: content)])))
                continue
            }
            blocks.append(block)
        }
        while case .pageBreak? = blocks.last?.content { blocks.removeLast() }
        return blocks
    }
}
