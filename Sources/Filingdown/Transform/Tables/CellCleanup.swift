/// Cleans a placed grid once, for every writer: empty rows and spacer columns go, and
/// currency, percent and parenthesis cells are merged into the value they belong to.
enum CellCleanup {
    static func clean(_ grid: inout CellGrid) {
        for r in grid.rows.indices {
            for c in grid.rows[r].indices where !grid.rows[r][c].text.isEmpty {
                let tight = CellText.tighten(grid.rows[r][c].text)
                // Only a numeric cell tightens; its marks (a bold total) cover the whole value.
                if tight != grid.rows[r][c].text {
                    grid.rows[r][c].text = tight
                    grid.rows[r][c].inlines = grid.rows[r][c].inlines.replacingText(with: tight)
                }
            }
        }
        dropEmptyRows(&grid)
        dropEmptyColumns(&grid)
        mergeAffixColumns(&grid)
        dropEmptyColumns(&grid)
    }

    /// Rows with no text, and rows that only draw a line (`------`, `======` under a header).
    static func dropEmptyRows(_ grid: inout CellGrid) {
        grid.rows.removeAll { row in row.allSatisfy { $0.isBlank || isDrawnLine($0.text) } }
    }

    private static func isDrawnLine(_ s: String) -> Bool {
        s.utf8.count >= 2 && s.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "=") || $0 == 0x20 }
    }

    static func dropEmptyColumns(_ grid: inout CellGrid) {
        let width = grid.width
        guard width > 0 else { return }
        var keep = [Bool](repeating: false, count: width)
        for row in grid.rows {
            for c in 0..<width where !keep[c] && !row[c].isBlank { keep[c] = true }
        }
        if keep.allSatisfy({ $0 }) { return }
        for r in grid.rows.indices {
            var kept: [CellGrid.Slot] = []
            kept.reserveCapacity(width)
            for c in 0..<width where keep[c] { kept.append(grid.rows[r][c]) }
            grid.rows[r] = kept
        }
    }

    private enum PairFit { case blank, joins, leftOnly, rightOnly, clash }

    private static func fit(_ l: CellGrid.Slot, _ r: CellGrid.Slot) -> PairFit {
        if l.isBlank && r.isBlank {
            // A cell spanning both columns: the pair is one cell.
            return (r.horizontal && r.origin == l.origin && l.origin >= 0) ? .joins : .blank
        }
        if r.isBlank {
            if r.horizontal && r.origin == l.origin { return .joins }
            return CellText.isCurrency(l.text) ? .joins : .leftOnly
        }
        if l.isBlank { return .rightOnly }
        if CellText.isCurrency(l.text) && !CellText.isCurrency(r.text) { return .joins }
        if CellText.isSuffix(r.text) { return .joins }
        return .clash
    }

    /// Merges column c+1 into c wherever every row agrees the two are one value split in two.
    static func mergeAffixColumns(_ grid: inout CellGrid) {
        var c = 0
        while c + 1 < grid.width {
            var joins = 0, leftOnly = 0, rightOnly = 0
            var clash = false
            for row in grid.rows {
                switch fit(row[c], row[c + 1]) {
                case .blank: break
                case .joins: joins += 1
                case .leftOnly: leftOnly += 1
                case .rightOnly: rightOnly += 1
                case .clash: clash = true
                }
                if clash { break }
            }
            // Values standing alone on both sides mean two real columns.
            if clash || joins == 0 || (leftOnly > 0 && rightOnly > 0) || !affixColumnExists(grid, c) {
                c += 1
                continue
            }
            for r in grid.rows.indices {
                let l = grid.rows[r][c], rt = grid.rows[r][c + 1]
                var merged = l
                if l.isBlank && !rt.isBlank { merged = rt; merged.isContinuation = l.isContinuation && rt.isContinuation }
                else if !rt.isBlank {
                    merged.text = l.text + rt.text
                    merged.inlines = (l.inlines + rt.inlines).mergingAdjacentMarks()
                }
                grid.rows[r][c] = merged
                grid.rows[r].remove(at: c + 1)
            }
        }
    }

    /// A merge needs one side made of affixes (or spans) only: otherwise two sparse
    /// value columns that never share a row would collapse into one.
    private static func affixColumnExists(_ grid: CellGrid, _ c: Int) -> Bool {
        var leftAffix = true, rightAffix = true, spans = false
        for row in grid.rows {
            let l = row[c], r = row[c + 1]
            if !l.isBlank && !CellText.isCurrency(l.text) { leftAffix = false }
            if !r.isBlank && !CellText.isSuffix(r.text) { rightAffix = false }
            if r.isBlank && r.horizontal && r.origin == l.origin { spans = true }
            if CellText.isCurrency(l.text) && !r.isBlank { spans = true }
        }
        return leftAffix || rightAffix || spans
    }
}
