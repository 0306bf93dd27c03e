internal import CLibXML2
import Synchronization

/// libxml2's HTML parser driven by SAX events straight into an `HTMLEvents` sink: no tree is
/// built or freed. The tree would cost more than half of a conversion and 18 times the
/// document in memory; the events carry exactly what the tree would (libxml2's tag-soup
/// repairs, implied and auto-closed elements happen in the parser, not the tree builder).
enum HTMLParser {
    /// Parses UTF-8 `bytes` (the preflight copy) with RECOVER and XML_PARSE_HUGE (without HUGE
    /// libxml2 silently drops everything below depth 256, which `<TR><TD><FONT>` soup reaches
    /// in 85 rows). False when libxml2 cannot even start (out of memory).
    static func parse<Sink: HTMLEvents>(utf8 bytes: UnsafeRawBufferPointer, into sink: inout Sink) -> Bool {
        initializeOnce
        let observer = HTMLParser.observer.withLock { $0 }
        observer?.parseBegan()
        defer { observer?.parseEnded() }
        guard let ctxt = htmlNewParserCtxt() else { return false }
        defer { htmlFreeParserCtxt(ctxt) }
        installHandlers(ctxt.pointee.sax)
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue
            | HTML_PARSE_COMPACT.rawValue)
        // The handlers reach the sink through the context as an existential: the SAX layer
        // knows no concrete sink. One copy in and out per document; none per event.
        var erased: any HTMLEvents = sink
        withUnsafeMutablePointer(to: &erased) { target in
            ctxt.pointee._private = UnsafeMutableRawPointer(target)
            if let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count > 0 {
                let leftover = htmlCtxtReadMemory(ctxt, base, Int32(clamping: bytes.count), nil, "UTF-8", options)
                if let leftover { xmlFreeDoc(leftover) }
            }
            target.pointee.endDocument(offset: bytes.count)
        }
        sink = erased as! Sink
        return true
    }

    /// Told when each parse starts and ends; nil unless the benchmark asked (`BenchmarkSupport.countParses`).
    static let observer = Mutex<(any ParseObserver)?>(nil)

    private static let initializeOnce: Void = {
        xmlInitParser()
        fd_disable_fastbins()
    }()

    /// Only the events the builder needs; with no `startDocument` libxml2 builds no tree.
    private static func installHandlers(_ sax: UnsafeMutablePointer<htmlSAXHandler>) {
        sax.pointee = htmlSAXHandler()
        sax.pointee.startElement = { ctx, name, atts in
            guard let name else { return }
            let (sink, offset) = target(ctx)
            sink.pointee.startElement(name, attributes: atts, offset: offset)
        }
        sax.pointee.endElement = { ctx, _ in
            let (sink, offset) = target(ctx)
            sink.pointee.endElement(offset: offset)
        }
        sax.pointee.characters = { ctx, ch, len in
            guard let ch, len > 0 else { return }
            let (sink, offset) = target(ctx)
            sink.pointee.characters(UnsafeBufferPointer(start: ch, count: Int(len)), offset: offset)
        }
        sax.pointee.cdataBlock = sax.pointee.characters
        sax.pointee.comment = { ctx, value in
            guard let value else { return }
            let (sink, offset) = target(ctx)
            sink.pointee.comment(value, offset: offset)
        }
    }
}

/// The sink a SAX callback works on, set by `parse` in the context's `_private`, and how far
/// the parser has read: the input is UTF-8 handed over whole, so the decoded stream's
/// offset is the byte offset of the bytes given.
private func target(_ ctx: UnsafeMutableRawPointer?) -> (UnsafeMutablePointer<any HTMLEvents>, Int) {
    let ctxt = ctx.unsafelyUnwrapped.assumingMemoryBound(to: xmlParserCtxt.self)
    let sink = ctxt.pointee._private.unsafelyUnwrapped.assumingMemoryBound(to: (any HTMLEvents).self)
    var offset = 0
    if let input = ctxt.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base {
        offset = Int(input.pointee.consumed) + (cur - base)
    }
    return (sink, offset)
}

/// Someone who wants to know when HTML parses start and end (the benchmark's census).
protocol ParseObserver: Sendable {
    func parseBegan()
    func parseEnded()
}
