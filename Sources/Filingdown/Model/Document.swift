/// The converted body of one filing document.
public struct Document: Hashable, Sendable {
    public var blocks: [Block]
    public init(blocks: [Block] = []) { self.blocks = blocks }
}

/// What a `<DOCUMENT>` of a submission really holds, decided from its bytes, not its name.
public enum DocumentKind: String, Hashable, Sendable {
    case html, text, xml, binary
}

/// One `<DOCUMENT>` of a submission (or a single file), with the body converted.
public struct FilingDocument: Hashable, Sendable {
    public var sequence: String?
    public var type: String?
    public var filename: String?
    public var description: String?
    public var kind: DocumentKind
    /// Size of the document's raw text in the input, in bytes.
    public var size: Int
    public var body: Document

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
