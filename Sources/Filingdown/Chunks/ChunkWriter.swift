/// `--format chunks`: JSON Lines, one record per chunk, in reading order
/// (`docs/json-schema.md`, "Chunk"). The converter hands it documents as any writer; it
/// cuts each into chunks and writes them as they come.
struct ChunkWriter: DocumentWriter {
    let options: ConversionOptions
    let chunker: Chunker
    /// The bytes being converted, to narrow sources to the words of cut blocks; nil leaves
    /// every chunk the spans of its blocks.
    let input: UnsafeRawBufferPointer?
    private var filing = Chunk.Filing(nil)

    init(options: ConversionOptions, input: UnsafeRawBufferPointer?) {
        self.options = options
        self.chunker = Chunker(options: options)
        self.input = input
    }

    /// The chunker reads where the outline's entries start, which it finds itself without
    /// measuring them.
    var needsOutline: Bool { false }

    mutating func begin(header: SubmissionHeader?, into out: inout [UInt8]) {
        filing = Chunk.Filing(header)
    }

    mutating func write(_ document: FilingDocument, outline: [OutlineEntry], named: Bool, into out: inout [UInt8]) {
        let name = options.inputName ?? document.filename ?? "input"
        let starts = OutlineBuilder.starts(in: document.body)
        chunker.drafts(of: document, outline: starts, filing: filing, name: name, input: input) { ChunkWriter.write($0, into: &out) }
    }

    /// The viewer and data files left out are not the filer's text: they make no chunks.
    mutating func writeOmitted(_ documents: [FilingDocument], into out: inout [UInt8]) {}

    mutating func end(into out: inout [UInt8]) {}

    static func write(_ draft: Chunker.Draft, into out: inout [UInt8]) {
        let chunk = draft.chunk
        out.append("{\"schema\":\"\(JSONWriter.schema)\",\"id\":")
        JSONString.write(chunk.id, into: &out)
        let f = chunk.filing
        out.append(",\"filing\":{\"accession_number\":"); JSONString.write(f.accessionNumber, into: &out)
        out.append(",\"cik\":"); JSONString.write(f.cik, into: &out)
        out.append(",\"company\":"); JSONString.write(f.company, into: &out)
        out.append(",\"form_type\":"); JSONString.write(f.formType, into: &out)
        out.append(",\"filing_date\":"); JSONString.write(f.filingDate, into: &out)
        let d = chunk.document
        out.append("},\"document\":{\"sequence\":"); JSONString.write(d.sequence, into: &out)
        out.append(",\"type\":"); JSONString.write(d.type, into: &out)
        out.append(",\"filename\":"); JSONString.write(d.filename, into: &out)
        out.append(",\"description\":"); JSONString.write(d.description, into: &out)
        out.append("},\"ordinal\":\(chunk.ordinal),\"heading_path\":[")
        for (k, heading) in chunk.headingPath.enumerated() {
            if k > 0 { out.append(",") }
            JSONString.write(heading, into: &out)
        }
        out.append("],\"part\":"); JSONString.write(chunk.part, into: &out)
        out.append(",\"item\":"); JSONString.write(chunk.item, into: &out)
        out.append(",\"role\":\"\(chunk.role.rawValue)\",\"pages\":{\"first\":"); JSONString.write(chunk.pages.first, into: &out)
        out.append(",\"last\":"); JSONString.write(chunk.pages.last, into: &out)
        out.append(",\"first_index\":\(chunk.pages.firstIndex),\"last_index\":\(chunk.pages.lastIndex)},\"source\":[")
        for (k, r) in chunk.source.enumerated() {
            if k > 0 { out.append(",") }
            out.append("[\(r.lowerBound),\(r.upperBound)]")
        }
        out.append("],\"text\":")
        draft.markdown.withUnsafeBufferPointer { JSONString.write($0, into: &out) }
        out.append(",\"plain\":")
        draft.plain.withUnsafeBufferPointer { JSONString.write($0, into: &out) }
        out.append("}\n")
    }
}

extension Chunk.Filing {
    /// The header's identity of the filing, as JSON Lines records carry it; all nil without a header.
    init(_ header: SubmissionHeader?) {
        let company = header?.company
        self.init(accessionNumber: header?.accessionNumber, cik: company?.cik, company: company?.name,
                  formType: header?.formType, filingDate: header?.filingDate)
    }
}
