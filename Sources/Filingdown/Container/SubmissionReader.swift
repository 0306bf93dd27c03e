/// Splits an EDGAR submission into its header and documents by byte offsets: nothing is
/// copied until a document is converted. Handles `<SEC-DOCUMENT>`, 1990s `<IMS-DOCUMENT>`,
/// the PEM wrapper, the `.nc` `<SUBMISSION>` form, bare `<DOCUMENT>` blocks, and a single
/// `.htm` that still carries a `<DOCUMENT>`/`<TYPE>`/`<TEXT>` wrapper.
///
/// A document boundary is a `<DOCUMENT>` line whose next non-blank line is one of the
/// wrapper's own tags (`<TYPE>`, `<SEQUENCE>`, `<FILENAME>`, `<DESCRIPTION>`, `<TEXT>`), so
/// a document that merely quotes the tag does not split in two. A document ends at its
/// `</TEXT>`; when that is missing the input was cut off, and the document runs to the next
/// boundary or the end of input and is marked `truncated`.
package struct SubmissionReader {
    /// Where one document lies in the input, and what its wrapper said about it.
    package struct Part: Sendable {
        package var sequence: String?
        package var type: String?
        package var filename: String?
        package var description: String?
        /// Byte range of the document's text (inside `<TEXT>`), in the input.
        package var text: Range<Int>
        /// The document ended without `</TEXT>` or `</DOCUMENT>`: the input was cut off.
        package var truncated: Bool
        /// 1-based position among the input's documents; stands in for a missing sequence.
        package var position: Int = 1
    }

    package var header: SubmissionHeader?
    package var parts: [Part]
    /// The input had no `<DOCUMENT>` wrapper: it is one document.
    package var isBare: Bool
    /// Problems with the container itself (a header with no documents after it), for the caller to report.
    package var warnings: [String] = []

    package init(_ bytes: UnsafeRawBufferPointer) {
        let scanner = ByteScanner(bytes)
        let first = SubmissionReader.nextBoundary(scanner, from: 0)
        guard let first, scanner.looksLikeWrapperPrefix(upTo: first) else {
            // No document wrapper. A header with nothing after it is a submission cut off
            // before its first document; anything else is one bare document.
            if let header = SubmissionReader.readHeader(scanner, before: bytes.count) {
                self.header = header
                parts = []
                isBare = false
                warnings = ["the input has a submission header but no <DOCUMENT>: it is cut off or empty"]
                return
            }
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
            var part = SubmissionReader.readPart(scanner, at: s)
            part.part.position = found.count + 1
            found.append(part.part)
            start = part.next
        }
        parts = found
    }

    /// The next `<DOCUMENT>` line at or after `from` that opens a real document.
    static func nextBoundary(_ scanner: ByteScanner, from: Int, before limit: Int? = nil) -> Int? {
        var i = from
        while let hit = scanner.findTagAtLineStart("<DOCUMENT>", from: i, before: limit) {
            if opensDocument(scanner, at: hit) { return hit }
            i = hit + 1
        }
        return nil
    }

    /// What follows the `<DOCUMENT>` tag at `at` is wrapper metadata (or the input ends there).
    private static func opensDocument(_ scanner: ByteScanner, at: Int) -> Bool {
        var line = at + "<DOCUMENT>".utf8.count
        // The rest of the `<DOCUMENT>` line must be blank.
        let end = scanner.lineEnd(line)
        guard ASCIIText.trimmed(scanner.string(line..<end)).isEmpty else { return false }
        line = scanner.nextLine(end)
        while line < scanner.count {
            let e = scanner.lineEnd(line)
            if let (key, _) = scanner.tagLine(line..<e) {
                return metadataKeys.contains(key) || key == "TEXT"
            }
            guard ASCIIText.trimmed(scanner.string(line..<Swift.min(e, line + 256))).isEmpty else { return false }
            line = scanner.nextLine(e)
        }
        return true
    }

    static let metadataKeys: Set<String> = ["TYPE", "SEQUENCE", "FILENAME", "DESCRIPTION"]

    /// A header opens within the first few lines of a submission (after at most a PEM
    /// preamble); looking no further keeps a bare multi-megabyte HTML document from being
    /// searched three more times for tags it cannot hold.
    static let headerOpensWithin = 65_536

    private static func readHeader(_ scanner: ByteScanner, before first: Int) -> SubmissionHeader? {
        let start: Int
        var end = first
        let opensBefore = Swift.min(first, headerOpensWithin)
        if let h = scanner.findTagAtLineStart("<SEC-HEADER>", from: 0, before: opensBefore)
            ?? scanner.findTagAtLineStart("<IMS-HEADER>", from: 0, before: opensBefore) {
            start = scanner.nextLine(scanner.lineEnd(h))
            if let close = scanner.findTagAtLineStart("</SEC-HEADER>", from: start, before: first)
                ?? scanner.findTagAtLineStart("</IMS-HEADER>", from: start, before: first) { end = close }
        } else if let s = scanner.findTagAtLineStart("<SUBMISSION>", from: 0, before: opensBefore) {
            start = scanner.nextLine(scanner.lineEnd(s))
        } else {
            return nil
        }
        guard end > start else { return nil }
        let header = HeaderParser.parse(scanner.string(start..<end))
        return header.fields.isEmpty ? nil : header
    }

    /// Reads the document whose `<DOCUMENT>` tag is at `at`; returns it and where the next one starts.
    private static func readPart(_ scanner: ByteScanner, at: Int) -> (part: Part, next: Int?) {
        var part = Part(text: scanner.count..<scanner.count, truncated: true)
        // Metadata: `<KEY>value` lines up to `<TEXT>`.
        var line = scanner.nextLine(scanner.lineEnd(at))
        var textStart: Int?
        while line < scanner.count {
            let end = scanner.lineEnd(line)
            guard let (key, value) = scanner.tagLine(line..<end) else {
                if ASCIIText.trimmed(scanner.string(line..<Swift.min(end, line + 256))).isEmpty {
                    line = scanner.nextLine(end)
                    continue
                }
                // Text with no `<TEXT>` tag: the document's body starts here.
                textStart = line
                break
            }
            if key == "TEXT" {
                textStart = scanner.nextLine(end)
                break
            }
            if key == "/DOCUMENT" || key == "DOCUMENT" {
                // A document with no text at all; a second `<DOCUMENT>` means this one was cut short.
                part.text = line..<line
                part.truncated = key == "DOCUMENT"
                return (part, nextBoundary(scanner, from: line))
            }
            part.setMetadata(key, value)
            line = scanner.nextLine(end)
        }
        guard let textStart else { return (part, nil) }
        let next = nextBoundary(scanner, from: textStart)
        let limit = next ?? scanner.count
        if let close = scanner.findTagAtLineStart("</TEXT>", from: textStart, before: limit)
            ?? scanner.findTag("</TEXT>", from: textStart, before: limit) {
            part.text = textStart..<close
            part.truncated = false
        } else {
            // Cut off inside the text: keep what is there, less a stray `</DOCUMENT>`.
            let close = scanner.findTagAtLineStart("</DOCUMENT>", from: textStart, before: limit)
            part.text = textStart..<(close ?? limit)
            part.truncated = true
        }
        return (part, next)
    }
}

extension SubmissionReader.Part {
    /// Records one wrapper field; an empty field (`<TYPE>` alone on its line) stays nil.
    /// Control characters (a NUL in a `<FILENAME>`) become U+FFFD: they would otherwise
    /// reach document titles in the output, where grep then calls the file binary.
    mutating func setMetadata(_ key: String, _ value: String) {
        let v = ASCIIText.meaningful(value).map { s in
            s.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
                ? String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\u{FFFD}" : $0 }))
                : s
        }
        switch key {
        case "TYPE": type = v
        case "SEQUENCE": sequence = v
        case "FILENAME": filename = v
        case "DESCRIPTION": description = v
        default: break
        }
    }
}
