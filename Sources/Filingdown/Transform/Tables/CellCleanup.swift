/// Cleans a placed grid once, for every writer: empty rows and spacer columns go, and
/// currency, percent and parenthesis cells are merged into the value they belong to.
enum CellCleanup {
    static func clean(_ grid: inout CellGrid) {
        detachMarkers(&grid)
        for r in grid.rows.indices {
            grid.rows[r].withUnsafeMutableBufferPointer { row in
                for c in row.indices where !row[c].text.isEmpty {
                    let tight = CellText.tighten(row[c].text)
                    // Only a numeric cell tightens; its marks (a bold total) cover the whole value.
                    if tight != row[c].text {
                        row[c].text = tight
                        row[c].inlines = row[c].inlines.replacingText(with: tight)
                    }
                }
            }
        }
        dropEmptyRows(&grid)
        dropEmptyColumns(&grid)
        mergeAffixColumns(&grid)
        dropEmptyColumns(&grid)
        for r in grid.rows.indices {
            for c in grid.rows[r].indices where grid.rows[r][c].markers >= 0 {
                for m in grid.markers[Int(grid.rows[r][c].markers)] {
                    if case .text(let t) = m { grid.rows[r][c].inlines.appendText(t) } else { grid.rows[r][c].inlines.append(m) }
                }
                grid.rows[r][c].markers = -1
            }
        }
        grid.markers = []
    }

    /// Footnote markers leave the cells before anything reads them as values: a marker that
    /// closes a cell (`$2.48` + superscript `1`, `)(a)`) is set aside on its cell, and a cell
    /// that is only a marker (cocacola-10k-2023's `(287) | 3 | (26)`) gives it to the value
    /// or label on its left and leaves a blank that the spacer-column rule drops. A marker in a
    /// column that holds values in other rows stays in its cell (caterpillar-8k-2022's `1,2`
    /// under Consolidating Adjustments).
    static func detachMarkers(_ grid: inout CellGrid) {
        let typedMarkers = typedMarkerColumns(grid)
        var holdsValues = [Bool](repeating: false, count: grid.width)
        var lists = grid.markers
        grid.markers = []
        defer { grid.markers = lists }
        // Slots are read and changed where they lie: a copied slot costs three retains and releases.
        for row in grid.rows {
            row.withUnsafeBufferPointer { row in
                for c in row.indices where !holdsValues[c] && !typedMarkers[c] && !row[c].text.isEmpty {
                    if !row[c].inlines.allSatisfy(\.isMarkerOrSpace), textMarker(row[c].text)?.value.isEmpty != true {
                        holdsValues[c] = true
                    }
                }
            }
        }
        for r in grid.rows.indices {
            grid.rows[r].withUnsafeMutableBufferPointer { row in
                var lastValue = -1
                for c in row.indices where !row[c].isBlank {
                    if let hoisted = row[c].inlines.hoistingTrailingMarkers() { row[c].inlines = hoisted }
                    let count = row[c].inlines.count
                    var end = count
                    while end > 0, row[c].inlines[end - 1].isMarkerOrSpace { end -= 1 }
                    if end == 0, lastValue >= 0, !holdsValues[c] {
                        // The marker stood in a cell of its own: a space keeps it off the value's digits.
                        setAside([.text(" ")] + row[c].inlines, on: &row[lastValue], in: &lists)
                        row[c] = .empty
                        continue
                    }
                    if typedMarkers[c], lastValue >= 0, let number = typedNumberMarker(row[c].text) {
                        setAside([.text(" "), .superscript([.text("(\(number))")])], on: &row[lastValue], in: &lists)
                        row[c] = .empty
                        continue
                    }
                    if end == 0 || end == count, let marker = textMarker(row[c].text) {
                        if marker.value.isEmpty {
                            if lastValue >= 0, !holdsValues[c] {
                                setAside([.text(" "), .superscript([.text(marker.marker)])], on: &row[lastValue], in: &lists)
                                row[c] = .empty
                                continue
                            }
                        } else {
                            row[c].text = marker.value
                            row[c].inlines = row[c].inlines.replacingText(with: marker.value)
                            setAside([.superscript([.text(marker.marker)])], on: &row[c], in: &lists)
                        }
                    } else if end > 0, end < count {
                        // A space the filer put before the marker stays in the inlines (`Profit ¹`).
                        setAside(Array(row[c].inlines[end...]), on: &row[c], in: &lists)
                        row[c].inlines.removeSubrange(end...)
                        var text = row[c].inlines.plainText
                        while text.hasSuffix(" ") { text.removeLast() }
                        row[c].text = text
                    }
                    lastValue = c
                }
            }
        }
    }

