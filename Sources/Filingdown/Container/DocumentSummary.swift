/// One line of `--list`: what a document is, found without converting it (no HTML parse).
public struct DocumentSummary: Sendable, Hashable {
    public var sequence: String?
    public var type: String?
    public var filename: String?
    public var description: String?
    /// Bytes the document holds: the decoded size for an attachment (what extracting it
    /// writes), the size of its text in the input otherwise.
    public var size: Int
    public var kind: DocumentKind

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
