/// JSON for programs: the submission metadata, then each document with its typed blocks.
/// The schema is versioned in the output (`"schema": "filingdown/2"`) and described in
/// `docs/json-schema.md`. With `lines`, one object per document per line (JSON Lines).
public struct JSONWriter: DocumentWriter, BlockRenderer {
    /// The version every output names; it changes whenever a field is added, renamed or retyped.
    public static let schema = "filingdown/2"
    /// Held as the other writers hold theirs; no option changes what this writer writes.
    public let options: ConversionOptions
    /// JSON Lines: one object per document, each with the filing's identity.
    public let lines: Bool
    private var header: SubmissionHeader?
    /// Documents written so far: the separator between them is the writer's own business.
    private var documentsWritten = 0
    /// Blocks written so far in the current document.
    private var blocksWritten = 0

    /// A writer for one output; it counts documents and blocks, so do not reuse it for another.
    public init(options: ConversionOptions, lines: Bool) {
        self.options = options
        self.lines = lines
    }

    public var needsOutline: Bool { true }

    public mutating func begin(header: SubmissionHeader?, into out: inout [UInt8]) {
        self.header = header
        guard !lines else { return }
        out.append("{\"schema\":\"\(JSONWriter.schema)\",\"header\":")
        if let header { HeaderRecord(header).writeJSON(into: &out) } else { out.append("null") }
        out.append(",\"documents\":[")
    }

    public mutating func write(_ document: FilingDocument, outline: [OutlineEntry], named: Bool, into out: inout [UInt8]) {
        defer { documentsWritten += 1 }
        if lines {
            out.append("{\"schema\":\"\(JSONWriter.schema)\",\"accession_number\":")
            JSONString.write(header?.accessionNumber, into: &out)
            out.append(",\"form_type\":")
            JSONString.write(header?.formType, into: &out)
            let company = header?.company
            out.append(",\"filing_date\":"); JSONString.write(header?.filingDate, into: &out)
            out.append(",\"cik\":"); JSONString.write(company?.cik, into: &out)
            out.append(",\"company\":"); JSONString.write(company?.name, into: &out)
            out.append(",\"document\":")
            writeDocument(document, outline: outline, into: &out)
            out.append("}\n")
        } else {
            if documentsWritten > 0 { out.append(",") }
            out.append("\n")
            writeDocument(document, outline: outline, into: &out)
        }
    }

    public mutating func end(into out: inout [UInt8]) {
        guard !lines else { return }
        out.append("\n]}\n")
    }

    private mutating func writeDocument(_ d: FilingDocument, outline: [OutlineEntry], into out: inout [UInt8]) {
        out.append("{\"sequence\":"); JSONString.write(d.sequence, into: &out)
        out.append(",\"type\":"); JSONString.write(d.type, into: &out)
        out.append(",\"filename\":"); JSONString.write(d.filename, into: &out)
        out.append(",\"description\":"); JSONString.write(d.description, into: &out)
        out.append(",\"kind\":\"\(d.kind.rawValue)\",\"size\":\(d.size),\"outline\":[")
        for (i, e) in outline.enumerated() {
            if i > 0 { out.append(",") }
            out.append("{\"kind\":\"\(e.kind.rawValue)\",\"number\":"); JSONString.write(e.number, into: &out)
            out.append(",\"part\":"); JSONString.write(e.part, into: &out)
            out.append(",\"heading\":"); JSONString.write(e.heading, into: &out)
            out.append(",\"title\":"); JSONString.write(e.title, into: &out)
            out.append(",\"page\":"); JSONString.write(e.page, into: &out)
            out.append(",\"start_block\":\(e.start.block),\"start_line\":\(e.start.line)")
            out.append(",\"end_block\":\(e.end.block),\"end_line\":\(e.end.line),\"size\":\(e.size)")
            if !e.continuedAt.isEmpty {
                out.append(",\"continued_at\":[")
                for (k, r) in e.continuedAt.enumerated() {
                    if k > 0 { out.append(",") }
                    out.append("{\"start_block\":\(r.lowerBound.block),\"start_line\":\(r.lowerBound.line)")
                    out.append(",\"end_block\":\(r.upperBound.block),\"end_line\":\(r.upperBound.line)}")
                }
                out.append("]")
            }
            out.append("}")
        }
        out.append("],\"blocks\":[")
        blocksWritten = 0
        render(d.body.blocks, into: &out)
        out.append("]}")
    }

