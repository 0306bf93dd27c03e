/// One block of a converted document and where in the filing it came from. Every writer
/// renders exactly the cases of `Block.Content`.
public struct Block: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case heading(Heading)
        case paragraph([Inline])
        case list(ListBlock)
        case table(Table)
        case pageBreak(PageBreak)
        /// Text whose line layout carries meaning (1990s filings, `<pre>`): kept verbatim.
        case preformatted(String)
        case image(alt: String, source: String)
        /// A document or an embedded part that is not text (a GRAPHIC, PDF, ZIP, a uuencoded
        /// run): named, never dumped.
        case omitted(OmittedDocument)
        case rule
    }

    public var content: Content
    /// Where the block's text lies in the original input; nil for a block a library user
    /// built by hand.
    public var source: SourceSpan?

    public init(_ content: Content, source: SourceSpan? = nil) {
        self.content = content
        self.source = source
    }

    public static func heading(level: Int, _ inlines: [Inline], role: HeadingRole = .section) -> Block {
        Block(.heading(Heading(level: level, inlines: inlines, role: role)))
    }
    public static func paragraph(_ inlines: [Inline]) -> Block { Block(.paragraph(inlines)) }
    public static func list(_ list: ListBlock) -> Block { Block(.list(list)) }
    public static func table(_ table: Table) -> Block { Block(.table(table)) }
    public static func pageBreak(_ pageBreak: PageBreak) -> Block { Block(.pageBreak(pageBreak)) }
    public static func preformatted(_ text: String) -> Block { Block(.preformatted(text)) }
    public static func image(alt: String, source: String) -> Block { Block(.image(alt: alt, source: source)) }
    public static func omitted(_ document: OmittedDocument) -> Block { Block(.omitted(document)) }
    public static let rule = Block(.rule)
}

public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    public var items: [[Inline]]
    public init(ordered: Bool, items: [[Inline]]) {
        self.ordered = ordered
        self.items = items
    }
}

/// Where one printed page ends. `number` is the page's printed number when the filing showed one.
public struct PageBreak: Hashable, Sendable {
    public var number: String?
    public init(number: String? = nil) { self.number = number }
}
