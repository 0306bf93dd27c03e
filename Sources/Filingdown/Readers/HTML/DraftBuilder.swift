internal import CLibXML2

/// Turns the parser's element and text events into drafts, in one pass. Depth costs heap,
/// not stack: 100,000 nested elements build like any other document.
struct DraftBuilder: HTMLEvents {
    private struct Frame {
        var tag: ElementTag
        var marks: ParagraphBuilder.Marks
        var centered: Bool
        var fontSize: Float
        var link: String?
        /// Inside any `<a href>`, external or not (a contents back-link is internal).
        var inAnchor: Bool
        var pageBreakAfter: Bool
        /// Which element this is, so a cell or list item is closed by its own end tag.
        var serial: Int
        /// 1–6 for `<h1>`–`<h6>`.
        var headingLevel: Int
        var wingdings = false
        /// The inline XBRL fact (an index into `facts`) whose text this element's text is, or -1.
        var fact: Int32 = -1
    }

    private struct Container {
        var drafts: [Draft] = []
        var builder = ParagraphBuilder()
        /// The element that opened this container (a cell or list item).
        var owner: Int?
        /// Where the paragraph being built starts and ends in the parsed bytes.
        var paragraphStart = 0
        var paragraphEnd = 0
    }

    private struct OpenTable {
        var draft = TableDraft()
        var containerDepth: Int
        var cell: (owner: Int, colspan: Int, rowspan: Int, isHeader: Bool)?
        var start: Int
    }

    private var frames: [Frame] = []
    private var containers: [Container] = [Container()]
    private var tables: [OpenTable] = []
    private var listDepth: [Bool] = []          // ordered? per open list
    /// Uuencoded runs the preflight cut, named by the marker elements that replace them.
    var omitted: [OmittedDocument] = []
    /// The contexts and units the preflight read from the `<ix:header>`, which facts name.
    var xbrl = InlineXBRLCatalog()
    /// Every inline XBRL fact met in a table cell, its text filled in as it is read.
    private var facts: [InlineXBRLCatalog.PendingFact] = []
    /// The facts met in open cells, each with the table (its index in `tables`) whose cell holds
    /// it: kept here rather than on the open table, whose every copy would carry one more array.
    private var cellFacts: [(table: Int32, fact: Int32)] = []
    /// Whether facts are read at all: a Markdown or text output shows none.
    var readsFacts = true
    /// A fact's text kept past this is no figure (a text block in a cell); it is not read further.
    static let maxFactText = 512
    /// Where the last event ended, and where the text not yet handed on began and ends.
    private var lastOffset = 0
    private var pendingStart = 0
    private var pendingEnd = 0
    private var preStart = 0
    /// Just past the start tag being handled: where a table's or a `<pre>`'s content begins.
    private var startTagEnd = 0
    private var pre: [UInt8]? = nil
    private var preDepth = 0
    private var styles = StyleCache()
    private var pageBreakClasses = PageBreakClasses()
    private let baseFontSize: Float = 10
    private var elements = 0
    /// Open elements inside one whose content is not shown (head, script, ix:header, display:none).
    private var skipDepth = 0
    private var skippingHead = false
    /// The CSS of a `<style>` being read, and the skip depth it was opened at.
    private var style: (css: [UInt8], depth: Int)?

    /// Real filings nest tables 26 deep; this leaves room and keeps every pass bounded.
    static let maxNesting = 64

    static func nests(_ tag: ElementTag) -> Bool {
        switch tag {
        case .table, .row, .cell, .headerCell, .tableSection, .caption, .listItem: return true
        default: return false
        }
    }

    /// The drafts of an HTML document's bytes, and how the parsed copy's offsets map back to them.
    /// `facts`: give table cells the inline XBRL facts they show.
    static func drafts(html bytes: UnsafeRawBufferPointer, encoding: TextEncoding?, facts: Bool = true) -> (drafts: [Draft], offsets: OffsetMap) {
        let preflight = Preflight(bytes, encoding: encoding ?? TextEncoding.detect(bytes), facts: facts)
        var builder = DraftBuilder()
        builder.omitted = preflight.omitted
        builder.xbrl = preflight.xbrl
        builder.styles.interned = preflight.interned
        builder.readsFacts = facts
        let parsed: Bool
        if let copy = preflight.copy {
            parsed = copy.withUnsafeBytes { HTMLParser.parse(utf8: $0, into: &builder) }
        } else {
            parsed = HTMLParser.parse(utf8: bytes, into: &builder)
        }
        return (parsed ? builder.finish() : [], preflight.offsets)
    }

