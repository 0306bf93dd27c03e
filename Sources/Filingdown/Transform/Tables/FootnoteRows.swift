/// The footnotes a filer typed as the last rows of a table (`1 Excludes the impact of …`,
/// `(a) | Includes …`) are the table's notes, not rows: they leave the grid, which keeps the
/// label column as narrow as its labels.
enum FootnoteRows {
    /// Removes the trailing footnote rows of `grid` and returns them as notes, in order. A table
    /// with no figures is left whole: its `(a) | …` rows are a list (loncor-20f-2016's borrowing powers).
    static func split(_ grid: inout CellGrid) -> [[Inline]] {
        guard grid.rows.contains(where: { row in row.dropFirst().contains { !$0.isBlank && CellText.isNumeric($0.text) } }) else { return [] }
        var notes: [[Inline]] = []
        while grid.rows.count > 2, let note = note(grid.rows[grid.rows.count - 1]) {
            notes.insert(note, at: 0)
            grid.rows.removeLast()
        }
        return notes
    }

    /// A row holding only a footnote: a marker and its text in one cell (`¹ Excludes …`,
    /// `(a) Includes …`), or a marker cell and a text cell.
    static func note(_ row: [CellGrid.Slot]) -> [Inline]? {
        let cells = row.filter { !$0.isBlank }
        switch cells.count {
        case 1:
            let inlines = cells[0].inlines
            guard isProse(cells[0].text) else { return nil }
            if let first = inlines.first, first.footnoteMarker != nil { return inlines }
            return leadingMarker(cells[0].text) ? inlines : nil
        case 2:
            return note(marker: cells[0].inlines, cells[0].text, text: cells[1].inlines, cells[1].text)
        default:
            return nil
        }
    }

    /// A marker cell and a text cell as one note (`¹` | `Calculated using average shares outstanding.`).
    static func note(marker: [Inline], _ markerText: String, text: [Inline], _ plain: String) -> [Inline]? {
        guard isProse(plain), markerText.utf8.count <= 5 else { return nil }
        let isMarker = marker.allSatisfy(\.isMarkerOrSpace) || Inline.marker(in: markerText) != nil
        guard isMarker else { return nil }
        return marker + [.text(" ")] + text
    }

    /// Words, not a figure: a footnote says something.
    private static func isProse(_ s: String) -> Bool {
        s.utf8.count >= 20 && s.utf8.filter({ $0 == 0x20 }).count >= 3
    }

    /// `1 Excludes`, `(a) Includes`, `* Represents`: a marker, a space, a capitalised word.
    private static func leadingMarker(_ s: String) -> Bool {
        guard let space = s.firstIndex(of: " ") else { return false }
        let head = String(s[..<space])
        guard Inline.marker(in: head) != nil else { return false }
        return s[s.index(after: space)...].first?.isUppercase == true
    }
}
