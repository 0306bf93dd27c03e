/// A plain-text document (1990s filings, ASCII exhibits, `<PRE>`-only documents): kept
/// verbatim, split into pages at `<PAGE>` lines (and form feeds), with the SGML table tags
/// of the era (`<TABLE>`, `<CAPTION>`, `<S>`, `<C>`, `<FN>`) removed without shifting any
/// column: a line holding only such tags is dropped, and a tag inside a line becomes
/// spaces of its own width. Footnote markers `<F1>` become `(1) `, also of the same width.
///
/// Works on bytes, line by line, appending to one page buffer: a 2.4 MB mortgage-pool
/// exhibit makes no `String` per line.
enum PlainTextDocument {
    static func convert(_ bytes: UnsafeRawBufferPointer) -> Document {
        if let schedule = FinancialDataSchedule.render(bytes) { return schedule }
        if let json = JSONDataSummary.render(bytes) { return json }
        if DocumentSniffer.hasHTMLMarkup(bytes) {
            // Plain text in an HTML wrapper: the sniffer sent it here for its line layout.
            let text = HTMLWrappedText.unwrap(bytes)
            return text.withUnsafeBytes { decoded($0) }
        }
        return decoded(bytes)
    }

    private static func decoded(_ bytes: UnsafeRawBufferPointer) -> Document {
        if UTF8Validation.isValid(bytes) { return convertUTF8(bytes) }
        let text = Array(Latin1.decodeWindows1252(bytes).utf8)
        return text.withUnsafeBytes { convertUTF8($0) }
    }

    private static func convertUTF8(_ bytes: UnsafeRawBufferPointer) -> Document {
        var blocks: [Block] = []
        var page: [UInt8] = []
        var pendingBlankLines = 0
        var pageHasText = false
        /// Where the page's last line starts in `page`: a page number there moves onto the break.
        var lastLineStart = 0
        /// Inside `<TABLE>` … `</TABLE>`: its lines so far and the columns its `<S>`/`<C>` line marked.
        var table: (lines: [String], columns: [Int])?

        func flushPage() {
            if pageHasText { blocks.append(.preformatted(String(decoding: page, as: UTF8.self))) }
            page.removeAll(keepingCapacity: true)
            pageHasText = false
            pendingBlankLines = 0
            lastLineStart = 0
        }
        func flushTable() {
            guard var t = table else { return }
            while let last = t.lines.last, last.isEmpty { t.lines.removeLast() }
            if !t.lines.isEmpty { blocks.append(.textTable(TextTable(lines: t.lines, columns: t.columns))) }
            table?.lines = []
        }
        func pageBreak() {
            // The page's printed number, alone on its last line, moves onto the break
            // (aames-8k-1998 prints `2` centred at the foot of each page).
            var number: String?
            if pageHasText, let label = PageFurniture.pageLabel(String(decoding: page[lastLineStart...], as: UTF8.self)) {
                number = label
                var cut = lastLineStart
                while cut > 0, page[cut - 1] == 0x0A { cut -= 1 }
                page.removeSubrange(cut...)
                pageHasText = cut > 0
                pendingBlankLines = 0
            }
            flushPage()
            flushTable()
            if !blocks.isEmpty, !isPageBreak(blocks.last) {
                blocks.append(.pageBreak(PageBreak(number: number)))
            } else if let number, let last = blocks.indices.last, case .pageBreak(var pb) = blocks[last].content, pb.number == nil {
                pb.number = number
                blocks[last] = .pageBreak(pb)
            }
        }

        var lineBuffer: [UInt8] = []
        func appendLine(_ line: UnsafeRawBufferPointer) {
            lineBuffer.removeAll(keepingCapacity: true)
            stripTags(line, into: &lineBuffer)
            while let last = lineBuffer.last, last == 0x20 || last == 0x09 { lineBuffer.removeLast() }
            if table != nil {
                if lineBuffer.isEmpty && table!.lines.isEmpty { return }
                table!.lines.append(String(decoding: lineBuffer, as: UTF8.self))
                return
            }
            if lineBuffer.isEmpty {
                if pageHasText { pendingBlankLines += 1 }
                return
            }
            if pageHasText {
                page.append(0x0A)
                for _ in 0..<pendingBlankLines { page.append(0x0A) }
            }
            pendingBlankLines = 0
            lastLineStart = page.count
            page.append(contentsOf: lineBuffer)
            pageHasText = true
        }
        // Embedded uuencoded sections become attachment blocks, never text.
        var embedded = UUBlock.find(in: bytes)[...]
        var i = 0
        let n = bytes.count
        while i < n {
            if let block = embedded.first, block.range.lowerBound <= i {
                embedded.removeFirst()
                if block.range.lowerBound == i {
                    flushPage()
                    flushTable()
                    blocks.append(.omitted(block.attachment))
                    i = ByteScanner(bytes).nextLine(block.range.upperBound)
                    continue
                }
            }
            var j = i
            while j < n, bytes[j] != 0x0A, bytes[j] != 0x0D { j += 1 }
            let line = UnsafeRawBufferPointer(rebasing: bytes[i..<j])
            i = j
            // LF, CRLF or CR alone ends a line.
            if i < n, bytes[i] == 0x0D { i += 1 }
            if i < n, bytes[i] == 0x0A, i == j || bytes[j] == 0x0D { i += 1 }

            switch classify(line) {
            case .pageBreak:
                pageBreak()
                continue
            case .tagsOnly:
                if contains(line, "<TABLE>") {
                    flushPage()
                    flushTable()
                    table = ([], [])
                }
                if table != nil, let columns = columnStarts(line) { table!.columns = columns }
                if contains(line, "</TABLE>") {
                    flushTable()
                    table = nil
                }
                continue
            case .text:
                break
            }
            // Form feeds inside a line end the page there, as a printer would.
            guard line.contains(0x0C) else {
                appendLine(line)
                continue
            }
            var segmentStart = 0
            for k in 0...line.count where k == line.count || line[k] == 0x0C {
                if segmentStart > 0 { pageBreak() }
                appendLine(UnsafeRawBufferPointer(rebasing: line[segmentStart..<k]))
                segmentStart = k + 1
            }
        }
        flushPage()
        flushTable()
        while isPageBreak(blocks.last) { blocks.removeLast() }
        return Document(blocks: blocks)
    }

