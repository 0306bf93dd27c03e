internal import CLibXML2
import FoundationEssentials

/// The public entry: a submission or single document in, documents, outlines or converted
/// text out. Every way in reads the input's container once (`Submission`).
///
/// Documents are converted one at a time and handed to the writer as they finish, so a
/// 100 MB submission never holds more than one parsed document.
public struct Converter: Sendable {
    /// What every call of this converter produces: format, selection, layout.
    public var options: ConversionOptions

    /// A converter with these options (Markdown, the whole input, by default).
    public init(options: ConversionOptions = ConversionOptions()) {
        self.options = options
    }

    // MARK: conversion

    /// Converts and returns the whole output.
    public func convert(_ bytes: [UInt8]) -> ConversionResult {
        convert(Submission(bytes))
    }

    /// Converts a submission already read (to list or extract from it as well).
    public func convert(_ submission: Submission) -> ConversionResult {
        // The writer's buffer is the result: a second copy of a 400 MB JSON output is what
        // put a 200 MB paragraph over a gigabyte.
        submission.bytes.withUnsafeBytes { buf in
            convert(buf, layout: submission.layout, collecting: true) { _ in }
        }
    }

    /// Converts text held in a `String` (an HTML page, a submission read as text).
    public func convert(_ text: String) -> ConversionResult {
        convert(Array(text.utf8))
    }

    /// Converts the file at `path`.
    public func convert(contentsOf path: String) throws -> ConversionResult {
        convert(try Converter.read(path))
    }

    /// Converts, handing output to `emit` document by document. Returns warnings
    /// (a truncated input, say) that the caller reports; conversion never fails on content.
    public func convert(_ bytes: UnsafeRawBufferPointer, emit: (UnsafeRawBufferPointer) -> Void) -> [String] {
        convert(bytes, layout: Submission.Layout(bytes), emit: emit).warnings
    }

