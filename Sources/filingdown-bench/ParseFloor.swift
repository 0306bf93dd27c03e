import CLibXML2
import Filingdown

/// libxml2's own parse speed on the converter's bytes: the floor the converter is measured
/// against. Parse with the options the issue names, free the tree, nothing else.
enum ParseFloor {
    /// RECOVER | NOERROR | NOWARNING | NONET | HUGE, as in the issue.
    static let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)

    /// The library's own parse setup on top: COMPACT and the SAX hook that keeps `ix:` prefixes.
    static let libraryOptions = options | Int32(bitPattern: HTML_PARSE_COMPACT.rawValue)

    /// Once per process, like the library: thread-safe init and no glibc fastbins.
    static func setUp() {
        xmlInitParser()
        fd_disable_fastbins()
    }

    /// Parses one HTML document and frees it. Returns the number of top-level children
    /// (so the work cannot be optimized away).
    @discardableResult
    static func parse(_ bytes: UnsafeRawBufferPointer, encoding: TextEncoding, asLibrary: Bool = false) -> Int {
        guard let ctxt = htmlNewParserCtxt() else { return 0 }
        defer { htmlFreeParserCtxt(ctxt) }
        if asLibrary { ctxt.pointee.sax.pointee.startElement = keepPrefixStartElement }
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count > 0 else { return 0 }
        let doc = encoding.rawValue.withCString { name in
            htmlCtxtReadMemory(ctxt, base, Int32(clamping: bytes.count), nil, name, asLibrary ? libraryOptions : options)
        }
        guard let doc else { return 0 }
        let n = doc.pointee.children == nil ? 0 : 1
        xmlFreeDoc(doc)
        return n
    }
}

/// Same hook as the library's HTMLDocument: restore `ix:` prefixes that the HTML parser drops.
private let keepPrefixStartElement: startElementSAXFunc = { ctx, name, atts in
    xmlSAX2StartElement(ctx, name, atts)
    guard let ctx, let name, xmlStrchr(name, UInt8(ascii: ":")) != nil else { return }
    let parser = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    if let node = parser.pointee.node { xmlNodeSetName(node, name) }
}

/// Counts libxml2 documents alive at once, through libxml2's node register/deregister
/// callbacks (called for every node, documents included, once they are installed).
/// Used only in a child process, to show a 100 MB submission never holds two parsed DOMs.
enum LiveDocumentCounter {
    nonisolated(unsafe) static var live = 0
    nonisolated(unsafe) static var maxLive = 0
    nonisolated(unsafe) static var created = 0

    static func install() {
        _ = xmlRegisterNodeDefault { node in
            guard let node, node.pointee.type == XML_HTML_DOCUMENT_NODE || node.pointee.type == XML_DOCUMENT_NODE else { return }
            LiveDocumentCounter.live += 1
            LiveDocumentCounter.created += 1
            LiveDocumentCounter.maxLive = max(LiveDocumentCounter.maxLive, LiveDocumentCounter.live)
        }
        _ = xmlDeregisterNodeDefault { node in
            guard let node, node.pointee.type == XML_HTML_DOCUMENT_NODE || node.pointee.type == XML_DOCUMENT_NODE else { return }
            LiveDocumentCounter.live -= 1
        }
    }
}
