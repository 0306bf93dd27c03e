/// One selected document of an input, converted on its own: what a record of
/// `filingdown --stream` carries per document.
public struct DocumentOutput: Sendable {
    /// `<SEQUENCE>`; nil for a bare document.
    public var sequence: String?
    /// `<TYPE>` (`EX-99.1`).
    public var type: String?
    /// `<FILENAME>`.
    public var filename: String?
    /// `<DESCRIPTION>`.
    public var description: String?
    /// What the bytes are, whatever the type says.
    public var kind: DocumentKind
    /// Bytes of the document's text in the input.
    public var size: Int
    /// Markdown or plain text: exactly what `convert` writes for this document (its title
    /// heading included when the input is a submission), so the outputs of a submission's
    /// documents, joined, are its conversion without front matter. JSON and JSON Lines: the
    /// document's object as `documents` of `--format json` holds it, on one line. Chunks: the
    /// document's chunk records as `--format chunks` writes them, in one JSON array.
    public var output: [UInt8]

    init(_ document: FilingDocument, output: [UInt8]) {
        sequence = document.sequence
        type = document.type
        filename = document.filename
        description = document.description
        kind = document.kind
        size = document.size
        self.output = output
    }
}

extension Converter {
    /// Converts the selected documents one at a time and hands each to `body` as it
    /// finishes, so no more than one parsed document is held. The result's `output` is empty;
    /// its warnings and counts are those `convert` would give.
    public func convertEach(_ submission: Submission, _ body: (DocumentOutput) -> Void) -> ConversionResult {
        var warnings = submission.warnings
        var written = 0
        let selected = select(submission.documents)
        var support: [FilingDocument] = []
        submission.bytes.withUnsafeBytes { bytes in
            for (index, slice) in selected.enumerated() {
                if slice.truncated { warnings.append(Converter.cutOffWarning(slice, index: index)) }
                if let omission = omission(of: slice, bare: submission.isBare) {
                    if options.sections.isEmpty { support.append(omitted(slice, omission, in: bytes)) }
                    continue
                }
                guard let document = prepared(slice, in: bytes) else { continue }
                body(DocumentOutput(document, output: output(of: document, named: !submission.isBare, header: submission.header,
                                                             input: bytes)))
                written += 1
            }
        }
        // The files left out come last, as `convert` lists them. Markdown and text list them
        // all under one heading: the first carries that list, the others nothing.
        for (index, document) in support.enumerated() {
            var out: [UInt8] = []
            switch options.format {
            case .markdown, .text:
                if index == 0 {
                    var writer = makeWriter()
                    writer.writeOmitted(support, into: &out)
                }
            case .json, .jsonl:
                out = output(of: document, named: true, header: submission.header, input: nil)
            case .chunks:
                out = Array("[]".utf8)
            }
            body(DocumentOutput(document, output: out))
            written += 1
        }
        return ConversionResult(output: [], warnings: warnings, documentsSelected: selected.count, documentsWritten: written)
    }

    private func output(of document: FilingDocument, named: Bool, header: SubmissionHeader?,
                        input: UnsafeRawBufferPointer?) -> [UInt8] {
        var out: [UInt8] = []
        switch options.format {
        case .markdown, .text:
            var writer = makeWriter()
            writer.write(document, outline: [], named: named, into: &out)
        case .json, .jsonl:
            // The object `--format json` puts in `documents`: its writer opens each one on a
            // line of its own, which is dropped.
            var writer = JSONWriter(options: options, lines: false)
            var opening: [UInt8] = []
            writer.begin(header: nil, into: &opening)
            writer.write(document, outline: OutlineBuilder.outline(of: document.body), named: named, into: &out)
            if out.first == 0x0A { out.removeFirst() }
        case .chunks:
            var writer = makeWriter(input: input)
            var lines: [UInt8] = []
            writer.begin(header: header, into: &lines)
            writer.write(document, outline: [], named: named, into: &lines)
            out = [UInt8(ascii: "[")]
            for (k, line) in lines.split(separator: 0x0A).enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                out += line
            }
            out.append(UInt8(ascii: "]"))
        }
        return out
    }
}
