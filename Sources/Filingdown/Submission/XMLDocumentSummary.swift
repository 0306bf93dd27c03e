/// XML that is not rendered as a form is named by its root element and size, never dumped.
enum XMLDocumentSummary {
    static func rootElement(_ bytes: UnsafeRawBufferPointer) -> String {
        let head = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<min(bytes.count, 8192)]), as: UTF8.self)
        var rest = Substring(head)
        while let lt = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: lt)...]
            guard let first = rest.first else { break }
            if first == "?" || first == "!" || first == "/" { continue }
            let name = rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
            if name.lowercased() == "xml" { continue }
            return String(name)
        }
        return "unknown"
    }

    static func convert(_ bytes: UnsafeRawBufferPointer) -> Document {
        let root = rootElement(bytes)
        return Document(blocks: [.paragraph([.text("XML document with root element \(root), \(bytes.count) bytes.")])])
    }
}
