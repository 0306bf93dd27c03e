internal import CLibXML2

/// Parses XML with libxml2's XML parser into an `XMLElement` tree.
///
/// The options are chosen for untrusted input: `XML_PARSE_NONET` (no network), and neither
/// `XML_PARSE_NOENT` nor `XML_PARSE_DTDLOAD`, so external entities are never fetched and
/// entity references are never substituted; without `XML_PARSE_HUGE` libxml2 keeps its
/// guards against entity amplification ("billion laughs") and nesting depth.
enum XMLTree {
    /// Deeper elements are dropped (libxml2 already stops at 256 without XML_PARSE_HUGE).
    static let maxDepth = 512

    static func parse(_ bytes: UnsafeRawBufferPointer) -> XMLElement? {
        XMLTree.initializeOnce
        guard let base = bytes.baseAddress, bytes.count > 0, bytes.count <= Int(Int32.max) else { return nil }
        let options = Int32(bitPattern: XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue)
        guard let doc = xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, nil, options) else {
            return nil
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return element(root, depth: 0)
    }

    private static func element(_ node: xmlNodePtr, depth: Int) -> XMLElement {
        var e = XMLElement(name: node.pointee.name.map { String(cString: $0) } ?? "")
        if let ns = node.pointee.ns, let p = ns.pointee.prefix { e.prefix = String(cString: p) }
        var attr = node.pointee.properties
        while let a = attr {
            if let name = a.pointee.name {
                var value = ""
                var t = a.pointee.children
                while let tn = t {
                    if let c = tn.pointee.content { value += String(cString: c) }
                    t = tn.pointee.next
                }
                e.attributes[String(cString: name)] = value
                e.attributeList.append(XMLAttribute(prefix: a.pointee.ns?.pointee.prefix.map { String(cString: $0) },
                                                    name: String(cString: name), value: value))
            }
            attr = a.pointee.next
        }
        var text = ""
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                if depth < maxDepth { e.children.append(element(c, depth: depth + 1)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { text += String(cString: content) }
            default:
                // Entity references stay unexpanded; comments and PIs carry no content.
                break
            }
            child = c.pointee.next
        }
        e.text = ASCIIText.collapsed(text)
        if text.utf8.count > XMLTree.paragraphsFrom, text.contains("\n") {
            let parts = XMLTree.paragraphs(text)
            if parts.count > 1 { e.paragraphs = parts }
        }
        return e
    }

    /// Shorter text is never split into paragraphs.
    static let paragraphsFrom = 160

    /// Text split at lines holding only white space, each part collapsed.
    static func paragraphs(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var blank = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                blank = true
                continue
            }
            if blank, !current.isEmpty {
                parts.append(ASCIIText.collapsed(current))
                current = ""
            }
            blank = false
            current += line
            current += "\n"
        }
        if !current.isEmpty { parts.append(ASCIIText.collapsed(current)) }
        return parts.filter { !$0.isEmpty }
    }

    private static let initializeOnce: Void = { xmlInitParser() }()
}
