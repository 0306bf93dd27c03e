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
        // The handlers reach the sink through its type, kept as an existential metatype: the SAX
        // layer names no concrete sink, an event costs one witness-table call, and nothing is
        // retained per event (a table of closures made here retained their context on every call).
        withUnsafeMutablePointer(to: &sink) { pointer in
            var target = Target(sink: UnsafeMutableRawPointer(pointer), events: Sink.self)
            withUnsafeMutablePointer(to: &target) { t in
                ctxt.pointee._private = UnsafeMutableRawPointer(t)
                if let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count > 0 {
                    let leftover = htmlCtxtReadMemory(ctxt, base, Int32(clamping: bytes.count), nil, "UTF-8", options)
                    if let leftover { xmlFreeDoc(leftover) }
                }
            }
            pointer.pointee.endDocument(offset: bytes.count)
        }
        return true
    }

    /// What `_private` points at during a parse: the sink, and its type.
    fileprivate struct Target {
        var sink: UnsafeMutableRawPointer
        var events: any HTMLEvents.Type
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
            let (t, offset) = target(ctx)
            t.pointee.events.start(t.pointee.sink, name, atts, offset)
        }
        sax.pointee.endElement = { ctx, _ in
            let (t, offset) = target(ctx)
            t.pointee.events.end(t.pointee.sink, offset)
        }
        sax.pointee.characters = { ctx, ch, len in
            guard let ch, len > 0 else { return }
            let (t, offset) = target(ctx)
            t.pointee.events.characters(t.pointee.sink, UnsafeBufferPointer(start: ch, count: Int(len)), offset)
        }
        sax.pointee.cdataBlock = sax.pointee.characters
        sax.pointee.comment = { ctx, value in
            guard let value else { return }
            let (t, offset) = target(ctx)
            t.pointee.events.comment(t.pointee.sink, value, offset)
        }
    }
}

/// The target a SAX callback works on, set by `parse` in the context's `_private`, and how far
/// the parser has read: the input is UTF-8 handed over whole, so the decoded stream's
/// offset is the byte offset of the bytes given.
private func target(_ ctx: UnsafeMutableRawPointer?) -> (UnsafeMutablePointer<HTMLParser.Target>, Int) {
    let ctxt = ctx.unsafelyUnwrapped.assumingMemoryBound(to: xmlParserCtxt.self)
    let t = ctxt.pointee._private.unsafelyUnwrapped.assumingMemoryBound(to: HTMLParser.Target.self)
    var offset = 0
    if let input = ctxt.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base {
        offset = Int(input.pointee.consumed) + (cur - base)
    }
    return (t, offset)
}

/// Someone who wants to know when HTML parses start and end (the benchmark's census).
protocol ParseObserver: Sendable {
    func parseBegan()
    func parseEnded()
}

/// The sink's event methods called on a raw pointer to it, through its type.
fileprivate extension HTMLEvents {
    static func start(_ sink: UnsafeMutableRawPointer, _ name: UnsafePointer<UInt8>,
                      _ attributes: UnsafePointer<UnsafePointer<UInt8>?>?, _ offset: Int) {
        sink.assumingMemoryBound(to: Self.self).pointee.startElement(name, attributes: attributes, offset: offset)
    }

    static func end(_ sink: UnsafeMutableRawPointer, _ offset: Int) {
        sink.assumingMemoryBound(to: Self.self).pointee.endElement(offset: offset)
    }

    static func characters(_ sink: UnsafeMutableRawPointer, _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) {
        sink.assumingMemoryBound(to: Self.self).pointee.characters(bytes, offset: offset)
    }

    static func comment(_ sink: UnsafeMutableRawPointer, _ content: UnsafePointer<UInt8>, _ offset: Int) {
        sink.assumingMemoryBound(to: Self.self).pointee.comment(content, offset: offset)
    }
}
