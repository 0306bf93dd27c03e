/// Decides what a document's bytes really are, whatever its `<TYPE>` or extension says,
/// and where its content starts once EDGAR's inner wrappers (`<XBRL>`, `<XML>`, `<PDF>`,
/// `<JSON>`) are peeled off. An inline-XBRL 10-K inside `<XBRL>` is HTML; a
/// `FilingSummary.xml` that mentions `<HtmlFileName>` is XML; a 1995 exhibit with `<S>`
/// and `<C>` column tags is plain text.
enum DocumentSniffer {
    struct Result: Equatable {
        var kind: DocumentKind
        /// The content, relative to the bytes sniffed, with any EDGAR inner wrapper removed.
        var content: Range<Int>
        /// `XBRL`, `XML`, `PDF` or `JSON` when the text was wrapped in that tag.
        var wrapper: String?
    }

    /// Inner wrappers EDGAR puts between `<TEXT>` and the document itself.
    static let wrappers = ["XBRL", "XML", "PDF", "JSON", "ZIP", "XLS", "XLSX"]

    static func kind(of bytes: UnsafeRawBufferPointer, type: String?) -> DocumentKind {
        sniff(bytes, type: type).kind
    }

    static func sniff(_ bytes: UnsafeRawBufferPointer, type: String?) -> Result {
        var start = skipSpace(bytes, from: 0)
        // A UTF-8 byte-order mark says nothing about the kind.
        if start + 3 <= bytes.count, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
            start = skipSpace(bytes, from: start + 3)
        }
        var end = bytes.count
        var wrapper: String?
        if let (name, afterTag) = wrapperTag(bytes, at: start) {
            wrapper = name
            start = skipSpace(bytes, from: afterTag)
            end = closingWrapper(bytes, name: name, from: start) ?? bytes.count
        }
        let content = start..<max(start, end)
        let inner = UnsafeRawBufferPointer(rebasing: bytes[content])

        if startsWithUUBegin(inner) || wrapper == "PDF" || wrapper == "ZIP" || wrapper == "XLS" || wrapper == "XLSX" {
            return Result(kind: .binary, content: content, wrapper: wrapper)
        }
        if hasPrefix(inner, "%PDF") || hasPrefix(inner, "PK\u{3}\u{4}") || containsBinaryBytes(inner) {
            return Result(kind: .binary, content: content, wrapper: wrapper)
        }
        if wrapper == "JSON" { return Result(kind: .text, content: content, wrapper: wrapper) }

