/// One line of `--list`: what a document is, found without converting it (no HTML parse).
public struct DocumentSummary: Sendable, Hashable {
    /// `<SEQUENCE>`, or the position when the filer left it empty; nil for an input with no wrapper.
    public var sequence: String?
    /// `<TYPE>` as filed: `10-K`, `EX-99.1`, `GRAPHIC`.
    public var type: String?
    /// `<FILENAME>`; missing in submissions before about 2000.
    public var filename: String?
    /// `<DESCRIPTION>`, when the filer gave one.
    public var description: String?
    /// Bytes the document holds: the decoded size for an attachment (what extracting it
    /// writes), the size of its text in the input otherwise.
    public var size: Int
    /// What the bytes are, whatever the name says.
    public var kind: DocumentKind

    /// A summary with these values, for a caller that lists documents of its own.
    public init(sequence: String?, type: String?, filename: String?, description: String?, size: Int, kind: DocumentKind) {
        self.sequence = sequence
        self.type = type
        self.filename = filename
        self.description = description
        self.size = size
        self.kind = kind
    }
}

extension SubmissionReader.Part {
    /// The sequence number, or the document's position when its `<SEQUENCE>` was empty
    /// (EDGAR's sequence is that position); nil for a file with no `<DOCUMENT>` wrapper.
    func effectiveSequence(bare: Bool) -> String? {
        sequence ?? (bare ? nil : String(position))
    }
}
