/// A plain-text document (1990s filings, ASCII exhibits): kept verbatim, split into pages
/// at `<PAGE>` lines, with the SGML table tags of the era (`<TABLE>`, `<CAPTION>`, `<S>`,
/// `<C>`, `<FN>`) removed without shifting any column.
enum PlainTextDocument {
    static func convert(_ bytes: UnsafeRawBufferPointer) -> Document {
        var text = String(decoding: bytes, as: UTF8.self)
        if !UTF8Validation.isValid(bytes) { text = Latin1.decodeWindows1252(bytes) }
        var blocks: [Block] = []
        var page: [Substring] = []
        func flushPage() {
            while let f = page.first, f.allSatisfy(\.isWhitespace) { page.removeFirst() }
            while let l = page.last, l.allSatisfy(\.isWhitespace) { page.removeLast() }
            if !page.isEmpty { blocks.append(.preformatted(page.joined(separator: "\n"))) }
            page = []
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            var line = raw
            while let l = line.last, l == " " || l == "\t" { line = line.dropLast() }
            let upper = line.trimmingCharacters(" \t").uppercased()
            if upper == "<PAGE>" || upper.hasPrefix("<PAGE>") && upper.count <= 12 {
                flushPage()
                if !blocks.isEmpty, !isPageBreak(blocks.last) { blocks.append(.pageBreak(PageBreak())) }
                continue
            }
            if isTagOnlyLine(upper) { continue }
            page.append(Substring(stripTags(String(line))))
        }
        flushPage()
        while isPageBreak(blocks.last) { blocks.removeLast() }
        return Document(blocks: blocks)
    }

    private static func isPageBreak(_ b: Block?) -> Bool {
        if case .pageBreak? = b { return true }
        return false
    }

    static let tags = ["<TABLE>", "</TABLE>", "<CAPTION>", "</CAPTION>", "<S>", "<C>", "<FN>", "</FN>", "</PAGE>", "<PRE>", "</PRE>"]

    /// A line made only of SGML layout tags and spaces carries no text.
    private static func isTagOnlyLine(_ upper: String) -> Bool {
        guard upper.hasPrefix("<") else { return false }
        var rest = Substring(upper)
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.isEmpty { break }
            guard let tag = tags.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(tag.count)
        }
        return true
    }

    /// Replaces an inline tag with spaces of its width, so the columns after it stay put.
    private static func stripTags(_ line: String) -> String {
        guard line.contains("<") else { return line }
        var out = line
        for tag in tags {
            for variant in [tag, tag.lowercased()] where out.contains(variant) {
                out = out.replacingOccurrences(of: variant, with: String(repeating: " ", count: variant.count))
            }
        }
        return out
    }
}

enum Latin1 {
    /// windows-1252 bytes to a String (used when a plain-text document is not UTF-8).
    static func decodeWindows1252(_ bytes: UnsafeRawBufferPointer) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        for b in bytes {
            if b < 0x80 { out.append(b) }
            else if b < 0xA0 { out.append(contentsOf: Windows1252.utf8(forC1: b)) }
            else { out.append(0xC0 | (b >> 6)); out.append(0x80 | (b & 0x3F)) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// Literal replacement (FoundationEssentials has no `replacingOccurrences`).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        let t = Array(target.utf8)
        guard !t.isEmpty else { return self }
        let u = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        var changed = false
        while i < u.count {
            if u[i] == t[0], i + t.count <= u.count, Array(u[i..<(i + t.count)]) == t {
                out.append(contentsOf: replacement.utf8)
                i += t.count
                changed = true
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : self
    }
}