    mutating func finish() -> [Draft] {
        while tables.count > 0 { closeTable() }
        while containers.count > 1 { closeContainer() }
        flushParagraph()
        return containers[0].drafts
    }

    // MARK: events

    mutating func startElement(_ name: UnsafePointer<UInt8>, attributes: UnsafePointer<UnsafePointer<UInt8>?>?, offset: Int) {
        flushText()
        startTagEnd = offset
        defer { lastOffset = offset }
        elements += 1
        if skipDepth > 0 {
            skipDepth += 1
            if skippingHead, skipDepth == 2, ElementTag.classify(name) == .style { style = ([], skipDepth) }
            return
        }
        enter(name, attributes)
    }

    static func isInline(_ tag: ElementTag) -> Bool {
        switch tag {
        case .other, .bold, .italic, .superscript, .subscriptText, .link, .inlineXBRL: return true
        default: return false
        }
    }

    mutating func endElement(offset: Int) {
        flushText()
        defer { lastOffset = offset }
        if skipDepth > 0 {
            if let s = style, s.depth == skipDepth {
                pageBreakClasses.add(css: s.css)
                style = nil
            }
            skipDepth -= 1
            if skipDepth == 0 { skippingHead = false }
            return
        }
        exit()
    }

    /// Character events not yet handed on. libxml2 splits one text node into several events
    /// (at entity references, at buffer edges); they are joined, as a tree would hold them,
    /// so collapsing and entity repair see whole text.
    private var pendingText: [UInt8] = []

