/// XML documents: the forms with a renderer of their own (ownership forms 3/4/5, Form D,
/// 13F information tables) as their printed tables, followed by any field those tables do
/// not show; every other XML form, and any XML asked for (an XBRL instance with
/// `--all-documents`), through `GenericXMLForm`. Every text the XML holds reaches the output.
enum XMLDocumentSummary {
    static func rootElement(_ bytes: UnsafeRawBufferPointer) -> String {
        MarkupProbe(bytes).root ?? "unknown"
    }

    static func convert(_ bytes: UnsafeRawBufferPointer) -> Document {
        guard let root = XMLTree.parse(bytes) else {
            return Document(blocks: [FormBlocks.paragraph("XML document with root element \(rootElement(bytes)), \(bytes.count) bytes, "
                + "not well-formed; not shown.")])
        }
        var document: Document
        if root.name.caseInsensitiveEquals("ownershipDocument") {
            document = OwnershipForm.render(root)
        } else if FormD.isFormD(root) {
            document = FormD.render(root)
        } else if root.name.caseInsensitiveEquals("informationTable") {
            document = InformationTable13F.render(root)
        } else {
            return GenericXMLForm.render(root)
        }
        document.blocks += otherFields(root, shown: document.blocks)
        return document
    }

    /// The values a form's own renderer left out (`schemaVersion`, an address line it does not
    /// print), each labelled with the path of names that leads to it: a heading and one table.
    static func otherFields(_ root: XMLElement, shown blocks: [Block]) -> [Block] {
        let shown = ShownText(blocks)
        var rows: [(String, String?)] = []
        var stack: [(XMLElement, [String])] = [(root, [])]
        while let (e, path) = stack.popLast() {
            let here = path.isEmpty ? [] : path
            for a in GenericXMLForm.attributes(of: e) where !shown.contains(a.value) {
                rows.append(((here + [GenericXMLForm.label(a.name)]).joined(separator: " / "), a.value))
            }
            if !e.text.isEmpty, !shown.contains(e.text) {
                rows.append(((here.isEmpty ? [GenericXMLForm.label(e.name)] : here).joined(separator: " / "), e.text))
            }
            // A repeated element is numbered (`Related person info 2`), so its values stay told apart.
            var count: [String: Int] = [:]
            for c in e.children { count[c.qualifiedName, default: 0] += 1 }
            var seen: [String: Int] = [:]
            var children: [(XMLElement, [String])] = []
            for c in e.children {
                seen[c.qualifiedName, default: 0] += 1
                let name = GenericXMLForm.label(c.name) + (count[c.qualifiedName]! > 1 ? " \(seen[c.qualifiedName]!)" : "")
                children.append((c, here + [name]))
            }
            stack += children.reversed()
        }
        guard let table = FormBlocks.fields(rows) else { return [] }
        return [FormBlocks.heading("Other fields", level: 3), table]
    }
}

/// The words a document's blocks show, to ask whether a value appears in them as a whole
/// (`0` inside `2020` does not count; `0` alone in a cell does).
struct ShownText {
    private var text: [UInt8]
    /// Every cell, paragraph and heading whole: most values are one, found without a search.
    private var whole: Set<String> = []

    init(_ blocks: [Block]) {
        var parts: [String] = []
        for b in blocks {
            switch b.content {
            case .heading(let h): parts.append(h.inlines.plainText)
            case .paragraph(let i): parts.append(i.plainText)
            case .list(let l): parts += l.items.map(\.plainText)
            case .table(let t): for row in t.headerRows + t.bodyRows { parts += row.map { $0.inlines.plainText } }
            case .preformatted(let s): parts.append(s)
            case .textTable(let t): parts += t.lines
            default: break
            }
        }
        // Paragraphs split from one value join again with a space, as the value was collapsed.
        parts = parts.map { $0.contains(where: { $0.isNewline || $0 == "\t" || $0 == "\u{A0}" }) ? ASCIIText.collapsed($0) : $0 }
        text = Array((" " + parts.joined(separator: " ") + " ").utf8)
        whole = Set(parts)
    }

    func contains(_ value: String) -> Bool {
        let v = ASCIIText.collapsed(value)
        guard !v.isEmpty, !whole.contains(v) else { return true }
        let needle = Array(v.utf8)
        return text.withUnsafeBytes { bytes in
            var from = 1
            while let at = ByteSearch.index(of: needle, in: bytes, from: from) {
                let end = at + needle.count
                if !ShownText.isWordByte(bytes[at - 1]) && (end >= bytes.count || !ShownText.isWordByte(bytes[end])) { return true }
                from = at + 1
            }
            return false
        }
    }

    /// An ASCII letter or digit, or any byte of a non-ASCII character.
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b >= 0x80
    }
}
