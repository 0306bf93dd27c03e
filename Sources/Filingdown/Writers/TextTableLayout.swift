/// A `TableGrid` as aligned plain text, the way `w3m -dump` lays tables out: columns
/// padded with spaces, numbers right-aligned, a dashed rule under the header. A table
/// wider than the page stays whole rather than being cut.
enum TextTableLayout {
    static let gap = "  "

    static func write(_ grid: TableGrid, into out: inout [UInt8]) {
        let width = grid.columnCount
        guard width > 0 else { return }
        let cellLines: [[[String]]] = grid.rows.map { row in row.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } }
        var widths = [Int](repeating: 0, count: width)
        for row in cellLines {
            for (c, lines) in row.enumerated() where c < width {
                widths[c] = max(widths[c], lines.map(\.count).max() ?? 0)
            }
        }
        for (r, row) in cellLines.enumerated() {
            let height = row.map(\.count).max() ?? 1
            for k in 0..<height {
                var line = ""
                for c in 0..<width {
                    let text = c < row.count && k < row[c].count ? row[c][k] : ""
                    let pad = String(repeating: " ", count: widths[c] - text.count)
                    if c > 0 { line += gap }
                    let right = c < grid.alignments.count && grid.alignments[c] == .right && r >= grid.headerRowCount
                    line += right || (c < grid.alignments.count && grid.alignments[c] == .right) ? pad + text : text + pad
                }
                while line.hasSuffix(" ") { line.removeLast() }
                out.append(line)
                out.append("\n")
            }
            if r + 1 == grid.headerRowCount && grid.rows.count > 1 {
                out.append(widths.map { String(repeating: "-", count: max(1, $0)) }.joined(separator: gap))
                out.append("\n")
            }
        }
    }
}
