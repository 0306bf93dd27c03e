internal import CLibXML2

/// A libxml2 HTML tree, owned: parsed from bytes, freed on deinit.
final class HTMLDocument {
    let doc: htmlDocPtr

    /// Parses with RECOVER and XML_PARSE_HUGE (without HUGE libxml2 silently drops
    /// everything below depth 256, which `<TR><TD><FONT>` soup reaches in 85 rows).
    init?(bytes: UnsafeRawBufferPointer, encoding: TextEncoding?) {
        HTMLDocument.initializeOnce
        var enc = encoding ?? TextEncoding.detect(bytes)
        guard let ctxt = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(ctxt) }
        ctxt.pointee.sax.pointee.startElement = keepPrefixStartElement
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue
            | HTML_PARSE_COMPACT.rawValue)
        // iconv's windows-1252 stops at the five bytes the charset leaves undefined (0x81,
        // 0x8D, 0x8F, 0x90, 0x9D): libxml2 then prints "encoding error" and drops the rest of
        // the document. Decode it here (undefined bytes vanish) and hand libxml2 UTF-8.
        var transcoded: [UInt8]?
        if enc == .windows1252 {
            transcoded = Array(Latin1.decodeWindows1252(bytes).utf8)
            enc = .utf8
        }
        let patched = transcoded.map { t in t.withUnsafeBytes { CommentRepair.repairUnterminated($0) } ?? t }
            ?? CommentRepair.repairUnterminated(bytes)
        let parsed: htmlDocPtr? = patched.withUnsafeBufferPointer(orElse: bytes) { buf in
            guard let base = buf.baseAddress?.assumingMemoryBound(to: CChar.self), buf.count > 0 else {
                return " ".withCString { htmlCtxtReadMemory(ctxt, $0, 1, nil, "UTF-8", options) }
            }
            return enc.rawValue.withCString { name in
                htmlCtxtReadMemory(ctxt, base, Int32(clamping: buf.count), nil, name, options)
            }
        }
        guard let parsed else { return nil }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    var root: xmlNodePtr? { xmlDocGetRootElement(doc) }

    private static let initializeOnce: Void = {
        xmlInitParser()
        fd_disable_fastbins()
    }()
}

/// libxml2's HTML parser drops namespace prefixes (`ix:header` becomes `header`, which is
/// also an HTML5 element). Putting the prefix back lets the normalizer tell them apart.
private let keepPrefixStartElement: startElementSAXFunc = { ctx, name, atts in
    xmlSAX2StartElement(ctx, name, atts)
    guard let ctx, let name, xmlStrchr(name, UInt8(ascii: ":")) != nil else { return }
    let parser = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
    if let node = parser.pointee.node { xmlNodeSetName(node, name) }
}

private extension Optional where Wrapped == [UInt8] {
    func withUnsafeBufferPointer<R>(orElse bytes: UnsafeRawBufferPointer,
                                    _ body: (UnsafeRawBufferPointer) -> R) -> R {
        switch self {
        case .some(let copy): return copy.withUnsafeBytes(body)
        case .none: return body(bytes)
        }
    }
}
