/// A format's renderer. The converter hands it the submission header once, then each document
/// with the document's outline, then ends it; the writer owns everything between, the
/// separators included. Writers never see HTML. A library user who edits a `Document` renders
/// it with `MarkdownWriter`, `PlainTextWriter` or `JSONWriter`.
public protocol DocumentWriter {
    /// Whether `write` reads the outline it is given; the converter computes outlines only then.
    var needsOutline: Bool { get }
    /// Called once, before any document; `header` is nil for a file with no `<SEC-HEADER>`
    /// (a bare `.htm`), and for a header the options turn off.
    mutating func begin(header: SubmissionHeader?, into out: inout [UInt8])
    /// `named`: the document came from a `<DOCUMENT>` wrapper and gets a heading naming it.
    mutating func write(_ document: FilingDocument, outline: [OutlineEntry], named: Bool, into out: inout [UInt8])
    /// Called once after the filer's documents with the viewer and data files left out, each
    /// a document whose body is one omitted-document block. The default writes them as
    /// documents; Markdown and plain text list them compactly.
    mutating func writeOmitted(_ documents: [FilingDocument], into out: inout [UInt8])
    /// Called once after the last document, also when none was written: close what `begin` opened.
    mutating func end(into out: inout [UInt8])
}

extension DocumentWriter {
    /// Each left-out file as a document of its own, named, holding its one omitted-document block.
    public mutating func writeOmitted(_ documents: [FilingDocument], into out: inout [UInt8]) {
        for document in documents { write(document, outline: [], named: true, into: &out) }
    }
}

/// What a writer does with each kind of block. `render(_:into:)` is the one walk over a
/// document's blocks that every writer shares: each block reaches exactly one method.
public protocol BlockRenderer {
    /// `block` is the whole block the content came from, for its `source` span; each method
    /// gets its case's payload already unpacked.
    mutating func heading(_ heading: Heading, of block: Block, into out: inout [UInt8])
    /// `inlines` can be empty (a paragraph emptied by cleanup or built by hand).
    mutating func paragraph(_ inlines: [Inline], of block: Block, into out: inout [UInt8])
    /// A flat list; an item's inlines can hold `.lineBreak`s between its paragraphs.
    mutating func list(_ list: ListBlock, of block: Block, into out: inout [UInt8])
    /// A rectangle of cells, already cleaned: the renderer lays it out, it never repairs it.
    mutating func table(_ table: Table, of block: Block, into out: inout [UInt8])
    /// Where `ConversionOptions.pageBreaks` applies: a renderer may write nothing for it.
    mutating func pageBreak(_ pageBreak: PageBreak, of block: Block, into out: inout [UInt8])
    /// Text whose spacing carries meaning: write it unwrapped and unescaped.
    mutating func preformatted(_ text: String, of block: Block, into out: inout [UInt8])
    /// A 1990s text table; the default writes its lines as preformatted text.
    mutating func textTable(_ table: TextTable, of block: Block, into out: inout [UInt8])
    /// `source` as filed or as `ConversionOptions.imageSources` relinked it; `alt` may be empty.
    mutating func image(alt: String, source: String, of block: Block, into out: inout [UInt8])
    /// A part that is not text: name it, never write its bytes.
    mutating func omitted(_ document: OmittedDocument, of block: Block, into out: inout [UInt8])
    /// A thematic break inside a page; page ends arrive as `pageBreak` instead.
    mutating func rule(of block: Block, into out: inout [UInt8])
}

extension BlockRenderer {
    /// Its lines verbatim, as any preformatted text: the columns are already laid out.
    public mutating func textTable(_ table: TextTable, of block: Block, into out: inout [UInt8]) {
        preformatted(table.lines.joined(separator: "\n"), of: block, into: &out)
    }

    /// Renders `blocks` in order.
    public mutating func render(_ blocks: [Block], into out: inout [UInt8]) {
        for block in blocks { render(block, into: &out) }
    }

    /// Renders one block.
    public mutating func render(_ block: Block, into out: inout [UInt8]) {
        switch block.content {
        case .heading(let h): heading(h, of: block, into: &out)
        case .paragraph(let i): paragraph(i, of: block, into: &out)
        case .list(let l): list(l, of: block, into: &out)
        case .table(let t): table(t, of: block, into: &out)
        case .pageBreak(let p): pageBreak(p, of: block, into: &out)
        case .preformatted(let s): preformatted(s, of: block, into: &out)
        case .textTable(let t): textTable(t, of: block, into: &out)
        case .image(let alt, let source): image(alt: alt, source: source, of: block, into: &out)
        case .omitted(let d): omitted(d, of: block, into: &out)
        case .rule: rule(of: block, into: &out)
        }
    }
}

extension Array where Element == UInt8 {
    @inline(__always) mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { append(contentsOf: $0) }
    }
}

extension FilingDocument {
    /// `Document 13: XML (report.css): XBRL viewer stylesheet, 2686 bytes`: one line of the
    /// list of files left out.
    var omittedLine: String {
        var line = "Document \(sequence ?? "?")"
        if let type, !type.isEmpty { line += ": \(type)" }
        if let filename, !filename.isEmpty { line += " (\(filename))" }
        guard case .omitted(let entry)? = body.blocks.first?.content else { return line }
        var parts: [String] = []
        if let detail = entry.detail { parts.append(detail) }
        if let size = entry.size { parts.append("\(size) bytes" + (entry.encoding == "uuencode" ? " (uuencoded)" : "")) }
        if let path = entry.extractedTo { parts.append("extracted to \(path)") }
        return parts.isEmpty ? line : line + ": " + parts.joined(separator: ", ")
    }

    /// The heading over that list.
    static func omittedHeading(_ count: Int) -> String {
        "Not converted: \(count) XBRL viewer and data file\(count == 1 ? "" : "s")"
    }

    /// `Document 2: EX-99.1 (ex99-1.htm): Press release` — what a document heading says.
    var title: String {
        var parts = "Document \(sequence ?? "?")"
        if let type, !type.isEmpty { parts += ": \(type)" }
        if let filename, !filename.isEmpty { parts += " (\(filename))" }
        if let description, !description.isEmpty, description != type { parts += " — \(description)" }
        return parts
    }
}
