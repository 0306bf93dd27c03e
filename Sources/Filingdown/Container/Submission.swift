/// A submission read once: its header, and where each document lies with what its bytes
/// really are. Converting, listing, extracting attachments and the benchmark all read this
/// one value; none of them splits the input again.
public struct Submission: Sendable {
    /// The input, as given.
    public let bytes: [UInt8]
    /// The SGML header; nil for a single document with none.
    public let header: SubmissionHeader?
    /// Every document in input order, located and sniffed, none converted.
    public let documents: [DocumentSlice]
    /// The input had no `<DOCUMENT>` wrapper: it is one document, with no sequence of its own.
    public let isBare: Bool
    /// Problems with the container itself (a header with no documents after it).
    public let warnings: [String]

    /// Reads the container: splits documents at their `<DOCUMENT>` boundaries and sniffs each one.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let layout = bytes.withUnsafeBytes { Layout($0) }
        header = layout.header
        documents = layout.documents
        isBare = layout.isBare
        warnings = layout.warnings
    }

    /// The same reading over bytes the caller keeps: what `Submission` holds, less the bytes.
    struct Layout {
        var header: SubmissionHeader?
        var documents: [DocumentSlice]
        var isBare: Bool
        var warnings: [String]

        init(header: SubmissionHeader?, documents: [DocumentSlice], isBare: Bool, warnings: [String]) {
            self.header = header
            self.documents = documents
            self.isBare = isBare
            self.warnings = warnings
        }

        init(_ bytes: UnsafeRawBufferPointer) {
            let reader = SubmissionReader(bytes)
            header = reader.header
            isBare = reader.isBare
            warnings = reader.warnings
            documents = reader.parts.map { part in
                let text = UnsafeRawBufferPointer(rebasing: bytes[part.text])
                // What the bytes really are, and where they start once `<XBRL>`/`<XML>`/`<PDF>` is peeled off.
                let sniffed = DocumentSniffer.sniff(text, type: part.type)
                let start = part.text.lowerBound + sniffed.content.lowerBound
                let content = start..<(start + sniffed.content.count)
                let root = sniffed.kind == .xml ? MarkupProbe(UnsafeRawBufferPointer(rebasing: bytes[content])).root : nil
                return DocumentSlice(sequence: part.effectiveSequence(bare: reader.isBare), type: part.type,
                                     filename: part.filename, description: part.description, kind: sniffed.kind,
                                     text: part.text, content: content, truncated: part.truncated,
                                     support: SupportFile.classify(type: part.type, filename: part.filename,
                                                                   kind: sniffed.kind, root: root))
            }
        }
    }
}

/// One `<DOCUMENT>` of a submission (or the whole input when it has no wrapper), located
/// but not converted.
public struct DocumentSlice: Sendable, Hashable {
    /// `<SEQUENCE>`, or the document's position when the filer left it empty (EDGAR's sequence
    /// is that position); nil for an input with no wrapper.
    public var sequence: String?
    /// `<TYPE>` as filed: `10-K`, `EX-99.1`, `GRAPHIC`.
    public var type: String?
    /// `<FILENAME>`; missing in submissions before about 2000.
    public var filename: String?
    /// `<DESCRIPTION>`, when the filer gave one.
    public var description: String?
    /// Decided from the bytes, not from the name: an `.htm` that is really plain text is `text`.
    public var kind: DocumentKind
    /// The whole `<TEXT>` in the input: its size is what a document's size means.
    public var text: Range<Int>
    /// What is converted: `text` less any `<XBRL>`, `<XML>` or `<PDF>` wrapper inside it.
    public var content: Range<Int>
    /// The document ended without `</TEXT>` or `</DOCUMENT>`: the input was cut off.
    public var truncated: Bool
    /// Set for a file of EDGAR's XBRL viewer or the XBRL data: left out unless asked for.
    public var support: SupportFile? = nil
}