    /// `collecting`: keep the whole output in the result instead of handing it to `emit`.
    private func convert(_ bytes: UnsafeRawBufferPointer, layout: Submission.Layout, collecting: Bool = false,
                         emit: (UnsafeRawBufferPointer) -> Void) -> ConversionResult {
        var warnings = layout.warnings
        var written = 0
        var writer = makeWriter(input: bytes)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        let selected = select(layout.documents)
        // A chunk names its filing whatever the front matter option says: it has no front matter.
        writer.begin(header: options.frontMatter || options.format == .chunks ? layout.header : nil, into: &buffer)
        var support: [FilingDocument] = []
        for (index, slice) in selected.enumerated() {
            if slice.truncated { warnings.append(Converter.cutOffWarning(slice, index: index)) }
            if let omission = omission(of: slice, bare: layout.isBare) {
                // Named after the filer's documents, never parsed.
                if options.sections.isEmpty { support.append(omitted(slice, omission, in: bytes)) }
                continue
            }
            guard let document = prepared(slice, in: bytes) else { continue }
            let outline = writer.needsOutline ? OutlineBuilder.outline(of: document.body) : []
            writer.write(document, outline: outline, named: !layout.isBare, into: &buffer)
            written += 1
            if !collecting {
                buffer.withUnsafeBytes(emit)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !support.isEmpty {
            writer.writeOmitted(support, into: &buffer)
            written += support.count
        }
        writer.end(into: &buffer)
        if !collecting { buffer.withUnsafeBytes(emit) }
        return ConversionResult(output: collecting ? buffer : [], warnings: warnings, documentsSelected: selected.count,
                                documentsWritten: written)
    }

    // MARK: the model

    /// The selected documents cut into chunks of about `options.chunkSize` characters, in
    /// reading order: what `-f chunks` writes, one record per chunk.
    public func chunks(_ bytes: [UInt8]) -> [Chunk] {
        chunks(Submission(bytes))
    }

    /// `chunks(_:)` for a submission already read.
    public func chunks(_ submission: Submission) -> [Chunk] {
        let chunker = Chunker(options: options)
        let filing = Chunk.Filing(submission.header)
        return submission.bytes.withUnsafeBytes { buf in
            select(submission.documents).flatMap { slice -> [Chunk] in
                // Viewer and data files are left out, as `convert` leaves them out.
                if omission(of: slice, bare: submission.isBare) != nil { return [] }
                guard let document = prepared(slice, in: buf) else { return [] }
                let name = options.inputName ?? document.filename ?? "input"
                return chunker.chunks(of: document, outline: OutlineBuilder.starts(in: document.body), filing: filing,
                                      name: name, input: buf)
            }
        }
    }

    /// The selected documents of the input, each parsed into the document model, not written.
    public func documents(_ bytes: [UInt8]) -> [FilingDocument] {
        documents(Submission(bytes))
    }

    /// `documents(_:)` for a submission already read.
    public func documents(_ submission: Submission) -> [FilingDocument] {
        submission.bytes.withUnsafeBytes { buf in
            select(submission.documents).map { slice in
                omission(of: slice, bare: submission.isBare).map { omitted(slice, $0, in: buf) } ?? convert(slice, in: buf)
            }
        }
    }

    /// The submission's SGML header; nil for a single document with none.
    public func header(_ bytes: [UInt8]) -> SubmissionHeader? {
        bytes.withUnsafeBytes { Submission.Layout($0).header }
    }

    /// The Parts and Items of each selected document, found in its body.
    public func outline(_ bytes: [UInt8]) -> [DocumentOutline] {
        outline(Submission(bytes))
    }

    /// `outline(_:)` for a submission already read.
    public func outline(_ submission: Submission) -> [DocumentOutline] {
        documents(submission).map { DocumentOutline(document: $0, entries: OutlineBuilder.outline(of: $0.body)) }
    }

    /// Every document of the input in order, sniffed but not parsed: cheap enough for a
    /// 100 MB submission. Selection options do not apply: a listing shows what there is.
    public func list(_ bytes: [UInt8]) -> [DocumentSummary] {
        list(Submission(bytes))
    }

    /// `list(_:)` for a submission already read.
    public func list(_ submission: Submission) -> [DocumentSummary] {
        submission.bytes.withUnsafeBytes { buf in
            submission.documents.map { slice in
                var size = slice.text.count
                if slice.kind == .binary {
                    // What extracting it writes: the decoded size.
                    let content = UnsafeRawBufferPointer(rebasing: buf[slice.content])
                    size = AttachmentReader.describe(content, filename: slice.filename, type: slice.type).size ?? content.count
                }
                return DocumentSummary(sequence: slice.sequence, type: slice.type, filename: slice.filename,
                                       description: slice.description, size: size, kind: slice.kind)
            }
        }
    }

    /// What a document without its end tags says, in every way of converting.
    static func cutOffWarning(_ slice: DocumentSlice, index: Int) -> String {
        "document \(slice.sequence ?? String(index + 1)) is cut off (no closing </TEXT> or </DOCUMENT>); converted what is there"
    }

    /// The bytes of the file at `path`.
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConversionError(description: "\(path): cannot read the file")
        }
        return [UInt8](data)
    }

    /// A selected document as the options ask for it: parsed, its images pointed at the files
    /// extracted, cut to the sections asked for; nil when those sections leave nothing. The one
    /// path `convert`, `convertEach` and `chunks` share.
    func prepared(_ slice: DocumentSlice, in bytes: UnsafeRawBufferPointer) -> FilingDocument? {
        // Only JSON writes a cell's inline XBRL facts: other outputs are spared reading them.
        var document = convert(slice, in: bytes, facts: options.format == .json || options.format == .jsonl)
        if !options.imageSources.isEmpty { document.body.blocks = document.body.blocks.map(relinked) }
        if !options.sections.isEmpty {
            document.body = OutlineBuilder.extract(document.body, options.sections)
            if document.body.blocks.isEmpty { return nil }
        }
        return document
    }

    /// An image or an omitted document of the filing that `imageSources` says was extracted:
    /// the image points at the file written, the omitted document says where it went.
    func relinked(_ block: Block) -> Block {
        if case .omitted(var document) = block.content {
            guard let path = options.imageSources[document.filename], !document.filename.isEmpty else { return block }
            document.extractedTo = path
            return Block(.omitted(document), source: block.source)
        }
        guard case .image(let alt, let source) = block.content else { return block }
        let name = source.split(separator: "/").last.map(String.init) ?? source
        guard let target = options.imageSources[source] ?? options.imageSources[name] else { return block }
        return Block(.image(alt: alt, source: target), source: block.source)
    }

