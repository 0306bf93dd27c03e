/// GitHub-flavoured Markdown: ATX headings, a blank line between blocks, no hard wrapping,
/// pipe tables, and a page break as `<!-- page N -->` plus a thematic break.
public struct MarkdownWriter: DocumentWriter, BlockRenderer {
    /// Read for `pageBreaks`; `format` is not consulted, this writer always writes Markdown.
    public let options: ConversionOptions

    /// A writer with `options`; it keeps no state between documents.
    public init(options: ConversionOptions) { self.options = options }

    public var needsOutline: Bool { false }

    public mutating func begin(header: SubmissionHeader?, into out: inout [UInt8]) {
        guard let header else { return }
        let yaml = HeaderRecord(header).yaml()
        if options.headerAsCodeBlock {
            // Every value is double-quoted, so no line of the YAML opens with a backtick.
            out.append("```yaml\n")
            out.append(String(yaml.dropFirst(4).dropLast(4)))
            out.append("```\n\n")
        } else {
            out.append(yaml)
            out.append("\n")
        }
    }

    public mutating func write(_ document: FilingDocument, outline: [OutlineEntry], named: Bool, into out: inout [UInt8]) {
        if named {
            out.append("# ")
            out.append(MarkdownEscaping.escape(document.title, lineStart: false,
                                               context: MarkdownEscaping.context(for: document.title, inTable: false), previous: nil))
            out.append("\n\n")
        }
        render(document.body.blocks, into: &out)
    }

    /// `# Not converted: N XBRL viewer and data files` over one bullet per file.
    public mutating func writeOmitted(_ documents: [FilingDocument], into out: inout [UInt8]) {
        out.append("# ")
        out.append(FilingDocument.omittedHeading(documents.count))
        out.append("\n\n")
        list(ListBlock(ordered: false, items: documents.map { [.text($0.omittedLine)] }), of: Block(.rule), into: &out)
    }

    public mutating func end(into out: inout [UInt8]) {}

    public func heading(_ heading: Heading, of block: Block, into out: inout [UInt8]) {
        out.append(String(repeating: "#", count: max(1, min(6, heading.level))))
        out.append(" ")
        // Plain text: a chunker keys on the heading's words, not on its marks (the JSON keeps
        // them); one line.
        let plain = heading.inlines.plainText.replacingOccurrences(of: "\n", with: " ")
        var text = MarkdownInlines.render([.text(plain)], in: .heading)
        // A trailing run of # would be read as a closing sequence.
        if text.hasSuffix("#") { text = String(text.dropLast()) + "\\#" }
        out.append(text)
        out.append("\n\n")
    }

    public func paragraph(_ inlines: [Inline], of block: Block, into out: inout [UInt8]) {
        let text = MarkdownInlines.render(inlines, in: .paragraph)
        guard !text.isEmpty else { return }
        out.append(text)
        out.append("\n\n")
    }

    public func list(_ list: ListBlock, of block: Block, into out: inout [UInt8]) {
        for (n, item) in list.items.enumerated() {
            let marker = list.ordered ? "\(n + 1). " : "- "
            let text = MarkdownInlines.render(item, in: .listItem)
            let indent = String(repeating: " ", count: marker.count)
            out.append(marker)
            out.append(text.replacingOccurrences(of: "\n", with: "\n" + indent))
            out.append("\n")
        }
        out.append("\n")
    }

    public func table(_ table: Table, of block: Block, into out: inout [UInt8]) {
        MarkdownTable.write(table, into: &out)
        out.append("\n")
    }

    public func pageBreak(_ pb: PageBreak, of block: Block, into out: inout [UInt8]) {
        switch options.effectivePageBreaks {
        case .none: return
        case .formfeed: out.append("\u{0C}\n\n")
        case .marker:
            if let n = pb.number { out.append("<!-- page \(n.replacingOccurrences(of: "--", with: "-")) -->\n\n") }
            out.append("---\n\n")
        }
    }

    public func preformatted(_ text: String, of block: Block, into out: inout [UInt8]) {
        let fence = String(repeating: "`", count: max(3, MarkdownWriter.longestBacktickRun(text) + 1))
        out.append(fence)
        out.append("\n")
        out.append(text)
        out.append("\n")
        out.append(fence)
        out.append("\n\n")
    }

    public func image(alt: String, source: String, of block: Block, into out: inout [UInt8]) {
        let altText = MarkdownEscaping.escape(alt, lineStart: false, context: .init(), previous: nil)
        out.append("![\(altText.replacingOccurrences(of: "]", with: "\\]"))](\(MarkdownEscaping.destination(source)))\n\n")
    }

    public func omitted(_ a: OmittedDocument, of block: Block, into out: inout [UInt8]) {
        out.append("*Attachment: ")
        out.append(MarkdownEscaping.escape(a.description, lineStart: false, context: .init(), previous: nil))
        out.append("*\n\n")
    }

    public func rule(of block: Block, into out: inout [UInt8]) {
        out.append("***\n\n")
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
    /// `g123.jpg, GRAPHIC, 12,345 bytes (uuencoded), not shown`, or `…, extracted to DIR/g123.jpg`
    var description: String {
        var parts: [String] = []
        parts.append(filename.isEmpty ? "unnamed" : filename)
        if !type.isEmpty { parts.append(type) }
        if let detail { parts.append(detail) }
        if let size { parts.append("\(size) bytes" + (encoding == "uuencode" ? " (uuencoded)" : "")) }
        return parts.joined(separator: ", ") + (extractedTo.map { ", extracted to \($0)" } ?? ", not shown")
    }
}
