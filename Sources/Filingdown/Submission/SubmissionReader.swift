/// Splits an EDGAR submission into its header and documents by byte offsets: nothing is
/// copied until a document is converted. Handles `<SEC-DOCUMENT>`, 1990s `<IMS-DOCUMENT>`,
/// the PEM wrapper, the `.nc` `<SUBMISSION>` form, bare `<DOCUMENT>` blocks, and a single
/// `.htm` that still carries a `<DOCUMENT>`/`<TYPE>`/`<TEXT>` wrapper.
public struct SubmissionReader {
    /// Where one document lies in the input, and what its wrapper said about it.
    public struct Part: Sendable {
        public var sequence: String?
        public var type: String?
        public var filename: String?
        public var description: String?
        /// Byte range of the document's text (inside `<TEXT>`), in the input.
        public var text: Range<Int>
        /// The document ended without `</TEXT>` or `</DOCUMENT>`: the input was cut off.
        public var truncated: Bool
    }

    public var header: SubmissionHeader?
    public var parts: [Part]
    /// The input had no `<DOCUMENT>` wrapper: it is one document.
    public var isBare: Bool

    public init(_ bytes: UnsafeRawBufferPointer) {
        let scanner = ByteScanner(bytes)
        let firstDocument = scanner.findTagAtLineStart("<DOCUMENT>", from: 0)
        guard let first = firstDocument, scanner.looksLikeWrapperPrefix(upTo: first) else {
            header = nil
            parts = [Part(text: 0..<bytes.count, truncated: false)]
            isBare = true
            return
        }
        isBare = false
        header = SubmissionReader.readHeader(scanner, before: first)
        var found: [Part] = []
        var start: Int? = first
        while let s = start {
            let bodyStart = s + "<DOCUMENT>".utf8.count
            let next = scanner.findTagAtLineStart("<DOCUMENT>", from: bodyStart)
            let close = scanner.findTagAtLineStart("</DOCUMENT>", from: bodyStart, before: next ?? bytes.count)
            let end = close ?? next ?? bytes.count
            found.append(SubmissionReader.readPart(scanner, from: bodyStart, to: end, closed: close != nil))
            start = next
        }
        parts = found
    }

    private static func readHeader(_ scanner: ByteScanner, before first: Int) -> SubmissionHeader? {
        let start: Int
        var end = first
        if let h = scanner.findTagAtLineStart("<SEC-HEADER>", from: 0, before: first)
            ?? scanner.findTagAtLineStart("<IMS-HEADER>", from: 0, before: first) {
            start = scanner.lineEnd(h)
            if let close = scanner.findTagAtLineStart("</SEC-HEADER>", from: start, before: first)
                ?? scanner.findTagAtLineStart("</IMS-HEADER>", from: start, before: first) { end = close }
        } else if let s = scanner.findTagAtLineStart("<SUBMISSION>", from: 0, before: first) {
            start = s
        } else {
            return nil
        }
        guard end > start else { return nil }
        let header = HeaderParser.parse(scanner.string(start..<end))
        return header.fields.isEmpty ? nil : header
    }

    private static func readPart(_ scanner: ByteScanner, from: Int, to: Int, closed: Bool) -> Part {
        var part = Part(text: to..<to, truncated: !closed)
        // Metadata lines come before <TEXT>.
        let textTag = scanner.findTagAtLineStart("<TEXT>", from: from, before: to)
        let metaEnd = textTag ?? to
        var line = from
        while line < metaEnd {
            let end = scanner.lineEnd(line)
            if let (key, value) = scanner.tagLine(line..<min(end, metaEnd)) {
                switch key {
                case "TYPE": part.type = value
                case "SEQUENCE": part.sequence = value
                case "FILENAME": part.filename = value
                case "DESCRIPTION": part.description = value
                default: break
                }
            }
            line = scanner.nextLine(end)
        }
        guard let t = textTag else { return part }
        let textStart = scanner.nextLine(scanner.lineEnd(t + "<TEXT>".utf8.count))
        let textEnd = scanner.findTagAtLineStart("</TEXT>", from: textStart, before: to)
            ?? scanner.findTag("</TEXT>", from: textStart, before: to)
        part.text = min(textStart, to)..<(textEnd ?? to)
        if textEnd == nil { part.truncated = true }
        return part
    }
}
