/// Bounds that keep hostile tables linear: `colspan="376967340"` must not allocate gigabytes.
enum TableLimits {
    static let maxColspan = 1000
    static let maxRowspan = 65_534
    static let maxColumns = 2000
}
