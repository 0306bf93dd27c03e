/// JSON documents (the `MetaLinks.json` of every XBRL filing since 2019) are data for the
/// EDGAR viewer, not text for readers: like XML that is not a form, they are named with
/// their size, never dumped.
enum JSONDataSummary {
    /// Nil unless the text is a JSON object or array: `{` … `}` or `[` … `]` around it.
    static func render(_ bytes: UnsafeRawBufferPointer) -> Document? {
        var start = 0
        while start < bytes.count, DocumentSniffer.isSpace(bytes[start]) { start += 1 }
        var end = bytes.count
        while end > start, DocumentSniffer.isSpace(bytes[end - 1]) { end -= 1 }
        guard end - start >= 2 else { return nil }
        let (open, close) = (bytes[start], bytes[end - 1])
        guard (open == UInt8(ascii: "{") && close == UInt8(ascii: "}")) || (open == UInt8(ascii: "[") && close == UInt8(ascii: "]")) else {
            return nil
        }
        guard isJSON(UnsafeRawBufferPointer(rebasing: bytes[start..<end])) else { return nil }
        let what = open == UInt8(ascii: "{") ? "JSON object" : "JSON array"
        return Document(blocks: [FormBlocks.paragraph("\(what), \(bytes.count) bytes; not shown.")])
    }

    private static let jsonLetters: Set<UInt8> = Set("truefalsnE".utf8)

    /// One pass: outside strings only JSON's own characters (brackets, separators, numbers,
    /// `true`/`false`/`null`), brackets balanced. Prose in brackets fails on its first word.
    static func isJSON(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for b in bytes {
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch b {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth < 0 { return false }
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), 0x20, 0x09, 0x0A, 0x0D:
                break
            default:
                // Letters of true, false, null and exponents only.
                guard jsonLetters.contains(b) else { return false }
            }
        }
        return depth == 0 && !inString
    }
}
