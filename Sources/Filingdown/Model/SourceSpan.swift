/// Where a block came from: a byte range in the original input (the whole submission file,
/// not the document inside it), and the page it sits on.
public struct SourceSpan: Hashable, Sendable {
    /// Byte offsets into the input the converter was given: `start..<end`.
    public var start: Int
    /// Exclusive: the first byte after the block's text.
    public var end: Int
    /// The physical page, counted from 1 at the top of the document: one more than the number
    /// of page breaks before the block.
    public var page: Int
    /// The number printed on that page, when the filing printed one.
    public var pageLabel: String?

    /// Memberwise; a span on the first page with no printed label unless told otherwise.
    public init(start: Int, end: Int, page: Int = 1, pageLabel: String? = nil) {
        self.start = start
        self.end = end
        self.page = page
        self.pageLabel = pageLabel
    }

    /// `start..<end`, empty rather than trapping when a hand-built span has `end` before `start`.
    public var range: Range<Int> { start..<max(start, end) }

    /// A span of `range`, its page not yet counted.
    init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

}
