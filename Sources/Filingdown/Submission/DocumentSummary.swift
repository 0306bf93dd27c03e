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

extension Converter {
    /// Every document of the input in order, each sniffed but not parsed: cheap enough
    /// for a 100 MB submission.
    public func list(_ bytes: [UInt8]) -> [DocumentSummary] {
        bytes.withUnsafeBytes { buf in
            let reader = SubmissionReader(buf)
            return reader.parts.map { part in
                let text = UnsafeRawBufferPointer(rebasing: buf[part.text])
                let sniffed = DocumentSniffer.sniff(text, type: part.type)
                var size = text.count
                if sniffed.kind == .binary {
                    let content = UnsafeRawBufferPointer(rebasing: text[sniffed.content])
                    size = AttachmentReader.describe(content, filename: part.filename, type: part.type).size ?? content.count
                }
                return DocumentSummary(sequence: part.effectiveSequence(bare: reader.isBare), type: part.type,
                                       filename: part.filename, description: part.description, size: size, kind: sniffed.kind)
            }
        }
    }
}

extension SubmissionReader.Part {
    /// The sequence number, or the document's position when its `<SEQUENCE>` was empty
    /// (EDGAR's sequence is that position); nil for a file with no `<DOCUMENT>` wrapper.
    func effectiveSequence(bare: Bool) -> String? {
        sequence ?? (bare ? nil : String(position))
    }
}
