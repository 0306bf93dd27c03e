/// Plain text for terminals, `grep`, `diff` and old pipelines: paragraphs wrapped on word
/// boundaries, headings underlined, tables aligned, a form feed between pages.
public struct PlainTextWriter: DocumentWriter, BlockRenderer {
    /// Read for `columns` (the wrap width) and `pageBreaks`; `format` is not consulted.
    public let options: ConversionOptions

    /// A writer with `options`; it keeps no state between documents.
    public init(options: ConversionOptions) { self.options = options }

    public var needsOutline: Bool { false }

    private var width: Int { options.columns > 0 ? options.columns : Int.max }

    public mutating func begin(header: SubmissionHeader?, into out: inout [UInt8]) {
        guard let h = header else { return }
        let lines = HeaderRecord(h).textLines()
        let keyWidth = lines.map(\.0.count).max() ?? 0
        for (k, v) in lines {
            let prefix = k + ":" + String(repeating: " ", count: keyWidth - k.count + 1)
            for (n, line) in TextWrap.wrap(v, width: width - prefix.count).enumerated() {
                out.append(n == 0 ? prefix : String(repeating: " ", count: prefix.count))
                out.append(line)
                out.append("\n")
            }
        }
        out.append("\n")
    }

    public mutating func write(_ document: FilingDocument, outline: [OutlineEntry], named: Bool, into out: inout [UInt8]) {
        if named { writeHeading(document.title, level: 1, into: &out) }
        render(document.body.blocks, into: &out)
    }

    /// An underlined `Not converted: …` title over one bullet per file.
    public mutating func writeOmitted(_ documents: [FilingDocument], into out: inout [UInt8]) {
        writeHeading(FilingDocument.omittedHeading(documents.count), level: 1, into: &out)
        list(ListBlock(ordered: false, items: documents.map { [.text($0.omittedLine)] }), of: Block(.rule), into: &out)
    }

    public mutating func end(into out: inout [UInt8]) {}

    private func writeWrapped(_ text: String, into out: inout [UInt8]) {
        TextWrap.wrapParagraph(text, width: width) { line in
            out.append(contentsOf: line)
            out.append(0x0A)
        }
        out.append(0x0A)
    }

    private func writeHeading(_ text: String, level: Int, into out: inout [UInt8]) {
        let lines = TextWrap.wrap(text, width: width)
        for line in lines { out.append(line); out.append("\n") }
        let underline = min(lines.map(TextColumns.count).max() ?? 0, width)
        out.append(contentsOf: repeatElement(level <= 2 ? UInt8(ascii: "=") : UInt8(ascii: "-"), count: max(3, underline)))
        out.append("\n\n")
    }

    public func heading(_ heading: Heading, of block: Block, into out: inout [UInt8]) {
        writeHeading(FootnoteMarkers.readingText(heading.inlines).replacingOccurrences(of: "\n", with: " "), level: heading.level, into: &out)
    }

    public func paragraph(_ inlines: [Inline], of block: Block, into out: inout [UInt8]) {
        writeWrapped(FootnoteMarkers.readingText(inlines), into: &out)
    }

    public func list(_ list: ListBlock, of block: Block, into out: inout [UInt8]) {
        for (n, item) in list.items.enumerated() {
            let marker = list.ordered ? "\(n + 1). " : "  * "
            let indent = String(repeating: " ", count: marker.count)
            for (k, line) in TextWrap.wrapParagraph(FootnoteMarkers.readingText(item), width: width - marker.count).enumerated() {
                out.append(k == 0 ? marker : indent)
                out.append(line)
                out.append("\n")
            }
        }
        out.append("\n")
    }

    public func table(_ table: Table, of block: Block, into out: inout [UInt8]) {
        if let caption = table.caption, !caption.isEmpty {
            for line in TextWrap.wrapParagraph(FootnoteMarkers.readingText(caption), width: width) { out.append(line); out.append("\n") }
        }
        TextTableLayout.write(table, pageWidth: width, into: &out)
        for note in table.notes where !note.isEmpty {
            for line in TextWrap.wrapParagraph(FootnoteMarkers.readingText(note), width: width) { out.append(line); out.append("\n") }
        }
        out.append("\n")
    }

    public func pageBreak(_ pageBreak: PageBreak, of block: Block, into out: inout [UInt8]) {
        switch options.effectivePageBreaks {
        case .none: return
        case .formfeed: out.append("\u{0C}\n\n")
        case .marker:
            out.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: min(width, 72)))
            out.append("\n\n")
        }
    }

    public func preformatted(_ text: String, of block: Block, into out: inout [UInt8]) {
        out.append(text)
        out.append("\n\n")
    }

    public func image(alt: String, source: String, of block: Block, into out: inout [UInt8]) {
        writeWrapped("[image: \(alt.isEmpty ? source : alt)]", into: &out)
    }

    public func omitted(_ document: OmittedDocument, of block: Block, into out: inout [UInt8]) {
        writeWrapped("[attachment: \(document.description)]", into: &out)
    }

    public func rule(of block: Block, into out: inout [UInt8]) {
        out.append(String(repeating: "*", count: 3))
        out.append("\n\n")
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
