/// GitHub-flavoured Markdown: ATX headings, a blank line between blocks, no hard wrapping,
/// pipe tables, and a page break as `<!-- page N -->` plus a thematic break.
struct MarkdownWriter: DocumentWriter {
    let options: ConversionOptions

    init(options: ConversionOptions) { self.options = options }

    mutating func begin(header: SubmissionHeader?, documentCount: Int, into out: inout [UInt8]) {
        guard let header else { return }
        out.append(FrontMatter.yaml(header))
        out.append("\n")
    }

    mutating func write(_ document: FilingDocument, index: Int, named: Bool, into out: inout [UInt8]) {
        if index > 0 || (named && !out.isEmpty) { }
        if named {
            out.append("# ")
            out.append(MarkdownEscaping.escape(document.title, lineStart: false,
                                               context: MarkdownEscaping.context(for: document.title, inTable: false), previous: nil))
            out.append("\n\n")
        }
        for block in document.body.blocks { writeBlock(block, into: &out) }
    }

    mutating func end(into out: inout [UInt8]) {}

    private func writeBlock(_ block: Block, into out: inout [UInt8]) {
        switch block.content {
        case .heading(let heading):
            out.append(String(repeating: "#", count: max(1, min(6, heading.level))))
            out.append(" ")
            var text = MarkdownInlines.render(heading.inlines, inTable: false, lineStart: false)
            // A heading is one line; a trailing run of # would be read as a closing sequence.
            text = text.replacingOccurrences(of: "\\\n", with: " ")
            if text.hasSuffix("#") { text = String(text.dropLast()) + "\\#" }
            out.append(text)
            out.append("\n\n")
        case .paragraph(let inlines):
            let text = MarkdownInlines.render(inlines, inTable: false, lineStart: true)
            guard !text.isEmpty else { return }
            out.append(text)
            out.append("\n\n")
        case .list(let list):
            for (n, item) in list.items.enumerated() {
                let marker = list.ordered ? "\(n + 1). " : "- "
                let text = MarkdownInlines.render(item, inTable: false, lineStart: false)
                let indent = String(repeating: " ", count: marker.count)
                out.append(marker)
                out.append(text.replacingOccurrences(of: "\n", with: "\n" + indent))
                out.append("\n")
            }
            out.append("\n")
        case .table(let table):
            MarkdownTable.write(table, into: &out)
            out.append("\n")
        case .pageBreak(let pb):
            switch options.effectivePageBreaks {
            case .none: return
            case .formfeed: out.append("\u{0C}\n\n")
            case .marker:
                if let n = pb.number { out.append("<!-- page \(n.replacingOccurrences(of: "--", with: "-")) -->\n\n") }
                out.append("---\n\n")
            }
        case .preformatted(let text):
            let fence = String(repeating: "`", count: max(3, MarkdownWriter.longestBacktickRun(text) + 1))
            out.append(fence)
            out.append("\n")
            out.append(text)
            out.append("\n")
            out.append(fence)
            out.append("\n\n")
        case .image(let alt, let source):
            let altText = MarkdownEscaping.escape(alt, lineStart: false, context: .init(), previous: nil)
            out.append("![\(altText.replacingOccurrences(of: "]", with: "\\]"))](\(MarkdownEscaping.destination(source)))\n\n")
        case .omitted(let a):
            out.append("*Attachment: ")
            out.append(MarkdownEscaping.escape(a.description, lineStart: false, context: .init(), previous: nil))
            out.append("*\n\n")
        case .rule:
            out.append("***\n\n")
        }
    }
}

extension MarkdownWriter {
    /// A fence must be longer than any run of backticks inside the block.
    static func longestBacktickRun(_ text: String) -> Int {
        var longest = 0, run = 0
        for b in text.utf8 {
            if b == UInt8(ascii: "`") { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        return longest
    }
}

extension OmittedDocument {
    /// `g123.jpg, GRAPHIC, 12,345 bytes (uuencoded), not shown`
    var description: String {
        var parts: [String] = []
        parts.append(filename.isEmpty ? "unnamed" : filename)
        if !type.isEmpty { parts.append(type) }
        if let size { parts.append("\(size) bytes" + (encoding == "uuencode" ? " (uuencoded)" : "")) }
        return parts.joined(separator: ", ") + ", not shown"
    }
}