        let probe = MarkupProbe(inner)
        if probe.isHTMLRoot {
            return Result(kind: isPlainTextInHTML(inner) ? .text : .html, content: content, wrapper: wrapper)
        }
        if probe.hasProlog || wrapper == "XML" || wrapper == "XBRL" || probe.looksLikeXMLRoot {
            // An XML prolog or wrapper in front of an HTML page (XHTML, inline XBRL) is still HTML.
            return Result(kind: probe.root == nil && !probe.hasProlog ? .text : .xml, content: content, wrapper: wrapper)
        }
        return Result(kind: hasHTMLMarkup(inner) && !isPlainTextInHTML(inner) ? .html : .text, content: content, wrapper: wrapper)
    }

    // MARK: - Plain text in HTML

    /// How much of a document the plain-text test reads.
    static let plainTextProbe = 262_144
    /// Lines of text a laid-out document has at least.
    static let plainTextMinLines = 12

    /// Plain text a filer wrapped in `<html><body><div>` (or `<font face="Courier">`) with no
    /// `<pre>`: many lines laid out with spaces, almost no tag that breaks a line (`<p>`, `<br>`,
    /// `<td>`, `<li>`, headings). A browser of the time reflowed it into one paragraph; it is
    /// read line by line as the text it is, Items and all.
    static func isPlainTextInHTML(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let end = min(bytes.count, plainTextProbe)
        // Most HTML is a few long lines (Workiva's 10-Ks have five): counted at memory speed.
        var newlines = 0
        var at = 0
        let newline: [UInt8] = [0x0A]
        let probe = UnsafeRawBufferPointer(rebasing: bytes[0..<end])
        while newlines < plainTextMinLines, let hit = ByteSearch.index(of: newline, in: probe, from: at) {
            newlines += 1
            at = hit + 1
        }
        guard newlines >= plainTextMinLines else { return false }
        var textLines = 0, laidOut = 0, breaks = 0
        var i = 0
        var lineHasText = false, lineLaidOut = false, spaces = 0, leading = true, indent = 0
        var inTag = false
        while i < end {
            let b = bytes[i]
            if inTag {
                if b == UInt8(ascii: ">") { inTag = false }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: "<"):
                if startsTag(bytes, i, end), isBreakingTag(bytes, i, end) {
                    breaks += 1
                    // Ordinary HTML stops here, within its first few paragraphs: laid-out text
                    // has next to no line-breaking tag anywhere.
                    if breaks > plainTextMinLines, breaks * 20 > textLines { return false }
                }
                if i + 3 < end, bytes[i + 1] == UInt8(ascii: "p") || bytes[i + 1] == UInt8(ascii: "P"),
                   bytes[i + 2] | 0x20 == UInt8(ascii: "r"), bytes[i + 3] | 0x20 == UInt8(ascii: "e") { return false }
                inTag = true
            case 0x0A, 0x0D:
                if lineHasText { textLines += 1 }
                if lineLaidOut { laidOut += 1 }
                lineHasText = false; lineLaidOut = false; spaces = 0; leading = true; indent = 0
            case 0x20, 0x09:
                if leading { indent += 1 } else { spaces += 1 }
                if !leading, spaces >= 4 { lineLaidOut = true }
            default:
                if leading, indent >= 8 { lineLaidOut = true }
                leading = false
                spaces = 0
                lineHasText = true
            }
            i += 1
        }
        guard textLines >= plainTextMinLines else { return false }
        return breaks * 20 <= textLines && laidOut * 10 >= textLines
    }

    private static func startsTag(_ bytes: UnsafeRawBufferPointer, _ i: Int, _ end: Int) -> Bool {
        i + 1 < end && ((bytes[i + 1] | 0x20) >= UInt8(ascii: "a") && (bytes[i + 1] | 0x20) <= UInt8(ascii: "z"))
    }

    /// Tags that start a new line in a browser: their presence means the HTML lays itself out.
    static let breakingTags: [[UInt8]] = ["p", "br", "td", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "dt", "dd",
                                          "blockquote", "hr", "ul", "ol"].map { Array($0.utf8) }

    private static func isBreakingTag(_ bytes: UnsafeRawBufferPointer, _ i: Int, _ end: Int) -> Bool {
        for tag in breakingTags where i + 1 + tag.count < end {
            var k = 0
            while k < tag.count, bytes[i + 1 + k] | 0x20 == tag[k] { k += 1 }
            guard k == tag.count else { continue }
            let after = bytes[i + 1 + tag.count]
            if after == UInt8(ascii: ">") || after == 0x20 || after == UInt8(ascii: "/") || after == 0x0A || after == 0x09 { return true }
        }
        return false
    }

    /// `begin 644 name`: the mode is three or four octal digits. A stray byte after the
    /// mode (a damaged line) still counts, so damage never lets encoded text through.
    static func isUUBegin(_ line: String) -> Bool {
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].lowercased() == "begin" else { return false }
        let octal = parts[1].prefix { $0 >= "0" && $0 <= "7" }
        return octal.count >= 3 && octal.count <= 4 && parts[1].count <= 5
    }

    static func startsWithUUBegin(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard hasPrefix(bytes, "begin ") else { return false }
        var e = 0
        while e < bytes.count, e < 512, bytes[e] != 0x0A, bytes[e] != 0x0D { e += 1 }
        return isUUBegin(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<e]), as: UTF8.self))
    }

    // MARK: - Wrappers

    /// `<XBRL>` (or another inner wrapper) alone at `at`: its name and where its line ends.
    private static func wrapperTag(_ bytes: UnsafeRawBufferPointer, at: Int) -> (String, Int)? {
        guard at < bytes.count, bytes[at] == UInt8(ascii: "<") else { return nil }
        var j = at + 1
        while j < bytes.count, j - at < 8, bytes[j] != UInt8(ascii: ">") { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ">") else { return nil }
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(at + 1)..<j]), as: UTF8.self).uppercased()
        guard wrappers.contains(name) else { return nil }
        return (name, j + 1)
    }

    /// Where `</NAME>` closes the wrapper: the last one, ignoring trailing white space.
    private static func closingWrapper(_ bytes: UnsafeRawBufferPointer, name: String, from: Int) -> Int? {
        var e = bytes.count
        while e > from, isSpace(bytes[e - 1]) { e -= 1 }
        let tag = Array("</\(name)>".utf8)
        guard e - from >= tag.count else { return nil }
        for k in 0..<tag.count where ByteScanner.lower(bytes[e - tag.count + k]) != ByteScanner.lower(tag[k]) { return nil }
        var s = e - tag.count
        while s > from, isSpace(bytes[s - 1]) { s -= 1 }
        return s
    }

    // MARK: - Byte tests

    private static func skipSpace(_ bytes: UnsafeRawBufferPointer, from: Int) -> Int {
        var i = from
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        return i
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    static func hasPrefix(_ bytes: UnsafeRawBufferPointer, _ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard bytes.count >= n else { return false }
        let p = prefix.utf8Start
        for k in 0..<n where ByteScanner.lower(bytes[k]) != ByteScanner.lower(p[k]) { return false }
        return true
    }

    /// Many control characters (NUL included) in the first 64 KB: not text. A stray NUL in
    /// an HTML or text document, which real filings have, does not make it binary.
    private static func containsBinaryBytes(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let limit = min(bytes.count, 65_536)
        var controls = 0
        for i in 0..<limit {
            let b = bytes[i]
            if b < 0x09 || (b > 0x0D && b < 0x20) { controls += 1 }
        }
        return limit > 0 && controls * 20 > limit
    }

    /// Tags that only HTML uses. `<TABLE>`, `<S>`, `<C>`, `<PAGE>` and `<PRE>` are left out:
    /// 1990s plain-text filings use them for layout, and a text kept in `<PRE>` alone is text.
    static let htmlMarkers: [[UInt8]] = ["<html", "<body", "<p>", "<p ", "<div", "<font", "<br>", "<br ", "<br/", "<td", "<tr>", "<tr ",
                                         "<b>", "<i>", "<u>", "<center", "<h1", "<h2", "<h3", "<h4", "<span", "<a href", "<a name",
                                         "<img", "<hr", "<ul>", "<ul ", "<ol>", "<ol ", "<li>", "<sup>", "<em>", "<strong>"].map { Array($0.utf8) }

    /// One pass over the first 64 KB, testing the markers only where a `<` stands.
    static func hasHTMLMarkup(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let end = min(bytes.count, 65_536)
        var i = 0
        while i < end {
            if bytes[i] == UInt8(ascii: "<") {
                for marker in htmlMarkers where i + marker.count <= end {
                    var k = 1
                    while k < marker.count, ByteScanner.lower(bytes[i + k]) == marker[k] { k += 1 }
                    if k == marker.count { return true }
                }
            }
            i += 1
        }
        return false
    }
}
