/// A table after span resolution and cleanup: a rectangle of text cells, the same for every writer.
public struct TableGrid: Hashable, Sendable {
    /// Every row has `columnCount` cells. Line breaks inside a cell are `\n`.
    public var rows: [[String]]
    /// The first `headerRowCount` rows are the header (at most one after header fusion).
    public var headerRowCount: Int
    public var alignments: [ColumnAlignment]

    public init(rows: [[String]], headerRowCount: Int, alignments: [ColumnAlignment]) {
        self.rows = rows
        self.headerRowCount = headerRowCount
        self.alignments = alignments
    }

    public var columnCount: Int { rows.first?.count ?? 0 }
}

public enum ColumnAlignment: String, Hashable, Sendable {
    case left, right
}
