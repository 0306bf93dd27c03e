internal import CLibXML2

/// The single, iterative pass over a libxml2 tree that turns it into drafts.
/// Depth costs heap, not stack: 100,000 nested elements walk like any other tree.
struct DOMWalk {
    private struct Frame {
        var tag: ElementTag
        var marks: ParagraphBuilder.Marks
        var centered: Bool
        var fontSize: Float
        var link: String?
        /// Inside any `<a href>`, external or not (a contents back-link is internal).
        var inAnchor: Bool
        var pageBreakAfter: Bool
        var skipped: Bool
    }

    private struct Container {
        var drafts: [Draft] = []
        var builder = ParagraphBuilder()
        /// The element that opened this container (a cell or list item).
        var owner: xmlNodePtr?
    }

    private struct OpenTable {
        var draft = TableDraft()
        var containerDepth: Int
        var cell: (node: xmlNodePtr, colspan: Int, rowspan: Int, isHeader: Bool)?
    }

    private var frames: [Frame] = []
    private var containers: [Container] = [Container()]
    private var tables: [OpenTable] = []
    private var listDepth: [Bool] = []          // ordered? per open list
    private var pre: [UInt8]? = nil
    private var preDepth = 0
    private var pageBreakClasses: [String: (before: Bool, after: Bool)] = [:]
    private let baseFontSize: Float = 10

    /// Real filings nest tables 26 deep; this leaves room and keeps every pass bounded.
    static let maxNesting = 64

    static func nests(_ tag: ElementTag) -> Bool {
        switch tag {
        case .table, .row, .cell, .headerCell, .tableSection, .caption, .listItem: return true
        default: return false
        }
    }

    static func drafts(from doc: HTMLDocument) -> [Draft] {
        var walk = DOMWalk()
        if let root = doc.root { walk.walk(root) }
        return walk.finish()
    }

    private mutating func finish() -> [Draft] {
        while tables.count > 0 { closeTable() }
        while containers.count > 1 { closeContainer() }
        flushParagraph()
        return containers[0].drafts
    }

    private mutating func walk(_ root: xmlNodePtr) {
        var node: xmlNodePtr = root
        while true {
            var descend = false
            let isElement = node.pointee.type == XML_ELEMENT_NODE
            if isElement {
                descend = enter(node)
            } else {
                visitLeaf(node)
            }
            if descend, let child = node.pointee.children {
                node = child
                continue
            }
            if isElement { exit(node) }
            // Climb until a next sibling exists.
            while node != root, node.pointee.next == nil {
                guard let parent = node.pointee.parent else { return }
                node = parent
                if node.pointee.type == XML_ELEMENT_NODE { exit(node) }
            }
            if node == root { return }
            node = node.pointee.next!
        }
    }

    // MARK: leaves

    private mutating func visitLeaf(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            if pre != nil {
                var i = 0
                while content[i] != 0 { pre!.append(content[i]); i += 1 }
                return
            }
            let frame = frames.last
            containers[containers.count - 1].builder.append(
                text: content, marks: frame?.marks ?? [], link: frame?.link, inAnchor: frame?.inAnchor ?? false,
                fontSize: frame?.fontSize ?? baseFontSize, centered: frame?.centered ?? false)
        case XML_COMMENT_NODE:
            if let content = node.pointee.content, DOMWalk.isPageBreakComment(content) { emitPageBreak() }
        default:
            break
        }
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

    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        guard let name = node.pointee.name else { return false }
        var tag = ElementTag.classify(name)
        // Past `maxNesting` open cells and list items, tables and lists no longer nest: their
        // text flows into the enclosing cell as paragraphs, so no later pass recurses (or
        // rescans each level's subtree) without bound on 10,000 nested tables.
        if containers.count >= DOMWalk.maxNesting, DOMWalk.nests(tag) { tag = .block }
        let parent = frames.last
        var frame = Frame(tag: tag, marks: parent?.marks ?? [], centered: parent?.centered ?? false,
                          fontSize: parent?.fontSize ?? baseFontSize, link: parent?.link,
                          inAnchor: parent?.inAnchor ?? false, pageBreakAfter: false, skipped: false)
        switch tag {
        case .skip, .inlineXBRLHidden:
            frame.skipped = true
            frames.append(frame)
            return false
        case .style, .head:
            if tag == .style { readPageBreakClasses(node) } else {
                var child = node.pointee.children
                while let c = child {
                    if c.pointee.type == XML_ELEMENT_NODE, let n = c.pointee.name, ElementTag.classify(n) == .style {
                        readPageBreakClasses(c)
                    }
                    child = c.pointee.next
                }
            }
            frame.skipped = true
            frames.append(frame)
            return false
        default:
            break
        }

        let attrs = Attributes(node)
        if attrs.hidden {
            frame.skipped = true
            frames.append(frame)
            return false
        }
        var declared = attrs.style.map(DeclaredStyle.parse) ?? DeclaredStyle()
        if declared.hidden {
            frame.skipped = true
            frames.append(frame)
            return false
        }
        if declared.inline, tag == .block || tag == .heading {
            tag = .other
            frame.tag = .other
        }
        if !pageBreakClasses.isEmpty, let cls = attrs.classNames {
            for c in cls.split(separator: " ") {
                if let pb = pageBreakClasses[String(c).lowercased()] {
                    declared.pageBreakBefore = declared.pageBreakBefore || pb.before
                    declared.pageBreakAfter = declared.pageBreakAfter || pb.after
                }
            }
        }