    func select(_ documents: [DocumentSlice]) -> [DocumentSlice] {
        if options.primaryOnly { return Array(documents.prefix(1)) }
        guard !options.documents.isEmpty else { return documents }
        return documents.filter { d in
            options.documents.contains { spec in
                let s = spec.lowercased()
                return d.sequence?.lowercased() == s || d.type?.lowercased() == s || d.filename?.lowercased() == s
            }
        }
    }

    /// Why a viewer or data file is left out; nil when it is converted: it is the filer's, a
    /// single file given alone, or asked for (`allDocuments`, or named by `documents`).
    func omission(of slice: DocumentSlice, bare: Bool) -> SupportFile? {
        guard let support = slice.support, !bare, !options.allDocuments, options.documents.isEmpty else { return nil }
        return support
    }

    /// A viewer or data file as one omitted-document block: name, type, size and why.
    func omitted(_ slice: DocumentSlice, _ support: SupportFile, in bytes: UnsafeRawBufferPointer) -> FilingDocument {
        var entry: OmittedDocument
        if slice.kind == .binary {
            entry = AttachmentReader.describe(UnsafeRawBufferPointer(rebasing: bytes[slice.content]), filename: slice.filename, type: slice.type)
        } else {
            entry = OmittedDocument(filename: slice.filename ?? "", type: slice.type ?? "", size: slice.content.count, encoding: "text")
        }
        entry.reason = support.reason
        entry.detail = support.detail
        var body = Document(blocks: [.omitted(entry)])
        body.locate(base: slice.content.lowerBound, content: slice.content)
        return FilingDocument(sequence: slice.sequence, type: slice.type, filename: slice.filename,
                              description: slice.description, kind: slice.kind, size: slice.text.count, body: body)
    }

    /// `facts`: table cells carry the inline XBRL facts they show (the document model always does).
    func convert(_ slice: DocumentSlice, in bytes: UnsafeRawBufferPointer, facts: Bool = true) -> FilingDocument {
        let content = UnsafeRawBufferPointer(rebasing: bytes[slice.content])
        var body: Document
        switch slice.kind {
        case .html:
            body = Normalizer.normalize(html: content, encoding: options.encoding, facts: facts)
        case .text:
            body = PlainTextDocument.convert(content)
        case .xml:
            body = XMLDocumentSummary.convert(content)
        case .binary:
            body = Document(blocks: [.omitted(AttachmentReader.describe(content, filename: slice.filename, type: slice.type))])
        }
        body.locate(base: slice.content.lowerBound, content: slice.content)
        return FilingDocument(sequence: slice.sequence, type: slice.type, filename: slice.filename,
                              description: slice.description, kind: slice.kind, size: slice.text.count, body: body)
    }

    /// `input`: the bytes being converted, which the chunk writer cites from.
    func makeWriter(input: UnsafeRawBufferPointer? = nil) -> any DocumentWriter {
        switch options.format {
        case .markdown: return MarkdownWriter(options: options)
        case .text: return PlainTextWriter(options: options)
        case .json: return JSONWriter(options: options, lines: false)
        case .jsonl: return JSONWriter(options: options, lines: true)
        case .chunks: return ChunkWriter(options: options, input: input)
        }
    }
}

/// A file the converter was asked to read could not be read.
public struct ConversionError: Error, CustomStringConvertible, Sendable {
    /// `PATH: cannot read the file`.
    public var description: String
}

extension Submission {
    var layout: Layout { Layout(header: header, documents: documents, isBare: isBare, warnings: warnings) }
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

/// What a conversion produced: the output, and what the caller should report.
public struct ConversionResult: Sendable {
    /// The whole output in the requested format.
    public var output: [UInt8]
    /// Problems with the input that did not stop the conversion (a document cut off).
    public var warnings: [String]
    /// Documents left by `documents`/`primaryOnly`: 0 when `documents` matched none.
    public var documentsSelected: Int
    /// Documents in the output: fewer than selected when `sections` found nothing in some;
    /// 0 when a selection matched nothing, and the output is then the header alone.
    public var documentsWritten: Int
}
