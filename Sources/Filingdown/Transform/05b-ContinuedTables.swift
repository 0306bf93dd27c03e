/// A table the printer carried over a page end is one table again, and the page break goes after
/// it: apple-10k-2024's exhibit index runs over three pages, each repeating `Exhibit Number |
/// Exhibit Description | … Form | … Exhibit | …`. Runs after the furniture is gone (page numbers,
/// running heads, `(continued)` lines), so the two parts stand on either side of the break.
///
/// Only a part that is plainly the same table joins: the same columns, aligned the same way, and
/// either the header printed again word for word or no header at all (its first row is values
/// under the columns the first part aligns right). A part with a caption of its own is a table of
/// its own, and so is a part that closes on its notes or on a sentence under the figures
/// (exxon-10q-2025q2's segment tables, one a page, each ending `Due to rounding, numbers presented
/// may not add up precisely to the totals indicated.`).
enum ContinuedTables: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        var i = 0
        while i < drafts.count {
            guard case .settled(var block) = drafts[i], case .table(var first) = block.content else { i += 1; continue }
            var j = i + 1
            while j < drafts.count, isBetweenParts(drafts[j]) { j += 1 }
            guard j < drafts.count, drafts[(i + 1)..<j].contains(where: { if case .pageBreak = $0 { return true }; return false }),
                  case .settled(let next) = drafts[j], case .table(let rest) = next.content,
                  let rows = continuation(of: first, rest) else {
                i += 1
                continue
            }
            first.bodyRows += rows
            first.notes += rest.notes
            block.content = .table(first)
            if var span = block.source, let end = next.source?.end { span.end = max(span.end, end); block.source = span }
            // The breaks follow the joined table, in order: the table keeps the label of the page it
            // starts on, what follows it the labels of the pages after. Blank paragraphs go.
            let breaks = drafts[(i + 1)..<j].filter { if case .pageBreak = $0 { return true }; return false }
            drafts[i] = .settled(block)
            drafts.replaceSubrange((i + 1)...j, with: breaks)
            // The joined table may run on over the next page too: look at it again.
        }
    }

    /// What may stand between two parts of a table: page breaks and blank paragraphs.
    private static func isBetweenParts(_ draft: Draft) -> Bool {
        switch draft {
        case .pageBreak: return true
        case .paragraph(let p): return p.text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A }
        default: return false
        }
    }

    /// The rows `rest` adds to `first` when it is the same table carried over, or nil.
    static func continuation(of first: Table, _ rest: Table) -> [[TableCell]]? {
        let width = first.columnCount
        guard width >= 2, rest.columnCount == width, !first.headerRows.isEmpty, let last = first.bodyRows.last,
              first.notes.isEmpty, !isClosingSentence(last),
              first.alignments == rest.alignments || restHasNoBody(rest) else { return nil }
        if let caption = rest.caption, caption.plainText != first.caption?.plainText { return nil }
        let header = first.fusedHeader.map(\.plainText)
        if rest.fusedHeader.map(\.plainText) == header { return rest.bodyRows }
        // No header printed again: the part's first row holds values, read as its header.
        guard rest.headerRows.count == 1, holdsValues(rest.headerRows[0], under: first.alignments) else { return nil }
        return rest.headerRows + rest.bodyRows
    }

    /// A row of one cell that is a sentence: a table's closing remark, never a label cut by the page.
    private static func isClosingSentence(_ row: [TableCell]) -> Bool {
        let cells = row.filter { !$0.isEmpty }
        guard cells.count == 1 else { return false }
        let text = cells[0].plainText
        return text.utf8.count >= 40 && text.utf8.last == UInt8(ascii: ".")
    }

    /// A part of one row (read as a header) has no alignments of its own to compare.
    private static func restHasNoBody(_ rest: Table) -> Bool { rest.bodyRows.isEmpty }

    /// A row with a figure (not a year) under a column aligned right, and nothing but figures or
    /// blanks under those columns.
    private static func holdsValues(_ row: [TableCell], under alignments: [ColumnAlignment]) -> Bool {
        var figures = 0
        for (c, cell) in row.enumerated() where c > 0 && !cell.isEmpty {
            guard c < alignments.count, alignments[c] == .right else { continue }
            let text = cell.valueText
            guard CellText.isNumeric(text) else { return false }
            if !(text.utf8.count == 4 && CellText.isYearOrDate(text)) { figures += 1 }
        }
        return figures > 0
    }
}
