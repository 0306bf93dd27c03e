/// The footnotes a filer set as a table of their own right under a table of figures (delaware-485bpos-2024's
/// financial highlights: `¹ | Calculated using average shares outstanding.` after each one) are
/// that table's notes: otherwise the markers stand in a column of their own.
enum TableNotes: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        var i = 0
        while i + 1 < drafts.count {
            guard case .settled(var block) = drafts[i], case .table(var table) = block.content, holdsFigures(table),
                  case .settled(let next) = drafts[i + 1], case .table(let footnotes) = next.content,
                  let notes = notes(footnotes) else {
                i += 1
                continue
            }
            table.notes += notes
            block.content = .table(table)
            if var span = block.source, let end = next.source?.end { span.end = max(span.end, end); block.source = span }
            drafts[i] = .settled(block)
            drafts.remove(at: i + 1)
        }
    }

    private static func holdsFigures(_ table: Table) -> Bool {
        table.bodyRows.contains { row in row.dropFirst().contains { !$0.isEmpty && CellText.isNumeric($0.plainText) } }
    }

    /// Every row a marker and a sentence, or nil.
    static func notes(_ table: Table) -> [[Inline]]? {
        var notes: [[Inline]] = []
        for row in table.headerRows + table.bodyRows {
            let cells = row.filter { !$0.isEmpty }
            guard cells.count == 2,
                  let note = FootnoteRows.note(marker: cells[0].inlines, cells[0].plainText, text: cells[1].inlines, cells[1].plainText)
            else { return nil }
            notes.append(note)
        }
        return notes.isEmpty ? nil : notes
    }
}
