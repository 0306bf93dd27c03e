/// Bounds that keep hostile tables linear: `colspan="376967340"` must not allocate gigabytes.
enum TableLimits {
    static let maxColspan = 1000
    static let maxRowspan = 65_534
    static let maxColumns = 2000
    /// Rows × columns of one placed grid (about 100 MB of slots): a 62,000-row table of 64
    /// columns fits; 20,000 rows under one `colspan="1000"` do not, and are read as text.
    static let maxSlots = 4_000_000
}