    /// Sets `added` aside on `slot`, after the markers it already holds.
    private static func setAside(_ added: [Inline], on slot: inout CellGrid.Slot, in lists: inout [[Inline]]) {
        if slot.markers >= 0 {
            lists[Int(slot.markers)] += added
        } else {
            slot.markers = Int32(lists.count)
            lists.append(added)
        }
    }

    /// Columns of footnote numbers typed at the values' size in cells of their own, right of the
    /// values they annotate (wellsfargo-10k-2024's equity plans `68,303,017 | (2)`,
    /// cabot-def14a-2024's `6,888,619 | (3)`, carboceramics-10k-2017's `514 | (3)`): every
    /// non-blank cell is `(n)`, no label names the column (a cell that spans into it from the
    /// left names it too), and the numbers are sparse (some row with a value to the left has none
    /// here) or rise down the column as footnotes do. A column of small negatives, `(6)`, `(8)`,
    /// is under a label or holds no such pattern.
    static func typedMarkerColumns(_ grid: CellGrid) -> [Bool] {
        let width = grid.width
        var candidate = [Bool](repeating: true, count: width)
        var seen = [Bool](repeating: false, count: width)
        var previous = [Int](repeating: 0, count: width)
        var rising = [Bool](repeating: true, count: width)
        var sparse = [Bool](repeating: false, count: width)
        for row in grid.rows {
            var leftText = false
            var valueToTheLeft = false
            row.withUnsafeBufferPointer { row in
                for c in 0..<width {
                    if row[c].horizontal, leftText { candidate[c] = false }
                    if !row[c].isContinuation { leftText = !row[c].isBlank }
                    guard candidate[c] else {
                        if !valueToTheLeft, !row[c].isBlank, c > 0, CellText.isNumeric(row[c].text) { valueToTheLeft = true }
                        continue
                    }
                    if row[c].isBlank {
                        if valueToTheLeft { sparse[c] = true }
                        continue
                    }
                    guard let number = typedNumberMarker(row[c].text) else {
                        candidate[c] = false
                        if !valueToTheLeft, c > 0, CellText.isNumeric(row[c].text) { valueToTheLeft = true }
                        continue
                    }
                    if seen[c], number <= previous[c] { rising[c] = false }
                    seen[c] = true
                    previous[c] = number
                }
            }
        }
        return (0..<width).map { $0 > 0 && candidate[$0] && seen[$0] && (sparse[$0] || rising[$0]) }
    }

    /// `(3)`, `(12)`: a footnote number as typed, one or two digits in parentheses.
    static func typedNumberMarker(_ s: String) -> Int? {
        let u = s.utf8
        guard u.count == 3 || u.count == 4, u.first == UInt8(ascii: "("), u.last == UInt8(ascii: ")") else { return nil }
        return Int(s.dropFirst().dropLast())
    }

