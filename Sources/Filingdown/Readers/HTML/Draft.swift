/// What the draft builder produces before the document-wide passes (tables, page furniture,
/// headings, lists) decide what each piece finally is. Never leaves the normalizer.
enum Draft {
    case paragraph(Paragraph)
    case table(TableDraft)
    case listItem(ordered: Bool, depth: Int, content: [Draft])
    case pageBreak(PageBreak)
    case preformatted(String, source: Range<Int>?)
    case image(alt: String, source: String)
    case rule
    /// A block the passes have already settled (a fixed heading, a finished list or table).
    case settled(Block)
}

/// One paragraph with how it looked in the filing, which the heading and furniture rules read.
struct Paragraph {
    var inlines: [Inline]
    var text: String
    var look: Look
    /// An `<h1>`–`<h6>` the filer marked as a heading.
    var htmlHeadingLevel: Int?
    /// Where its text lies in the bytes the parser read.
    var source: Range<Int>? = nil

    struct Look: Hashable {
        var boldShare: Float
        var italicShare: Float
        var centered: Bool
        var fontSize: Float
        /// The whole paragraph is the text of one or more links (a table-of-contents entry).
        var allLink: Bool
    }
}

struct TableDraft {
    var rows: [[CellDraft]] = []
    /// From the `<table>` start tag to its end tag, in the bytes the parser read.
    var source: Range<Int>? = nil
    /// The inline XBRL facts of its cells, one list per cell that shows any (`CellDraft.facts`).
    var facts: [[XBRLFact]] = []
}

struct CellDraft {
    var content: [Draft]
    var colspan: Int
    var rowspan: Int
    var isHeader: Bool
    /// The inline XBRL facts whose text is in the cell, in reading order: an index into its
    /// table's `facts`, or -1 (a plain integer, so a cell copies without reference counting).
    var facts: Int32 = -1
}