        switch tag {
        case .bold: frame.marks.insert(.bold)
        case .italic: frame.marks.insert(.italic)
        case .superscript: frame.marks.insert(.superscript)
        case .heading: frame.marks.insert(.bold)
        case .headerCell: frame.marks.insert(.bold)
        case .link:
            if let href = attrs.href {
                frame.link = DOMWalk.externalURL(href)
                frame.inAnchor = true
            }
        default: break
        }
        if let b = declared.bold { if b { frame.marks.insert(.bold) } else { frame.marks.remove(.bold) } }
        if let it = declared.italic { if it { frame.marks.insert(.italic) } else { frame.marks.remove(.italic) } }
        if let sup = declared.superscript { if sup { frame.marks.insert(.superscript) } else { frame.marks.remove(.superscript) } }
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
        if tag == .heading { frame.fontSize = max(frame.fontSize, baseFontSize * DOMWalk.headingScale(name)) }
        frame.pageBreakAfter = declared.pageBreakAfter

        if declared.pageBreakBefore { emitPageBreak() }
        frames.append(frame)

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
            }
            preDepth += 1
        case .table:
            flushParagraph()
            tables.append(OpenTable(containerDepth: containers.count))
        case .row:
            if !tables.isEmpty {
                closeCell()
                tables[tables.count - 1].draft.rows.append([])
            }
        case .cell, .headerCell:
            if !tables.isEmpty {
                closeCell()
                if tables[tables.count - 1].draft.rows.isEmpty { tables[tables.count - 1].draft.rows.append([]) }
                tables[tables.count - 1].cell = (node, attrs.colspan, attrs.rowspan, tag == .headerCell)
                containers.append(Container(owner: node))
            } else {
                flushParagraph()
            }
        case .unorderedList, .orderedList:
            flushParagraph()
            listDepth.append(tag == .orderedList)
        case .listItem:
            flushParagraph()
            containers.append(Container(owner: node))
        case .page:
            emitPageBreak()
        default:
            break
        }
        return true
    }

    private mutating func exit(_ node: xmlNodePtr) {
        guard let frame = frames.popLast() else { return }
        if frame.skipped { return }
        switch frame.tag {
        case .block, .caption:
            if pre == nil { flushParagraph() }
        case .heading:
            flushParagraph()
            if let name = node.pointee.name, case .paragraph(var p)? = current.drafts.last, p.htmlHeadingLevel == nil {
                p.htmlHeadingLevel = Int(name[1] &- 0x30)
                current.drafts[current.drafts.count - 1] = .paragraph(p)
            }
        case .preformatted:
            preDepth -= 1
            if preDepth == 0, let text = pre {
                pre = nil
                if let s = DOMWalk.preformattedText(text) { current.drafts.append(.preformatted(s)) }
            }
        case .cell, .headerCell:
            if let open = tables.last?.cell, open.node == node { closeCell() }
        case .row:
            if !tables.isEmpty { closeCell() }
        case .table:
            if !tables.isEmpty { closeTable() }
        case .unorderedList, .orderedList:
            flushParagraph()
            _ = listDepth.popLast()
        case .listItem:
            if current.owner == node { closeListItem() }
        default:
            break
        }
        if frame.pageBreakAfter { emitPageBreak() }
    }

    // MARK: containers

    private var current: Container {
        get { containers[containers.count - 1] }
        _modify { yield &containers[containers.count - 1] }
    }

    private mutating func flushParagraph() {
        if let p = containers[containers.count - 1].builder.finish() {
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
        guard let open = tables.last?.cell else { return }
        let depth = tables[tables.count - 1].containerDepth
        // Close anything opened inside the cell that the soup left open (a list item).
        while containers.count > depth + 1 { closeContainer() }
        flushParagraph()
        let content = containers.removeLast().drafts
        var t = tables.removeLast()
        if t.draft.rows.isEmpty { t.draft.rows.append([]) }
        t.draft.rows[t.draft.rows.count - 1].append(
            CellDraft(content: content, colspan: open.colspan, rowspan: open.rowspan, isHeader: open.isHeader))
        t.cell = nil
        tables.append(t)
    }

    private mutating func closeTable() {
        closeCell()
        let t = tables.removeLast()
        while containers.count > t.containerDepth { closeContainer() }
        flushParagraph()
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

    private mutating func readPageBreakClasses(_ node: xmlNodePtr) {
        var css: [UInt8] = []
        var child = node.pointee.children
        while let c = child {
            if let content = c.pointee.content {
                var i = 0
                while content[i] != 0 { css.append(content[i]); i += 1 }
            }
            child = c.pointee.next
        }
        for (name, value) in PageBreakClasses.parse(css) {
            let old = pageBreakClasses[name] ?? (false, false)
            pageBreakClasses[name] = (old.before || value.before, old.after || value.after)
        }
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
