/// Places cells by `colspan`/`rowspan` in time linear in the number of slots: rowspans
/// are carried down in a per-column counter, never searched for.
enum GridBuilder {
    /// nil when the grid would exceed `TableLimits.maxSlots` (every row is padded to the
    /// widest, so one wide row in a long table multiplies): given up before allocating it.
    /// Also nil when a cell would start past `TableLimits.maxColumns`: the table is then
    /// read as text rather than lose that cell.
    static func build(_ rows: [[(text: String, inlines: [Inline], colspan: Int, rowspan: Int, isHeader: Bool)]]) -> CellGrid? {
        build(rows.map { $0.map { ($0.text, $0.inlines, $0.colspan, $0.rowspan, $0.isHeader, -1) } }, facts: [])
    }

    /// The same, each cell with the inline XBRL facts it shows: an index into `facts`, or -1.
    static func build(_ rows: [[(text: String, inlines: [Inline], colspan: Int, rowspan: Int, isHeader: Bool, facts: Int32)]],
                      facts: [[XBRLFact]]) -> CellGrid? {
        var carry: [(remaining: Int, origin: Int32, header: Bool)] = []
        var out: [[CellGrid.Slot]] = []
        out.reserveCapacity(rows.count)
        var width = 0
        var nextID: Int32 = 0
        for (r, row) in rows.enumerated() {
            var slots: [CellGrid.Slot] = []
            slots.reserveCapacity(max(width, carry.count, row.count))
            var col = 0
            func fillCarried() {
                while col < carry.count, carry[col].remaining > 0 {
                    slots.append(.init(text: "", inlines: [], origin: carry[col].origin, isContinuation: true, horizontal: false,
                                       isHeaderCell: carry[col].header))
                    carry[col].remaining -= 1
                    col += 1
                }
            }
            for cell in row {
                fillCarried()
                guard col < TableLimits.maxColumns else { return nil }
                let span = min(cell.colspan, TableLimits.maxColumns - col)
                let down = min(cell.rowspan, rows.count - r) - 1
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
            if width * rows.count > TableLimits.maxSlots { return nil }
            out.append(slots)
        }
        for r in out.indices where out[r].count < width {
            out[r].append(contentsOf: repeatElement(.empty, count: width - out[r].count))
        }
        return CellGrid(rows: out, facts: facts)
    }
}
