/// Plain text for terminals, `grep`, `diff` and old pipelines: paragraphs wrapped on word
/// boundaries, headings underlined, tables aligned, a form feed between pages.
struct PlainTextWriter: DocumentWriter {
    let options: ConversionOptions

    init(options: ConversionOptions) { self.options = options }

    private var width: Int { options.columns > 0 ? options.columns : Int.max }

    mutating func begin(header: SubmissionHeader?, documentCount: Int, into out: inout [UInt8]) {
        guard let h = header else { return }
        var lines: [(String, String)] = []
        if let v = h.accessionNumber { lines.append(("Accession number", v)) }
        if let v = h.formType { lines.append(("Form type", v)) }
        if let v = h.filingDate { lines.append(("Filing date", v)) }
        if let v = h.period { lines.append(("Period", v)) }
        for item in h.items { lines.append(("Item", item)) }
        for p in h.parties {
            let role = p.role.replacingOccurrences(of: "-", with: " ").capitalizedFirst
            var v = p.name ?? ""
            if let cik = p.cik { v += " (CIK \(cik))" }
            lines.append((role, v))
        }
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

    mutating func write(_ document: FilingDocument, index: Int, named: Bool, into out: inout [UInt8]) {
        if named { writeHeading(document.title, level: 1, into: &out) }
        for block in document.body.blocks { writeBlock(block, into: &out) }
    }

    mutating func end(into out: inout [UInt8]) {}

    private func writeWrapped(_ text: String, into out: inout [UInt8]) {
        for line in TextWrap.wrapParagraph(text, width: width) { out.append(line); out.append("\n") }
        out.append("\n")
    }

    private func writeHeading(_ text: String, level: Int, into out: inout [UInt8]) {
        let lines = TextWrap.wrap(text, width: width)
        for line in lines { out.append(line); out.append("\n") }
        let underline = min(lines.map(TextColumns.count).max() ?? 0, width)
        out.append(contentsOf: repeatElement(level <= 2 ? UInt8(ascii: "=") : UInt8(ascii: "-"), count: max(3, underline)))
        out.append("\n\n")
    }

    private func writeBlock(_ block: Block, into out: inout [UInt8]) {
        switch block.content {
        case .heading(let heading):
            writeHeading(heading.inlines.plainText.replacingOccurrences(of: "\n", with: " "), level: heading.level, into: &out)
        case .paragraph(let inlines):
            writeWrapped(inlines.plainText, into: &out)
        case .list(let list):
            for (n, item) in list.items.enumerated() {
                let marker = list.ordered ? "\(n + 1). " : "  * "
                let indent = String(repeating: " ", count: marker.count)
                for (k, line) in TextWrap.wrapParagraph(item.plainText, width: width - marker.count).enumerated() {
                    out.append(k == 0 ? marker : indent)
                    out.append(line)
                    out.append("\n")
                }
            }
            out.append("\n")
        case .table(let table):
            TextTableLayout.write(table, into: &out)
            out.append("\n")
        case .pageBreak(let pb):
            switch options.effectivePageBreaks {
            case .none: return
            case .formfeed: out.append("\u{0C}\n\n")
            case .marker:
                _ = pb
                out.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: min(width, 72)))
                out.append("\n\n")
            }
        case .preformatted(let text):
            out.append(text)
            out.append("\n\n")
        case .image(let alt, let source):
            writeWrapped("[image: \(alt.isEmpty ? source : alt)]", into: &out)
        case .omitted(let a):
            writeWrapped("[attachment: \(a.description)]", into: &out)
        case .rule:
            out.append(String(repeating: "*", count: 3))
            out.append("\n\n")
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
