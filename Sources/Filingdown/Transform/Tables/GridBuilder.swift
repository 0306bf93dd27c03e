/// Places cells by `colspan`/`rowspan` in time linear in the number of slots: rowspans
/// are carried down in a per-column counter, never searched for.
enum GridBuilder {
    /// nil when the grid would exceed `TableLimits.maxSlots` (every row is padded to the
    /// widest, so one wide row in a long table multiplies): given up before allocating it.
    /// Also nil when a cell would start past `TableLimits.maxColumns`: the table is then
    /// read as text rather than lose that cell.
    static func build(_ rows: [[(text: String, inlines: [Inline], colspan: Int, rowspan: Int, isHeader: Bool)]]) -> CellGrid? {
        build(rowCount: rows.count, cellCount: { rows[$0].count }, facts: []) { r, k in
            (rows[r][k].text, rows[r][k].inlines, rows[r][k].colspan, rows[r][k].rowspan, rows[r][k].isHeader, -1)
        }
    }

    typealias Cell = (text: String, inlines: [Inline], colspan: Int, rowspan: Int, isHeader: Bool, facts: Int32)

    /// The same, each cell read where it lies (`cell(r, k)`: row r's k-th cell, with the inline
    /// XBRL facts it shows, an index into `facts` or -1) rather than from rows of cells built for it.
    static func build(rowCount: Int, cellCount: (Int) -> Int, facts: [[XBRLFact]], cell: (Int, Int) -> Cell) -> CellGrid? {
        var carry: [(remaining: Int, origin: Int32, header: Bool)] = []
        var out: [[CellGrid.Slot]] = []
        out.reserveCapacity(rowCount)
        var width = 0
        var nextID: Int32 = 0
        for r in 0..<rowCount {
            let cells = cellCount(r)
            var slots: [CellGrid.Slot] = []
            slots.reserveCapacity(max(width, carry.count, cells))
            var col = 0
            func fillCarried() {
                while col < carry.count, carry[col].remaining > 0 {
                    slots.append(.init(text: "", inlines: [], origin: carry[col].origin, isContinuation: true, horizontal: false,
                                       isHeaderCell: carry[col].header))
                    carry[col].remaining -= 1
                    col += 1
                }
            }
            for k in 0..<cells {
                let cell = cell(r, k)
                fillCarried()
                guard col < TableLimits.maxColumns else { return nil }
                let span = min(cell.colspan, TableLimits.maxColumns - col)
                let down = min(cell.rowspan, rowCount - r) - 1
                let id = nextID
                nextID += 1
                for k in 0..<span {
                    slots.append(.init(text: k == 0 ? cell.text : "", inlines: k == 0 ? cell.inlines : [], origin: id, isContinuation: k > 0,
                                       horizontal: k > 0, isHeaderCell: cell.isHeader, facts: k == 0 ? cell.facts : -1))
                    if carry.count <= col { carry.append((0, -1, false)) }
                    carry[col] = down > 0 ? (down, id, cell.isHeader) : (0, -1, false)
                    col += 1
                }
            }
            fillCarried()
            while col < carry.count {
                // Carried slots further right, after a gap of missing cells.
                if carry[col].remaining > 0 { fillCarried() } else {
                    slots.append(.empty)
                    col += 1
                }
            }
            width = max(width, slots.count)
            if width * rowCount > TableLimits.maxSlots { return nil }
            out.append(slots)
        }
        for r in out.indices where out[r].count < width {
            out[r].append(contentsOf: repeatElement(.empty, count: width - out[r].count))
        }
        return CellGrid(rows: out, facts: facts)
    }
}
