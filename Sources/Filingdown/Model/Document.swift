/// The converted body of one filing document.
public struct Document: Hashable, Sendable {
    /// In reading order. Page breaks are blocks too: the blocks between two of them are one page.
    public var blocks: [Block]
    /// An empty body, or one a library user assembles before handing it to a writer.
    public init(blocks: [Block] = []) { self.blocks = blocks }
}

/// What a `<DOCUMENT>` of a submission really holds, decided from its bytes, not its name.
public enum DocumentKind: String, Hashable, Sendable {
    case html, text, xml, binary
}

/// One `<DOCUMENT>` of a submission (or a single file), with the body converted.
public struct FilingDocument: Hashable, Sendable {
    /// The `<SEQUENCE>` number, or the document's 1-based position when the submission left it
    /// empty; nil for a file with no `<DOCUMENT>` wrapper.
    public var sequence: String?
    /// The `<TYPE>` as filed (`10-K`, `EX-99.1`, `GRAPHIC`); it says what the filer called the
    /// document, not what its bytes are (that is `kind`).
    public var type: String?
    /// The `<FILENAME>`; nil in submissions from before about 2000, which name none.
    public var filename: String?
    /// The filer's free-text `<DESCRIPTION>` (`PRESS RELEASE`); often absent or a repeat of `type`.
    public var description: String?
    /// How the body was converted: a `.binary` document's body is one omitted-document block.
    public var kind: DocumentKind
    /// Size of the document's raw text in the input, in bytes.
    public var size: Int
    /// The converted content, with source spans relative to the whole input, not this document.
    public var body: Document

    /// A document a library user builds or edits to render with a writer; nothing is validated.
    public init(sequence: String?, type: String?, filename: String?, description: String?,
                kind: DocumentKind, size: Int, body: Document) {
        self.sequence = sequence
        self.type = type
        self.filename = filename
        self.description = description
        self.kind = kind
        self.size = size
        self.body = body
    }
}
