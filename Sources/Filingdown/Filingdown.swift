internal import CLibXML2

/// The public entry: bytes of a submission or single document in, converted text out.
///
/// Documents are converted one at a time and handed to the writer as they finish, so a
/// 100 MB submission never holds more than one parsed DOM.
public struct Converter: Sendable {
    public var options: ConversionOptions

    public init(options: ConversionOptions = ConversionOptions()) {
        self.options = options
    }

    /// Converts and returns the whole output.
    public func convert(_ bytes: [UInt8]) -> ConversionResult {
        var output: [UInt8] = []
        var result = bytes.withUnsafeBytes { buf in
            convertCounting(buf) { chunk in output.append(contentsOf: chunk) }
        }
        result.output = output
        return result
    }

    /// Converts, handing output to `emit` document by document. Returns warnings
    /// (a truncated input, say) that the caller reports; conversion never fails on content.
    public func convert(_ bytes: UnsafeRawBufferPointer, emit: (UnsafeRawBufferPointer) -> Void) -> [String] {
        convertCounting(bytes, emit: emit).warnings
    }

    private func convertCounting(_ bytes: UnsafeRawBufferPointer, emit: (UnsafeRawBufferPointer) -> Void) -> ConversionResult {
        let reader = SubmissionReader(bytes)
        var warnings: [String] = reader.warnings
        var written = 0
        var writer = makeWriter()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        let selected = select(reader.parts)
        writer.begin(header: options.frontMatter ? reader.header : nil, into: &buffer)
        for (index, part) in selected.enumerated() {
            if part.truncated {
                warnings.append("document \(part.sequence ?? String(index + 1)) is cut off (no closing </TEXT> or </DOCUMENT>); converted what is there")
            }
            var document = convertPart(part, bytes: bytes, bare: reader.isBare)
            if !options.imageSources.isEmpty { document.body.blocks = document.body.blocks.map(relinked) }
            if !options.sections.isEmpty {
                document.body = OutlineBuilder.extract(document.body, options.sections)
                if document.body.blocks.isEmpty { continue }
            }
            let outline = writer.needsOutline ? OutlineBuilder.outline(of: document.body) : []
            writer.write(document, outline: outline, named: !reader.isBare, into: &buffer)
            written += 1
            buffer.withUnsafeBytes(emit)
            buffer.removeAll(keepingCapacity: true)
        }
        writer.end(into: &buffer)
        buffer.withUnsafeBytes(emit)
        return ConversionResult(output: [], warnings: warnings, documentsSelected: selected.count, documentsWritten: written)
    }

    /// Parses and normalizes one document of the input without writing it.
    public func document(_ bytes: [UInt8]) -> [FilingDocument] {
        bytes.withUnsafeBytes { buf in
            let reader = SubmissionReader(buf)
            return select(reader.parts).map { convertPart($0, bytes: buf, bare: reader.isBare) }
        }
    }

    /// The Parts and Items of each document, found in its body.
    public func outline(_ bytes: [UInt8]) -> [DocumentOutline] {
        document(bytes).map { DocumentOutline(document: $0, entries: OutlineBuilder.outline(of: $0.body)) }
    }

    private func relinked(_ block: Block) -> Block {
        guard case .image(let alt, let source) = block.content else { return block }
        let name = source.split(separator: "/").last.map(String.init) ?? source
        guard let target = options.imageSources[source] ?? options.imageSources[name] else { return block }
        return Block(.image(alt: alt, source: target), source: block.source)
    }

    private func select(_ parts: [SubmissionReader.Part]) -> [SubmissionReader.Part] {
        if options.primaryOnly { return Array(parts.prefix(1)) }
        guard !options.documents.isEmpty else { return parts }
        return parts.filter { p in
            options.documents.contains { spec in
                let s = spec.lowercased()
                return p.effectiveSequence(bare: false)?.lowercased() == s || p.type?.lowercased() == s || p.filename?.lowercased() == s
            }
        }
    }

    private func convertPart(_ part: SubmissionReader.Part, bytes: UnsafeRawBufferPointer, bare: Bool) -> FilingDocument {
        let text = UnsafeRawBufferPointer(rebasing: bytes[part.text])
        // What the bytes really are, and where they start once `<XBRL>`/`<XML>`/`<PDF>` is peeled off.
        let sniffed = DocumentSniffer.sniff(text, type: part.type)
        let content = UnsafeRawBufferPointer(rebasing: text[sniffed.content])
        let kind = sniffed.kind
        var body: Document
        switch kind {
        case .html:
            body = Normalizer.normalize(html: content, encoding: options.encoding)
        case .text:
            body = PlainTextDocument.convert(content)
        case .xml:
            body = XMLDocumentSummary.convert(content)
        case .binary:
            body = Document(blocks: [.omitted(AttachmentReader.describe(content, filename: part.filename, type: part.type))])
        }
        let start = part.text.lowerBound + sniffed.content.lowerBound
        body.locate(base: start, content: start..<(start + content.count))
        return FilingDocument(sequence: part.effectiveSequence(bare: bare), type: part.type, filename: part.filename,
                              description: part.description, kind: kind, size: text.count, body: body)
    }

    private func makeWriter() -> any DocumentWriter {
        switch options.format {
        case .markdown: return MarkdownWriter(options: options)
        case .text: return PlainTextWriter(options: options)
        case .json: return JSONWriter(options: options, lines: false)
        case .jsonl: return JSONWriter(options: options, lines: true)
        }
    }
}

extension Converter {
    /// The libxml2 the library runs with, `2.9.14`: the loaded one, which may be newer than
    /// the headers it was built against.
    public static var libxml2Version: String {
        guard let text = __xmlParserVersion()?.pointee, let number = Int(String(cString: text)) else {
            return LIBXML_DOTTED_VERSION
        }
        return "\(number / 10000).\(number / 100 % 100).\(number % 100)"
    }
}

public struct ConversionResult: Sendable {
    public var output: [UInt8]
    public var warnings: [String]
    /// Documents left by `documents`/`primaryOnly`: 0 when `documents` matched none.
    public var documentsSelected: Int
    /// Documents in the output: fewer than selected when `sections` found nothing in some;
    /// 0 when a selection matched nothing, and the output is then the header alone.
    public var documentsWritten: Int
}
