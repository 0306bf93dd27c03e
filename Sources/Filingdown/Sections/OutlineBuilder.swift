/// Builds a document's outline from the model: the Part and Item headings the normalizer
/// found in the body (level 2 and 3, never the table of contents), and, in plain-text
/// filings, the `PART`/`ITEM` lines that stand alone in the text.
public enum OutlineBuilder {
    public static func outline(of document: Document) -> [OutlineEntry] {
        var entries: [OutlineEntry] = []
        var signatures: [OutlineEntry.Position] = []
        var part: String?
        let blocks = document.blocks
        for (b, block) in blocks.enumerated() {
            switch block {
            case .heading(let level, let inlines) where level == HeadingRules.partLevel || level == HeadingRules.itemLevel:
                let text = inlines.plainText
                if let entry = entry(for: text, at: .init(block: b, line: 0), part: &part) { entries.append(entry) }
            case .heading(_, let inlines) where isSignatures(inlines.plainText):
                signatures.append(.init(block: b, line: 0))
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
        entries = droppingContents(entries)
        // Each entry ends where the next begins; sizes and pages follow from the extents.
        let end = OutlineEntry.Position(block: blocks.count, line: 0)
        for i in entries.indices {
            entries[i].end = i + 1 < entries.count ? entries[i + 1].start : end
            // The signature page closes the last Item, not the Item itself.
            if let s = signatures.first(where: { entries[i].start < $0 && $0 < entries[i].end }) { entries[i].end = s }
            if entries[i].kind == .part {
                // A Part runs to the next Part.
                entries[i].end = entries[(i + 1)...].first { $0.kind == .part }?.start ?? end
            }
            entries[i].size = size(of: blocks, from: entries[i].start, to: entries[i].end)
            entries[i].page = page(of: blocks, at: entries[i].start)
        }
        return entries
    }

    /// The blocks of the selected sections, in document order, each once.
    public static func extract(_ document: Document, _ specs: [SectionSpec]) -> Document {
        let entries = outline(of: document)
        var ranges: [(OutlineEntry.Position, OutlineEntry.Position)] = []
        for e in entries where specs.contains(where: { $0.matches(e) }) {
            if let last = ranges.last, e.start < last.1 { continue }
            ranges.append((e.start, e.end))
        }
        var blocks: [Block] = []
        for (start, end) in ranges {
            let last = min(end.line == 0 ? end.block - 1 : end.block, document.blocks.count - 1)
            guard start.block <= last else { continue }
            for b in start.block...last {
                if case .preformatted(let text) = document.blocks[b] {
                    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    let from = b == start.block ? start.line : 0
                    let to = b == end.block ? min(end.line, lines.count) : lines.count
                    if from < to { blocks.append(.preformatted(lines[from..<to].joined(separator: "\n"))) }
                } else {
                    blocks.append(document.blocks[b])
                }
            }
        }
        // A section never ends on a page break.
        while case .pageBreak? = blocks.last { blocks.removeLast() }
        return Document(blocks: blocks)
    }

    // MARK: captions

    private static func entry(for text: String, at position: OutlineEntry.Position, part: inout String?) -> OutlineEntry? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
        guard let first = words.first else { return nil }
        let head = first.uppercased()
        if head == "PART", words.count >= 2, let number = partNumber(String(words[1])) {
            // `PART II (continued)` at the top of a later page is not a new Part.
            if part == number { return nil }
            part = number
            let title = Substring(words.dropFirst(2).joined(separator: " ")).trimmingCharacters(in: " .:-—–")
            return OutlineEntry(kind: .part, number: number, part: nil, heading: text, title: title, page: nil,
                                start: position, end: position, size: 0)
        }
        var labelWord: Substring?
        var rest = words.dropFirst()
        if head == "ITEM" {
            // `Item - 5.02`, `Item: 7`
            if let f = rest.first, f.allSatisfy({ "-—–:".contains($0) }) { rest = rest.dropFirst() }
            labelWord = rest.first
            rest = rest.dropFirst()
        }
        else if head.hasPrefix("ITEM"), head.count > 4 { labelWord = first.dropFirst(4) }
        guard let raw = labelWord, let number = itemNumber(String(raw)) else { return nil }
        let title = Substring(rest.joined(separator: " ")).trimmingCharacters(in: " .:-—–")
        return OutlineEntry(kind: .item, number: number, part: part, heading: text, title: title, page: nil,
                            start: position, end: position, size: 0)
    }

    private static func isSignatures(_ text: String) -> Bool {
        let t = text.uppercased().filter(\.isLetter)
        return t == "SIGNATURE" || t == "SIGNATURES"
    }

    /// `1A.`, `1a`, `5.02`, `7:`, `15` → `1A`, `5.02`, `7`, `15`; nil for anything else.
    static func itemNumber(_ raw: String) -> String? {
        // `9A(T)` is Item 9A; `16.A` is Item 16A.
        var s = Substring(raw.uppercased().replacingOccurrences(of: "(T)", with: ""))
        if s.count >= 3, let dot = s.firstIndex(of: "."), s[s.index(after: dot)...].first?.isLetter == true,
           s[..<dot].allSatisfy({ $0.isNumber }) {
            s = s[..<dot] + s[s.index(after: dot)...]
        }
        while let l = s.last, ".:-—–)".contains(l) { s = s.dropLast() }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        var rest = s.dropFirst(digits.count)
        var out = String(digits)
        if let f = rest.first, f.isASCII, f.isLetter, rest.count == 1 { out.append(f); rest = rest.dropFirst() }
        if rest.first == ".", rest.count == 3, rest.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            out += rest
            rest = rest.dropFirst(3)
        }
        return rest.isEmpty ? out : nil
    }

    /// `I`, `II.`, `III`, `IV`, `1`…`4` → the roman numeral.
    static func partNumber(_ raw: String) -> String? {
        var s = Substring(raw.uppercased())
        while let l = s.last, !(l.isLetter || l.isNumber) { s = s.dropLast() }
        let numeral = s.prefix { "IVX1234".contains($0) }
        let roman = ["1": "I", "2": "II", "3": "III", "4": "IV"][String(numeral)] ?? String(numeral)
        guard ["I", "II", "III", "IV"].contains(roman) else { return nil }
        let rest = s.dropFirst(numeral.count)
        guard rest.isEmpty || !(rest.first!.isLetter || rest.first!.isNumber) else { return nil }
        return roman
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
            switch blocks[b] {
            case .heading(_, let i), .paragraph(let i): total += i.plainText.count
            case .list(let l): total += l.items.reduce(0) { $0 + $1.plainText.count }
            case .table(let t): total += t.rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
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
            if case .pageBreak(let pb) = blocks[b] { return pb.number }
        }
        return nil
    }
}
