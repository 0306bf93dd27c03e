/// Splits a grid into the rows that name the columns and the rows of values. Every row
/// above the first row of values is a header row, whatever its first cell says (`Year Ended
/// December 31,`, `Exhibit Number`); a spanning label is carried to every column it spans
/// (`Pension Plans` over `2023` and `2022`), and a title or a units line (`(In millions)`) above
/// the column names becomes the table's caption rather than header text.
enum HeaderFusion {
    static func fuse(_ grid: CellGrid) -> Table {
        guard !grid.rows.isEmpty else { return Table(headerRows: [], bodyRows: [], alignments: []) }
        let headerRows = countHeaderRows(grid)
        var header: [[TableCell]] = []
        var caption: [Inline]? = nil
        var captionTexts: [String] = []
        var body: ArraySlice<[CellGrid.Slot]> = grid.rows[...]
        if headerRows > 0 {
            var origin: [Int32: CellGrid.Slot] = [:]
            origin.reserveCapacity(headerRows * grid.width)
            for r in 0..<headerRows {
                for slot in grid.rows[r] where !slot.isContinuation && slot.origin >= 0 { origin[slot.origin] = slot }
            }
            func addCaption(_ slot: CellGrid.Slot) {
                guard !captionTexts.contains(slot.text) else { return }
                captionTexts.append(slot.text)
                caption = caption.map { $0 + [.text(" ")] + slot.inlines.removingStrong() } ?? slot.inlines.removingStrong()
            }
            var namedColumns = false
            for r in 0..<headerRows {
                // A title across the table above the column names (`Table 3: Exploration Statistics`)
                // is the table's caption.
                if !namedColumns, isLabelOnly(grid.rows[r]), grid.rows[r][1].horizontal || CellText.isUnitsCaption(grid.rows[r][0].text) {
                    addCaption(grid.rows[r][0])
                    continue
                }
                namedColumns = true
                var row: [TableCell] = []
                row.reserveCapacity(grid.width)
                // A units line alone in its row, or the same one over every column, is the caption;
                // beside column names (`(In millions) | 2023`) or over some columns only, it stays.
                let cells = grid.rows[r]
                let unitsRow = isUnitsRow(cells)
                for c in 0..<grid.width {
                    var slot = grid.rows[r][c]
                    if slot.text.isEmpty, slot.horizontal, let o = origin[slot.origin] {
                        slot = o
                    } else if slot.isContinuation {
                        slot = .empty
                    }
                    if unitsRow, !slot.text.isEmpty {
                        addCaption(slot)
                        row.append(TableCell([]))
                        continue
                    }
                    // A header row is already set apart: its cells' bold is not news; its lines are
                    // the column's width (`Year Ended` over `December 31,`).
                    row.append(TableCell(slot.inlines.removingStrong().spacingLineBreaks(),
                                         facts: grid.rows[r][c].isContinuation ? [] : grid.facts(of: grid.rows[r][c])))
                }
                if !row.allSatisfy(\.isEmpty) { header.append(row) }
            }
            if header.isEmpty { header = [Array(repeating: TableCell([]), count: grid.width)] }
            body = grid.rows[headerRows...]
        } else {
            header = [grid.rows[0].map { TableCell($0.inlines.removingStrong().spacingLineBreaks(), facts: grid.facts(of: $0)) }]
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
        return Table(caption: caption, headerRows: header, bodyRows: body.map { $0.map { TableCell($0.inlines, facts: grid.facts(of: $0)) } }, alignments: alignments)
    }

    /// One text in every non-blank cell of the row, a units line, alone or over every column.
    private static func isUnitsRow(_ cells: [CellGrid.Slot]) -> Bool {
        var text: String? = nil
        for cell in cells where !cell.isBlank {
            if let t = text { if t != cell.text { return false } } else { text = cell.text }
        }
        guard let text, CellText.isUnitsCaption(text) else { return false }
        if cells.dropFirst().allSatisfy(\.isBlank) { return true }
        let origins = Set(cells.lazy.filter { !$0.isBlank }.map(\.origin))
        return cells.dropFirst().allSatisfy { origins.contains($0.origin) }
    }

    /// The rows above the first row of values (`391,035`, `—`, an exhibit number in the first
    /// column), less a label alone in the first column right above the values (`Net sales:`),
    /// which opens the body. A table with no values within its first rows keeps the older
    /// reading: leading rows with a blank first cell, or rows of `<th>`.
    static func countHeaderRows(_ grid: CellGrid) -> Int {
        let limit = min(grid.rows.count, 7)
        guard let firstValues = (0..<limit).first(where: { holdsValues(grid.rows[$0]) }) else { return labelRows(grid) }
        var n = 0
        var namesColumns = false
        while n < firstValues, looksLikeHeader(grid.rows[n]) {
            // A label alone under column names opens a section of the body (`Newly Registered Securities`).
            if isLabelOnly(grid.rows[n]) { if namesColumns { break } } else { namesColumns = true }
            n += 1
        }
        while n > 0, isLabelOnly(grid.rows[n - 1]), !CellText.isUnitsCaption(grid.rows[n - 1][0].text) { n -= 1 }
        return n
    }

    private static func holdsValues(_ row: [CellGrid.Slot]) -> Bool {
        if let stub = row.first, !stub.isBlank, CellText.isNumeric(stub.text), !CellText.isYearOrDate(stub.text), !isMarkerOnly(stub) {
            return true
        }
        return row.enumerated().contains { c, slot in
            guard !slot.isBlank, !isMarkerOnly(slot) else { return false }
            if c > 0, CellText.isNumeric(slot.text) && !CellText.isYearOrDate(slot.text) || isRomanPageNumber(slot.text) || isValueWord(slot.text) {
                return true
            }
            return namesAmount(slot.text) && !CellText.isUnitsCaption(slot.text)
        }
    }

    /// `$0.00001 par value`, `0.875% Notes due 2025`: a label that states an amount is a row of the body.
    private static func namesAmount(_ s: String) -> Bool {
        var previous: UInt8 = 0
        for b in s.utf8 {
            if previous == UInt8(ascii: "$"), b >= 0x30 && b <= 0x39 { return true }
            if b == UInt8(ascii: "%"), previous >= 0x30 && previous <= 0x39 { return true }
            previous = b
        }
        return false
    }

    /// `Nil`, `N/A`, `None`: a value that says there is none.
    private static func isValueWord(_ s: String) -> Bool {
        s.utf8.count <= 4 && ["nil", "n/a", "none", "nm", "n/m"].contains(s.lowercased())
    }

    /// `ii`, `xiv`: the page column of a table of contents.
    private static func isRomanPageNumber(_ s: String) -> Bool {
        s.utf8.count <= 6 && s.utf8.allSatisfy { "ivxlc".utf8.contains($0) }
    }

    /// Header labels end in no colon, and are short or at least no sentence; `Exhibits:` or a
    /// paragraph is the table's text. A long column name is still one (jnj-10k-2024's 105-byte
    /// `Cumulative Amount of Fair Value Hedging Adjustment Included in the Carrying Amount of the
    /// Hedged Liability`, exxon-10q-2025q2's `Amounts Reclassified Out of … (millions of dollars)`).
    /// A stub ending in a colon still heads a row of years: IBM's 10-Q for 2025's second quarter
    /// heads its segment tables `For the three months ended June 30:` over `2025 | 2024`.
    private static func looksLikeHeader(_ row: [CellGrid.Slot]) -> Bool {
        let namesPeriods = row.dropFirst().contains { !$0.isBlank && CellText.namesYear($0.text) }
        return row.indices.allSatisfy { c in
            let u = row[c].text.utf8
            guard let last = u.last else { return true }
            if c == 0, namesPeriods, last == UInt8(ascii: ":") { return u.count <= 100 }
            return last != UInt8(ascii: ":") && (u.count <= 100 || (u.count <= 200 && last != UInt8(ascii: ".")))
        }
    }

    private static func isLabelOnly(_ row: [CellGrid.Slot]) -> Bool {
        !row[0].isBlank && row.dropFirst().allSatisfy { $0.isBlank }
    }

    /// A footnote marker set as superscript is no value.
    private static func isMarkerOnly(_ slot: CellGrid.Slot) -> Bool {
        !slot.inlines.isEmpty && slot.inlines.allSatisfy { if case .superscript = $0 { return true }; return false }
    }

    /// Leading rows whose first column is blank and that hold labels, years or dates but
    /// no values; or rows of `<th>` cells. A table that is all header has a one-row header.
    static func labelRows(_ grid: CellGrid) -> Int {
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
