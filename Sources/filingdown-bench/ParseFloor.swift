import CLibXML2
import Filingdown

/// libxml2's own parse speed on the converter's bytes: the floor the converter is measured
/// against. Parse with the options the issue names, free the tree, nothing else.
enum ParseFloor {
    /// RECOVER | NOERROR | NOWARNING | NONET | HUGE, as in the issue.
    static let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)

    /// Once per process, like the library: thread-safe init and no glibc fastbins.
    static func setUp() {
        xmlInitParser()
        fd_disable_fastbins()
    }

    /// Thread CPU seconds spent in `xmlFreeDoc` since the last reset, so a run can report
    /// the parse without the free as well as with it.
    nonisolated(unsafe) static var freeSeconds = 0.0

    /// Parses one HTML document into a tree and frees it. Returns the number of top-level
    /// children (so the work cannot be optimized away).
    @discardableResult
    static func parse(_ bytes: UnsafeRawBufferPointer, encoding: TextEncoding) -> Int {
        guard let ctxt = htmlNewParserCtxt() else { return 0 }
        defer { htmlFreeParserCtxt(ctxt) }
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count > 0 else { return 0 }
        let doc = encoding.rawValue.withCString { name in
            htmlCtxtReadMemory(ctxt, base, Int32(clamping: bytes.count), nil, name, options)
        }
        guard let doc else { return 0 }
        let n = doc.pointee.children == nil ? 0 : 1
        let t0 = System.threadCPU()
        xmlFreeDoc(doc)
        freeSeconds += System.threadCPU() - t0
        return n
    }

    /// libxml2's tokenizer alone: the same parse with no SAX handler at all, so no tree and
    /// no callbacks. No converter built on libxml2's HTML parser can be faster than this.
    @discardableResult
    static func tokenize(_ bytes: UnsafeRawBufferPointer, encoding: TextEncoding) -> Int {
        guard let ctxt = htmlNewParserCtxt() else { return 0 }
        defer { htmlFreeParserCtxt(ctxt) }
        ctxt.pointee.sax.pointee = htmlSAXHandler()
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count > 0 else { return 0 }
        let doc = encoding.rawValue.withCString { name in
            htmlCtxtReadMemory(ctxt, base, Int32(clamping: bytes.count), nil, name, options)
        }
        if let doc { xmlFreeDoc(doc) }
        return Int(ctxt.pointee.nbChars & 1)
    }
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
