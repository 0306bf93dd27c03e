internal import CLibXML2

/// An inline XBRL document's `<ix:header>`: contexts, units and hidden facts, never shown,
/// and often a tenth of the file. Cutting it out of the bytes spares libxml2 parsing what
/// the builder would skip anyway.
enum InlineXBRLHeader {
    private static let open = Array("<ix:header".utf8)
    private static let close = Array("</ix:header>".utf8)

    /// Every `<ix:header …>…</ix:header>` (one that never closes is left for the parser to bound).
    static func ranges(in bytes: UnsafeRawBufferPointer) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var next = start(in: bytes, from: 0)
        while let begin = next, let end = ByteSearch.index(of: close, in: bytes, from: begin + open.count) {
            found.append(begin..<(end + close.count))
            next = start(in: bytes, from: end + close.count)
        }
        return found
    }

    /// The next `<ix:header` that is the whole element name (followed by `>`, `/` or space).
    private static func start(in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        var i = from
        while let hit = ByteSearch.index(of: open, in: bytes, from: i) {
            let after = hit + open.count
            if after < bytes.count {
                let c = bytes[after]
                if c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || isSpace(c) { return hit }
            }
            i = hit + 1
        }
        return nil
    }
}
