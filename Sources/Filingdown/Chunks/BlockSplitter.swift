/// One block of a chunk, rendered once: a whole block of the document, or one piece of a
/// long block cut by `BlockSplitter`.
struct ChunkUnit {
    var block: Block
    /// Where the Markdown writer's rendering, with its trailing blank line, lies in the
    /// chunker's buffer of renderings.
    var markdown: Range<Int>
    /// Unicode scalars of `markdown`.
    var size: Int
    /// The block's index in the document.
    var origin: Int
    /// Which piece of its block (0 for a whole block), and whether the block was cut at all.
    var piece: Int = 0
    var isPiece = false
    /// Plain text where the unit's own words start and end (a table piece's first and last
    /// body rows, not its repeated header): what the source locator searches the input for.
    var lead: String = ""
    var tail: String = ""
    /// A Part or Item heading, or a caption line alone, that opens a segment: never a section heading.
    var isAnchor = false

    var isHeading: Bool { if case .heading = block.content { return true } else { return false } }
    var isPageBreak: Bool { if case .pageBreak = block.content { return true } else { return false } }
    /// Text a reader came for: anything but a heading or a page break.
    var isContent: Bool { !isHeading && !isPageBreak }
}

/// Cuts a block longer than a chunk into pieces that fill the room given: a paragraph at
/// sentence ends (at word ends inside a sentence longer than a chunk), a table between rows
/// with its header rows repeated in every piece, a list between items, preformatted text and
/// a text table between lines. A heading, an image or a table row is never cut.
struct BlockSplitter {
    let markdown: MarkdownWriter

    /// Scalars of UTF-8 bytes: every byte that does not continue a sequence.
    static func scalars<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var n = 0
        for b in bytes where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    func unit(_ block: Block, origin: Int, into rendered: inout [UInt8]) -> ChunkUnit {
        let start = rendered.count
        var writer = markdown
        writer.render(block, into: &rendered)
        return ChunkUnit(block: block, markdown: start..<rendered.count, size: BlockSplitter.scalars(rendered[start...]), origin: origin)
    }

    /// The pieces of `unit`, the first at most `first` characters and the others at most
    /// `rest`, as near as whole sentences, rows, items or lines allow; `[unit]` when it
    /// cannot be cut.
    func split(_ unit: ChunkUnit, first: Int, rest: Int, into rendered: inout [UInt8]) -> [ChunkUnit] {
        let blocks: [(Block, String, String)]
        let source = unit.block.source
        switch unit.block.content {
        case .paragraph(let inlines):
            // Budgets are counted in plain text; links and marks make the Markdown longer.
            let plain = max(1, inlines.plainText.unicodeScalars.count)
            let scale = { (n: Int) in unit.size > plain ? n * plain / unit.size : n }
            blocks = SentenceCuts.split(inlines, first: scale(first), rest: scale(rest)).map {
                let text = $0.plainText
                return (Block(.paragraph($0), source: source), text, text)
            }
        case .table(let table):
            blocks = splitTable(table, first: first, rest: rest).map { (Block(.table($0.0), source: source), $0.1, $0.2) }
        case .list(let list):
            let sizes = list.items.map { MarkdownInlines.render($0, in: .listItem).unicodeScalars.count + 4 }
            let groups = Budget(first: first, rest: rest).group(sizes)
            blocks = groups.map { r in
                let items = Array(list.items[r])
                return (Block(.list(ListBlock(ordered: list.ordered, items: items)), source: source),
                        items.first?.plainText ?? "", items.last?.plainText ?? "")
            }
        case .preformatted(let text):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let groups = Budget(first: first - 8, rest: rest - 8).group(lines.map { $0.unicodeScalars.count + 1 })
            blocks = groups.compactMap { r in
                var run = lines[r]
                while let l = run.first, l.allSatisfy(\.isWhitespace) { run = run.dropFirst() }
                while let l = run.last, l.allSatisfy(\.isWhitespace) { run = run.dropLast() }
                guard !run.isEmpty else { return nil }
                let piece = run.joined(separator: "\n")
                return (Block(.preformatted(piece), source: source), String(piece.prefix(400)), String(piece.suffix(400)))
            }
        case .textTable(let table):
            // Which of its lines are a header the model does not say: it is cut between lines.
            let groups = Budget(first: first - 8, rest: rest - 8).group(table.lines.map { $0.unicodeScalars.count + 1 })
            blocks = groups.map { r in
                let lines = Array(table.lines[r])
                let text = lines.joined(separator: "\n")
                return (Block(.textTable(TextTable(lines: lines, columns: table.columns)), source: source),
                        String(text.prefix(400)), String(text.suffix(400)))
            }
        case .heading, .pageBreak, .image, .omitted, .rule:
            return [unit]
        }
        guard blocks.count > 1 else { return [unit] }
        return blocks.enumerated().map { k, piece in
            var u = self.unit(piece.0, origin: unit.origin, into: &rendered)
            u.piece = k
            u.isPiece = true
            u.lead = piece.1
            u.tail = piece.2
            return u
        }
    }

    /// Tables of the same header, alignments and columns, each holding a run of body rows; the
    /// caption stays with the first, the notes with the last. Sizes are estimated from cell text.
    private func splitTable(_ table: Table, first: Int, rest: Int) -> [(Table, String, String)] {
        func rowSize(_ row: [TableCell]) -> Int {
            row.reduce(2) { $0 + ($1.isEmpty ? 0 : MarkdownTable.cell($1.inlines).unicodeScalars.count) + 3 }
        }
        let header = table.headerRows.isEmpty ? 0 : rowSize(table.fusedHeader) + 6 * table.columnCount + 2
        let caption = table.caption.map { $0.plainText.unicodeScalars.count + 2 } ?? 0
        let groups = Budget(first: first - header - caption, rest: rest - header).group(table.bodyRows.map(rowSize))
        return groups.enumerated().map { k, r in
            var part = table
            part.bodyRows = Array(table.bodyRows[r])
            if k > 0 { part.caption = nil }
            if k < groups.count - 1 { part.notes = [] }
            func text(_ row: [TableCell]?) -> String { (row ?? []).map(\.plainText).joined(separator: " ") }
            return (part, text(part.bodyRows.first), text(part.bodyRows.last))
        }
    }
}

/// Greedy grouping of sized items into runs: the first run up to `first`, the others up to
/// `rest`, every run at least one item.
struct Budget {
    let first: Int
    let rest: Int

    func group(_ sizes: [Int]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0, used = 0
        var budget = max(first, 1)
        for (i, s) in sizes.enumerated() {
            if i > start, used + s > budget {
                runs.append(start..<i)
                start = i
                used = 0
                budget = max(rest, 1)
            }
            used += s
        }
        if start < sizes.count { runs.append(start..<sizes.count) }
        return runs
    }
}
