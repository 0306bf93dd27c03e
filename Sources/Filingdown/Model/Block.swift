/// One block of a converted document and where in the filing it came from. Every writer
/// renders exactly the cases of `Block.Content`.
public struct Block: Hashable, Sendable {
    /// What the block is: the closed set of kinds every writer renders, so a renderer's switch
    /// over it needs no `default`.
    public enum Content: Hashable, Sendable {
        case heading(Heading)
        case paragraph([Inline])
        case list(ListBlock)
        case table(Table)
        case pageBreak(PageBreak)
        /// Text whose line layout carries meaning (1990s filings, `<pre>`): kept verbatim.
        case preformatted(String)
        /// A table of an SGML-era text filing (`<TABLE>` … `</TABLE>`): its lines kept verbatim,
        /// since their columns are laid out with spaces, and where its columns begin.
        case textTable(TextTable)
        case image(alt: String, source: String)
        /// A document or an embedded part that is not text (a GRAPHIC, PDF, ZIP, a uuencoded
        /// run): named, never dumped.
        case omitted(OmittedDocument)
        case rule
    }

    /// What the block says; replace it freely, the source span stays where the text came from.
    public var content: Content
    /// Where the block's text lies in the original input; nil for a block a library user
    /// built by hand.
    public var source: SourceSpan?

    /// A block with an explicit span; the static builders below leave `source` nil.
    public init(_ content: Content, source: SourceSpan? = nil) {
        self.content = content
        self.source = source
    }

    /// A heading with no source span. Level 1 is the writer's document title; Parts are 2, Items 3.
    public static func heading(level: Int, _ inlines: [Inline], role: HeadingRole = .section) -> Block {
        Block(.heading(Heading(level: level, inlines: inlines, role: role)))
    }
    /// A paragraph with no source span.
    public static func paragraph(_ inlines: [Inline]) -> Block { Block(.paragraph(inlines)) }
    /// A list with no source span.
    public static func list(_ list: ListBlock) -> Block { Block(.list(list)) }
    /// A table with no source span.
    public static func table(_ table: Table) -> Block { Block(.table(table)) }
    /// A page boundary with no source span.
    public static func pageBreak(_ pageBreak: PageBreak) -> Block { Block(.pageBreak(pageBreak)) }
    /// A text table with no source span.
    public static func textTable(_ table: TextTable) -> Block { Block(.textTable(table)) }
    /// Verbatim text with no source span; lines are separated by `\n`, spaces kept as filed.
    public static func preformatted(_ text: String) -> Block { Block(.preformatted(text)) }
    /// An image with no source span. `source` is the `src` as filed, usually the bare filename of
    /// a GRAPHIC document in the same submission, unless `ConversionOptions.imageSources` relinks it.
    public static func image(alt: String, source: String) -> Block { Block(.image(alt: alt, source: source)) }
    /// A part left out of the output with no source span.
    public static func omitted(_ document: OmittedDocument) -> Block { Block(.omitted(document)) }
    /// A thematic break: an `<hr>` that ends no page, or a line drawn with `___` or `---`.
    public static let rule = Block(.rule)
}

/// An SGML `<TABLE>` of a 1990s text filing: the lines as filed (its `<CAPTION>` heads
/// included, the tags blanked to spaces of their width) and the columns its `<S>`/`<C>` line
/// marked.
public struct TextTable: Hashable, Sendable {
    /// Verbatim, in order; blank lines inside the table kept.
    public var lines: [String]
    /// The character offset in each line where a column begins: the stub's `<S>`, then one per
    /// `<C>`. Empty when the table had no such line.
    public var columns: [Int]
    /// Memberwise.
    public init(lines: [String], columns: [Int]) {
        self.lines = lines
        self.columns = columns
    }
}

/// A flat list: the items of a nested `<ul>`/`<ol>` follow their parent at the same level, and
/// paragraphs that start with a bullet glyph (`•`, `\u{F0B7}`) become items too.
public struct ListBlock: Hashable, Sendable {
    /// Markdown and text number ordered items from 1; the filing's own numbering is not kept.
    public var ordered: Bool
    /// One entry per item, nested items after their parent; `.lineBreak` separates the
    /// paragraphs of one item.
    public var items: [[Inline]]
    /// Memberwise, for a list a library user builds.
    public init(ordered: Bool, items: [[Inline]]) {
        self.ordered = ordered
        self.items = items
    }
}

/// Where one printed page ends. `number` is the page's printed number when the filing showed one.
public struct PageBreak: Hashable, Sendable {
    /// `12`, `iv`, `F-3`: the label printed in the footer of the page this break ends, moved
    /// here out of the text; nil when no footer carried one.
    public var number: String?
    /// A break, numbered when the page it ends printed a label.
    public init(number: String? = nil) { self.number = number }
}
