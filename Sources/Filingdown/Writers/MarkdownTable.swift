/// A `Table` as a GFM pipe table: every row the same number of cells, cells rendered by the
/// paragraphs' inline renderer in table context (`|` escaped, line breaks as `<br>`),
/// numeric columns right-aligned. A pipe table has one header row: several are joined.
enum MarkdownTable {
    static func write(_ table: Table, into out: inout [UInt8]) {
        var rows = table.rows[...]
        guard let first = rows.popFirst(), !first.isEmpty else { return }
        let width = table.columnCount
        writeRow(first, width: width, into: &out)
        out.append("|")
        for c in 0..<width {
            out.append(c < table.alignments.count && table.alignments[c] == .right ? " ---: |" : " --- |")
        }
        out.append("\n")
        for row in rows { writeRow(row, width: width, into: &out) }
    }

    private static func writeRow(_ row: [TableCell], width: Int, into out: inout [UInt8]) {
        out.append("|")
        for c in 0..<width {
            out.append(" ")
            if c < row.count, !row[c].isEmpty { out.append(cell(row[c].inlines)) }
            out.append(" |")
        }
        out.append("\n")
    }

    static func cell(_ inlines: [Inline]) -> String {
        MarkdownInlines.render(inlines, in: .tableCell)
    }
}
