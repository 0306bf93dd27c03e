/// One block of a converted document. Every writer renders exactly these cases.
public enum Block: Hashable, Sendable {
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    case list(ListBlock)
    case table(TableGrid)
    case pageBreak(PageBreak)
    /// Text whose line layout carries meaning (1990s filings, `<pre>`): kept verbatim.
    case preformatted(String)
    case image(alt: String, source: String)
    /// A document that is not text (a GRAPHIC, PDF, ZIP): named, never dumped.
    case attachment(Attachment)
    case rule
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

public struct Attachment: Hashable, Sendable {
    public var filename: String
    public var type: String
    /// Decoded size in bytes, when the part could be decoded.
    public var size: Int?
    public var encoding: String
    public init(filename: String, type: String, size: Int?, encoding: String) {
        self.filename = filename
        self.type = type
        self.size = size
        self.encoding = encoding
    }
}
