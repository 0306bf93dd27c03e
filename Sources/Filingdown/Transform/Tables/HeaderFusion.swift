/// Turns the leading header rows of a grid into the one header row a pipe table has:
/// per column, the labels above it top to bottom, a spanning label carried to every
/// column it spans (`Years ended` + `September 28, 2024`).
enum HeaderFusion {
    static func fuse(_ grid: CellGrid) -> Table {
        guard !grid.rows.isEmpty else { return Table(headerRows: [], bodyRows: [], alignments: []) }
        let headerRows = countHeaderRows(grid)
        var header: [[TableCell]] = []
        var body: ArraySlice<[CellGrid.Slot]> = grid.rows[...]
        if headerRows > 0 {
            var origin: [Int32: CellGrid.Slot] = [:]
            for r in 0..<headerRows {
                for slot in grid.rows[r] where !slot.isContinuation && slot.origin >= 0 { origin[slot.origin] = slot }
            }
            var fused: [TableCell] = []
            for c in 0..<grid.width {
                var parts: [CellGrid.Slot] = []
                var seen: Set<Int32> = []
                for r in 0..<headerRows {
                    var slot = grid.rows[r][c]
                    if slot.text.isEmpty, slot.horizontal, let o = origin[slot.origin] {
                        slot.text = o.text
                        slot.inlines = o.inlines
                    }
                    if slot.isContinuation && !slot.horizontal { continue }
                    guard !slot.text.isEmpty, !seen.contains(slot.origin) || slot.origin < 0 else { continue }
                    seen.insert(slot.origin)
                    if parts.last?.text != slot.text { parts.append(slot) }
                }
                // A header row is already set apart: its cells' bold is not news.
                var inlines: [Inline] = []
                for (k, part) in parts.enumerated() {
                    if k > 0 { inlines.append(.text(" ")) }
                    inlines.append(contentsOf: part.inlines.removingStrong())
                }
                fused.append(TableCell(inlines))
            }
            header = [fused]
            body = grid.rows[headerRows...]
        } else {
            header = [grid.rows[0].map { TableCell($0.inlines.removingStrong()) }]
            body = grid.rows.dropFirst()
        }
        let alignments = (0..<grid.width).map { c -> ColumnAlignment in
            var numeric = 0, total = 0
            for row in body where !row[c].text.isEmpty {
                total += 1
                if CellText.isNumeric(row[c].text) { numeric += 1 }
            }
            return total > 0 && numeric * 2 >= total && c > 0 ? .right : .left
        }
        return Table(headerRows: header, bodyRows: body.map { $0.map { TableCell($0.inlines) } }, alignments: alignments)
    }

    /// Leading rows whose first column is blank and that hold labels, years or dates but
    /// no values; or rows of `<th>` cells. A table that is all header has a one-row header.
    static func countHeaderRows(_ grid: CellGrid) -> Int {
        var n = 0
        for (r, row) in grid.rows.enumerated() {
            let allTH = row.contains { !$0.isBlank } && row.allSatisfy { $0.isBlank || $0.isHeaderCell }
            // A label cell spanning the header rows (`Region`, rowspan 2) is the corner of a header.
            let spansDown = r + 1 < grid.rows.count && !row[0].isBlank
                && grid.rows[r + 1][0].isContinuation && !grid.rows[r + 1][0].horizontal && grid.rows[r + 1][0].origin == row[0].origin
            let firstBlank = (row.first?.isBlank ?? true) || spansDown
            let labelsOnly = row.dropFirst().allSatisfy { $0.isBlank || !CellText.isNumeric($0.text) || CellText.isYearOrDate($0.text) }
            if (firstBlank && labelsOnly) || (allTH && labelsOnly) { n += 1 } else { break }
            if n >= 6 { break }
        }
        if n >= grid.rows.count { return min(1, grid.rows.count) }
        return n
    }
}
