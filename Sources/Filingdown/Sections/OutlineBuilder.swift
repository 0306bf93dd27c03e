/// Builds a document's outline from the model: the Part and Item headings the normalizer
/// found in the body (level 2 and 3, never the table of contents), and, in plain-text
/// filings, the `PART`/`ITEM` lines that stand alone in the text.
public enum OutlineBuilder {
    /// The Parts and Items in document order. An Item ends where the next Part or Item starts,
    /// or at the signature page; a Part runs to the next Part. A contents list is not an entry.
    public static func outline(of document: Document) -> [OutlineEntry] {
        var entries = starts(in: document)
        let blocks = document.blocks
        // Each entry ends where the next begins; sizes and pages follow from the extents.
        let end = OutlineEntry.Position(block: blocks.count, line: 0)
        for i in entries.indices {
            entries[i].end = i + 1 < entries.count ? entries[i + 1].start : end
            if entries[i].kind == .part {
                // A Part runs to the next Part or to what follows the Items.
                entries[i].end = entries[(i + 1)...].first { $0.kind != .item }?.start ?? end
            }
            entries[i].size = size(of: blocks, from: entries[i].start, to: entries[i].end)
            entries[i].page = page(of: blocks, at: entries[i].start)
        }
        for i in entries.indices where pointsToStatementsAfterItems(entries[i], blocks) {
            entries[i].continuedAt = entries[(i + 1)...].filter { $0.kind == .financialStatements }.map { $0.start..<$0.end }
        }
        return entries
    }

    /// The most characters of an Item that holds no statements, only a pointer to them.
    static let pointerItemMaxSize = 6000

