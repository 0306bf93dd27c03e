/// A look at the first markup of a document, without parsing it: the XML prolog, a
/// `<!DOCTYPE>`, and the name of the first element. Enough to tell inline XBRL (an `<html>`
/// root behind a prolog) from an XBRL instance, an ownership form or a linkbase.
struct MarkupProbe {
    /// `<?xml …?>` came first.
    var hasProlog = false
    /// A `<!DOCTYPE html …>` came before the first element.
    var doctypeHTML = false
    /// The first element's name as written (`ownershipDocument`, `xs:schema`, `HTML`).
    var root: String?
    /// The first element declares a namespace (`xmlns=` or `xmlns:p=`).
    var rootHasNamespace = false

    /// How far into a document the probe looks; prologs and comments are short.
    static let limit = 65_536

    init(_ bytes: UnsafeRawBufferPointer) {
        let end = min(bytes.count, MarkupProbe.limit)
        var i = 0
        func skipSpace() { while i < end, DocumentSniffer.isSpace(bytes[i]) { i += 1 } }
        func startsWith(_ s: StaticString, at k: Int) -> Bool {
            let n = s.utf8CodeUnitCount
            guard k + n <= end else { return false }
            for m in 0..<n where ByteScanner.lower(bytes[k + m]) != ByteScanner.lower(s.utf8Start[m]) { return false }
            return true
        }
        /// Index just past the first `terminator` at or after `from`, or `end`.
        func skip(past terminator: StaticString, from: Int) -> Int {
            var k = from
            while k < end {
                if startsWith(terminator, at: k) { return k + terminator.utf8CodeUnitCount }
                k += 1
            }
            return end
        }
        while true {
            skipSpace()
            guard i < end, bytes[i] == UInt8(ascii: "<") else { return }
            if startsWith("<?xml", at: i) {
                hasProlog = true
                i = skip(past: "?>", from: i)
            } else if startsWith("<?", at: i) {
                i = skip(past: "?>", from: i)
            } else if startsWith("<!--", at: i) {
                i = skip(past: "-->", from: i + 4)
            } else if startsWith("<!doctype", at: i) {
                var k = i + 9
                var depth = 0
                let nameStart = k
                while k < end {
                    let b = bytes[k]
                    if b == UInt8(ascii: "[") { depth += 1 } else if b == UInt8(ascii: "]") { depth -= 1 }
                    else if b == UInt8(ascii: ">") && depth <= 0 { break }
                    k += 1
                }
                let decl = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[nameStart..<min(k, nameStart + 200)]), as: UTF8.self)
                doctypeHTML = decl.lowercased().contains("html")
                i = min(k + 1, end)
            } else if startsWith("<!", at: i) {
                i = skip(past: ">", from: i)
            } else {
                var k = i + 1
                while k < end, !DocumentSniffer.isSpace(bytes[k]), bytes[k] != UInt8(ascii: ">"), bytes[k] != UInt8(ascii: "/") { k += 1 }
                guard k > i + 1 else { return }
                root = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(i + 1)..<k]), as: UTF8.self)
                var close = k
                while close < end, close - k < 4096, bytes[close] != UInt8(ascii: ">") { close += 1 }
                let attributes = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[k..<close]), as: UTF8.self)
                rootHasNamespace = attributes.contains("xmlns")
                return
            }
        }
    }

    /// The root without its namespace prefix, lower-cased.
    var localRoot: String? {
        guard let root else { return nil }
        let local = root.split(separator: ":").last.map(String.init) ?? root
        return local.lowercased()
    }

    var isHTMLRoot: Bool { doctypeHTML || localRoot == "html" }

    /// XML roots EDGAR documents use, recognised even without a prolog.
    static let xmlRoots: Set<String> = ["ownershipdocument", "edgarsubmission", "informationtable", "xbrl", "filingsummary",
                                        "schema", "linkbase", "xbrli:xbrl"]

    var looksLikeXMLRoot: Bool {
        guard let root, let local = localRoot else { return false }
        return MarkupProbe.xmlRoots.contains(local) || root.contains(":") || rootHasNamespace
    }
}