    /// Where each `<S>` and `<C>` of a tags-only line stands: the columns of its table.
    private static func columnStarts(_ line: UnsafeRawBufferPointer) -> [Int]? {
        var starts: [Int] = []
        for k in 0..<line.count where line[k] == UInt8(ascii: "<") {
            if matches(line, at: k, Array("<S>".utf8)) || matches(line, at: k, Array("<C>".utf8)) { starts.append(k) }
        }
        return starts.isEmpty ? nil : starts
    }

    private static func contains(_ line: UnsafeRawBufferPointer, _ tag: StaticString) -> Bool {
        let t = Array(UnsafeBufferPointer(start: tag.utf8Start, count: tag.utf8CodeUnitCount))
        guard line.count >= t.count else { return false }
        for k in 0...(line.count - t.count) where line[k] == UInt8(ascii: "<") && matches(line, at: k, t) { return true }
        return false
    }

    private enum LineKind { case pageBreak, tagsOnly, text }

    private static func isPageBreak(_ b: Block?) -> Bool {
        if case .pageBreak? = b?.content { return true }
        return false
    }

    /// Layout tags of SGML-era text: dropped when alone on a line, blanked inside one.
    static let layoutTags: [[UInt8]] = ["<TABLE>", "</TABLE>", "<CAPTION>", "</CAPTION>", "<S>", "<C>", "<FN>", "</FN>",
                                        "</PAGE>", "<PRE>", "</PRE>"].map { Array($0.utf8) }

    /// `<PAGE>` (optionally followed by a page number) alone on a line, or a line of form feeds.
    private static func classify(_ line: UnsafeRawBufferPointer) -> LineKind {
        var k = 0
        while k < line.count, line[k] == 0x20 || line[k] == 0x09 { k += 1 }
        guard k < line.count else { return .text }
        if line[k] == 0x0C {
            var m = k
            while m < line.count, line[m] == 0x0C || line[m] == 0x20 || line[m] == 0x09 { m += 1 }
            return m == line.count ? .pageBreak : .text
        }
        guard line[k] == UInt8(ascii: "<") else { return .text }
        if matches(line, at: k, Array("<PAGE>".utf8)) {
            var m = k + 6
            while m < line.count, line[m] == 0x20 || line[m] == 0x09 || (line[m] >= 0x30 && line[m] <= 0x39) || line[m] == 0x2D {
                m += 1
            }
            if m == line.count { return .pageBreak }
        }
        var m = k
        while m < line.count {
            if line[m] == 0x20 || line[m] == 0x09 { m += 1; continue }
            guard let tag = layoutTags.first(where: { matches(line, at: m, $0) }) else { return .text }
            m += tag.count
        }
        return .tagsOnly
    }

    /// Copies `line`, replacing each layout tag with spaces of its width and `<Fn>` with `(n) `.
    private static func stripTags(_ line: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        // Most lines hold no tag at all: copy them whole.
        guard line.contains(UInt8(ascii: "<")) else {
            out.append(contentsOf: line)
            return
        }
        var k = 0
        while k < line.count {
            let b = line[k]
            if b == UInt8(ascii: "<") {
                if let tag = layoutTags.first(where: { matches(line, at: k, $0) }) {
                    out.append(contentsOf: repeatElement(0x20, count: tag.count))
                    k += tag.count
                    continue
                }
                if let width = footnoteMarker(line, at: k) {
                    out.append(UInt8(ascii: "("))
                    out.append(contentsOf: UnsafeRawBufferPointer(rebasing: line[(k + 2)..<(k + width - 1)]))
                    out.append(UInt8(ascii: ")"))
                    out.append(0x20)
                    k += width
                    continue
                }
            }
            out.append(b)
            k += 1
        }
    }

    /// The width of a `<F1>`…`<F999>` marker at `k`, if there is one.
    private static func footnoteMarker(_ line: UnsafeRawBufferPointer, at k: Int) -> Int? {
        guard k + 3 < line.count, line[k + 1] == UInt8(ascii: "F") || line[k + 1] == UInt8(ascii: "f") else { return nil }
        var m = k + 2
        while m < line.count, m - k < 6, line[m] >= 0x30 && line[m] <= 0x39 { m += 1 }
        guard m > k + 2, m < line.count, line[m] == UInt8(ascii: ">") else { return nil }
        return m - k + 1
    }

    private static func matches(_ line: UnsafeRawBufferPointer, at k: Int, _ tag: [UInt8]) -> Bool {
        guard k + tag.count <= line.count else { return false }
        for m in 0..<tag.count where ByteScanner.lower(line[k + m]) != ByteScanner.lower(tag[m]) { return false }
        return true
    }
}
