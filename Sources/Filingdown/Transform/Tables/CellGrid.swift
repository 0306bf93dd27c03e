/// A table's cells placed by their spans: one slot per row and column.
struct CellGrid {
    struct Slot {
        var text: String
        /// The text with its marks; `text` is its plain text, kept for the cheap tests.
        var inlines: [Inline]
        /// The id of the source cell; slots covered by one spanning cell share it.
        var origin: Int32
        /// A slot covered by a cell that starts to the left or above.
        var isContinuation: Bool
        /// Covered from the left by the same cell (not from above).
        var horizontal: Bool
        var isHeaderCell: Bool
        /// Footnote markers that close the value, set aside while cells are merged: an index into
        /// the grid's `markers` (-1: none), so that a slot holds no array of its own to copy and free.
        var markers: Int32 = -1
        /// The inline XBRL facts the cell shows, an index into the grid's `facts` (-1: none); a
        /// merge keeps them with the figure.
        var facts: Int32 = -1

        static let empty = Slot(text: "", inlines: [], origin: -1, isContinuation: false, horizontal: false, isHeaderCell: false)
        var isBlank: Bool { text.isEmpty }
    }

    var rows: [[Slot]]
    /// The fact lists slots point at.
    var facts: [[XBRLFact]] = []
    /// The marker lists slots point at, while CellCleanup merges cells.
    var markers: [[Inline]] = []
    var width: Int { rows.first?.count ?? 0 }

    /// The inline XBRL facts `slot` shows.
    func facts(of slot: Slot) -> [XBRLFact] { slot.facts >= 0 ? facts[Int(slot.facts)] : [] }
}