    /// `{"type":"…"` and the comma before every block but the first.
    private mutating func open(_ type: String, into out: inout [UInt8]) {
        if blocksWritten > 0 { out.append(",") }
        blocksWritten += 1
        out.append("{\"type\":\"")
        out.append(type)
        out.append("\"")
    }

    /// The block's `source` member and its closing brace.
    private func close(_ block: Block, into out: inout [UInt8]) {
        if let s = block.source {
            out.append(",\"source\":{\"start\":\(s.start),\"end\":\(s.end),\"page\":\(s.page),\"page_label\":")
            JSONString.write(s.pageLabel, into: &out)
            out.append("}")
        }
        out.append("}")
    }

    public mutating func heading(_ heading: Heading, of block: Block, into out: inout [UInt8]) {
        open("heading", into: &out)
        out.append(",\"level\":\(heading.level),\"role\":\"\(heading.role.name)\"")
        if let number = heading.role.number { out.append(",\"number\":"); JSONString.write(number, into: &out) }
        out.append(",\"text\":")
        JSONString.write(heading.inlines.plainText, into: &out)
        out.append(",\"inlines\":"); writeInlines(heading.inlines, into: &out)
        close(block, into: &out)
    }

    public mutating func paragraph(_ inlines: [Inline], of block: Block, into out: inout [UInt8]) {
        open("paragraph", into: &out)
        out.append(",\"text\":")
        JSONString.write(inlines.plainText, into: &out)
        out.append(",\"inlines\":"); writeInlines(inlines, into: &out)
        close(block, into: &out)
    }

    public mutating func list(_ list: ListBlock, of block: Block, into out: inout [UInt8]) {
        open("list", into: &out)
        out.append(",\"ordered\":\(list.ordered),\"items\":[")
        for (i, item) in list.items.enumerated() {
            if i > 0 { out.append(",") }
            out.append("{\"text\":"); JSONString.write(item.plainText, into: &out)
            out.append(",\"inlines\":"); writeInlines(item, into: &out)
            out.append("}")
        }
        out.append("]")
        close(block, into: &out)
    }

    public mutating func table(_ table: Table, of block: Block, into out: inout [UInt8]) {
        open("table", into: &out)
        out.append(",\"header_rows\":\(table.headerRows.count),\"columns\":\(table.columnCount),\"alignments\":[")
        out.append(table.alignments.map { "\"\($0.rawValue)\"" }.joined(separator: ","))
        out.append("],\"caption\":")
        if let caption = table.caption { JSONString.write(caption.plainText, into: &out) } else { out.append("null") }
        out.append(",\"header\":[")
        for (c, cell) in (table.headerRows.isEmpty ? [] : table.fusedHeader).enumerated() {
            if c > 0 { out.append(",") }
            JSONString.write(FootnoteMarkers.readingText(cell.inlines), into: &out)
        }
        out.append("],\"rows\":[")
        for (r, row) in table.rows.enumerated() {
            if r > 0 { out.append(",") }
            out.append("[")
            for (c, cell) in row.enumerated() {
                if c > 0 { out.append(",") }
                JSONString.write(cell.valueText, into: &out)
            }
            out.append("]")
        }
        out.append("],\"markers\":[")
        // Only cells whose last inline is a superscript can carry markers.
        writeCellEntries(table, { $0.inlines.last?.footnoteMarker != nil ? $0.markers : [] }, into: &out) { marker, out in
            out.append("\"marker\":")
            JSONString.write(marker, into: &out)
        }
        out.append("],\"notes\":[")
        for (n, note) in table.notes.enumerated() {
            if n > 0 { out.append(",") }
            JSONString.write(note.plainText, into: &out)
        }
        out.append("]")
        writeCellData(table, into: &out)
        close(block, into: &out)
    }

