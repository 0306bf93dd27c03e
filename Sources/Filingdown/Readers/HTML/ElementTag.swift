/// What an element means to the normalizer, looked up from its name bytes without
/// building a String per node.
enum ElementTag: UInt8 {
    case other          // inline with no meaning of its own: span, font, u, small, ...
    case skip           // head, script, style, ...: nothing below reaches the output
    case block          // p, div, center, ...: starts and ends a paragraph
    case heading        // h1–h6
    case bold, italic, superscript, subscriptText
    case link           // a
    case lineBreak      // br
    case rule           // hr
    case image          // img
    case preformatted   // pre, xmp, listing, plaintext
    case table, row, cell, headerCell, tableSection, caption
    case unorderedList, orderedList, listItem
    case inlineXBRL     // ix:* elements other than header/hidden: unwrapped
    case inlineXBRLHidden // ix:header, ix:hidden
    case page           // <page>: an SGML page marker that survived as an element
    case style          // <style>: skipped, but read for page-break classes
    case head           // <head>: skipped, but its <style> children are read
    case omittedPart    // <fdomit i="N">: where the preflight cut uuencoded run N

    static func classify(_ name: UnsafePointer<UInt8>) -> ElementTag {
        // Prefixed names (SAX events keep the prefix) are inline XBRL or other namespaces.
        if name[0] == UInt8(ascii: "i"), name[1] == UInt8(ascii: "x"), name[2] == UInt8(ascii: ":") {
            let local = name + 3
            if equalsLowercased(local, "header") || equalsLowercased(local, "hidden") {
                return .inlineXBRLHidden
            }
            return .inlineXBRL
        }
        var key: UInt64 = 0
        var i = 0
        while i < 8 {
            let c = name[i]
            if c == 0 { break }
            key |= UInt64(c | 0x20) << (8 * UInt64(i))
            i += 1
        }
        if i == 8 && name[8] != 0 { return .other }
        return names.tag(for: key)
    }

    /// For an `ix:nonFraction`, true; for an `ix:nonNumeric`, false; nil for any other element.
    static func inlineXBRLFact(_ name: UnsafePointer<UInt8>) -> Bool? {
        let local = name + 3
        guard local[0] | 0x20 == UInt8(ascii: "n"), local[1] | 0x20 == UInt8(ascii: "o"), local[2] | 0x20 == UInt8(ascii: "n") else { return nil }
        if equalsLowercased(local, "nonfraction") { return true }
        if equalsLowercased(local, "nonnumeric") { return false }
        return nil
    }

    private static func equalsLowercased(_ p: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
        let bytes = s.utf8Start
        for k in 0..<s.utf8CodeUnitCount where (p[k] | 0x20) != bytes[k] { return false }
        return p[s.utf8CodeUnitCount] == 0
    }

    private static func pack(_ s: String) -> UInt64 {
        var key: UInt64 = 0
        for (i, c) in s.utf8.enumerated() { key |= UInt64(c | 0x20) << (8 * UInt64(i)) }
        return key
    }

    /// Open addressing with a multiplicative hash: one multiply and usually one probe per
    /// element, where a `Dictionary` would run SipHash.
    private struct NameTable {
        private static let size = 256
        private var keys = [UInt64](repeating: 0, count: NameTable.size)
        private var tags = [ElementTag](repeating: .other, count: NameTable.size)

        private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56) }

        mutating func insert(_ key: UInt64, _ tag: ElementTag) {
            var i = NameTable.slot(key)
            while keys[i] != 0, keys[i] != key { i = (i + 1) & (NameTable.size - 1) }
            keys[i] = key
            tags[i] = tag
        }

        func tag(for key: UInt64) -> ElementTag {
            var i = NameTable.slot(key)
            while true {
                let k = keys[i]
                if k == key { return tags[i] }
                if k == 0 { return .other }
                i = (i + 1) & (NameTable.size - 1)
            }
        }
    }

    private static let names: NameTable = {
        var t = NameTable()
        func add(_ tag: ElementTag, _ names: String) {
            for n in names.split(separator: " ") { t.insert(pack(String(n)), tag) }
        }
        add(.head, "head")
        add(.skip, "title script noscript template object iframe meta link select textarea button xml map area")
        add(.style, "style")
        add(.block, "p div center blockquote address section article header footer nav aside main figure figcaption form fieldset legend dl dt dd body html dir menu details summary")
        add(.heading, "h1 h2 h3 h4 h5 h6")
        add(.bold, "b strong")
        add(.italic, "i em cite var dfn")
        add(.superscript, "sup")
        add(.subscriptText, "sub")
        add(.link, "a")
        add(.lineBreak, "br")
        add(.rule, "hr")
        add(.image, "img")
        add(.preformatted, "pre xmp listing plaintext")
        add(.table, "table")
        add(.row, "tr")
        add(.cell, "td")
        add(.headerCell, "th")
        add(.tableSection, "thead tbody tfoot colgroup col")
        add(.caption, "caption")
        add(.unorderedList, "ul")
        add(.orderedList, "ol")
        add(.listItem, "li")
        add(.page, "page")
        add(.omittedPart, Preflight.omittedElement)
        return t
    }()
}
