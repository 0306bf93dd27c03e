internal import CLibXML2

/// libxml2's HTML parser driven by SAX events straight into a `DraftBuilder`: no tree is
/// built or freed. The tree would cost more than half of a conversion and 18 times the
/// document in memory; the events carry exactly what the tree would (libxml2's tag-soup
/// repairs, implied and auto-closed elements happen in the parser, not the tree builder).
enum HTMLParser {
    /// Parses with RECOVER and XML_PARSE_HUGE (without HUGE libxml2 silently drops
    /// everything below depth 256, which `<TR><TD><FONT>` soup reaches in 85 rows).
    /// False when libxml2 cannot even start (out of memory).
    static func parse(_ bytes: UnsafeRawBufferPointer, encoding: TextEncoding?, into builder: inout DraftBuilder) -> Bool {
        initializeOnce
        BenchmarkSupport.parseCensus.begin()
        defer { BenchmarkSupport.parseCensus.end() }
        var enc = encoding ?? TextEncoding.detect(bytes)
        guard let ctxt = htmlNewParserCtxt() else { return false }
        defer { htmlFreeParserCtxt(ctxt) }
        installHandlers(ctxt.pointee.sax)
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
        var patched = transcoded
        if let stripped = patched.withUnsafeBufferPointer(orElse: bytes, InlineXBRLHeader.removed) { patched = stripped }
        if let repaired = patched.withUnsafeBufferPointer(orElse: bytes, CommentRepair.repairUnterminated) { patched = repaired }
        // The handlers reach the builder through the context; a pointer, not a class, so
        // no exclusivity check runs per event.
        withUnsafeMutablePointer(to: &builder) { target in
            ctxt.pointee._private = UnsafeMutableRawPointer(target)
            let leftover: htmlDocPtr? = patched.withUnsafeBufferPointer(orElse: bytes) { buf in
                guard let base = buf.baseAddress?.assumingMemoryBound(to: CChar.self), buf.count > 0 else { return nil }
                return enc.rawValue.withCString { name in
                    htmlCtxtReadMemory(ctxt, base, Int32(clamping: buf.count), nil, name, options)
                }
            }
            if let leftover { xmlFreeDoc(leftover) }
            target.pointee.flushText()
        }
        return true
    }

    private static let initializeOnce: Void = {
        xmlInitParser()
        fd_disable_fastbins()
    }()

    /// Only the events the builder needs; with no `startDocument` libxml2 builds no tree.
    private static func installHandlers(_ sax: UnsafeMutablePointer<htmlSAXHandler>) {
        sax.pointee = htmlSAXHandler()
        sax.pointee.startElement = { ctx, name, atts in
            guard let name else { return }
            let builder = target(ctx)
            builder.pointee.flushText()
            builder.pointee.startElement(name, attributes: atts)
        }
        sax.pointee.endElement = { ctx, _ in
            let builder = target(ctx)
            builder.pointee.flushText()
            builder.pointee.endElement()
        }
        sax.pointee.characters = { ctx, ch, len in
            guard let ch, len > 0 else { return }
            target(ctx).pointee.characters(UnsafeBufferPointer(start: ch, count: Int(len)))
        }
        sax.pointee.cdataBlock = sax.pointee.characters
        sax.pointee.comment = { ctx, value in
            guard let value else { return }
            let builder = target(ctx)
            builder.pointee.flushText()
            builder.pointee.comment(value)
        }
    }

}

/// The builder a SAX callback works on, set by `parse` in the context's `_private`.
private func target(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<DraftBuilder> {
    let ctxt = ctx.unsafelyUnwrapped.assumingMemoryBound(to: xmlParserCtxt.self)
    return ctxt.pointee._private.unsafelyUnwrapped.assumingMemoryBound(to: DraftBuilder.self)
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