    /// What a program reads from the cells beyond their text: `numbers` (parallel to `rows`),
    /// `facts` (the inline XBRL facts, by row and column) and `paragraphs` (cells of several).
    private func writeCellData(_ table: Table, into out: inout [UInt8]) {
        out.append(",\"numbers\":[")
        let headerCount = table.headerRows.count
        for (r, row) in table.rows.enumerated() {
            if r > 0 { out.append(",") }
            out.append("[")
            for (c, cell) in row.enumerated() {
                if c > 0 { out.append(",") }
                if r >= headerCount, let number = cell.number { out.append(number) } else { out.append("null") }
            }
            out.append("]")
        }
        out.append("],\"facts\":[")
        writeCellEntries(table, { $0.facts }, into: &out) { fact, out in JSONWriter.writeFact(fact, into: &out) }
        out.append("],\"paragraphs\":[")
        writeCellEntries(table, { cell -> [[String]] in
            guard cell.inlines.contains(.lineBreak) else { return [] }
            let paragraphs = cell.valueText.split(separator: "\n").map { String($0).trimmingASCIISpaces() }.filter { !$0.isEmpty }
            return paragraphs.count > 1 ? [paragraphs] : []
        }, into: &out) { paragraphs, out in
            out.append("\"paragraphs\":[")
            for (k, p) in paragraphs.enumerated() {
                if k > 0 { out.append(",") }
                JSONString.write(p, into: &out)
            }
            out.append("]")
        }
        out.append("]")
    }

    /// `{"row":R,"column":C,…}` for each entry `entries` finds in a cell, in reading order: the
    /// shape `markers`, `facts` and `paragraphs` share, `write` adding the entry's own members.
    private func writeCellEntries<Entry>(_ table: Table, _ entries: (TableCell) -> [Entry], into out: inout [UInt8],
                                         _ write: (Entry, inout [UInt8]) -> Void) {
        var first = true
        for (r, row) in table.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                for entry in entries(cell) {
                    if !first { out.append(",") }
                    first = false
                    out.append("{\"row\":")
                    out.append(String(r))
                    out.append(",\"column\":")
                    out.append(String(c))
                    out.append(",")
                    write(entry, &out)
                    out.append("}")
                }
            }
        }
    }

    /// A fact's members after `row` and `column` (see docs/json-schema.md).
    static func writeFact(_ fact: XBRLFact, into out: inout [UInt8]) {
        out.append("\"concept\":"); JSONString.write(fact.concept, into: &out)
        out.append(",\"context\":"); JSONString.write(fact.contextID, into: &out)
        out.append(",\"period\":")
        switch fact.period {
        case .duration(let start, let end)?:
            out.append("{\"start\":"); JSONString.write(start, into: &out)
            out.append(",\"end\":"); JSONString.write(end, into: &out); out.append("}")
        case .instant(let at)?:
            out.append("{\"instant\":"); JSONString.write(at, into: &out); out.append("}")
        case .forever?: out.append("{\"forever\":true}")
        case nil: out.append("null")
        }
        out.append(",\"dimensions\":{")
        for (k, d) in fact.dimensions.enumerated() {
            if k > 0 { out.append(",") }
            JSONString.write(d.axis, into: &out); out.append(":"); JSONString.write(d.member, into: &out)
        }
        out.append("},\"unit\":"); JSONString.write(fact.unit, into: &out)
        out.append(",\"decimals\":")
        if let d = fact.decimals, let n = Int(d.trimmingASCIISpaces()) { out.append(String(n)) } else { JSONString.write(fact.decimals, into: &out) }
        // Pieces appended one by one: an interpolated string per fact was a third of its cost.
        out.append(",\"scale\":")
        if let scale = fact.scale { out.append(String(scale)) } else { out.append("null") }
        out.append(fact.negated ? ",\"sign\":\"-\"" : ",\"sign\":null")
        out.append(",\"format\":"); JSONString.write(fact.format, into: &out)
        out.append(fact.isNumeric ? ",\"numeric\":true,\"text\":" : ",\"numeric\":false,\"text\":")
        JSONString.write(fact.text, into: &out)
        out.append(",\"value\":")
        out.append(fact.value ?? "null")
    }

    public mutating func pageBreak(_ pageBreak: PageBreak, of block: Block, into out: inout [UInt8]) {
        open("page_break", into: &out)
        out.append(",\"page_number\":"); JSONString.write(pageBreak.number, into: &out)
        close(block, into: &out)
    }

    public mutating func preformatted(_ text: String, of block: Block, into out: inout [UInt8]) {
        open("preformatted", into: &out)
        out.append(",\"text\":"); JSONString.write(text, into: &out)
        close(block, into: &out)
    }

    /// `{"type":"text_table","lines":[…],"columns":[0,40,52]}`.
    public mutating func textTable(_ table: TextTable, of block: Block, into out: inout [UInt8]) {
        open("text_table", into: &out)
        out.append(",\"text\":"); JSONString.write(table.lines.joined(separator: "\n"), into: &out)
        out.append(",\"lines\":[")
        for (i, line) in table.lines.enumerated() {
            if i > 0 { out.append(",") }
            JSONString.write(line, into: &out)
        }
        out.append("],\"columns\":[\(table.columns.map(String.init).joined(separator: ","))]")
        close(block, into: &out)
    }

    public mutating func image(alt: String, source: String, of block: Block, into out: inout [UInt8]) {
        open("image", into: &out)
        out.append(",\"alt\":"); JSONString.write(alt, into: &out)
        out.append(",\"src\":"); JSONString.write(source, into: &out)
        close(block, into: &out)
    }

    public mutating func omitted(_ a: OmittedDocument, of block: Block, into out: inout [UInt8]) {
        open("attachment", into: &out)
        out.append(",\"filename\":"); JSONString.write(a.filename, into: &out)
        out.append(",\"document_type\":"); JSONString.write(a.type, into: &out)
        out.append(",\"size\":\(a.size.map(String.init) ?? "null"),\"encoding\":"); JSONString.write(a.encoding, into: &out)
        out.append(",\"reason\":\"\(a.reason.rawValue)\"")
        if let detail = a.detail { out.append(",\"detail\":"); JSONString.write(detail, into: &out) }
        if let path = a.extractedTo { out.append(",\"extracted_to\":"); JSONString.write(path, into: &out) }
        close(block, into: &out)
    }

    public mutating func rule(of block: Block, into out: inout [UInt8]) {
        open("rule", into: &out)
        close(block, into: &out)
    }

    private func writeInlines(_ inlines: [Inline], into out: inout [UInt8]) {
        out.append("[")
        for (i, inline) in inlines.enumerated() {
            if i > 0 { out.append(",") }
            switch inline {
            case .text(let s): out.append("{\"type\":\"text\",\"text\":"); JSONString.write(s, into: &out); out.append("}")
            case .lineBreak: out.append("{\"type\":\"line_break\"}")
            case .strong(let c): out.append("{\"type\":\"strong\",\"content\":"); writeInlines(c, into: &out); out.append("}")
            case .emphasis(let c): out.append("{\"type\":\"emphasis\",\"content\":"); writeInlines(c, into: &out); out.append("}")
            case .superscript(let c): out.append("{\"type\":\"superscript\",\"content\":"); writeInlines(c, into: &out); out.append("}")
            case .link(let url, let c):
                out.append("{\"type\":\"link\",\"url\":"); JSONString.write(url, into: &out)
                out.append(",\"content\":"); writeInlines(c, into: &out); out.append("}")
            }
        }
        out.append("]")
    }
}

