/// A `Table` as a GFM pipe table: every row the same number of cells, cells rendered by the
/// paragraphs' inline renderer in table context (`|` escaped, line breaks as `<br>`),
/// numeric columns right-aligned. A pipe table has one header row: several are fused per
/// column. The caption goes on a line before the table, the notes in paragraphs after it.
enum MarkdownTable {
    static func write(_ table: Table, into out: inout [UInt8]) {
        if let caption = table.caption, !caption.isEmpty {
            out.append(MarkdownInlines.render(caption, in: .paragraph))
            out.append("\n\n")
        }
        writeGrid(table, into: &out)
        for note in table.notes where !note.isEmpty {
            out.append("\n")
            out.append(MarkdownInlines.render(note, in: .paragraph))
            out.append("\n")
        }
    }

    private static func writeGrid(_ table: Table, into out: inout [UInt8]) {
        let hasHeader = !table.headerRows.isEmpty
        guard let first = hasHeader ? table.fusedHeader : table.bodyRows.first, !first.isEmpty else { return }
        let width = table.columnCount
        writeRow(first, width: width, into: &out)
        out.append("|")
        for c in 0..<width {
            out.append(c < table.alignments.count && table.alignments[c] == .right ? " ---: |" : " --- |")
        }
        out.append("\n")
        for row in table.bodyRows.dropFirst(hasHeader ? 0 : 1) { writeRow(row, width: width, into: &out) }
    }

    private static func writeRow(_ row: [TableCell], width: Int, into out: inout [UInt8]) {
        // Bytes, not one-character Strings: a row of a wide table appends dozens.
        out.append(UInt8(ascii: "|"))
        for c in 0..<width {
            out.append(UInt8(ascii: " "))
            if c < row.count, !row[c].isEmpty { out.append(cell(row[c].inlines)) }
            out.append(UInt8(ascii: " "))
            out.append(UInt8(ascii: "|"))
        }
        out.append(UInt8(ascii: "\n"))
    }

    static func cell(_ inlines: [Inline]) -> String {
        // Most cells are one plain run: escape it directly, as the inline renderer would.
        if inlines.count == 1, case .text(let text) = inlines[0] {
            return MarkdownEscaping.escape(text, lineStart: false, context: MarkdownEscaping.context(for: text, inTable: true),
                                          previous: nil)
        }
        return MarkdownInlines.render(inlines, in: .tableCell)
    }
}
