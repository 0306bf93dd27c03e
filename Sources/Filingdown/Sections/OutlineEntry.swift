/// One Part or Item of a filing, found in its body: where it starts and ends, and what it
/// is called there.
public struct OutlineEntry: Hashable, Sendable {
    /// A Part groups the Items after it; the raw value is what JSON writes.
    public enum Kind: String, Sendable {
        case part, item
        /// What follows the Items (`HeadingRole.isBackMatter`); `number` is empty.
        case signatures
        case financialStatements = "financial_statements"
        case schedule
        case exhibitIndex = "exhibit_index"
    }

    /// A place in a document: a block, and for preformatted text the line within it.
    public struct Position: Hashable, Comparable, Sendable {
        /// An index into `Document.blocks`; `blocks.count` is the end of the document.
        public var block: Int
        /// The 0-based line within a preformatted block, where plain-text filings put their
        /// captions; 0 for any other block.
        public var line: Int
        /// Document order: by block, then by line.
        public static func < (a: Position, b: Position) -> Bool { (a.block, a.line) < (b.block, b.line) }
    }

    /// Whether `number` is a Part's numeral or an Item's number.
    public var kind: Kind
    /// `I`…`IV` for a Part, `1A`, `7`, `5.02` for an Item: upper-case, no punctuation.
    public var number: String
    /// The Part an Item belongs to (`II`), when the filing has Parts.
    public var part: String?
    /// The heading as printed: `Item 1A. Risk Factors`.
    public var heading: String
    /// The title without its label: `Risk Factors`.
    public var title: String
    /// The printed number of the page it starts on, when the filing numbers its pages.
    public var page: String?
    /// The heading's position: a heading block, or a caption line inside preformatted text.
    public var start: Position
    /// Where the next Part or Item (or the document) begins.
    public var end: Position
    /// Characters of text from start to end.
    public var size: Int
    /// Where the rest of the Item is printed, apart from its heading: the financial
    /// statements after the Items that Item 8 only points to (`see pages F-1 through F-40`).
    /// `--section` returns them with the Item; empty for nearly every entry.
    public var continuedAt: [Range<Position>] = []

    /// `Item 1A`, `Part II`, `Signatures`.
    public var label: String {
        switch kind {
        case .part: return "Part \(number)"
        case .item: return "Item \(number)"
        case .signatures: return "Signatures"
        case .financialStatements: return "Financial statements"
        case .schedule: return "Schedule"
        case .exhibitIndex: return "Exhibit index"
        }
    }
}
