/// A `TableGrid` as a GFM pipe table: every row the same number of cells, `|` escaped,
/// line breaks as `<br>`, numeric columns right-aligned.
enum MarkdownTable {
    static func write(_ grid: TableGrid, into out: inout [UInt8]) {
        guard let first = grid.rows.first, !first.isEmpty else { return }
        let width = grid.columnCount
        writeRow(first, width: width, into: &out)
        out.append("|")
        for c in 0..<width {
            out.append(c < grid.alignments.count && grid.alignments[c] == .right ? " ---: |" : " --- |")
        }
        out.append("\n")
        for row in grid.rows.dropFirst() { writeRow(row, width: width, into: &out) }
    }

    private static func writeRow(_ row: [String], width: Int, into out: inout [UInt8]) {
        out.append("|")
        for c in 0..<width {
            let text = c < row.count ? row[c] : ""
            out.append(" ")
            out.append(cell(text))
            out.append(" |")
        }
        out.append("\n")
    }

    static func cell(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        let context = MarkdownEscaping.context(for: text, inTable: true)
        return MarkdownEscaping.escape(text, lineStart: false, context: context, previous: nil)
    }
}
