/// The footnotes a filer set as a table of their own are notes, never a column of markers.
/// Right under the table they explain (delaware-485bpos-2024's financial highlights:
/// `¹ | Calculated using average shares outstanding.` after each one; loncor-20f-2016's
/// `⁽¹⁾ | Member of the audit committee` under the directors marked `(1)(2)`), they become that
/// table's notes. Standing alone, a table of raised or symbol markers (jnj-10k-2024's
/// `* | Management contract or compensatory plan.` after the exhibit list) is read as the
/// paragraphs it is, one note each. A list typed `(a) | …` alone stays a table.
enum TableNotes: DraftPass {
    static func apply(_ drafts: inout [Draft], _ context: inout PassContext) {
        var i = 0
        while i < drafts.count {
            guard case .settled(let block) = drafts[i], case .table(let footnotes) = block.content,
                  let notes = notes(footnotes) else {
                i += 1
                continue
            }
            var a = i - 1
            while a >= 0, case .paragraph(let p) = drafts[a], p.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A }) { a -= 1 }
            if a >= 0, case .settled(var above) = drafts[a], case .table(var table) = above.content,
               holdsFigures(table) || carriesMarkers(table, of: footnotes) {
                table.notes += notes
                above.content = .table(table)
                if var span = above.source, let end = block.source?.end { span.end = max(span.end, end); above.source = span }
                drafts[a] = .settled(above)
                drafts.removeSubrange((a + 1)...i)
                i = a + 1
                continue
            }
            if raisedOrSymbolMarkers(footnotes) {
                let paragraphs = notes.map { Draft.settled(Block(.paragraph($0), source: block.source)) }
                drafts.replaceSubrange(i...i, with: paragraphs)
                i += paragraphs.count
                continue
            }
            i += 1
        }
    }

    private static func holdsFigures(_ table: Table) -> Bool {
        table.bodyRows.contains { row in row.dropFirst().contains { !$0.isEmpty && CellText.isNumeric($0.plainText) } }
    }

    /// The table above shows the markers the notes explain: raised (`Salary⁽²⁾`) or typed
    /// (`Maurice J. Colson (1)(2)`).
    private static func carriesMarkers(_ table: Table, of footnotes: Table) -> Bool {
        let wanted = Set(markerCells(footnotes).compactMap { Inline.marker(in: $0.plainText) })
        guard !wanted.isEmpty else { return false }
        for row in table.rows {
            for cell in row where !cell.isEmpty {
                if cell.markers.contains(where: wanted.contains) { return true }
                let text = cell.plainText
                if wanted.contains(where: { text.containsBytes("(\($0))") }) { return true }
            }
        }
        return false
    }

    /// Every marker cell a superscript, or `*`, `†`, `‡`: what a filing raises or prints only as a footnote.
    private static func raisedOrSymbolMarkers(_ footnotes: Table) -> Bool {
        markerCells(footnotes).allSatisfy { cell in
            cell.inlines.contains { $0.footnoteMarker != nil }
                || cell.plainText.allSatisfy { "*†‡".contains($0) || $0 == " " }
        }
    }

    /// The first non-blank cell of each note row.
    private static func markerCells(_ footnotes: Table) -> [TableCell] {
        (footnotes.headerRows + footnotes.bodyRows).compactMap { row in
            let cells = row.filter { !$0.isEmpty }
            return cells.count == 2 ? cells[0] : nil
        }
    }

    /// Every row a marker and a sentence, or nil; once one row is a full sentence, a short note
    /// passes too (jnj-10k-2024's `** | Paper filing.`). A first row of one short label ending
    /// in a colon (`Notes:`) comes along as the first line.
    static func notes(_ table: Table) -> [[Inline]]? {
        var notes: [[Inline]] = []
        var sentences = 0
        for (r, row) in (table.headerRows + table.bodyRows).enumerated() {
            let cells = row.filter { !$0.isEmpty }
            if r == 0, cells.count == 1, isNotesLabel(cells[0].plainText) {
                notes.append(cells[0].inlines)
                continue
            }
            guard cells.count == 2 else { return nil }
            let marker = cells[0].plainText, text = cells[1].plainText
            if let note = FootnoteRows.note(marker: cells[0].inlines, marker, text: cells[1].inlines, text) {
                sentences += 1
                notes.append(note)
            } else if marker.utf8.count <= 5, cells[0].inlines.allSatisfy(\.isMarkerOrSpace) || Inline.marker(in: marker) != nil,
                      text.contains(" "), text.contains(where: \.isLetter) {
                notes.append(cells[0].inlines + [.text(" ")] + cells[1].inlines)
            } else {
                return nil
            }
        }
        return sentences > 0 ? notes : nil
    }

    /// `Notes:`, `Footnotes:`: the label a filer sets over a table of notes.
    private static func isNotesLabel(_ s: String) -> Bool {
        s.utf8.count <= 12 && s.utf8.last == UInt8(ascii: ":") && s.lowercased().contains("note")
    }
}
