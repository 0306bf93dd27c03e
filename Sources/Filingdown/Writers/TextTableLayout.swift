/// A `Table` as aligned plain text, the way `w3m -dump` lays tables out: columns
/// padded with spaces, numbers right-aligned, a dashed rule under the header. A table
/// wider than the page stays whole rather than being cut.
///
/// Widths are Characters, counted on bytes where `TextColumns` allows; lines are built
/// straight into the output bytes.
enum TextTableLayout {
    static let gap = "  "

    /// One line of a cell and its width in columns.
    private struct CellLine {
        var text: String
        var columns: Int
    }

    static func write(_ table: Table, into out: inout [UInt8]) {
        let width = table.columnCount
        let rows = table.displayRows.map { $0.map { FootnoteMarkers.readingText($0.inlines) } }
        let headerCount = table.headerRows.isEmpty ? 0 : 1
        guard width > 0 else { return }
        // Trailing spaces can be cut as bytes only if every cell is one Character per scalar:
        // otherwise a space may belong to the Character before it.
        var bytesAreCharacters = true
        let cellLines: [[[CellLine]]] = rows.map { row in row.map { lines(of: $0, bytesAreCharacters: &bytesAreCharacters) } }
        var widths = [Int](repeating: 0, count: width)
        for row in cellLines {
            for (c, lines) in row.enumerated() where c < width {
                for line in lines { widths[c] = max(widths[c], line.columns) }
            }
        }
        let rightAligned = (0..<width).map { $0 < table.alignments.count && table.alignments[$0] == .right }
        for (r, row) in cellLines.enumerated() {
            let height = row.map(\.count).max() ?? 1
            for k in 0..<height {
                let lineStart = out.count
                for c in 0..<width {
                    let line = c < row.count && k < row[c].count ? row[c][k] : CellLine(text: "", columns: 0)
                    let pad = widths[c] - line.columns
                    if c > 0 { out.append(gap) }
                    if rightAligned[c] {
                        appendSpaces(pad, to: &out)
                        out.append(line.text)
                    } else {
                        out.append(line.text)
                        appendSpaces(pad, to: &out)
                    }
                }
                trimTrailingSpaces(from: lineStart, of: &out, bytesAreCharacters: bytesAreCharacters)
                out.append(UInt8(ascii: "\n"))
            }
            if r + 1 == headerCount && rows.count > 1 {
                for (c, w) in widths.enumerated() {
                    if c > 0 { out.append(gap) }
                    out.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: max(1, w)))
                }
                out.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// The lines of a cell (split at `\n` Characters) with their widths.
    private static func lines(of cell: String, bytesAreCharacters: inout Bool) -> [CellLine] {
        var bytes = cell
        let counted = bytes.withUTF8 { u -> [CellLine]? in
            guard TextColumns.scalarsAreCharacters(u) else { return nil }
            var lines: [CellLine] = []
            var start = 0
            while true {
                var end = start
                while end < u.count, u[end] != 0x0A { end += 1 }
                let text = start == 0 && end == u.count ? cell : String(decoding: UnsafeBufferPointer(rebasing: u[start..<end]), as: UTF8.self)
                lines.append(CellLine(text: text, columns: TextColumns.scalarCount(u, start, end)))
                if end == u.count { return lines }
                start = end + 1
            }
        }
        if let counted { return counted }
        bytesAreCharacters = false
        return cell.split(separator: "\n", omittingEmptySubsequences: false).map { CellLine(text: String($0), columns: $0.count) }
    }

    private static func appendSpaces(_ n: Int, to out: inout [UInt8]) {
        if n > 0 { out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n)) }
    }

    /// Drops the trailing space Characters of the line that starts at `lineStart`.
    private static func trimTrailingSpaces(from lineStart: Int, of out: inout [UInt8], bytesAreCharacters: Bool) {
        if bytesAreCharacters {
            while out.count > lineStart, out[out.count - 1] == UInt8(ascii: " ") { out.removeLast() }
            return
        }
        var line = String(decoding: out[lineStart...], as: UTF8.self)
        while line.hasSuffix(" ") { line.removeLast() }
        out.removeSubrange(lineStart...)
        out.append(line)
    }
}