    /// An Item 8 (`Financial Statements and Supplementary Data`; a 20-F's Item 18) whose text
    /// is a pointer to pages (`contained in pages F-3 through F-25`: carboceramics-10k-2017,
    /// `on pages 64 through 112`: gainsco-10k-2010), in a filing that prints its statements
    /// after the Items.
    private static func pointsToStatementsAfterItems(_ entry: OutlineEntry, _ blocks: [Block]) -> Bool {
        guard entry.kind == .item, entry.size <= pointerItemMaxSize,
              entry.title.lowercased().hasPrefix("financial statements"), entry.start.line == 0 else { return false }
        var text = ""
        for b in entry.start.block..<min(entry.end.block, blocks.count) {
            switch blocks[b].content {
            case .paragraph(let i): text += i.plainText + " "
            case .table(let t): text += t.rows.map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: " ") + " "
            default: break
            }
        }
        let lower = text.lowercased()
        // Pages of another document (ibm-10k-2025: `pages 46 through 121 of IBM’s 2024 Annual
        // Report to Stockholders, which are incorporated herein by reference`) are not here.
        if lower.containsBytes("by reference") || lower.containsBytes("annual report to") { return false }
        return lower.containsBytes("page") || lower.containsBytes("f-1") || lower.containsBytes("f-2") || lower.containsBytes("f-3")
    }

    /// The entries of `outline(of:)` where they start, without their extents, sizes and pages
    /// (measuring every Item's text costs a chunker that needs only where each begins).
    static func starts(in document: Document) -> [OutlineEntry] {
        var entries: [OutlineEntry] = []
        var part: String?
        let blocks = document.blocks
        for (b, block) in blocks.enumerated() {
            switch block.content {
            case .heading(let heading) where heading.role.isBackMatter:
                // What follows the Items, once there are Items for it to follow.
                guard !entries.isEmpty, let kind = backMatterKind(heading.role) else { continue }
                let text = heading.inlines.plainText
                entries.append(OutlineEntry(kind: kind, number: "", part: nil, heading: text, title: text, page: nil,
                                            start: .init(block: b, line: 0), end: .init(block: b, line: 0), size: 0))
            case .heading(let heading):
                guard heading.role != .section else { continue }
                let text = heading.inlines.plainText
                let title = ItemLabel.parse(text)?.title ?? ItemLabel.firstSubdesignation(text)?.title ?? text
                if let entry = entry(heading.role, title: title, heading: text, at: .init(block: b, line: 0), part: &part) {
                    entries.append(entry)
                }
            case .preformatted(let text):
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let trimmed = line.drop { $0 == " " || $0 == "\t" }
                    guard looksLikeTextCaption(trimmed) else { continue }
                    if let entry = entry(for: String(trimmed), at: .init(block: b, line: n), part: &part) { entries.append(entry) }
                }
            default:
                break
            }
        }
        return droppingContents(entries)
    }

    /// The blocks of the selected sections, in document order, each once.
    public static func extract(_ document: Document, _ specs: [SectionSpec]) -> Document {
        let entries = outline(of: document)
        var wanted: [(OutlineEntry.Position, OutlineEntry.Position)] = []
        for e in entries where specs.contains(where: { $0.matches(e) }) {
            wanted.append((e.start, e.end))
            // Item 8's statements printed after the Items come with it.
            wanted += e.continuedAt.map { ($0.lowerBound, $0.upperBound) }
        }
        wanted.sort { $0.0 < $1.0 }
        var ranges: [(OutlineEntry.Position, OutlineEntry.Position)] = []
        for r in wanted {
            if let last = ranges.last, r.0 < last.1 { continue }
            ranges.append(r)
        }
        var blocks: [Block] = []
        for (start, end) in ranges {
            let last = min(end.line == 0 ? end.block - 1 : end.block, document.blocks.count - 1)
            guard start.block <= last else { continue }
            for b in start.block...last {
                if case .preformatted(let text) = document.blocks[b].content {
                    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    let from = b == start.block ? start.line : 0
                    let to = b == end.block ? min(end.line, lines.count) : lines.count
                    if from < to { blocks.append(Block(.preformatted(lines[from..<to].joined(separator: "\n")), source: document.blocks[b].source)) }
                } else {
                    blocks.append(document.blocks[b])
                }
            }
        }
        // A section never ends on a page break.
        while case .pageBreak? = blocks.last?.content { blocks.removeLast() }
        return Document(blocks: blocks)
    }

    // MARK: captions

    private static func entry(for text: String, at position: OutlineEntry.Position, part: inout String?) -> OutlineEntry? {
        guard let caption = ItemLabel.parse(text) else { return nil }
        return entry(caption.role, title: caption.title, heading: text, at: position, part: &part)
    }

    private static func entry(_ role: HeadingRole, title: String, heading: String, at position: OutlineEntry.Position,
                              part: inout String?) -> OutlineEntry? {
        switch role {
        case .part(let number):
            // `PART II (continued)` at the top of a later page is not a new Part.
            if part == number { return nil }
            part = number
            return OutlineEntry(kind: .part, number: number, part: nil, heading: heading, title: title, page: nil,
                                start: position, end: position, size: 0)
        case .item(let number):
            return OutlineEntry(kind: .item, number: number, part: part, heading: heading, title: title, page: nil,
                                start: position, end: position, size: 0)
        case .signatures, .financialStatements, .schedule, .exhibitIndex, .section:
            return nil
        }
    }

    private static func backMatterKind(_ role: HeadingRole) -> OutlineEntry.Kind? {
        switch role {
        case .signatures: return .signatures
        case .financialStatements: return .financialStatements
        case .schedule: return .schedule
        case .exhibitIndex: return .exhibitIndex
        case .part, .item, .section: return nil
        }
    }

    /// A line of a text filing that is an Item or Part caption: short, upper-case label, no
    /// trailing page number (a contents line), not a sentence that mentions an Item.
    private static func looksLikeTextCaption(_ line: Substring) -> Bool {
        guard line.count <= 120, let f = line.first, f == "I" || f == "P" || f == "i" || f == "p" else { return false }
        let upper = line.prefix(5).uppercased()
        guard upper.hasPrefix("ITEM") || upper.hasPrefix("PART ") else { return false }
        let words = line.split(separator: " ")
        if words.count > 2, let last = words.last, last.allSatisfy({ $0.isNumber }) { return false }
        if line.contains("....") || line.contains(". . .") { return false }
        return words.count <= 20
    }

    /// A run of three or more entries with almost nothing between them, whose labels the
    /// body repeats later, is a table of contents (plain-text filings list their Items first).
    private static func droppingContents(_ entries: [OutlineEntry]) -> [OutlineEntry] {
        var keep = [Bool](repeating: true, count: entries.count)
        var runStart = 0
        func close(_ end: Int) {
            guard end - runStart >= 3 else { return }
            for k in runStart..<end where entries[(k + 1)...].contains(where: { $0.label == entries[k].label }) { keep[k] = false }
        }
        for i in entries.indices.dropFirst() {
            let a = entries[i - 1].start, b = entries[i].start
            let adjacent = a.block == b.block ? b.line - a.line <= 3 : b.block - a.block <= 1 && a.line == 0 && b.line == 0
            if !adjacent { close(i); runStart = i }
        }
        close(entries.count)
        return entries.indices.filter { keep[$0] }.map { entries[$0] }
    }

    // MARK: extents

    private static func size(of blocks: [Block], from start: OutlineEntry.Position, to end: OutlineEntry.Position) -> Int {
        var total = 0
        var b = start.block
        while b < blocks.count, b <= end.block {
            if b == end.block && end.line == 0 && b != start.block { break }
            switch blocks[b].content {
            case .heading(let h): total += h.inlines.plainText.count
            case .paragraph(let i): total += i.plainText.count
            case .list(let l): total += l.items.reduce(0) { $0 + $1.plainText.count }
            case .table(let t): total += t.rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.plainText.count } }
            case .textTable(let t): total += t.lines.reduce(0) { $0 + $1.count + 1 }
            case .preformatted(let s):
                let lines = s.split(separator: "\n", omittingEmptySubsequences: false)
                let from = b == start.block ? start.line : 0
                let to = b == end.block ? min(end.line, lines.count) : lines.count
                if from < to { total += lines[from..<to].reduce(0) { $0 + $1.count + 1 } }
            default: break
            }
            b += 1
        }
        return total
    }

    /// The number printed on the page holding `position`: the next page break carries it.
    private static func page(of blocks: [Block], at position: OutlineEntry.Position) -> String? {
        for b in position.block..<blocks.count {
            if case .pageBreak(let pb) = blocks[b].content { return pb.number }
        }
        return nil
    }
}