enum JSONString {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func write(_ s: String?, into out: inout [UInt8]) {
        guard var s else { out.append("null"); return }
        s.withUTF8 { write($0, into: &out) }
    }

    /// UTF-8 bytes as a JSON string, quoted.
    static func write(_ u: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        defer { out.append(UInt8(ascii: "\"")) }
        guard let base = u.baseAddress else { return }
        // One pass: the spans between escapes (most strings are one span) are copied whole.
        var spanStart = 0
        var i = 0
        while i < u.count {
            while i + 8 <= u.count, !anyNeedsEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
            let stop = min(i + 8, u.count)
            while i < stop {
                let b = u[i]
                if needsEscape(b) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[spanStart..<i]))
                    appendEscape(b, to: &out)
                    spanStart = i + 1
                }
                i += 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: u[spanStart...]))
    }

    @inline(__always) private static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x7F
    }

    /// Whether any of eight bytes needs an escape (is below 0x20, `"`, `\` or DEL), tested at
    /// once so clean text is scanned a word at a time: the classic has-zero-byte and
    /// has-byte-less-than tests, exact for "any" though not for which byte.
    @inline(__always) private static func anyNeedsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highBits
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C), delete = word ^ (ones &* 0x7F)
        let zero = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((delete &- ones) & ~delete)
        return (control | (zero & highBits)) != 0
    }

    private static func appendEscape(_ b: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch b {
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0..<0x20, 0x7F:
            out.append(contentsOf: "u00".utf8)
            out.append(hexDigits[Int(b >> 4)]); out.append(hexDigits[Int(b & 0xF)])
        default: out.append(b)
        }
    }

    static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        write(s, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
