/// A table after span resolution and cleanup: a rectangle of cells, the same for every writer.
public struct Table: Hashable, Sendable {
    /// The filing's `<caption>` or the title printed right above the table, when one belongs to it.
    public var caption: [Inline]?
    /// Rows that name the columns; every row of `headerRows` and `bodyRows` has `columnCount` cells.
    public var headerRows: [[TableCell]]
    public var bodyRows: [[TableCell]]
    /// Footnotes that explain markers in the cells (`(a) Includes …`), in order.
    public var notes: [[Inline]]
    public var alignments: [ColumnAlignment]

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

    public var columnCount: Int { headerRows.first?.count ?? bodyRows.first?.count ?? 0 }
}

/// One cell: its text with marks (bold totals, links, superscript footnote markers).
/// A line break inside a cell is `.lineBreak`.
public struct TableCell: Hashable, Sendable {
    public var inlines: [Inline]

    public init(_ inlines: [Inline]) { self.inlines = inlines }
    public init(text: String) { self.inlines = text.isEmpty ? [] : [.text(text)] }

    public var plainText: String { inlines.plainText }
    public var isEmpty: Bool { inlines.isEmpty }
}

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
