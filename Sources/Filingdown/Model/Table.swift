/// A table after span resolution and cleanup: a rectangle of cells, the same for every writer.
public struct Table: Hashable, Sendable {
    /// The filing's `<caption>`, the title printed right above the table, or the units line of
    /// its header (`(In millions, except per share amounts)`), when one belongs to it.
    public var caption: [Inline]?
    /// Rows that name the columns, as many as the filing printed above the first row of values;
    /// a label spanning several columns is repeated in each of them. Every row of `headerRows`
    /// and `bodyRows` has `columnCount` cells.
    public var headerRows: [[TableCell]]
    /// The data rows, after the header; empty spacer rows and columns are already dropped.
    public var bodyRows: [[TableCell]]
    /// Footnotes that explain markers in the cells (`(a) Includes …`), in order.
    public var notes: [[Inline]]
    /// One per column: `.right` where at least half the non-blank body cells are numbers
    /// (never the first column, which holds row labels).
    public var alignments: [ColumnAlignment]

    /// Memberwise; a column with no entry in `alignments` is rendered left-aligned.
    public init(caption: [Inline]? = nil, headerRows: [[TableCell]], bodyRows: [[TableCell]], notes: [[Inline]] = [],
                alignments: [ColumnAlignment]) {
        self.caption = caption
        self.headerRows = headerRows
        self.bodyRows = bodyRows
        self.notes = notes
        self.alignments = alignments
    }

    /// Header rows first, then body rows.
    public var rows: [[TableCell]] { headerRows + bodyRows }

    /// The first row's width: a converted table is a rectangle, so every row has this many cells.
    public var columnCount: Int { headerRows.first?.count ?? bodyRows.first?.count ?? 0 }

    /// The header as one row, what a pipe table shows: per column, the labels of `headerRows`
    /// top to bottom, a label equal to the one above it said once (`Pension Plans 2023`).
    public var fusedHeader: [TableCell] {
        if headerRows.count == 1 { return headerRows[0] }
        return (0..<columnCount).map { c in
            var inlines: [Inline] = []
            var last: String? = nil
            for row in headerRows where c < row.count && !row[c].isEmpty {
                let text = row[c].plainText
                if text == last { continue }
                if last != nil { inlines.appendText(" ") }
                for inline in row[c].inlines { if case .text(let t) = inline { inlines.appendText(t) } else { inlines.append(inline) } }
                last = text
            }
            return TableCell(inlines)
        }
    }

    /// What a writer shows as rows: the fused header (when there is one), then the body.
    public var displayRows: [[TableCell]] { headerRows.isEmpty ? bodyRows : [fusedHeader] + bodyRows }
}

/// One cell: its text with marks (bold totals, links, superscript footnote markers).
/// A line break inside a cell is `.lineBreak`.
public struct TableCell: Hashable, Sendable {
    /// Marks as in a paragraph; empty for a blank cell.
    public var inlines: [Inline]
    /// The inline XBRL facts the cell shows, in reading order: usually none or one (a `$` or
    /// `)` cell merged into the figure brings no fact of its own).
    public var facts: [XBRLFact]

    /// A cell with marks; a blank cell is `[]`, which is what `isEmpty` tests for.
    public init(_ inlines: [Inline], facts: [XBRLFact] = []) {
        self.inlines = inlines
        self.facts = facts
    }
    /// A cell of unmarked text; an empty string makes a blank cell.
    public init(text: String) {
        self.inlines = text.isEmpty ? [] : [.text(text)]
        self.facts = []
    }

    /// The text with marks dropped; a line break reads as a newline.
    public var plainText: String { inlines.plainText }
    /// True only when there are no inlines: a cell of `[.text("")]` is not blank to writers.
    public var isEmpty: Bool { inlines.isEmpty }

    /// The footnote markers that close the cell (`Fair Value` with superscript `1,2` → `["1,2"]`).
    public var markers: [String] {
        var out: [String] = []
        for inline in inlines.reversed() {
            guard inline.isMarkerOrSpace else { break }
            if let m = inline.footnoteMarker { out.insert(m, at: 0) }
        }
        return out
    }

    /// The figure the cell prints, as a decimal literal: the sign from parentheses or a minus,
    /// `$`, `%` and thousands commas dropped (`$(1,234.5)` → `-1234.5`, `(3)%` → `-3`), a dash
    /// alone (`—`, `–`, `-`, `$—`) as `0`; as printed, never scaled (a fact's `value` is). Nil
    /// when the cell is not one figure (`N/A`, `12.5x`, `2024 and 2023`, a label).
    public var number: String? {
        guard let first = inlines.first, !isEmpty else { return nil }
        // Cells of words fail at once: a figure starts with a digit, a sign, a currency or a dash.
        if case .text(let t) = first, let b = t.utf8.first, (b | 0x20) >= UInt8(ascii: "a"), (b | 0x20) <= UInt8(ascii: "z") { return nil }
        return CellNumber.parse(valueText)
    }

    /// The plain text without the footnote markers that close it: `$2.48`, not `$2.481`.
    public var valueText: String {
        var end = inlines.count
        while end > 0, inlines[end - 1].isMarkerOrSpace { end -= 1 }
        if end == inlines.count { return plainText }
        var text = Array(inlines[..<end]).plainText
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}

/// How writers align a column: figures right, so their digits line up, everything else left.
/// The raw values are what JSON writes.
public enum ColumnAlignment: String, Hashable, Sendable {
    case left, right
}

extension Table {
    /// A table of plain-text cells whose first `headerRowCount` rows are the header.
    init(textRows: [[String]], headerRowCount: Int, alignments: [ColumnAlignment]) {
        let cells = textRows.map { $0.map(TableCell.init(text:)) }
        self.init(headerRows: Array(cells.prefix(headerRowCount)), bodyRows: Array(cells.dropFirst(headerRowCount)),
                  alignments: alignments)
    }
}