    /// A character event. Text under a skipped element is dropped here, unless it is the
    /// CSS of a `<style>` being read.
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int) {
        if skipDepth > 0, style == nil { return }
        if pendingText.isEmpty { pendingStart = lastOffset }
        pendingEnd = offset
        pendingText.append(contentsOf: bytes)
        // A huge text node is handed on in pieces cut after a space (where joining changes
        // nothing), so it is never held whole here as well as in the paragraph.
        if pendingText.count >= DraftBuilder.maxPendingText, skipDepth == 0, pre == nil,
           let space = pendingText.lastIndex(where: { $0 == 0x20 || $0 == 0x0A }), space > 0 {
            let rest = Array(pendingText[(space + 1)...])
            pendingText.removeSubrange((space + 1)...)
            flushText()
            pendingText.append(contentsOf: rest)
        }
    }

    static let maxPendingText = 1 << 20

    mutating func endDocument(offset: Int) {
        flushText()
        lastOffset = offset
    }

    /// Hands the joined text on; called before every other event.
    mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        if skipDepth > 0 {
            style?.css.append(contentsOf: pendingText)
        } else if pre != nil {
            pre!.append(contentsOf: pendingText)
        } else {
            // The paragraph builder reads NUL-terminated text. The buffer is moved out while
            // it is read, so appending to the paragraph does not overlap an access to it.
            var run = pendingText
            pendingText = []
            let frame = frames.last
            if frame?.wingdings == true { run = WingdingsBoxes.mapped(run) }
            // The text of a fact is also the text of the facts around it: apple-10k-2024 tags one
            // printed par value as two facts, one inside the other, for its two balance sheet dates.
            var f = frame?.fact ?? -1
            while f >= 0 {
                if facts[Int(f)].text.count < DraftBuilder.maxFactText { facts[Int(f)].text.append(contentsOf: run) }
                f = facts[Int(f)].enclosing
            }
            run.append(0)
            let wasEmpty = containers[containers.count - 1].builder.isEmpty
            run.withUnsafeBufferPointer { p in
                containers[containers.count - 1].builder.append(
                    text: p.baseAddress.unsafelyUnwrapped, marks: frame?.marks ?? [], link: frame?.link,
                    inAnchor: frame?.inAnchor ?? false, fontSize: frame?.fontSize ?? baseFontSize,
                    centered: frame?.centered ?? false)
            }
            if !containers[containers.count - 1].builder.isEmpty {
                if wasEmpty { containers[containers.count - 1].paragraphStart = pendingStart }
                containers[containers.count - 1].paragraphEnd = pendingEnd
            }
            pendingText = run
        }
        pendingText.removeAll(keepingCapacity: true)
    }

    mutating func comment(_ content: UnsafePointer<UInt8>, offset: Int) {
        flushText()
        defer { lastOffset = offset }
        if skipDepth == 0, DraftBuilder.isPageBreakComment(content) { emitPageBreak() }
    }

    static func isPageBreakComment(_ p: UnsafePointer<UInt8>) -> Bool {
        var s: [UInt8] = []
        var i = 0
        while p[i] != 0, i < 40 {
            let c = p[i] | 0x20
            if c >= 0x61 && c <= 0x7A { s.append(c) }
            else if !(isSpace(p[i]) || p[i] == UInt8(ascii: "-")) { return false }
            i += 1
        }
        return p[i] == 0 && s == Array("pagebreak".utf8)
    }

    // MARK: elements

    private mutating func enter(_ name: UnsafePointer<UInt8>, _ attributes: UnsafePointer<UnsafePointer<UInt8>?>?) {
        var tag = ElementTag.classify(name)
        // Past `maxNesting` open cells and list items, tables and lists no longer nest: their
        // text flows into the enclosing cell as paragraphs, so no later pass recurses (or
        // rescans each level's subtree) without bound on 10,000 nested tables.
        if containers.count >= DraftBuilder.maxNesting, DraftBuilder.nests(tag) { tag = .block }
        switch tag {
        case .skip, .inlineXBRLHidden:
            skipDepth = 1
            return
        case .style:
            skipDepth = 1
            style = ([], 1)
            return
        case .head:
            skipDepth = 1
            skippingHead = true
            return
        default:
            break
        }

        let attrs = Attributes(attributes)
        if attrs.hidden {
            skipDepth = 1
            return
        }
        var declared = attrs.internedStyle.map { styles.style(interned: $0) } ?? attrs.style.map { styles.style($0) } ?? DeclaredStyle()
        if declared.hidden {
            skipDepth = 1
            return
        }
        let parent = frames.last
        var frame = Frame(tag: tag, marks: parent?.marks ?? [], centered: parent?.centered ?? false,
                          fontSize: parent?.fontSize ?? baseFontSize, link: parent?.link,
                          inAnchor: parent?.inAnchor ?? false, pageBreakAfter: false, serial: elements,
                          headingLevel: tag == .heading ? Int(name[1] &- 0x30) : 0)
        if declared.inline, tag == .block || tag == .heading {
            tag = .other
            frame.tag = .other
        }
        if !pageBreakClasses.isEmpty, let classes = attrs.classes {
            let pb = pageBreakClasses.breaks(classAttribute: classes)
            declared.pageBreakBefore = declared.pageBreakBefore || pb.before
            declared.pageBreakAfter = declared.pageBreakAfter || pb.after
        }

        switch tag {
        case .bold: frame.marks.insert(.bold)
        case .italic: frame.marks.insert(.italic)
        case .superscript: frame.marks.insert(.superscript)
        case .heading: frame.marks.insert(.bold)
        case .headerCell: frame.marks.insert(.bold)
        case .link:
            if let href = attrs.href {
                frame.link = DraftBuilder.externalURL(href)
                frame.inAnchor = true
            }
        default: break
        }
        if let b = declared.bold { if b { frame.marks.insert(.bold) } else { frame.marks.remove(.bold) } }
        if let it = declared.italic { if it { frame.marks.insert(.italic) } else { frame.marks.remove(.italic) } }
        if let sup = declared.superscript { if sup { frame.marks.insert(.superscript) } else { frame.marks.remove(.superscript) } }
        frame.wingdings = declared.wingdings ?? attrs.faceIsWingdings ?? parent?.wingdings ?? false
        frame.fact = parent?.fact ?? -1
        // A fact inside a table cell is kept for the cell (its number's concept and period).
        if tag == .inlineXBRL, readsFacts, openCell != nil, let numeric = ElementTag.inlineXBRLFact(name) {
            var fact = InlineXBRLCatalog.PendingFact(isNumeric: numeric, attributes: attributes, interned: styles.interned)
            fact.enclosing = frame.fact
            frame.fact = Int32(facts.count)
            facts.append(fact)
            cellFacts.append((Int32(tables.count - 1), frame.fact))
        }
        if let c = declared.centered { frame.centered = c } else if attrs.alignCenter { frame.centered = true }
        else if tag == .block, attrs.alignOther { frame.centered = false }
        if name[0] == UInt8(ascii: "c"), tag == .block, name[1] == UInt8(ascii: "e") { frame.centered = true } // <center>
        if let size = declared.fontSize {
            switch size {
            case .points(let p): frame.fontSize = p
            case .factor(let f): frame.fontSize *= f
            }
        } else if let size = attrs.fontTagSize, case .points(let p) = size {
            frame.fontSize = p
        }
        if tag == .heading { frame.fontSize = max(frame.fontSize, baseFontSize * DraftBuilder.headingScale(name)) }
        frame.pageBreakAfter = declared.pageBreakAfter

        if declared.pageBreakBefore { emitPageBreak() }
        frames.append(frame)
        if declared.gapBefore, pre == nil, DraftBuilder.isInline(tag) { containers[containers.count - 1].builder.appendGap() }

        switch tag {
        case .block, .heading, .caption:
            if pre == nil { flushParagraph() }
        case .lineBreak:
            if pre != nil { pre!.append(0x0A) } else { containers[containers.count - 1].builder.appendLineBreak() }
        case .rule:
            if !declared.pageBreakBefore && !declared.pageBreakAfter {
                flushParagraph()
                current.drafts.append(.rule)
            }
        case .image:
            let alt = attrs.alt ?? ""
            let src = attrs.src ?? ""
            if !src.isEmpty || !alt.isEmpty {
                flushParagraph()
                current.drafts.append(.image(alt: alt, source: src))
            }
        case .preformatted:
            if pre == nil {
                flushParagraph()
                pre = []
                preStart = startTagEnd
            }
            preDepth += 1
        case .table:
            flushParagraph()
            tables.append(OpenTable(containerDepth: containers.count, start: startTagEnd))
        case .row:
            if !tables.isEmpty {
                closeCell()
                tables[tables.count - 1].draft.rows.append([])
            }
        case .cell, .headerCell:
            if !tables.isEmpty {
                closeCell()
                if tables[tables.count - 1].draft.rows.isEmpty { tables[tables.count - 1].draft.rows.append([]) }
                tables[tables.count - 1].cell = (elements, attrs.colspan, attrs.rowspan, tag == .headerCell)
                containers.append(Container(owner: elements))
            } else {
                flushParagraph()
            }
        case .unorderedList, .orderedList:
            flushParagraph()
            listDepth.append(tag == .orderedList)
        case .listItem:
            flushParagraph()
            containers.append(Container(owner: elements))
        case .page:
            emitPageBreak()
        case .omittedPart:
            if let index = DraftBuilder.omittedIndex(attributes), index < omitted.count {
                flushParagraph()
                current.drafts.append(.settled(Block(.omitted(omitted[index]), source: SourceSpan(start: lastOffset, end: lastOffset))))
            }
        default:
            break
        }
    }

    private mutating func exit() {
        guard let frame = frames.popLast() else { return }
        switch frame.tag {
        case .block, .caption:
            if pre == nil { flushParagraph() }
        case .heading:
            flushParagraph()
            if case .paragraph(var p)? = current.drafts.last, p.htmlHeadingLevel == nil {
                p.htmlHeadingLevel = frame.headingLevel
                current.drafts[current.drafts.count - 1] = .paragraph(p)
            }
        case .preformatted:
            preDepth -= 1
            if preDepth == 0, let text = pre {
                pre = nil
                if let s = DraftBuilder.preformattedText(text) {
                    current.drafts.append(.preformatted(s, source: preStart..<max(preStart, lastOffset, pendingEnd)))
                }
            }
        case .cell, .headerCell:
            if let open = openCell, open.owner == frame.serial { closeCell() }
        case .row:
            if !tables.isEmpty { closeCell() }
        case .table:
            if !tables.isEmpty { closeTable() }
        case .unorderedList, .orderedList:
            flushParagraph()
            _ = listDepth.popLast()
        case .listItem:
            if current.owner == frame.serial { closeListItem() }
        default:
            break
        }
        if frame.pageBreakAfter { emitPageBreak() }
    }

    // MARK: containers

    /// The cell open in the innermost table, read in place: `tables.last?.cell` would copy the
    /// whole open table (its rows and facts) once per cell.
    private var openCell: (owner: Int, colspan: Int, rowspan: Int, isHeader: Bool)? {
        tables.isEmpty ? nil : tables[tables.count - 1].cell
    }

    private var current: Container {
        get { containers[containers.count - 1] }
        _modify { yield &containers[containers.count - 1] }
    }

    private mutating func flushParagraph() {
        if var p = containers[containers.count - 1].builder.finish() {
            // The two offsets only: a copy of the container would share its drafts and make
            // the append below copy them all.
            let last = containers.count - 1
            p.source = containers[last].paragraphStart..<max(containers[last].paragraphStart, containers[last].paragraphEnd)
            containers[containers.count - 1].drafts.append(.paragraph(p))
        }
    }

    private mutating func emitPageBreak() {
        flushParagraph()
        current.drafts.append(.pageBreak(PageBreak()))
    }

    private mutating func closeContainer() {
        flushParagraph()
        let done = containers.removeLast()
        current.drafts.append(contentsOf: done.drafts)
    }

    private mutating func closeCell() {
        guard let open = openCell else { return }
        let depth = tables[tables.count - 1].containerDepth
        // Close anything opened inside the cell that the soup left open (a list item).
        while containers.count > depth + 1 { closeContainer() }
        flushParagraph()
        let content = containers.removeLast().drafts
        // The open table is changed in place: taking it out and back copied it twice a cell.
        let last = tables.count - 1
        let table = Int32(last)
        if tables[last].draft.rows.isEmpty { tables[last].draft.rows.append([]) }
        var factList: Int32 = -1
        if let lastFact = cellFacts.last, lastFact.table == table {
            // This cell's facts are the last ones met: a nested table's cells closed first and took theirs.
            var k = cellFacts.count
            while k > 0, cellFacts[k - 1].table == table { k -= 1 }
            factList = Int32(tables[last].draft.facts.count)
            tables[last].draft.facts.append(cellFacts[k...].map { facts[Int($0.fact)].resolved(in: xbrl) })
            cellFacts.removeSubrange(k...)
        }
        let row = tables[last].draft.rows.count - 1
        tables[last].draft.rows[row].append(
            CellDraft(content: content, colspan: open.colspan, rowspan: open.rowspan, isHeader: open.isHeader, facts: factList))
        tables[last].cell = nil
    }

    private mutating func closeTable() {
        closeCell()
        var t = tables.removeLast()
        while containers.count > t.containerDepth { closeContainer() }
        flushParagraph()
        t.draft.source = t.start..<max(t.start, lastOffset, pendingEnd)
        if t.draft.rows.contains(where: { !$0.isEmpty }) { current.drafts.append(.table(t.draft)) }
    }

    private mutating func closeListItem() {
        flushParagraph()
        let done = containers.removeLast()
        let ordered = listDepth.last ?? false
        if !done.drafts.isEmpty {
            current.drafts.append(.listItem(ordered: ordered, depth: max(0, listDepth.count - 1), content: done.drafts))
        }
    }

    // MARK: helpers

    /// The `i` attribute of a preflight marker element.
    static func omittedIndex(_ attributes: UnsafePointer<UnsafePointer<UInt8>?>?) -> Int? {
        guard let attributes else { return nil }
        var k = 0
        while let name = attributes[k] {
            if name[0] == UInt8(ascii: "i"), name[1] == 0, let value = attributes[k + 1] {
                return Int(String(cString: value))
            }
            k += 2
        }
        return nil
    }

    /// The text of a `<pre>` without the blank lines at its edges (a newline right after
    /// `<pre>` is not content) and without trailing spaces; nil when it holds nothing.
    static func preformattedText(_ bytes: [UInt8]) -> String? {
        var lines = String(decoding: bytes, as: UTF8.self)
            .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { line -> Substring in
                var l = line
                while let last = l.last, last == " " || last == "\t" { l = l.dropLast() }
                return l
            }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    static func externalURL(_ href: String) -> String? {
        let lower = href.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") || lower.hasPrefix("ftp://") {
            return href.trimmingASCIISpaces()
        }
        return nil
    }

    static func headingScale(_ name: UnsafePointer<UInt8>) -> Float {
        switch name[1] {
        case UInt8(ascii: "1"): return 2
        case UInt8(ascii: "2"): return 1.5
        case UInt8(ascii: "3"): return 1.17
        default: return 1
        }
    }
}