    /// A marker typed as text: a cell that is only `(a)`, `*` or `†`, or a value closed by one
    /// (`)(a)`, `12.5*`). Digits alone are values, never markers.
    static func textMarker(_ s: String) -> (value: String, marker: String)? {
        // Every marker ends in `)`, `*`, `†` or `‡` (the last two end in 0xA0, 0xA1), and most
        // cells that do (`(565)`) are turned away on their last bytes, before any String is made.
        guard let end = s.utf8.last, end == UInt8(ascii: ")") || end == UInt8(ascii: "*") || end == 0xA0 || end == 0xA1,
              s.utf8.count <= 40 else {
            return nil
        }
        var bytes = s
        return bytes.withUTF8 { u -> (value: String, marker: String)? in
            let n = u.count
            var cut = n
            if end == UInt8(ascii: ")"), n >= 3, u[n - 3] == UInt8(ascii: "("),
               (u[n - 2] | 0x20) >= UInt8(ascii: "a"), (u[n - 2] | 0x20) <= UInt8(ascii: "z") {
                cut = n - 3
            } else {
                while cut > 0, u[cut - 1] == UInt8(ascii: "*") { cut -= 1 }
                if cut == n, end == 0xA0 || end == 0xA1, s.hasSuffix("†") || s.hasSuffix("‡") { cut = n - 3 }
            }
            guard cut < n else { return nil }
            var value = String(decoding: UnsafeBufferPointer(rebasing: u[..<cut]), as: UTF8.self)
            while value.hasSuffix(" ") { value.removeLast() }
            let marker = String(decoding: UnsafeBufferPointer(rebasing: u[cut...]), as: UTF8.self)
            guard Inline.marker(in: marker) != nil else { return nil }
            if value.isEmpty || CellText.isNumeric(value) || CellText.isSuffix(value) { return (value, marker) }
            return nil
        }
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
            row.withUnsafeBufferPointer { row in
                for c in 0..<width where !keep[c] && !row[c].text.isEmpty { keep[c] = true }
            }
        }
        if keep.allSatisfy({ $0 }) { return }
        // Kept slots move left in place: no slot is copied (three retains and releases each).
        for r in grid.rows.indices {
            var w = 0
            grid.rows[r].withUnsafeMutableBufferPointer { row in
                for c in 0..<width where keep[c] {
                    if w != c { row.swapAt(w, c) }
                    w += 1
                }
            }
            grid.rows[r].removeLast(width - w)
        }
    }

    private enum PairFit { case blank, joins, leftOnly, rightOnly, clash }

    /// Slots c and c + 1 read where they lie (a slot passed by value is copied).
    private static func fit(_ row: [CellGrid.Slot], _ c: Int) -> PairFit {
        row.withUnsafeBufferPointer { row in
            let l = c, r = c + 1
            if row[l].isBlank && row[r].isBlank {
                // A cell spanning both columns: the pair is one cell.
                return (row[r].horizontal && row[r].origin == row[l].origin && row[l].origin >= 0) ? .joins : .blank
            }
            if row[r].isBlank {
                if row[r].horizontal && row[r].origin == row[l].origin { return .joins }
                return CellText.isCurrency(row[l].text) ? .joins : .leftOnly
            }
            if row[l].isBlank { return .rightOnly }
            if CellText.isCurrency(row[l].text) && !CellText.isCurrency(row[r].text) { return .joins }
            if CellText.isSuffix(row[r].text) { return .joins }
            return .clash
        }
    }

    /// Merges column c+1 into c wherever every row agrees the two are one value split in two.
    static func mergeAffixColumns(_ grid: inout CellGrid) {
        var c = 0
        while c + 1 < grid.width {
            var joins = 0, leftOnly = 0, rightOnly = 0
            var clash = false
            for r in grid.rows.indices {
                switch fit(grid.rows[r], c) {
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
            // In place: a copied slot costs three retains and releases, and carmax-424b5-2010's
            // tables merge hundreds of `$` and `%` columns.
            for r in grid.rows.indices {
                let rt = grid.rows[r].remove(at: c + 1)
                guard !rt.isBlank else { continue }
                if grid.rows[r][c].isBlank {
                    let continuation = grid.rows[r][c].isContinuation && rt.isContinuation
                    grid.rows[r][c] = rt
                    grid.rows[r][c].isContinuation = continuation
                } else {
                    grid.rows[r][c].text += rt.text
                    if grid.rows[r][c].inlines.count == 1, case .text(let left) = grid.rows[r][c].inlines[0],
                       rt.inlines.count == 1, case .text(let right) = rt.inlines[0] {
                        // `$` and `1,234`: what mergingAdjacentMarks makes of two plain runs.
                        grid.rows[r][c].inlines = [.text(left + right)]
                    } else {
                        grid.rows[r][c].inlines.append(contentsOf: rt.inlines)
                        grid.rows[r][c].inlines = grid.rows[r][c].inlines.mergingAdjacentMarks()
                    }
                    if rt.markers >= 0 {
                        let left = grid.rows[r][c].markers
                        if left < 0 { grid.rows[r][c].markers = rt.markers } else { grid.markers[Int(left)] += grid.markers[Int(rt.markers)] }
                    }
                    if rt.facts >= 0 {
                        let left = grid.rows[r][c].facts
                        if left < 0 { grid.rows[r][c].facts = rt.facts } else { grid.facts[Int(left)] += grid.facts[Int(rt.facts)] }
                    }
                }
            }
        }
    }

    /// A merge needs one side made of affixes (or spans) only: otherwise two sparse
    /// value columns that never share a row would collapse into one.
    private static func affixColumnExists(_ grid: CellGrid, _ c: Int) -> Bool {
        var leftAffix = true, rightAffix = true, spans = false
        for row in grid.rows {
            row.withUnsafeBufferPointer { row in
                let leftIsCurrency = CellText.isCurrency(row[c].text)
                if !row[c].isBlank && !leftIsCurrency { leftAffix = false }
                if !row[c + 1].isBlank && !CellText.isSuffix(row[c + 1].text) { rightAffix = false }
                if row[c + 1].isBlank && row[c + 1].horizontal && row[c + 1].origin == row[c].origin { spans = true }
                if leftIsCurrency && !row[c + 1].isBlank { spans = true }
            }
        }
        return leftAffix || rightAffix || spans
    }
}
